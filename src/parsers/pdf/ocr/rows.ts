import type { Grid } from './grid.js';
import type { Box, PixelRule } from './types.js';

/**
 * Rows whose rule the scan lost. A band of a ruled table that is much taller than its neighbours
 * and holds several text lines that each start in the table's first two columns (an `STT` label or
 * a row name) and spread over two columns or more is several rows: a rule is put back between
 * those lines. A wrapped row name (its second line in the name column only) and a head whose cells
 * are set on different lines do not satisfy this and stay whole.
 */

/** A band this many times the grid's median row height may hold several rows. */
const TALL = 1.6;
/** Words whose baselines are within this share of their size are on one line. */
const SAME_LINE = 0.5;

export interface PlacedWord {
  /** Box in the straightened page (where the grid was found). */
  box: Box;
  baseline: number;
  size: number;
}

export function missingRowRules(grid: Grid, words: readonly PlacedWord[]): PixelRule[] {
  const heights = grid.ys.slice(1).map((y, i) => y - (grid.ys[i] ?? 0));
  const typical = [...heights].sort((a, b) => a - b)[heights.length >> 1] ?? 0;
  const column = (x: number): number => grid.xs.findIndex((left, i) => x >= left && x < (grid.xs[i + 1] ?? -Infinity));
  const rules: PixelRule[] = [];
  grid.ys.slice(1).forEach((bottom, i) => {
    const top = grid.ys[i] ?? 0;
    if (bottom - top < TALL * typical) return;
    const inside = words.filter((w) => {
      const cx = (w.box.x0 + w.box.x1) / 2;
      const cy = (w.box.y0 + w.box.y1) / 2;
      return cy > top && cy < bottom && cx > grid.box.x0 && cx < grid.box.x1;
    });
    const lines = clusterLines(inside);
    for (let k = 1; k < lines.length; k++) {
      const above = lines[k - 1] as PlacedWord[];
      const below = lines[k] as PlacedWord[];
      const columnsOf = (line: PlacedWord[]): Set<number> => new Set(line.map((w) => column((w.box.x0 + w.box.x1) / 2)));
      const a = columnsOf(above);
      const b = columnsOf(below);
      const opensRow = (cols: Set<number>): boolean => cols.has(0) || cols.has(1);
      if (!opensRow(a) || !opensRow(b) || b.size < 2) continue;
      const y = (Math.max(...above.map((w) => w.box.y1)) + Math.min(...below.map((w) => w.box.y0))) / 2;
      rules.push({ x0: grid.box.x0, x1: grid.box.x1, y0: y, y1: y });
    }
  });
  return rules;
}

function clusterLines(words: readonly PlacedWord[]): PlacedWord[][] {
  const sorted = [...words].sort((a, b) => a.baseline - b.baseline);
  const lines: PlacedWord[][] = [];
  for (const word of sorted) {
    const last = lines[lines.length - 1];
    const ref = last?.[last.length - 1];
    if (last && ref && word.baseline - ref.baseline <= SAME_LINE * Math.max(word.size, ref.size)) last.push(word);
    else lines.push([word]);
  }
  return lines;
}
