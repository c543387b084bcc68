import { normalizeText, SUPERSCRIPT_RUN, superscriptToNumber } from '../../text/index.js';
import { SolieuError } from '../../errors/index.js';
import type { Anchor, ParseWarning, Source } from '../../model/index.js';
import type { FormatDeclaration, FormatParser, LayoutDocument, LayoutFootnote, LayoutItem, ParseOptions } from '../layout.js';
import { decodeReportText } from './decode.js';
import { isPipeRow, readPipeTable } from './pipe-tables.js';

/**
 * The text form of a report (a PDF rendered to text): paragraphs separated by blank lines, footnote
 * bodies as paragraphs that begin with superscript digits and sit where the page breaks were, the
 * header block and tables as tab-separated lines.
 */

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const FOOTNOTE_BODY = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$/su;
// A superscript after a length unit is an exponent (`m²`), not a footnote marker.
const UNIT_BEFORE_EXPONENT = /\d\s?[kcd]?m$/u;

interface RawGroup {
  lines: string[];
  /** Blank lines or footnote bodies stood between this group and the previous text group. */
  afterBreak: boolean;
}

export const textParser: FormatParser = {
  format: 'text',
  async parse(bytes: Uint8Array, source: Source, options: ParseOptions): Promise<LayoutDocument> {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > maxBytes) {
      throw new SolieuError(
        'too_large',
        `is ${bytes.length} bytes, over the ${maxBytes}-byte limit for text reports`,
        'raise the limit with --max-bytes if this really is one report',
      );
    }
    const { text, encoding } = decodeReportText(bytes);
    const warnings: ParseWarning[] = [];
    if (encoding === 'windows-1258') {
      warnings.push({ code: 'legacy_encoding', message: 'not UTF-8; decoded as Windows-1258', page: null });
    }
    return { ...layoutFromText(text, warnings), source: { ...source, pages: null } };
  },
};

/** Text has no magic number: it is read by its extension only. */
export const textFormat: FormatDeclaration = {
  ...textParser,
  name: 'text (.txt, .md)',
  extensions: ['.txt', '.md', '.text'],
  sniff: () => false,
  read: true,
};

export function layoutFromText(text: string, warnings: ParseWarning[] = []): Omit<LayoutDocument, 'source'> {
  const lines = normalizeText(text, { keepTabs: true }).replace(/\r\n?/g, '\n').split('\n');
  const items: LayoutItem[] = [];
  const footnotes: LayoutFootnote[] = [];
  let group: RawGroup | null = null;
  let blankRun = 0;
  let sawFootnote = false;
  let tableRows: string[][] | null = null;

  const flushGroup = (): void => {
    if (group) items.push(paragraphFromLines(group));
    group = null;
  };
  const flushTable = (): void => {
    if (tableRows) items.push({ type: 'table', page: null, rows: padRows(tableRows), afterBreak: false });
    tableRows = null;
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] as string).replace(/ +$/u, '');
    if (isPipeRow(line)) {
      flushGroup();
      flushTable();
      const table = readPipeTable(lines, index);
      if (table.rows.length > 0) {
        items.push({
          type: 'table',
          page: null,
          rows: table.rows,
          afterBreak: false,
          ...(table.headerRows > 0 ? { headerRows: table.headerRows } : {}),
        });
      }
      index = table.end - 1;
      blankRun = 0;
      continue;
    }
    if (line.trim() === '') {
      flushGroup();
      flushTable();
      blankRun += 1;
      continue;
    }
    const body = FOOTNOTE_BODY.exec(line.trim());
    // Footnotes are numbered from 1: a line opening with `⁰` is text, not a footnote body.
    if (body && body[1] && superscriptToNumber(body[1]) > 0) {
      flushGroup();
      flushTable();
      footnotes.push({ number: superscriptToNumber(body[1]), text: stripEmphasis(body[2] ?? '').trim(), page: null });
      sawFootnote = true;
      blankRun = 0;
      continue;
    }
    if (line.includes('\t')) {
      flushGroup();
      const cells = line.split('\t').map((cell) => cell.trim());
      tableRows ??= [];
      tableRows.push(cells);
      blankRun = 0;
      // Blank lines and a page number, then the table's first row again: the table goes on after a page break.
      const resume = repeatedHead(lines, index + 1, tableRows[0] as string[]);
      if (resume > 0) index = resume;
      continue;
    }
    flushTable();
    const afterBreak = sawFootnote || blankRun >= 2;
    if (group === null) group = { lines: [], afterBreak };
    (group as RawGroup).lines.push(line.trim());
    sawFootnote = false;
    blankRun = 0;
  }
  flushGroup();
  flushTable();
  return { items, footnotes, warnings };
}

const PAGE_NUMBER = /^(?:-\s*)?(?:trang\s+)?\d{1,4}(?:\s*-)?$/iu;

/** After the last row of a tab table at `from - 1`: the index of a repeated first row past a page break, or 0. */
function repeatedHead(lines: readonly string[], from: number, head: readonly string[]): number {
  if ((lines[from] ?? '').includes('\t')) return 0;
  let next = from;
  let gap = false;
  while (next < lines.length && ((lines[next] ?? '').trim() === '' || PAGE_NUMBER.test((lines[next] ?? '').trim()))) {
    gap = true;
    next += 1;
  }
  const line = lines[next] ?? '';
  if (!gap || !line.includes('\t')) return 0;
  const cells = line
    .replace(/ +$/u, '')
    .split('\t')
    .map((cell) => cell.trim());
  return cells.length === head.length && cells.every((c, i) => c === head[i]) && cells.some((c) => /\p{L}/u.test(c)) ? next : 0;
}

function paragraphFromLines(group: RawGroup): LayoutItem {
  const anchors: Anchor[] = [];
  const joined = stripEmphasis(group.lines.join(' '));
  let text = '';
  let last = 0;
  for (const match of joined.matchAll(SUPERSCRIPT_RUN)) {
    const at = match.index;
    const before = joined.slice(last, at);
    if (UNIT_BEFORE_EXPONENT.test(joined.slice(Math.max(0, at - 6), at)) || superscriptToNumber(match[0]) === 0) {
      text += before + match[0];
    } else {
      text += before;
      anchors.push({ footnote: superscriptToNumber(match[0]), offset: text.length });
    }
    last = at + match[0].length;
  }
  text += joined.slice(last);
  return {
    type: 'paragraph',
    text,
    anchors,
    page: null,
    afterBreak: group.afterBreak,
    hints: {
      headingLevel: null,
      bold: false,
      italic: false,
      centered: false,
      headerColumn: null,
      lines: group.lines.length > 1 ? stripMarkers(group.lines) : null,
    },
  };
}

const stripMarkers = (lines: string[]): string[] => lines.map((line) => stripEmphasis(line).replace(SUPERSCRIPT_RUN, ''));

/** `*…*` and `**…**` are emphasis in the text form; a lone `* ` at line start is a bullet and stays. */
const EMPHASIS_OPEN = /(^|[\s([“"/])\*{1,2}(?=[^\s*])/gu;
const EMPHASIS_CLOSE = /(?<=[^\s*])\*{1,2}(?=$|[\s).,;:!?\]”"])/gu;
export const stripEmphasis = (text: string): string => text.replace(EMPHASIS_OPEN, '$1').replace(EMPHASIS_CLOSE, '');

function padRows(rows: string[][]): string[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}
