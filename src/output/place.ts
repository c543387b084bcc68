import type { Block, Table } from '../model/index.js';

/**
 * Where a reader finds a span, in the terms of the printed report: page, numbered section, and the
 * paragraph's rank within that section; a footnote by its number; a table cell by the table's
 * caption, the row's label and the column's header. Pure: computed from the document model only.
 */
export interface Place {
  /** 1-based page; null for formats without pages (DOCX, text). */
  page: number | null;
  /** Heading labels without their punctuation: ["I", "2", "a"]. */
  section: string[];
  /** 1-based rank of the block among the text blocks of its section (or of the unnumbered part). */
  paragraph: number | null;
  /** Footnote number, when the span is in a footnote body. */
  footnote: number | null;
  table: TablePlace | null;
}

export interface TablePlace {
  /** 1-based rank of the table in the document. */
  number: number;
  caption: string | null;
  row: string | null;
  column: string | null;
  /** The cell in the table's grid (`Table.rows`), 0-based; null when the offset is outside the grid. */
  cell: { row: number; column: number } | null;
}

/** The parts of a document a place is computed from. */
export interface PlaceSource {
  blocks: readonly Pick<Block, 'id' | 'kind' | 'section' | 'page' | 'text'>[];
  footnotes: readonly { id: string; number: number; page: number | null }[];
  tables: readonly Pick<Table, 'block' | 'caption' | 'rows' | 'structure'>[];
}

/** A span: a block or footnote id, a 0-based offset into its text, and the page if known. */
export interface Span {
  block: string;
  start: number;
  page?: number | null;
}

export type PlaceLang = 'vi' | 'en';

/** Blocks a reader counts as paragraphs of a section's body. */
const COUNTED = new Set<Block['kind']>(['paragraph', 'list-item', 'table']);

/**
 * A paragraph broken by a page break reaches the model as two blocks; a reader counts one. The
 * second half is a plain paragraph on a later page, after a first half with no closing stop.
 */
function continues(before: PlaceSource['blocks'][number], block: PlaceSource['blocks'][number]): boolean {
  return (
    block.kind === 'paragraph' &&
    before.kind !== 'table' &&
    before.section.join('.') === block.section.join('.') &&
    before.page !== null &&
    block.page !== null &&
    block.page > before.page &&
    !/[.:;!?…]["”)]?\s*$/u.test(before.text)
  );
}

const cleanLabel = (label: string): string => label.replace(/^\(|[.)]+$/gu, '');

/** Index of a document for repeated look-ups (one per document, reused for every finding). */
export class PlaceIndex {
  readonly #blocks = new Map<string, { page: number | null; section: string[]; paragraph: number | null }>();
  readonly #footnotes = new Map<string, { number: number; page: number | null }>();
  readonly #tables = new Map<string, { number: number; table: Pick<Table, 'caption' | 'rows' | 'structure'> }>();

  constructor(doc: PlaceSource) {
    const counts = new Map<string, number>();
    let previous: PlaceSource['blocks'][number] | null = null;
    for (const block of doc.blocks) {
      const key = block.section.join('\u0000');
      let paragraph: number | null = null;
      if (COUNTED.has(block.kind)) {
        paragraph = (counts.get(key) ?? 0) + (previous && continues(previous, block) ? 0 : 1);
        counts.set(key, paragraph);
        previous = block;
      }
      this.#blocks.set(block.id, { page: block.page, section: block.section.map(cleanLabel), paragraph });
    }
    for (const fn of doc.footnotes) this.#footnotes.set(fn.id, { number: fn.number, page: fn.page });
    doc.tables.forEach((table, i) => this.#tables.set(table.block, { number: i + 1, table }));
  }

  placeOf(span: Span): Place {
    const footnote = this.#footnotes.get(span.block);
    if (footnote) return { page: span.page ?? footnote.page, section: [], paragraph: null, footnote: footnote.number, table: null };
    const block = this.#blocks.get(span.block);
    const page = span.page ?? block?.page ?? null;
    const table = this.#tables.get(span.block);
    return {
      page,
      section: block?.section ?? [],
      paragraph: table ? null : (block?.paragraph ?? null),
      footnote: null,
      table: table ? { number: table.number, caption: table.table.caption, ...cellAt(table.table, span.start) } : null,
    };
  }
}

const hasLetters = (cell: string): boolean => /\p{L}{2,}/u.test(cell);
const isIndexCell = (cell: string): boolean => /^\s*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]?\s*$/u.test(cell);

/**
 * The cell holding an offset of the table block's text (rows joined by newlines, cells by tabs),
 * named as a reader would. With the table's structure: the row by its numbering and label
 * (`1.5 Tổng số ĐVSNCL`), the column by its header path (`Thực hiện – 6 tháng 2024`). Without it: the
 * row by its label cell (the nearest word cell to the left), the column by the first rows' word cells.
 */
function cellAt(
  table: Pick<Table, 'rows' | 'structure'>,
  offset: number,
): { row: string | null; column: string | null; cell: { row: number; column: number } | null } {
  const at = gridCellAt(table.rows, offset);
  if (!at) return { row: null, column: null, cell: null };
  const cells = table.rows[at.row] ?? [];
  const info = table.structure?.rows.find((r) => r.index === at.row);
  const header = table.structure?.columns[at.column]?.header ?? [];
  const numbered = info?.numbering && info.numberingKind !== 'dash' && info.numberingKind !== 'inWhich' ? info.numbering : null;
  // The nearest word cell to the left names the row as a reader sees it (in a table set side by side,
  // the label of its own half); the structure's label adds the numbering when it is that same cell.
  const seen = rowLabel(cells, at.column);
  const fold = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();
  const own = info?.label && hasLetters(info.label) ? info.label : null;
  // `1. Thu nội địa` in one cell is the structure's `1` and `Thu nội địa`.
  const same = seen !== null && own !== null && fold(seen).endsWith(fold(squeeze(own)));
  const label = same ? squeeze([numbered, own].filter((w) => w !== null).join(' ')) : seen;
  const column = header.length > 0 ? squeeze(header.map((h) => h.replace(/\s+/gu, ' ').trim()).join(' – ')) : null;
  return {
    row: label,
    column: column ?? columnHeader(table.rows, at.row, at.column),
    cell: at,
  };
}

/** The grid position (0-based row and column) of an offset of the table block's text. */
export function gridCellAt(rows: readonly (readonly string[])[], offset: number): { row: number; column: number } | null {
  let at = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r] ?? [];
    const length = cells.join('\t').length;
    if (offset <= at + length) {
      let c = 0;
      let from = at;
      while (c < cells.length - 1 && offset > from + (cells[c] ?? '').length) {
        from += (cells[c] ?? '').length + 1;
        c += 1;
      }
      return { row: r, column: c };
    }
    at += length + 1;
  }
  return null;
}

function rowLabel(cells: readonly string[], column: number): string | null {
  for (let c = column - 1; c >= 0; c -= 1) {
    const cell = cells[c] ?? '';
    if (hasLetters(cell) && !isIndexCell(cell)) return squeeze(cell);
  }
  const own = cells[column] ?? '';
  return hasLetters(own) ? squeeze(own) : null;
}

/** Headers sit in the first rows; a multi-row header is read top-down and joined. */
function columnHeader(rows: readonly (readonly string[])[], row: number, column: number): string | null {
  const parts: string[] = [];
  for (let r = 0; r < Math.min(row, 3); r += 1) {
    const cell = rows[r]?.[column] ?? '';
    if (!hasLetters(cell)) break;
    if (!parts.includes(squeeze(cell))) parts.push(squeeze(cell));
  }
  return parts.length > 0 ? parts.join(' – ') : null;
}

const squeeze = (text: string): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
};

// `Bảng 1.`, `Biểu số 03`, `Biểu mẫu 4`, `Phụ lục II`: the words that name a table.
const TABLE_NAME = /(?:^|\s)((?:bảng|biểu(?:\s+mẫu)?|phụ\s+lục|mẫu)\s+(?:số\s+)?[\dIVXLC]+)/giu;

/**
 * A caption is a title line: its first words name the table (`Biểu số 01 TÌNH HÌNH THỰC HIỆN …`).
 * Title lines above it that were taken in too give way to the last line that names a table.
 */
const clipCaption = (caption: string): string => {
  const whole = caption.replace(/\s+/gu, ' ').trim();
  const named = [...whole.matchAll(TABLE_NAME)].at(-1);
  const from = named?.index ? whole.slice(named.index + (named[0].length - (named[1]?.length ?? 0))) : whole;
  // A unit line taken in with the title (`Đơn vị: triệu đồng`, `ĐVT: tỷ đồng`) names no table.
  const flat = from.replace(/\s+(?:đơn vị(?: tính)?|đvt)\s*:.*$/iu, '') || from;
  return flat.length > 48 ? `${flat.slice(0, 47).replace(/\s+\S*$/u, '')} …` : flat;
};

const WORDS = {
  vi: {
    page: 'trang',
    section: 'mục',
    paragraph: 'đoạn',
    footnote: 'chú thích',
    table: 'bảng',
    row: 'dòng',
    column: 'cột',
    start: 'phần đầu văn bản',
  },
  en: {
    page: 'page',
    section: 'section',
    paragraph: 'paragraph',
    footnote: 'footnote',
    table: 'table',
    row: 'row',
    column: 'column',
    start: 'document head',
  },
} as const;

/** `trang 3, mục I.2.a, đoạn 4`; `chú thích 5, trang 2`; `trang 17, bảng "…", dòng "…", cột "…"`. */
export function formatPlace(place: Place, lang: PlaceLang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (place.footnote !== null) {
    parts.push(`${w.footnote} ${place.footnote}`);
    if (place.page !== null) parts.push(`${w.page} ${place.page}`);
    return parts.join(', ');
  }
  if (place.page !== null) parts.push(`${w.page} ${place.page}`);
  if (place.section.length > 0) parts.push(`${w.section} ${place.section.join('.')}`);
  if (place.table) {
    const t = place.table;
    parts.push(t.caption ? `${w.table} “${clipCaption(t.caption)}”` : `${w.table} ${t.number}`);
    if (t.row) parts.push(`${w.row} “${t.row}”`);
    if (t.column) parts.push(`${w.column} “${t.column}”`);
  } else if (place.paragraph !== null) {
    parts.push(`${w.paragraph} ${place.paragraph}`);
  }
  return parts.length > 0 ? parts.join(', ') : w.start;
}

/** One-off convenience: the place of a span as text. Use a `PlaceIndex` for many spans. */
export const describePlace = (doc: PlaceSource, span: Span, lang: PlaceLang): string =>
  formatPlace(new PlaceIndex(doc).placeOf(span), lang);
