import type { Box, PixelRule } from './types.js';
import { mergedCells } from '../merged-cells.js';
import { crossingGroups } from '../disjoint-sets.js';

/**
 * Table cells from ruling lines, in pixels: rules that cross form a grid, the grid's distinct
 * positions cut it into cells, and a missing border between two neighbouring cells merges them.
 * The same reasoning as the PDF parser's table finder (which later places the words), done here
 * so that each cell can be read on its own: tesseract's page layout analysis skips the lone `A`,
 * `II` and short percentages of narrow columns.
 */

/** Positions closer than this (pixels at 300 dpi) are one border. */
const SNAP_300 = 8;
/** Beyond this many cells a grid is a drawing (or noise), not a table to read cell by cell. */
const MAX_CELLS = 2000;

export interface Grid {
  box: Box;
  cells: Box[];
  /** Column borders, left to right, and row borders, top to bottom. */
  xs: number[];
  ys: number[];
}

const centreX = (r: PixelRule): number => (r.x0 + r.x1) / 2;
const centreY = (r: PixelRule): number => (r.y0 + r.y1) / 2;
const isHorizontal = (r: PixelRule): boolean => r.x1 - r.x0 >= r.y1 - r.y0;

export function findGrids(rules: readonly PixelRule[], dpi: number): Grid[] {
  const snap = SNAP_300 * (dpi / 300);
  const h = rules.filter(isHorizontal);
  const v = rules.filter((r) => !isHorizontal(r));
  const groups = crossingGroups(h, v, (hr, vr) => {
    const x = centreX(vr);
    const y = centreY(hr);
    return x >= hr.x0 - snap && x <= hr.x1 + snap && y >= vr.y0 - snap && y <= vr.y1 + snap;
  });
  const grids: Grid[] = [];
  for (const group of groups) {
    const grid = gridOf(group.h, group.v, snap);
    if (grid) grids.push(grid);
  }
  return grids;
}

function distinct(values: number[], snap: number): number[] {
  const out: number[] = [];
  for (const value of [...values].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last === undefined || value - last > snap) out.push(value);
  }
  return out;
}

function gridOf(h: PixelRule[], v: PixelRule[], snap: number): Grid | null {
  if (h.length < 2 || v.length < 2) return null;
  const xs = distinct(v.map(centreX), snap);
  const ys = distinct(h.map(centreY), snap);
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 1 || rows < 1 || cols * rows < 2 || cols * rows > MAX_CELLS) return null;
  const covers = (rules: PixelRule[], horizontal: boolean, at: number, mid: number): boolean =>
    rules.some((r) =>
      horizontal
        ? Math.abs(centreY(r) - at) <= snap && r.x0 - snap <= mid && r.x1 + snap >= mid
        : Math.abs(centreX(r) - at) <= snap && r.y0 - snap <= mid && r.y1 + snap >= mid,
    );
  const mid = (edges: readonly number[], i: number): number => ((edges[i] ?? 0) + (edges[i + 1] ?? 0)) / 2;
  const areaOf = mergedCells(rows, cols, (edge, r, c) =>
    edge === 'right' ? covers(v, false, xs[c + 1] ?? 0, mid(ys, r)) : covers(h, true, ys[r + 1] ?? 0, mid(xs, c)),
  );
  const boxes = new Map<number, Box>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = areaOf(r, c);
      const box = { x0: xs[c] ?? 0, x1: xs[c + 1] ?? 0, y0: ys[r] ?? 0, y1: ys[r + 1] ?? 0 };
      const known = boxes.get(root);
      boxes.set(
        root,
        known
          ? {
              x0: Math.min(known.x0, box.x0),
              x1: Math.max(known.x1, box.x1),
              y0: Math.min(known.y0, box.y0),
              y1: Math.max(known.y1, box.y1),
            }
          : box,
      );
    }
  }
  return {
    box: { x0: xs[0] ?? 0, x1: xs[xs.length - 1] ?? 0, y0: ys[0] ?? 0, y1: ys[ys.length - 1] ?? 0 },
    cells: [...boxes.values()],
    xs,
    ys,
  };
}
