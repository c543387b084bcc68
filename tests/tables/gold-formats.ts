import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { processBytes } from '../../src/pipeline.js';
import type { Finding } from '../../src/model/finding.js';
import { buildWorkbook } from '../parsers/xlsx/build.js';
import { buildPdf, type PdfPage, type PdfText } from '../parsers/pdf/helpers/build-pdf.js';

/**
 * One report written in every format the table rules read: DOCX, PDF (ruled grids), a markdown
 * pipe table, tab-separated text and XLSX. A report is a list of pieces: a paragraph (a string) or a
 * table (rows of cells, the first row its header). The table rules' tests build their own tables
 * with it and expect the same verdicts in every format.
 */
export type Grid = string[][];
export type Piece = string | Grid;

const isGrid = (p: Piece): p is Grid => typeof p !== 'string';

async function docx(pieces: readonly Piece[]): Promise<Uint8Array> {
  const table = (grid: Grid): Table =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: grid.map(
        (row, r) =>
          new TableRow({
            tableHeader: r === 0,
            children: row.map((text) => new TableCell({ children: [new Paragraph({ text, alignment: AlignmentType.CENTER })] })),
          }),
      ),
    });
  const doc = new Document({ sections: [{ children: pieces.map((p) => (isGrid(p) ? table(p) : new Paragraph(p))) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const text = (pieces: readonly Piece[], table: (grid: Grid) => string): Uint8Array =>
  new TextEncoder().encode(`${pieces.map((p) => (isGrid(p) ? table(p) : p)).join('\n\n')}\n`);

const pipe = (pieces: readonly Piece[]): Uint8Array =>
  text(pieces, (grid) =>
    [`|${grid[0]?.join('|')}|`, `|${grid[0]?.map(() => '---').join('|')}|`, ...grid.slice(1).map((r) => `|${r.join('|')}|`)].join('\n'),
  );

const tabs = (pieces: readonly Piece[]): Uint8Array => text(pieces, (grid) => grid.map((r) => r.join('\t')).join('\n'));

async function xlsx(pieces: readonly Piece[]): Promise<Uint8Array> {
  const rows: string[][] = [];
  for (const p of pieces) {
    if (isGrid(p)) rows.push([], ...p, []);
    else rows.push([p]);
  }
  return buildWorkbook([{ name: 'Bieu', rows }]);
}

/** Words of a paragraph in lines short enough for the page. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + word.length + 1 > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

/** Ruled grids, column widths from their longest text, paragraphs wrapped, new pages as needed. */
function pdf(pieces: readonly Piece[]): Uint8Array {
  const pages: PdfPage[] = [];
  let texts: PdfText[] = [];
  let lines: [number, number, number, number][] = [];
  let top = 800;
  const newPage = (): void => {
    pages.push({ texts, lines });
    texts = [];
    lines = [];
    top = 800;
  };
  for (const piece of pieces) {
    if (!isGrid(piece)) {
      for (const line of wrap(piece, 95)) {
        if (top < 60) newPage();
        texts.push({ x: 50, y: top, size: 10, text: line });
        top -= 16;
      }
      top -= 6;
      continue;
    }
    const size = 7;
    const columns = Math.max(...piece.map((r) => r.length));
    const raw = Array.from({ length: columns }, (_, c) => Math.max(14, ...piece.map((r) => (r[c] ?? '').length * size * 0.52 + 8)));
    const scale = Math.min(1, 500 / raw.reduce((s, w) => s + w, 0));
    const widths = raw.map((w) => w * scale);
    const height = 16;
    if (top - piece.length * height < 50) newPage();
    const left = 45;
    const right = left + widths.reduce((s, w) => s + w, 0);
    const bottom = top - piece.length * height;
    for (let r = 0; r <= piece.length; r += 1) lines.push([left, top - r * height, right, top - r * height]);
    let x = left;
    for (const w of [0, ...widths]) {
      x += w;
      lines.push([x, top, x, bottom]);
    }
    piece.forEach((row, r) => {
      let cx = left;
      row.forEach((cell, c) => {
        if (cell !== '')
          texts.push({ x: cx + 2, y: top - r * height - 11, size: scale < 1 ? Math.max(4.5, size * scale) : size, text: cell });
        cx += widths[c] ?? 0;
      });
    });
    top = bottom - 24;
  }
  newPage();
  return buildPdf(pages);
}

export const FORMATS: Record<string, { path: string; build: (pieces: readonly Piece[]) => Uint8Array | Promise<Uint8Array> }> = {
  docx: { path: 'bieu.docx', build: docx },
  pdf: { path: 'bieu.pdf', build: pdf },
  'markdown pipe': { path: 'bieu.md', build: pipe },
  'tab text': { path: 'bieu.txt', build: tabs },
  xlsx: { path: 'bieu.xlsx', build: xlsx },
};

/** The findings of the given rule on the report written in one format. */
export async function findingsIn(format: string, pieces: readonly Piece[], rule: string): Promise<Finding[]> {
  const f = FORMATS[format];
  if (!f) throw new Error(`no format ${format}`);
  const doc = await processBytes(await f.build(pieces), f.path, { ocr: 'never' });
  return doc.findings.filter((x) => x.rule === rule);
}

export const flagged = (findings: readonly Finding[]): string[] =>
  findings.filter((f) => f.status === 'inconsistent').map((f) => f.message.vi);
export const verified = (findings: readonly Finding[]): string[] =>
  findings.filter((f) => f.status === 'consistent').map((f) => f.message.vi);
