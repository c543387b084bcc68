import type { Table } from '../../model/index.js';

/** A column is a list of agencies when at least this share of its body cells name one. */
const AGENCY_COLUMN_SHARE = 0.6;
const MIN_AGENCY_CELLS = 3;

export interface CellRef {
  row: number;
  column: number;
}

/**
 * Cells of agency columns that the grammar could not read (`Quân sự` in a list of the units that
 * sent their reports): in a column where most cells are agencies, the others are agencies too.
 * The first row is the header and never counts.
 */
export function unnamedAgencyCells(table: Table, isAgencyCell: (cell: CellRef) => boolean): CellRef[] {
  const columns = Math.max(0, ...table.rows.map((r) => r.length));
  const found: CellRef[] = [];
  for (let column = 0; column < columns; column += 1) {
    const body: CellRef[] = [];
    for (let row = 1; row < table.rows.length; row += 1) {
      const text = table.rows[row]?.[column]?.trim() ?? '';
      if (text) body.push({ row, column });
    }
    const named = body.filter(isAgencyCell);
    if (named.length < MIN_AGENCY_CELLS || named.length / body.length < AGENCY_COLUMN_SHARE) continue;
    for (const cell of body) {
      if (isAgencyCell(cell)) continue;
      const text = table.rows[cell.row]![cell.column]!.trim();
      // A name: starts with a capital, has a lower-case letter, no digits (not `X`, not `12,5`).
      if (/^\p{Lu}/u.test(text) && /\p{Ll}/u.test(text) && !/\p{Nd}/u.test(text)) found.push(cell);
    }
  }
  return found;
}
