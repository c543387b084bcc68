import type { Run, Shape } from './types.js';

/**
 * Charts drawn as vector graphics carry text (axis ticks, data labels, legends) that would read as a
 * stream of loose numbers. A chart is a large painted frame (chart border, plot area, grid lines)
 * with at least two other shapes inside it that are not text highlights (bars, slices, legend keys);
 * text inside it is left out of the paragraphs. A framed text box has no shapes inside, and a
 * table's shading is already claimed by the table.
 */

/** A frame is at least this wide and tall (points)… */
const FRAME_MIN_WIDTH = 100;
const FRAME_MIN_HEIGHT = 60;
/** …and covers at most this share of the page (a page border is not a chart). */
const FRAME_MAX_PAGE_SHARE = 0.6;
const MIN_INNER_SHAPES = 2;
/** Only the largest frames are tried: a page of thousands of boxes is not worth a quadratic scan. */
const MAX_FRAMES = 40;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const inside = (inner: Box, outer: Box): boolean =>
  inner.x1 >= outer.x1 - 1 && inner.x2 <= outer.x2 + 1 && inner.y1 >= outer.y1 - 1 && inner.y2 <= outer.y2 + 1;

const runCentreIn = (run: Run, box: Box): boolean => {
  const cx = run.x + run.width / 2;
  const cy = run.y + run.size * 0.3;
  return cx >= box.x1 && cx <= box.x2 && cy >= box.y1 && cy <= box.y2;
};

const overlapShare = (a: Box, b: Box): number => {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / ((a.x2 - a.x1) * (a.y2 - a.y1));
};

export function findFigures(shapes: readonly Shape[], runs: readonly Run[], tables: readonly Box[], pageArea: number): Box[] {
  const frames = shapes
    .filter(
      (s) =>
        s.x2 - s.x1 >= FRAME_MIN_WIDTH &&
        s.y2 - s.y1 >= FRAME_MIN_HEIGHT &&
        (s.x2 - s.x1) * (s.y2 - s.y1) <= FRAME_MAX_PAGE_SHARE * pageArea &&
        !tables.some((t) => overlapShare(s, t) > 0.5),
    )
    .sort((a, b) => (b.x2 - b.x1) * (b.y2 - b.y1) - (a.x2 - a.x1) * (a.y2 - a.y1))
    .slice(0, MAX_FRAMES);
  const figures: Box[] = [];
  for (const frame of frames) {
    if (figures.some((f) => inside(frame, f))) continue;
    let inner = 0;
    for (const shape of shapes) {
      if (shape === frame || !inside(shape, frame)) continue;
      // A filled box with text in it is a highlight behind a line, not a bar.
      if (shape.filledOnly && runs.some((r) => r.text.trim() !== '' && runCentreIn(r, shape))) continue;
      inner += 1;
      if (inner >= MIN_INNER_SHAPES) break;
    }
    if (inner >= MIN_INNER_SHAPES) figures.push(frame);
  }
  return figures;
}

/** Split runs into those inside a figure and the rest. */
export function withoutFigures(runs: readonly Run[], figures: readonly Box[]): { flow: Run[]; dropped: number } {
  if (figures.length === 0) return { flow: [...runs], dropped: 0 };
  const flow: Run[] = [];
  let dropped = 0;
  for (const run of runs) {
    if (figures.some((f) => runCentreIn(run, f))) {
      if (run.text.trim() !== '') dropped += 1;
    } else {
      flow.push(run);
    }
  }
  return { flow, dropped };
}
