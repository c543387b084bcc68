import { DisjointSets } from './disjoint-sets.js';

/**
 * Cells of a ruled grid that a missing rule joins into one (a merged cell): `ruled(edge, r, c)`
 * says whether the rule to the right of (or below) cell (r, c) is drawn. Returns each cell's area,
 * named by its top-left cell's index `r * cols + c` (the cell that keeps a merged area's text).
 * Shared by the PDF parser's ruled tables (point space) and the OCR path's grids (pixel space).
 */
export function mergedCells(
  rows: number,
  cols: number,
  ruled: (edge: 'right' | 'below', r: number, c: number) => boolean,
): (r: number, c: number) => number {
  const sets = new DisjointSets(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !ruled('right', r, c)) sets.union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !ruled('below', r, c)) sets.union(r * cols + c, (r + 1) * cols + c);
    }
  }
  return (r, c) => sets.find(r * cols + c);
}
