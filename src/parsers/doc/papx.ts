/**
 * Which paragraphs of a Word 97–2003 file stand in a table, and which start a new page.
 * word-extractor drops this, and the text stream alone cannot tell where a table's first cell
 * begins, so the paragraph properties (PAPX in the FKP pages of PlcBtePapx, [MS-DOC] 2.8.6, 2.9.175)
 * are read here: a paragraph is in a table when `sprmPFInTable` is set or `sprmPItap` (table depth)
 * is at least 1; `sprmPFPageBreakBefore` is a page break written as a property, not a character.
 */

const FIB_FC_PLCF_BTE_PAPX = 0x102;
const FIB_LCB_PLCF_BTE_PAPX = 0x106;
const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_ITAP = 0x6649;
const SPRM_P_F_PAGE_BREAK_BEFORE = 0x2407;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;
const PAGE = 512;

export interface ParagraphFlags {
  /** File-position ranges [start, end) of paragraphs that are in a table. */
  inTable: Array<[number, number]>;
  /** File-position ranges of paragraphs that start on a new page. */
  pageBreakBefore: Array<[number, number]>;
}

export function paragraphFlags(wordStream: Buffer, tableStream: Buffer): ParagraphFlags {
  const ranges: ParagraphFlags = { inTable: [], pageBreakBefore: [] };
  if (wordStream.length < FIB_LCB_PLCF_BTE_PAPX + 4) return ranges;
  const fc = wordStream.readUInt32LE(FIB_FC_PLCF_BTE_PAPX);
  const lcb = wordStream.readUInt32LE(FIB_LCB_PLCF_BTE_PAPX);
  if (lcb < 12 || fc + lcb > tableStream.length) return ranges;
  const count = Math.floor((lcb - 4) / 8);
  const plc = tableStream.subarray(fc, fc + lcb);
  for (let i = 0; i < count; i += 1) {
    const pn = plc.readUInt32LE((count + 1) * 4 + i * 4) & 0x3fffff;
    const page = wordStream.subarray(pn * PAGE, pn * PAGE + PAGE);
    if (page.length === PAGE) readFkp(page, ranges);
  }
  return ranges;
}

function readFkp(page: Buffer, ranges: ParagraphFlags): void {
  const crun = page.readUInt8(PAGE - 1);
  if ((crun + 1) * 4 + crun * 13 > PAGE - 1) return;
  for (let j = 0; j < crun; j += 1) {
    const start = page.readUInt32LE(j * 4);
    const end = page.readUInt32LE((j + 1) * 4);
    const bOffset = page.readUInt8((crun + 1) * 4 + j * 13) * 2;
    if (bOffset === 0 || end <= start) continue;
    const grpprl = papxGrpprl(page, bOffset);
    if (!grpprl) continue;
    const flags = readSprms(grpprl);
    if (flags.inTable) ranges.inTable.push([start, end]);
    if (flags.pageBreakBefore) ranges.pageBreakBefore.push([start, end]);
  }
}

function papxGrpprl(page: Buffer, at: number): Buffer | null {
  if (at + 2 > PAGE - 1) return null;
  const cb = page.readUInt8(at);
  const [from, length] = cb !== 0 ? [at + 1, 2 * cb - 1] : [at + 2, 2 * page.readUInt8(at + 1)];
  if (from + length > PAGE - 1 || length < 2) return null;
  return page.subarray(from, from + length);
}

/** Walks the sprms after the 2-byte style index; operand sizes from the sprm's spra bits. */
function readSprms(grpprl: Buffer): { inTable: boolean; pageBreakBefore: boolean } {
  const flags = { inTable: false, pageBreakBefore: false };
  let offset = 2;
  while (offset + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(offset);
    offset += 2;
    if (offset >= grpprl.length) break;
    if (sprm === SPRM_P_F_IN_TABLE && grpprl.readUInt8(offset) !== 0) flags.inTable = true;
    if (sprm === SPRM_P_ITAP && offset + 4 <= grpprl.length && grpprl.readInt32LE(offset) >= 1) flags.inTable = true;
    if (sprm === SPRM_P_F_PAGE_BREAK_BEFORE && grpprl.readUInt8(offset) !== 0) flags.pageBreakBefore = true;
    const size = operandSize(grpprl, offset, sprm);
    if (size <= 0) break;
    offset += size;
  }
  return flags;
}

function operandSize(grpprl: Buffer, offset: number, sprm: number): number {
  switch ((sprm >> 13) & 0x07) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      if (sprm === SPRM_T_DEF_TABLE) return offset + 2 <= grpprl.length ? grpprl.readUInt16LE(offset) + 1 : -1;
      if (sprm === SPRM_P_CHG_TABS && grpprl.readUInt8(offset) === 255) return -1; // rare long form: stop reading
      return grpprl.readUInt8(offset) + 1;
  }
}
