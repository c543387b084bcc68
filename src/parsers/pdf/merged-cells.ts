/**
 * Cells of a ruled grid that a missing rule joins into one (a merged cell): a union-find over the
 * grid's `rows × cols` cells. `ruled(edge, r, c)` says whether the rule to the right of (or below)
 * cell (r, c) is drawn. Returns each cell's area, named by its top-left cell's index `r * cols + c`
 * (the cell that keeps a merged area's text). Shared by the PDF parser's ruled tables (point space)
 * and the OCR path's grids (pixel space).
 */
export function mergedCells(rows: number, cols: number, ruled: (edge: 'right' | 'below', r: number, c: number) => boolean): (r: number, c: number) => number {
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] ?? i;
      parent[i] = parent[p] ?? p;
      i = p;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !ruled('right', r, c)) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !ruled('below', r, c)) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  return (r, c) => find(r * cols + c);
}
