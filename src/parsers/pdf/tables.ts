import { finalizeText } from './hygiene.js';
import { buildLines } from './lines.js';
import type { Rule, Run, TableBlock } from './types.js';
import { mergedCells } from './merged-cells.js';
import { crossingGroups } from './disjoint-sets.js';

/**
 * Tables from ruling lines. Horizontal and vertical rules that touch form a grid; the grid's
 * distinct x and y positions cut it into cells, and a missing border between two neighbouring cells
 * merges them (colspan / rowspan). Every run whose centre falls inside a grid belongs to the table,
 * so table text never reaches the paragraphs.
 */

export interface TableSplit {
  tables: TableBlock[];
  flow: Run[];
  /** Rules that belong to no table (separators, underlines). */
  freeRules: Rule[];
  /** The page drew too many rules to analyse. */
  skipped: boolean;
}

/** Coordinates closer than this (points) are the same border. */
const SNAP = 2;
/** Beyond this many horizontal × vertical pairs a page is a drawing, not a table. */
const MAX_PAIRS = 4_000_000;

export function splitTables(rules: readonly Rule[], runs: readonly Run[]): TableSplit {
  const h = mergeCollinear(
    rules.filter((r) => r.y2 - r.y1 <= 1 && r.x2 - r.x1 > SNAP),
    'h',
  );
  const v = mergeCollinear(
    rules.filter((r) => r.x2 - r.x1 <= 1 && r.y2 - r.y1 > SNAP),
    'v',
  );
  if (h.length * v.length > MAX_PAIRS) return { tables: [], flow: [...runs], freeRules: h, skipped: true };
  const groups = crossingGroups(
    h,
    v,
    (hr, vr) => vr.x1 >= hr.x1 - SNAP && vr.x1 <= hr.x2 + SNAP && hr.y1 >= vr.y1 - SNAP && hr.y1 <= vr.y2 + SNAP,
  );

  const grids: Grid[] = [];
  const freeRules: Rule[] = [];
  for (const g of groups) {
    const grid = gridOf(g.h, g.v);
    if (grid) grids.push(grid);
    else freeRules.push(...g.h);
  }
  if (grids.length === 0) return { tables: [], flow: [...runs], freeRules, skipped: false };
  const members: Run[][] = grids.map(() => []);
  const flow: Run[] = [];
  for (const run of runs) {
    const cx = run.x + run.width / 2;
    const cy = run.y + run.size * 0.3;
    const k = grids.findIndex((g) => cx >= g.left - 1 && cx <= g.right + 1 && cy >= g.bottom - 1 && cy <= g.top + 1);
    if (k >= 0) members[k]?.push(run);
    else flow.push(run);
  }
  const tables = grids.map((g, k) => fillGrid(g, members[k] ?? []));
  return { tables: tables.filter((t) => t.rows.length > 0), flow, freeRules, skipped: false };
}

/**
 * Join pieces of one border drawn as several segments (Word draws every cell edge separately).
 * Pieces within 1 pt of the first one's position are one border; sorted along it, pieces that touch
 * or overlap become one rule spanning all of them, at both ends (a piece drawn a fraction of a point
 * off may start before the ones already joined).
 */
export function mergeCollinear(rules: readonly Rule[], axis: 'h' | 'v'): Rule[] {
  const pos = (r: Rule): number => (axis === 'h' ? r.y1 : r.x1);
  const start = (r: Rule): number => (axis === 'h' ? r.x1 : r.y1);
  const stop = (r: Rule): number => (axis === 'h' ? r.x2 : r.y2);
  const sorted = [...rules].sort((a, b) => pos(a) - pos(b) || start(a) - start(b));
  const out: Rule[] = [];
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i] as Rule;
    let j = i + 1;
    while (j < sorted.length && pos(sorted[j] as Rule) - pos(first) <= 1) j++;
    const border = sorted.slice(i, j).sort((a, b) => start(a) - start(b));
    let current: Rule | null = null;
    for (const r of border) {
      if (current && start(r) <= stop(current) + SNAP) {
        if (axis === 'h') {
          current.x1 = Math.min(current.x1, r.x1);
          current.x2 = Math.max(current.x2, r.x2);
        } else {
          current.y1 = Math.min(current.y1, r.y1);
          current.y2 = Math.max(current.y2, r.y2);
        }
      } else {
        current = { ...r };
        out.push(current);
      }
    }
    i = j;
  }
  return out;
}

interface Grid {
  xs: number[];
  /** Row borders from top to bottom (descending y). */
  ys: number[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  h: Rule[];
  v: Rule[];
}

function gridOf(h: Rule[], v: Rule[]): Grid | null {
  if (h.length < 2 || v.length < 2) return null;
  const xs = snapValues(v.map((r) => r.x1));
  const ys = snapValues(h.map((r) => r.y1)).reverse();
  // One box around text is a frame, not a table: a table has at least two cells.
  if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) < 2) return null;
  return { xs, ys, left: xs[0] ?? 0, right: xs[xs.length - 1] ?? 0, top: ys[0] ?? 0, bottom: ys[ys.length - 1] ?? 0, h, v };
}

function snapValues(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const value of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || value - last > SNAP) out.push(value);
  }
  return out;
}

/** Index of the band [edges[i], edges[i+1]] holding `value`; edges ascending. */
function bandOf(edges: readonly number[], value: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, Math.min(edges.length - 2, lo));
}

const covers = (rules: readonly Rule[], axis: 'h' | 'v', at: number, mid: number): boolean =>
  rules.some((r) =>
    axis === 'v' ? Math.abs(r.x1 - at) <= SNAP && r.y1 <= mid && r.y2 >= mid : Math.abs(r.y1 - at) <= SNAP && r.x1 <= mid && r.x2 >= mid,
  );

function fillGrid(grid: Grid, runs: Run[]): TableBlock {
  const cols = grid.xs.length - 1;
  const rows = grid.ys.length - 1;
  const mid = (edges: readonly number[], i: number): number => ((edges[i] ?? 0) + (edges[i + 1] ?? 0)) / 2;
  const areaOf = mergedCells(rows, cols, (edge, r, c) =>
    edge === 'right'
      ? covers(grid.v, 'v', grid.xs[c + 1] ?? 0, mid(grid.ys, r))
      : covers(grid.h, 'h', grid.ys[r + 1] ?? 0, mid(grid.xs, c)),
  );
  const ysAscending = [...grid.ys].reverse();
  const byCell = new Map<number, Run[]>();
  for (const run of runs) {
    const c = bandOf(grid.xs, run.x + run.width / 2);
    const r = rows - 1 - bandOf(ysAscending, run.y + run.size * 0.3);
    const root = areaOf(r, c);
    const list = byCell.get(root);
    if (list) list.push(run);
    else byCell.set(root, [run]);
  }
  const texts: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
  const markers: number[] = [];
  for (const [root, cellRuns] of byCell) {
    const lines = buildLines(cellRuns, 0);
    for (const line of lines) {
      for (const a of line.anchors) markers.push(a.footnote);
      if (line.leadingMarker !== null) markers.push(line.leadingMarker);
    }
    const row = texts[Math.floor(root / cols)];
    if (row) row[root % cols] = finalizeText(lines.map((l) => l.text).join(' '), []).text;
  }
  return { top: grid.top, bottom: grid.bottom, left: grid.left, right: grid.right, rows: pruneEmpty(texts), markers };
}

/** Drop rows and columns that are empty everywhere (slivers between close borders). */
function pruneEmpty(rows: string[][]): string[][] {
  const kept = rows.filter((row) => row.some((cell) => cell !== ''));
  if (kept.length === 0) return [];
  const width = kept[0]?.length ?? 0;
  const usedCols: number[] = [];
  for (let c = 0; c < width; c++) if (kept.some((row) => (row[c] ?? '') !== '')) usedCols.push(c);
  return kept.map((row) => usedCols.map((c) => row[c] ?? ''));
}
