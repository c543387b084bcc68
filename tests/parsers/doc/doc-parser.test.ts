import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SolieuError } from '../../../src/errors/solieu-error.js';
import { assembleItems, cleanStory, FieldFilter } from '../../../src/parsers/doc/assemble.js';
import { docParser } from '../../../src/parsers/doc/index.js';
import { paragraphFlags } from '../../../src/parsers/doc/papx.js';
import type { LayoutDocument, LayoutParagraph, LayoutTable } from '../../../src/parsers/layout.js';

const source = { path: 'mini.doc', format: 'doc' as const, sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false };
const paragraphs = (doc: { items: LayoutDocument['items'] }): LayoutParagraph[] =>
  doc.items.filter((i): i is LayoutParagraph => i.type === 'paragraph');
const tables = (doc: { items: LayoutDocument['items'] }): LayoutTable[] => doc.items.filter((i): i is LayoutTable => i.type === 'table');

// A real Word 97–2003 file written by LibreOffice from a DOCX (see fixtures/make-mini-doc.ts).
const mini = gunzipSync(readFileSync(new URL('./fixtures/mini.doc.gz', import.meta.url)));

describe('a .doc written by a word processor', () => {
  it('recovers the header block, paragraphs, footnotes in reference order, the endnote after them', async () => {
    const doc = await docParser.parse(mini, source, {});
    const texts = paragraphs(doc).map((p) => [p.hints.headerColumn, p.text]);
    expect(texts.slice(0, 6)).toEqual([
      ['left', 'ỦY BAN NHÂN DÂN'],
      ['left', 'TỈNH AN GIANG'],
      ['left', 'Số: 215/BC-UBND'],
      ['right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['right', 'Độc lập - Tự do - Hạnh phúc'],
      ['right', 'An Giang, ngày 05 tháng 10 năm 2023'],
    ]);
    expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual([
      [1, 'Kế hoạch số 17/KH-UBND ngày 07/02/2022'],
      [2, 'Gồm: - Sở Y tế 87 hồ sơ;'],
      [3, 'Quyết định số 3320/QĐ-UBND'],
      [4, 'Số liệu ước thực hiện'],
    ]);
    const withNotes = paragraphs(doc).find((p) => p.text.startsWith('Đã ban hành'));
    expect(withNotes?.text).toBe('Đã ban hành 01 Kế hoạch và giao 2.307 nhiệm vụ.');
    expect(withNotes?.anchors).toEqual([
      { footnote: 1, offset: 23 },
      { footnote: 2, offset: 46 },
    ]);
    // The hyperlink field shows its text, not its instruction; the line break is kept as a line.
    const link = paragraphs(doc).find((p) => p.text.startsWith('Xem'));
    expect(link?.text).toBe('Xem Cổng thông tin của tỉnh; tổng thu 6.098 tỷ đồng dòng thứ hai');
    expect(link?.hints.lines).toEqual(['Xem Cổng thông tin của tỉnh; tổng thu 6.098 tỷ đồng', 'dòng thứ hai']);
    expect(link?.anchors).toEqual([{ footnote: 4, offset: 51 }]);
    expect(doc.warnings.map((w) => w.code)).toContain('doc_endnotes');
  });

  it('keeps the data table as a table after the page break, and unfolds the signature table', async () => {
    const doc = await docParser.parse(mini, source, {});
    const [table] = tables(doc);
    expect(table?.rows).toEqual([
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      ['Sản lượng lúa', '2,4', '2,45 (ước)'],
      ['Ghi chú chung', '', ''],
    ]);
    expect(table?.afterBreak).toBe(true);
    expect(
      paragraphs(doc)
        .slice(-6)
        .map((p) => p.text),
    ).toEqual(['Nơi nhận:', '- VPCP;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An']);
    expect(doc.items.every((i) => i.page === null)).toBe(true);
  });
});

describe('the .doc stream assembler', () => {
  const mask = (body: string, ranges: Array<[number, number]>): Uint8Array => {
    const m = new Uint8Array(body.length);
    for (const [a, b] of ranges) m.fill(1, a, b);
    return m;
  };

  it('tells table cells from body paragraphs by the in-table mask, and anchors \\x02 references', () => {
    const body = 'Tổng thu\x02 đạt 6.098 tỷ đồng.\rĐơn vị\x07Hồ sơ\x07\nSở Y tế\x07728\x07\nSau bảng.\r';
    const start = body.indexOf('Đơn vị');
    const end = body.indexOf('Sau bảng');
    const result = assembleItems(body, mask(body, [[start, end]]), new Map([[body.indexOf('\x02'), 1]]));
    expect(result.items.map((i) => i.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(paragraphs(result)[0]).toMatchObject({ text: 'Tổng thu đạt 6.098 tỷ đồng.', anchors: [{ footnote: 1, offset: 8 }] });
    expect(tables(result)[0]?.rows).toEqual([
      ['Đơn vị', 'Hồ sơ'],
      ['Sở Y tế', '728'],
    ]);
  });

  it('pads ragged rows and counts note references lost in data cells', () => {
    const body = 'Bảng:\rA\x07B\x07C\x07\nD\x02\x07E\x07\nF\x07G\x07H\x07\nx\r';
    const result = assembleItems(body, mask(body, [[body.indexOf('A'), body.indexOf('x')]]), new Map([[body.indexOf('\x02'), 1]]));
    expect(tables(result)[0]?.rows).toEqual([
      ['A', 'B', 'C'],
      ['D', 'E', ''],
      ['F', 'G', 'H'],
    ]);
    expect(result.notesInTables).toBe(1);
  });

  it('shows field results, not instructions, at any nesting depth, in linear time', () => {
    expect(cleanStory('\x02 Xem \x13 HYPERLINK "http://x" \x14Cổng\x15 tỉnh\r- dòng 2\r')).toBe('Xem Cổng tỉnh - dòng 2');
    expect(cleanStory('\x13 PAGE \x15trang')).toBe('trang');
    const deep = `${'\x13'.repeat(200_000)}ẩn${'\x15'.repeat(200_000)}hiện`;
    const started = performance.now();
    expect(cleanStory(deep)).toBe('hiện');
    expect(performance.now() - started).toBeLessThan(1000);
    const filter = new FieldFilter();
    expect([...'a\x13b\x14c\x15d'].filter((ch) => filter.visible(ch)).join('')).toBe('acd');
  });

  it('turns page breaks into afterBreak and line breaks into lines', () => {
    const body = 'Trang một.\x0cTrang hai\x0bdòng hai.\r';
    const items = paragraphs(assembleItems(body, new Uint8Array(body.length), new Map()));
    expect(items.map((p) => [p.text, p.afterBreak])).toEqual([
      ['Trang một.', false],
      ['Trang hai dòng hai.', true],
    ]);
    expect(items[1]?.hints.lines).toEqual(['Trang hai', 'dòng hai.']);
  });
});

describe('paragraph properties (PAPX)', () => {
  it('finds in-table paragraphs from sprmPFInTable and sprmPItap', () => {
    // FIB with fcPlcfBtePapx/lcb at 0x102/0x106, one FKP page (page number 1) with three runs.
    const word = Buffer.alloc(1024);
    const table = Buffer.alloc(64);
    word.writeUInt32LE(0, 0x102);
    word.writeUInt32LE(12, 0x106);
    table.writeUInt32LE(100, 0);
    table.writeUInt32LE(400, 4);
    table.writeUInt32LE(1, 8);
    const fkp = word.subarray(512, 1024);
    const crun = 3;
    [100, 200, 300, 400].forEach((fc, i) => fkp.writeUInt32LE(fc, i * 4));
    // PapxInFkp: an odd-length grpprl (istd included) is stored after cb = (length + 1) / 2; an
    // even-length one after a zero byte and cb' = length / 2.
    const papx = (at: number, grpprl: number[]): void => {
      if (grpprl.length % 2 === 1) {
        fkp.writeUInt8((grpprl.length + 1) / 2, at);
        Buffer.from(grpprl).copy(fkp, at + 1);
      } else {
        fkp.writeUInt8(0, at);
        fkp.writeUInt8(grpprl.length / 2, at + 1);
        Buffer.from(grpprl).copy(fkp, at + 2);
      }
    };
    // run 0: istd 0, sprmPFInTable = 1 → in a table
    fkp.writeUInt8(200 / 2, 16 + 0 * 13);
    papx(200, [0, 0, 0x16, 0x24, 1]);
    // run 1: istd 0, sprmPJc (0x2403) and sprmPFPageBreakBefore (0x2407) → body text on a new page
    fkp.writeUInt8(220 / 2, 16 + 1 * 13);
    papx(220, [0, 0, 0x03, 0x24, 1, 0x07, 0x24, 1]);
    // run 2: istd 0, sprmPItap (0x6649) = 1 → in a table
    fkp.writeUInt8(240 / 2, 16 + 2 * 13);
    papx(240, [0, 0, 0x49, 0x66, 1, 0, 0, 0, 0]);
    fkp.writeUInt8(crun, 511);
    expect(paragraphFlags(word, table)).toEqual({
      inTable: [
        [100, 200],
        [300, 400],
      ],
      pageBreakBefore: [[200, 300]],
    });
  });
});

describe('a .doc that is not a .doc', () => {
  const failure = async (bytes: Uint8Array): Promise<SolieuError> => {
    try {
      await docParser.parse(bytes, source, {});
    } catch (error) {
      expect(error).toBeInstanceOf(SolieuError);
      return error as SolieuError;
    }
    throw new Error('expected a refusal');
  };

  it('refuses empty files, random bytes, a DOCX or a PDF named .doc', async () => {
    expect((await failure(new Uint8Array())).code).toBe('invalid_doc');
    expect((await failure(Buffer.from('xin chào, đây không phải tệp Word'))).code).toBe('invalid_doc');
    const zip = await failure(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    expect(zip.message).toMatch(/docx/u);
    expect((await failure(Buffer.from('%PDF-1.4'))).message).toMatch(/PDF/u);
  });

  it('refuses a crafted OLE2 header before the reader allocates anything', async () => {
    const crafted = Buffer.from(mini);
    crafted.writeInt32LE(0x7fffffff, 44); // allocation-table sectors
    expect((await failure(crafted)).message).toMatch(/allocation-table/u);
    const oddSectors = Buffer.from(mini);
    oddSectors.writeUInt16LE(30, 30); // 2^30-byte sectors
    expect((await failure(oddSectors)).code).toBe('invalid_doc');
  });

  it('refuses a sector chain that loops instead of running out of memory', async () => {
    const looped = Buffer.from(mini);
    const directory = looped.readInt32LE(48);
    const satSector = looped.readInt32LE(76);
    const sat = 512 + satSector * 512;
    // directory → next sector → back to the directory
    looped.writeInt32LE(directory + 1, sat + directory * 4);
    looped.writeInt32LE(directory, sat + (directory + 1) * 4);
    const started = performance.now();
    expect((await failure(looped)).code).toBe('invalid_doc');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses an OLE2 container that holds garbage', async () => {
    const ole = Buffer.alloc(4096, 0x41);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect((await failure(ole)).code).toBe('invalid_doc');
    const truncated = mini.subarray(0, 1500);
    expect((await failure(truncated)).code).toBe('invalid_doc');
  });
});
