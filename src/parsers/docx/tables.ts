import { plainText } from './inline.js';
import type { WordNode, WordTable, WordTableCell } from './word-model.js';

/**
 * Word tables as rectangular grids. Merged cells (`gridSpan`, `vMerge`, which mammoth reports as
 * colSpan/rowSpan) keep their text in the top-left position and leave '' in the positions they
 * cover, so columns line up and no figure is counted twice.
 */

export interface PlacedCell {
  cell: WordTableCell;
  row: number;
  column: number;
}

export interface TableGrid {
  width: number;
  height: number;
  /** Every real cell with its top-left grid position, in document order. */
  cells: PlacedCell[];
}

export function layoutGrid(table: WordTable): TableGrid {
  const occupied: boolean[][] = [];
  const cells: PlacedCell[] = [];
  const taken = (r: number, c: number): boolean => occupied[r]?.[c] === true;
  const take = (r: number, c: number): void => {
    (occupied[r] ??= [])[c] = true;
  };
  let width = 0;
  table.children.forEach((row, r) => {
    let column = 0;
    for (const cell of row.children) {
      while (taken(r, column)) column += 1;
      const colSpan = clampSpan(cell.colSpan);
      const rowSpan = Math.min(clampSpan(cell.rowSpan), table.children.length - r);
      cells.push({ cell, row: r, column });
      for (let dr = 0; dr < rowSpan; dr += 1) for (let dc = 0; dc < colSpan; dc += 1) take(r + dr, column + dc);
      column += colSpan;
      width = Math.max(width, column);
    }
  });
  for (const row of occupied) width = Math.max(width, row?.length ?? 0);
  return { width, height: table.children.length, cells };
}

// A crafted span must not make a huge grid: Word itself allows at most 63 columns.
const clampSpan = (span: number): number => (Number.isInteger(span) && span > 0 ? Math.min(span, 64) : 1);

export function fillGrid(grid: TableGrid, text: (cell: WordTableCell) => string): string[][] {
  const rows = Array.from({ length: grid.height }, () => new Array<string>(grid.width).fill(''));
  for (const placed of grid.cells) {
    const row = rows[placed.row];
    if (row) row[placed.column] = text(placed.cell);
  }
  return rows;
}

/** The merged areas of a grid (more than one position), as the layout states them. */
export function gridSpans(grid: TableGrid): Array<{ row: number; column: number; rowSpan: number; colSpan: number }> {
  return grid.cells
    .map((placed) => ({
      row: placed.row,
      column: placed.column,
      rowSpan: Math.min(clampSpan(placed.cell.rowSpan), grid.height - placed.row),
      colSpan: Math.min(clampSpan(placed.cell.colSpan), grid.width - placed.column),
    }))
    .filter((span) => span.rowSpan > 1 || span.colSpan > 1);
}

/** Word's repeating header rows at the top of a table (`w:tblHeader`). */
export const wordHeaderRows = (table: WordTable): number => {
  const first = table.children.findIndex((row) => !row.isHeader);
  return first < 0 ? table.children.length : first;
};

export type TableRole = 'header' | 'signature' | 'data';

/** What the role decision needs to know of a table, whatever the format. */
export interface TableShape {
  width: number;
  height: number;
  /** Non-empty text lines of each real cell. */
  cellLines: string[][];
  /** Word marked a row as a repeating header row: a data table. */
  headerRow: boolean;
}

const MAX_LAYOUT_LINE = 160;

/**
 * Borderless layout tables are not data: the two-column head at the top (issuer | national motto,
 * number | place and date) and the recipients | signature block near the end. They are recognised
 * by shape alone (few columns, few rows, short stacked lines, position), which Word layouts share.
 */
export function tableRole(shape: TableShape, isFirstContent: boolean): TableRole {
  if (shape.width === 0 || shape.width > 3 || shape.headerRow) return 'data';
  const all = shape.cellLines.flat();
  if (all.length === 0 || all.some((line) => line.length > MAX_LAYOUT_LINE)) return 'data';
  // A head is words (issuer, motto, number, date), never mostly figures.
  const figures = all.filter((line) => !/\p{L}/u.test(line)).length;
  if (isFirstContent && shape.height <= 4 && all.length >= 3 && figures * 3 <= all.length) return 'header';
  if (shape.height <= 2 && Math.max(...shape.cellLines.map((l) => l.length)) >= 3) return 'signature';
  return 'data';
}

export function wordTableShape(table: WordTable, grid: TableGrid): TableShape {
  return {
    width: grid.width,
    height: grid.height,
    cellLines: grid.cells.map((placed) => cellLines(placed.cell)),
    headerRow: table.children.some((row) => row.isHeader),
  };
}

/** Non-empty paragraph texts of a cell, nested tables included. */
function cellLines(cell: WordTableCell): string[] {
  const out: string[] = [];
  const visit = (nodes: WordNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        for (const line of plainText(node).split('\n')) {
          const trimmed = line.replace(/\s+/gu, ' ').trim();
          if (trimmed) out.push(trimmed);
        }
      } else if ('children' in node && Array.isArray(node.children)) visit(node.children as WordNode[]);
    }
  };
  visit(cell.children);
  return out;
}
