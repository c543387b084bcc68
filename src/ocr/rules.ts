import type { Rule } from '../parsers/pdf/types.js';
import { INK, rotatePoint, type PageImage } from './image.js';
import type { PixelRule } from './types.js';

/**
 * Ruling lines in a scan: long straight runs of ink. Found on the deskewed page, they give the PDF
 * parser's table finder the grid a text PDF would have drawn, and they are painted out of the image
 * tesseract reads (a cell border next to a digit is how `1` and `|` get confused).
 */

/** A horizontal rule is at least this share of the page width… */
const H_MIN_SHARE = 0.04;
/** …a vertical one at least this share of the page height (taller than any glyph of body text). */
const V_MIN_SHARE = 0.02;
/** Breaks of up to this many pixels (a scanned line is not perfect) do not end a run. */
const GAP = 3;
/** A rule is solid ink over at least this share of its length (a row through text is not). */
const MIN_FILL = 0.85;
/** Runs on rows (columns) this close that overlap are one line, drawn several pixels thick. */
const JOIN = 2;
/** Thicker than this (pixels at 300 dpi) is a filled area, not a rule. */
const MAX_THICKNESS_300 = 12;
/** A vertical rule is kept only when it reaches a horizontal one within this many pixels (at 300 dpi). */
const TOUCH_300 = 12;

interface Run {
  at: number;
  from: number;
  to: number;
}

interface Stroke {
  first: number;
  last: number;
  from: number;
  to: number;
}

export function findRules(image: PageImage, dpi: number): PixelRule[] {
  const scale = dpi / 300;
  const maxThickness = Math.max(3, MAX_THICKNESS_300 * scale);
  const horizontal = strokes(image, 'h', Math.max(30, H_MIN_SHARE * image.width), maxThickness);
  const vertical = strokes(image, 'v', Math.max(20, V_MIN_SHARE * image.height), maxThickness);
  const touch = TOUCH_300 * scale;
  const h = horizontal.map((s) => ({ x0: s.from, x1: s.to, y0: s.first, y1: s.last }));
  const v = vertical
    .map((s) => ({ x0: s.first, x1: s.last, y0: s.from, y1: s.to }))
    .filter((r) => h.some((hr) => r.x0 >= hr.x0 - touch && r.x1 <= hr.x1 + touch && hr.y1 >= r.y0 - touch && hr.y0 <= r.y1 + touch));
  return [...h, ...v];
}

/**
 * Paint the rules white (one pixel of margin) so tesseract reads the text between them. Rules found
 * on the page turned by `skew` degrees are turned back onto the image as scanned.
 */
export function eraseRules(image: Pick<PageImage, 'width' | 'height' | 'grey'>, rules: readonly PixelRule[], skew = 0): void {
  const { width, height, grey } = image;
  const step = skew === 0 ? 1 : 0.5;
  for (const rule of rules) {
    for (let y = rule.y0 - 1; y <= rule.y1 + 1; y += step) {
      for (let x = rule.x0 - 1; x <= rule.x1 + 1; x += step) {
        const [px, py] = skew === 0 ? [x, y] : rotatePoint(x, y, -skew, width, height);
        const ix = Math.round(px);
        const iy = Math.round(py);
        if (ix >= 0 && iy >= 0 && ix < width && iy < height) grey[iy * width + ix] = 255;
      }
    }
  }
}

/** Rules in PDF points (y up), zero-thickness centre lines as the PDF parser's table finder wants. */
export function rulesToPoints(rules: readonly PixelRule[], dpi: number, heightPt: number): Rule[] {
  const s = 72 / dpi;
  return rules.map((r) => {
    const horizontal = r.x1 - r.x0 >= r.y1 - r.y0;
    if (horizontal) {
      const y = heightPt - ((r.y0 + r.y1) / 2) * s;
      return { x1: r.x0 * s, x2: r.x1 * s, y1: y, y2: y };
    }
    const x = ((r.x0 + r.x1) / 2) * s;
    return { x1: x, x2: x, y1: heightPt - r.y1 * s, y2: heightPt - r.y0 * s };
  });
}

/** Long ink runs along rows ('h') or columns ('v'), merged across neighbouring rows into strokes. */
function strokes(image: PageImage, axis: 'h' | 'v', minLength: number, maxThickness: number): Stroke[] {
  const { width, height, grey } = image;
  const lines = axis === 'h' ? height : width;
  const length = axis === 'h' ? width : height;
  const ink = axis === 'h' ? (at: number, i: number): boolean => (grey[at * width + i] ?? 255) < INK : (at: number, i: number): boolean => (grey[i * width + at] ?? 255) < INK;
  const open: Stroke[] = [];
  const done: Stroke[] = [];
  for (let at = 0; at < lines; at++) {
    const runs: Run[] = [];
    let start = -1;
    let lastInk = -1;
    let filled = 0;
    for (let i = 0; i <= length; i++) {
      const dark = i < length && ink(at, i);
      if (dark) {
        if (start < 0) {
          start = i;
          filled = 0;
        }
        lastInk = i;
        filled += 1;
      } else if (start >= 0 && i - lastInk > GAP) {
        const span = lastInk - start + 1;
        if (span >= minLength && filled >= MIN_FILL * span) runs.push({ at, from: start, to: lastInk });
        start = -1;
      }
    }
    // Close strokes that no run of this row continues.
    for (let k = open.length - 1; k >= 0; k--) {
      const stroke = open[k] as Stroke;
      if (at - stroke.last > JOIN) {
        done.push(stroke);
        open.splice(k, 1);
      }
    }
    for (const run of runs) {
      const stroke = open.find((s) => run.from <= s.to && run.to >= s.from);
      if (stroke) {
        stroke.last = at;
        stroke.from = Math.min(stroke.from, run.from);
        stroke.to = Math.max(stroke.to, run.to);
      } else {
        open.push({ first: at, last: at, from: run.from, to: run.to });
      }
    }
  }
  done.push(...open);
  return done.filter((s) => s.last - s.first + 1 <= maxThickness);
}
