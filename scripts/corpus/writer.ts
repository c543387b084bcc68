import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Inline } from './inline.js';
import type { Plan, PlanItem } from './plan.js';

/**
 * The Word document in the house style of Vietnamese administrative reports (Decree 30/2020):
 * Times New Roman 14 pt on A4, justified body with a first-line indent, bold headings, the header
 * block and the signature as borderless two-column tables, real Word footnotes, page numbers at the
 * top from page 2, appendix tables with borders.
 */

const FONT = 'Times New Roman';
const BODY = 28; // half-points: 14 pt
const SMALL = 26; // 13 pt: header block, table cells
const NOTE = 20; // 10 pt: footnotes
const INDENT = 567; // twips: 1 cm first-line indent
const MM = 56.7;

export function buildDocument(plan: Plan, meta: { title: string; subject: string }): Document {
  const footnotes = Object.fromEntries(
    [...plan.footnotes].map(([number, inlines]) => [
      String(number),
      { children: [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(inlines, { size: NOTE }) })] },
    ]),
  );
  return new Document({
    creator: 'solieu corpus builder',
    lastModifiedBy: 'solieu corpus builder',
    title: meta.title,
    subject: meta.subject,
    revision: 1,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { before: 120, after: 0, line: 276, lineRule: LineRuleType.AUTO } } },
        footnoteText: { run: { font: FONT, size: NOTE }, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
      },
    },
    footnotes,
    sections: sectionsOf(plan.items).map((section, i) => ({
      properties: {
        titlePage: i === 0,
        page: {
          size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: MARGIN,
        },
      },
      headers: {
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SMALL })] })] }),
        ...(i === 0 ? { first: new Header({ children: [new Paragraph('')] }) } : {}),
      },
      children: section.items.flatMap((item) => render(item, section.landscape)),
    })),
  });
}

const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM), header: Math.round(10 * MM) };
const WIDE_TABLE = 7;

/**
 * The report body is one portrait section; each appendix (its caption lines and table) starts a
 * section of its own, landscape when the table is wide, as appendices of real reports do.
 */
function sectionsOf(items: PlanItem[]): { items: PlanItem[]; landscape: boolean }[] {
  const sections: { items: PlanItem[]; landscape: boolean }[] = [{ items: [], landscape: false }];
  let appendix = false;
  for (const item of items) {
    if (item.kind === 'signature') appendix = true;
    const opensAppendix = appendix && item.kind === 'caption' && sections.at(-1)?.items.at(-1)?.kind !== 'caption';
    if (opensAppendix) sections.push({ items: [], landscape: false });
    const current = sections.at(-1) as { items: PlanItem[]; landscape: boolean };
    current.items.push(item.kind === 'caption' ? { ...item, pageBreakBefore: false } : item);
    if (item.kind === 'table' && Math.max(...item.rows.map((r) => r.length)) >= WIDE_TABLE && sections.length > 1) current.landscape = true;
  }
  return sections.filter((section) => section.items.length > 0);
}

function render(item: PlanItem, landscape: boolean): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'header':
      return [headerTable(item.rows), new Paragraph('')];
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0 }, children: runs(item.inlines, { bold: true }) })];
    case 'heading':
      // Kept with the next paragraph, as a typesetter would: a heading never ends a page.
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, keepNext: true, indent: { firstLine: INDENT }, children: runs(item.inlines, { bold: true }) })];
    case 'item':
    case 'body':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, children: runs(item.inlines) })];
    case 'caption':
      return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, pageBreakBefore: item.pageBreakBefore ?? false, spacing: { before: 0 }, children: runs(item.inlines, { bold: true }) })];
    case 'table':
      return [dataTable(item.rows, landscape ? PAGE_HEIGHT - MARGIN.left - MARGIN.right : TEXT_WIDTH)];
    case 'signature':
      return [signatureTable(item.recipients, item.signer)];
  }
}

interface RunStyle {
  bold?: boolean;
  size?: number;
}

/** Text runs and real footnote references; `*…*` italic and `**…**` bold come from the inlines. */
function runs(inlines: Inline[], style: RunStyle = {}): (TextRun | FootnoteReferenceRun)[] {
  return inlines.map((inline) =>
    inline.kind === 'note'
      ? new FootnoteReferenceRun(inline.number)
      : new TextRun({ text: inline.text, bold: style.bold || inline.bold, italics: inline.italic, ...(style.size ? { size: style.size } : {}) }),
  );
}

const plain = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0 }, children: [new TextRun({ text, size: SMALL, ...options })] });

/** Issuer | national motto, number | place and date, as the text form lays them out in two columns. */
function headerTable(rows: string[][]): Table {
  const left: Paragraph[] = [];
  const right: Paragraph[] = [];
  rows.forEach((row, r) => {
    const [l = '', rt = ''] = row;
    if (l) left.push(plain(l, { bold: r > 0 && !/^Số\s*:/u.test(l) }));
    if (rt) right.push(plain(rt, { bold: r < 2 && !/ngày/u.test(rt), italics: /ngày/u.test(rt) }));
  });
  return twoColumns(left, right, [38, 62]);
}

function signatureTable(recipients: Inline[][], signer: Inline[][]): Table {
  const left = recipients.map(
    (inlines, i) => new Paragraph({ spacing: { before: 0 }, children: runs(inlines, { bold: i === 0, size: i === 0 ? 24 : 22 }) }),
  );
  const right: Paragraph[] = [];
  signer.forEach((inlines, i) => {
    if (i === signer.length - 1) right.push(new Paragraph(''), new Paragraph(''), new Paragraph(''));
    right.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0 }, children: runs(inlines, { bold: true }) }));
  });
  return twoColumns(left, right, [50, 50]);
}

function twoColumns(left: Paragraph[], right: Paragraph[], widths: [number, number]): Table {
  return new Table({
    borders: TableBorders.NONE,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({ borders: TableBorders.NONE, width: { size: widths[0], type: WidthType.PERCENTAGE }, children: left.length ? left : [new Paragraph('')] }),
          new TableCell({ borders: TableBorders.NONE, width: { size: widths[1], type: WidthType.PERCENTAGE }, children: right.length ? right : [new Paragraph('')] }),
        ],
      }),
    ],
  });
}

/** Appendix tables: real Word tables with borders, the first row a repeating bold header. */
function dataTable(rows: string[][], available: number): Table {
  const width = Math.max(...rows.map((row) => row.length));
  const size = SMALL - 2;
  const columns = columnWidths(rows, width, size, available);
  return new Table({
    width: { size: available, type: WidthType.DXA },
    columnWidths: columns,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: Array.from({ length: width }, (_, c) => {
            const text = row[c] ?? '';
            const numeric = /^[\d.,%-]+$/u.test(text);
            return new TableCell({
              width: { size: columns[c] ?? 0, type: WidthType.DXA },
              children: [
                new Paragraph({
                  alignment: r === 0 || numeric || text.length <= 3 ? AlignmentType.CENTER : AlignmentType.LEFT,
                  spacing: { before: 40, after: 40, line: 240 },
                  children: [new TextRun({ text, size, bold: r === 0 })],
                }),
              ],
            });
          }),
        }),
    ),
  });
}

const TEXT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;

/**
 * Column widths in twips: every column gets room for its longest unbreakable token (a figure like
 * `3.980.000` must never wrap), and the rest of the line goes to the columns with the most text.
 */
function columnWidths(rows: string[][], width: number, size: number, available: number): number[] {
  const em = size * 10; // twips per em at this size (half-points × 10)
  const padding = 260;
  const minimum = Array.from({ length: width }, (_, c) => {
    const tokens = rows.flatMap((row, r) => (row[c] ?? '').split(/\s+/u).map((t) => tokenWidth(t, r === 0)));
    return Math.max(...tokens, 1) * em + padding;
  });
  // What each column needs to show its longest cell on one line; the spare room is shared by need.
  const need = Array.from({ length: width }, (_, c) =>
    Math.max(minimum[c] ?? 0, ...rows.map((row, r) => tokenWidth(row[c] ?? '', r === 0) * em + padding)),
  );
  const spare = Math.max(0, available - minimum.reduce((a, b) => a + b, 0));
  const extra = need.map((n, c) => n - (minimum[c] ?? 0));
  const extraTotal = extra.reduce((a, b) => a + b, 0);
  const widths =
    extraTotal <= spare
      ? need
      : minimum.map((m, c) => m + (spare * (extra[c] ?? 0)) / (extraTotal || 1));
  const scale = available / widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.floor(w * scale));
}

/** Width of an unbreakable token in em, from Times New Roman's rough glyph classes. */
function tokenWidth(token: string, bold: boolean): number {
  let width = 0;
  for (const ch of token) {
    if (/[\d]/u.test(ch)) width += 0.5;
    else if (/[.,:;()%/'-]/u.test(ch)) width += 0.3;
    else if (/\p{Lu}/u.test(ch)) width += 0.72;
    else width += 0.5;
  }
  return width * (bold ? 1.08 : 1);
}
