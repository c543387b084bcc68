import type { Anchor } from '../../model/index.js';
import type { LayoutItem, LayoutParagraph } from '../layout.js';
import { normalizeMarked } from '../docx/marked-text.js';
import { tableRole } from '../docx/tables.js';

/**
 * Turns the raw main-text stream of a .doc into layout items. Word's control characters carry
 * the structure: `\r` ends a paragraph, `\x07` ends a table cell, the row-end mark (turned into
 * `\n` by word-extractor), `\x0b` a line break, `\x0c` a page or section break, `\x13…\x14…\x15`
 * a field (instruction, then the shown result), `\x02` an automatically numbered note reference.
 */

interface Para {
  raw: string;
  /** Footnote numbers with their positions in `raw`. */
  notes: { footnote: number; at: number }[];
  afterBreak: boolean;
}

export interface AssembleResult {
  items: LayoutItem[];
  /** Note references found inside data-table cells (their notes lose the anchor). */
  notesInTables: number;
}

// Word's marks that carry no text (\x01 a picture anchor, \x08 a drawing anchor, \x1f an optional
// hyphen, …): matching control characters is the point; the structural ones above are read first.
// eslint-disable-next-line no-control-regex
const SKIPPED = /[\x00\x01\x03-\x06\x08\x0e-\x12\x16-\x1d\x1f]/u;

export function assembleItems(
  body: string,
  inTable: Uint8Array,
  noteAt: ReadonlyMap<number, number>,
  pageBreakBefore?: Uint8Array,
): AssembleResult {
  const items: LayoutItem[] = [];
  let notesInTables = 0;
  let sawContent = false;
  let pendingBreak = false;
  let para: Para = { raw: '', notes: [], afterBreak: false };
  let cell: Para[] = [];
  let row: Para[][] = [];
  let rows: Para[][][] = [];

  const emitParagraph = (p: Para, headerColumn: 'left' | 'right' | null): void => {
    const marked = normalizeMarked(
      p.raw,
      p.notes.map((n) => n.at),
    );
    const anchors: Anchor[] = p.notes.map((n, i) => ({ footnote: n.footnote, offset: marked.offsets[i] ?? 0 }));
    if (marked.text === '' && anchors.length === 0) return;
    items.push(paragraphItem(marked.text, marked.lines, anchors, p.afterBreak || pendingBreak, headerColumn));
    pendingBreak = false;
    sawContent = true;
  };
  const closeTable = (): void => {
    if (row.length > 0) rows.push(row);
    row = [];
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    const cellText = (c: Para[]): string =>
      c
        .map((p) => normalizeMarked(p.raw, []).text)
        .filter(Boolean)
        .join(' ');
    const cellLines = rows
      .flat()
      .map((c) => c.flatMap((p) => normalizeMarked(p.raw, []).lines ?? [normalizeMarked(p.raw, []).text]).filter(Boolean));
    const role = tableRole({ width, height: rows.length, cellLines, headerRow: false }, !sawContent);
    if (role === 'data') {
      const grid = rows.map((r) => [...r.map(cellText), ...new Array<string>(width - r.length).fill('')]);
      notesInTables += rows.flat(2).reduce((n, p) => n + p.notes.length, 0);
      if (grid.some((r) => r.some((c) => c !== ''))) {
        items.push({ type: 'table', page: null, rows: grid, afterBreak: pendingBreak });
        pendingBreak = false;
        sawContent = true;
      }
    } else {
      for (const r of rows) {
        r.forEach((c, column) => {
          const side = role === 'header' ? (column < width / 2 ? 'left' : 'right') : null;
          for (const p of c) emitParagraph(p, side);
        });
      }
    }
    rows = [];
  };
  const endParagraph = (cp: number): void => {
    if (inTable[cp] === 1) cell.push(para);
    else {
      if (cell.length > 0 || row.length > 0 || rows.length > 0) {
        if (cell.length > 0) row.push(cell);
        cell = [];
        closeTable();
      }
      emitParagraph(para, null);
    }
    para = { raw: '', notes: [], afterBreak: false };
  };

  const fields = new FieldFilter();
  for (let cp = 0; cp < body.length; cp += 1) {
    const ch = body[cp] as string;
    if (!fields.visible(ch)) continue;
    if (pageBreakBefore?.[cp] === 1 && para.raw === '' && para.notes.length === 0) pendingBreak = true;
    const footnote = noteAt.get(cp);
    if (footnote !== undefined) {
      para.notes.push({ footnote, at: para.raw.length });
      continue;
    }
    switch (ch) {
      case '\r':
        endParagraph(cp);
        break;
      case '\x0c':
        endParagraph(cp);
        pendingBreak = true;
        break;
      case '\x07':
        cell.push(para);
        row.push(cell);
        cell = [];
        para = { raw: '', notes: [], afterBreak: false };
        break;
      case '\n':
        // Row end (word-extractor writes the row-end mark as a newline).
        if (cell.length > 0 || para.raw.trim() !== '') {
          cell.push(para);
          row.push(cell);
        }
        cell = [];
        para = { raw: '', notes: [], afterBreak: false };
        rows.push(row);
        row = [];
        break;
      case '\x0b':
        para.raw += '\n';
        break;
      case '\x1e':
        para.raw += '-';
        break;
      case '\x02':
        break;
      default:
        if (!SKIPPED.test(ch)) para.raw += ch;
    }
  }
  if (para.raw.trim() !== '' || para.notes.length > 0) endParagraph(Math.max(0, body.length - 1));
  if (cell.length > 0) row.push(cell);
  closeTable();
  return { items, notesInTables };
}

function paragraphItem(
  text: string,
  lines: string[] | null,
  anchors: Anchor[],
  afterBreak: boolean,
  headerColumn: 'left' | 'right' | null,
): LayoutParagraph {
  return {
    type: 'paragraph',
    text,
    anchors,
    page: null,
    afterBreak,
    hints: { headingLevel: null, bold: false, italic: false, centered: false, headerColumn, lines },
  };
}

/**
 * Fields show their result, not their instruction: `\x13 instruction \x14 result \x15`, nested.
 * A counter of fields still in their instruction part keeps this linear on any nesting.
 */
export class FieldFilter {
  private readonly stack: boolean[] = [];
  private hidden = 0;

  /** Feeds one character; true when it is shown text (field marks themselves are not). */
  visible(ch: string): boolean {
    if (ch === '\x13') {
      this.stack.push(false);
      this.hidden += 1;
      return false;
    }
    if (ch === '\x14') {
      if (this.stack.at(-1) === false) {
        this.stack[this.stack.length - 1] = true;
        this.hidden -= 1;
      }
      return false;
    }
    if (ch === '\x15') {
      if (this.stack.pop() === false) this.hidden -= 1;
      return false;
    }
    return this.hidden === 0;
  }
}

/** A note's text: field results only, paragraph and cell marks as spaces, control characters out. */
export function cleanStory(raw: string): string {
  const fields = new FieldFilter();
  let out = '';
  for (const ch of raw) {
    if (!fields.visible(ch)) continue;
    if (ch === '\r' || ch === '\x0b' || ch === '\x07' || ch === '\n' || ch === '\x0c') out += ' ';
    else if (ch === '\x1e') out += '-';
    else if (ch !== '\x02' && !SKIPPED.test(ch)) out += ch;
  }
  return normalizeMarked(out, []).text;
}
