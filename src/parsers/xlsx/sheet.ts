import type ExcelJS from 'exceljs';
import { decodeLegacy, legacyFontOf } from '../../text/index.js';
import type { LayoutItem, LayoutTable } from '../layout.js';
import { displayDate, displayNumber } from './display.js';

/**
 * One worksheet → layout items: the title lines above the grid (one filled cell a row) become
 * paragraphs, the grid a table, several tables where two or more empty rows part them. Merged
 * areas keep their text in the top-left cell and become spans; hidden rows and columns are kept and
 * marked; a formula shows its cached value. Text typed in a legacy Vietnamese font (`.VnTime`
 * TCVN3, `VNI-Times`) is converted as the PDF reader converts it.
 */

export interface SheetStats {
  legacyCells: number;
  formulasWithoutValue: number;
}

interface Grid {
  text: string[][];
  indents: Map<string, number>;
  merges: Array<{ row: number; column: number; rowSpan: number; colSpan: number }>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
}

/** Beyond this a sheet is a data dump, not a report table: the rest is left out with a warning. */
export const MAX_SHEET_CELLS = 2_000_000;

export function sheetItems(sheet: ExcelJS.Worksheet, first: boolean, stats: SheetStats): LayoutItem[] {
  const grid = readGrid(sheet, stats);
  const items: LayoutItem[] = [];
  let afterBreak = !first;
  for (const block of blocksOf(grid)) {
    const { captions, table } = splitCaptions(grid, block);
    for (const line of captions) {
      items.push(paragraph(line, afterBreak));
      afterBreak = false;
    }
    if (table) {
      items.push({ ...table, afterBreak });
      afterBreak = false;
    }
  }
  return items;
}

function readGrid(sheet: ExcelJS.Worksheet, stats: SheetStats): Grid {
  const height = sheet.rowCount;
  const width = sheet.columnCount;
  const limitRows = Math.min(height, Math.floor(MAX_SHEET_CELLS / Math.max(1, width)));
  const text = Array.from({ length: limitRows }, () => new Array<string>(width).fill(''));
  const hiddenRows = new Set<number>();
  const hiddenColumns = new Set<number>();
  const indents = new Map<string, number>();
  for (let c = 1; c <= width; c += 1) if (sheet.getColumn(c).hidden) hiddenColumns.add(c - 1);
  for (let r = 1; r <= limitRows; r += 1) {
    const row = sheet.getRow(r);
    if (row.hidden) hiddenRows.add(r - 1);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > width) return;
      // Covered positions of a merged area repeat the master's value: only the master keeps it.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      (text[r - 1] as string[])[c - 1] = cellText(cell, stats);
      const indent = cell.alignment?.indent ?? 0;
      if (indent > 0) indents.set(`${r - 1}:${c - 1}`, Math.min(15, Math.floor(indent)));
    });
  }
  const merges: Grid['merges'] = [];
  for (const range of (sheet.model as { merges?: string[] }).merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(range);
    if (!m) continue;
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1] as string);
    const bottom = Number(m[4]) - 1;
    const right = columnIndex(m[3] as string);
    if (bottom < top || right < left || top >= limitRows) continue;
    merges.push({ row: top, column: left, rowSpan: Math.min(bottom, limitRows - 1) - top + 1, colSpan: right - left + 1 });
  }
  return { text, indents, merges, hiddenRows, hiddenColumns };
}

const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function cellText(cell: ExcelJS.Cell, stats: SheetStats): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return displayNumber(value, cell.numFmt);
  if (typeof value === 'string') return legacy(value, cell.font?.name, stats);
  if (typeof value === 'boolean') return '';
  if (value instanceof Date) return displayDate(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return clean(value.richText.map((run) => legacy(run.text, run.font?.name ?? cell.font?.name, stats)).join(''));
    }
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (typeof result === 'number') return displayNumber(result, cell.numFmt);
      if (typeof result === 'string') return legacy(result, cell.font?.name, stats);
      if (result instanceof Date) return displayDate(result);
      if (result === undefined) stats.formulasWithoutValue += 1;
      return '';
    }
    if ('text' in value && typeof value.text === 'string') return legacy(value.text, cell.font?.name, stats);
  }
  return '';
}

const clean = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Legacy font text holds Latin-1 letters only; a cell already in Unicode Vietnamese stays as it is. */
function legacy(text: string, font: string | undefined, stats: SheetStats): string {
  const encoding = font ? legacyFontOf(font) : null;
  if (encoding && /[\u0080-\u00ff]/u.test(text) && !/[\u0100-\uffff]/u.test(text)) {
    stats.legacyCells += 1;
    return clean(decodeLegacy(text, encoding));
  }
  return clean(text);
}

interface Block {
  top: number;
  bottom: number;
}

/** Row ranges holding content, parted by two or more empty rows (one empty row stays inside a table). */
function blocksOf(grid: Grid): Block[] {
  const filled = grid.text.map((row) => row.some((cell) => cell !== ''));
  const out: Block[] = [];
  let start = -1;
  let empties = 0;
  filled.forEach((isFilled, r) => {
    if (isFilled) {
      if (start < 0) start = r;
      empties = 0;
      return;
    }
    empties += 1;
    if (start >= 0 && empties === 2) {
      out.push({ top: start, bottom: r - 2 });
      start = -1;
    }
  });
  if (start >= 0) {
    let bottom = filled.length - 1;
    while (bottom > start && !filled[bottom]) bottom -= 1;
    out.push({ top: start, bottom });
  }
  return out;
}

/** Rows of one filled cell above the grid are its title lines; the rest, empty rows and columns dropped, is the table. */
function splitCaptions(grid: Grid, block: Block): { captions: string[]; table: LayoutTable | null } {
  const captions: string[] = [];
  let top = block.top;
  const count = (r: number): number => (grid.text[r] ?? []).filter((c) => c !== '').length;
  while (top <= block.bottom && count(top) <= 1) {
    const line = (grid.text[top] ?? []).find((c) => c !== '');
    if (line) captions.push(line);
    top += 1;
  }
  if (top > block.bottom) return { captions, table: null };
  const rows: number[] = [];
  for (let r = top; r <= block.bottom; r += 1) if (count(r) > 0) rows.push(r);
  const width = grid.text[0]?.length ?? 0;
  const columns: number[] = [];
  for (let c = 0; c < width; c += 1) if (rows.some((r) => (grid.text[r]?.[c] ?? '') !== '')) columns.push(c);
  const rowAt = new Map(rows.map((r, i) => [r, i]));
  const columnAt = new Map(columns.map((c, i) => [c, i]));
  const spans: NonNullable<LayoutTable['spans']> = [];
  for (const merge of grid.merges) {
    const row = rowAt.get(merge.row);
    const column = columnAt.get(merge.column);
    if (row === undefined || column === undefined) continue;
    // A merge's size counts only the rows and columns kept.
    const rowSpan = rows.filter((r) => r >= merge.row && r < merge.row + merge.rowSpan).length;
    const colSpan = columns.filter((c) => c >= merge.column && c < merge.column + merge.colSpan).length;
    if (rowSpan > 1 || colSpan > 1) spans.push({ row, column, rowSpan: Math.max(1, rowSpan), colSpan: Math.max(1, colSpan) });
  }
  const hidden = {
    rows: rows.map((r, i) => (grid.hiddenRows.has(r) ? i : -1)).filter((i) => i >= 0),
    columns: columns.map((c, i) => (grid.hiddenColumns.has(c) ? i : -1)).filter((i) => i >= 0),
  };
  const indents: NonNullable<LayoutTable['indents']> = [];
  for (const [key, indent] of grid.indents) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    const row = rowAt.get(r);
    const column = columnAt.get(c);
    if (row !== undefined && column !== undefined) indents.push({ row, column, indent });
  }
  const table: LayoutTable = {
    type: 'table',
    page: null,
    rows: rows.map((r) => columns.map((c) => grid.text[r]?.[c] ?? '')),
    afterBreak: false,
    ...(spans.length > 0 ? { spans } : {}),
    ...(hidden.rows.length > 0 || hidden.columns.length > 0 ? { hidden } : {}),
    ...(indents.length > 0 ? { indents } : {}),
  };
  return { captions, table };
}

function paragraph(text: string, afterBreak: boolean): LayoutItem {
  return {
    type: 'paragraph',
    text,
    anchors: [],
    page: null,
    afterBreak,
    hints: { headingLevel: null, bold: false, italic: false, centered: false, headerColumn: null, lines: null },
  };
}
