import type { Rule } from '../types.js';
import { rotatePoint, type PageImage } from './image.js';
import type { PixelRule } from './types.js';

/**
 * Ruling lines in a scan: long straight runs of ink. Found on the deskewed page, they give the PDF
 * parser's table finder the grid a text PDF would have drawn, and they are painted out of the image
 * tesseract reads (a cell border next to a digit is how `1` and `|` get confused).
 */

/** A horizontal rule is at least this share of the page width… */
const H_MIN_SHARE = 0.03;
/** …a vertical one at least this share of the page height (taller than any glyph of body text). */
const V_MIN_SHARE = 0.02;
/** Rules are often hairlines a scanner renders grey: lighter ink than text counts for them. */
const RULE_INK = 190;
/** Breaks of up to this many pixels (at 300 dpi) do not end a run: a scanned hairline is broken. */
const GAP_300 = 8;
/** A rule is ink over at least this share of its length (a row through text is not). */
const MIN_FILL = 0.75;
/** A run shorter than this many minimum lengths must be this solid. */
const SHORT_FACTOR = 3;
const SHORT_FILL = 0.95;
/** Pieces of one rule in line with each other and this close (pixels at 300 dpi) are joined… */
const JOIN_GAP_300 = 40;
/** …and a rule's end this close to a crossing rule is extended to meet it. */
const SNAP_300 = 16;
/** Rules closer than this (pixels at 300 dpi, about 1.5 pt) along the same stretch are one border. */
const NEAR_300 = 7;
/** A row rule covering this share of its table's width is taken to cross all of it. */
const MIN_ROW_SHARE = 0.5;
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
  const gap = Math.max(2, Math.round(GAP_300 * scale));
  const horizontal = strokes(image, 'h', Math.max(30, H_MIN_SHARE * image.width), maxThickness, gap);
  const vertical = strokes(image, 'v', Math.max(20, V_MIN_SHARE * image.height), maxThickness, gap);
  const touch = TOUCH_300 * scale;
  const h = joinCollinear(
    horizontal.map((s) => ({ x0: s.from, x1: s.to, y0: s.first, y1: s.last })),
    'h',
    JOIN_GAP_300 * scale,
  );
  const v = joinCollinear(
    vertical.map((s) => ({ x0: s.first, x1: s.last, y0: s.from, y1: s.to })),
    'v',
    JOIN_GAP_300 * scale,
  ).filter((r) => h.some((hr) => r.x0 >= hr.x0 - touch && r.x1 <= hr.x1 + touch && hr.y1 >= r.y0 - touch && hr.y0 <= r.y1 + touch));
  snapEnds(h, v, SNAP_300 * scale);
  completeRows(h, v);
  return [...absorb(h, 'h', NEAR_300 * scale), ...absorb(v, 'v', NEAR_300 * scale)];
}

/**
 * One border, one rule: a piece lying alongside a longer rule (a thick or wavy scanned line seen as
 * two strokes, the top serifs of a bold row just under a border) is folded into it. Two rules a
 * point apart would otherwise cut the table's cells into slivers.
 */
function absorb(rules: PixelRule[], axis: 'h' | 'v', near: number): PixelRule[] {
  const across = (r: PixelRule): number => (axis === 'h' ? (r.y0 + r.y1) / 2 : (r.x0 + r.x1) / 2);
  const length = (r: PixelRule): number => (axis === 'h' ? r.x1 - r.x0 : r.y1 - r.y0);
  const kept: PixelRule[] = [];
  for (const rule of [...rules].sort((a, b) => length(b) - length(a))) {
    const host = kept.find(
      (k) =>
        Math.abs(across(k) - across(rule)) <= near &&
        (axis === 'h' ? rule.x0 <= k.x1 && rule.x1 >= k.x0 : rule.y0 <= k.y1 && rule.y1 >= k.y0),
    );
    if (!host) {
      kept.push({ ...rule });
      continue;
    }
    if (axis === 'h') {
      host.x0 = Math.min(host.x0, rule.x0);
      host.x1 = Math.max(host.x1, rule.x1);
    } else {
      host.y0 = Math.min(host.y0, rule.y0);
      host.y1 = Math.max(host.y1, rule.y1);
    }
  }
  return kept;
}

/**
 * A row rule that fades out before the table's right edge (a grey hairline the scanner lost in
 * places) is drawn on to the edges when it runs across most of the table, or when it starts at the
 * table's left edge and crosses a column border: row rules in report tables cross the whole table,
 * and a missing stretch would merge two rows' cells. Rules of the head that group columns (`So sánh
 * thực hiện với (%)`) start inside the table and stay as they are.
 */
function completeRows(h: PixelRule[], v: PixelRule[]): void {
  for (const r of h) {
    const y = (r.y0 + r.y1) / 2;
    const crossing = v.filter((c) => y >= c.y0 && y <= c.y1).map((c) => (c.x0 + c.x1) / 2);
    if (crossing.length < 2) continue;
    const left = Math.min(...crossing);
    const right = Math.max(...crossing);
    const covered = Math.min(r.x1, right) - Math.max(r.x0, left);
    const fromLeft = r.x0 <= left + 2 && crossing.filter((x) => x > left + 2 && x < r.x1).length >= 1;
    if (covered >= MIN_ROW_SHARE * (right - left) || fromLeft) {
      r.x0 = Math.min(r.x0, left);
      r.x1 = Math.max(r.x1, right);
    }
  }
}

/** Join pieces of one rule broken by the scan: in line (centres within 3 px) and close end to end. */
function joinCollinear(rules: PixelRule[], axis: 'h' | 'v', maxGap: number): PixelRule[] {
  const across = (r: PixelRule): number => (axis === 'h' ? (r.y0 + r.y1) / 2 : (r.x0 + r.x1) / 2);
  const from = (r: PixelRule): number => (axis === 'h' ? r.x0 : r.y0);
  const to = (r: PixelRule): number => (axis === 'h' ? r.x1 : r.y1);
  const sorted = [...rules].sort((a, b) => across(a) - across(b) || from(a) - from(b));
  const out: PixelRule[] = [];
  for (const rule of sorted) {
    const mate = out.find((o) => Math.abs(across(o) - across(rule)) <= 3 && from(rule) <= to(o) + maxGap && to(rule) >= from(o) - maxGap);
    if (!mate) {
      out.push({ ...rule });
      continue;
    }
    mate.x0 = Math.min(mate.x0, rule.x0);
    mate.x1 = Math.max(mate.x1, rule.x1);
    mate.y0 = Math.min(mate.y0, rule.y0);
    mate.y1 = Math.max(mate.y1, rule.y1);
  }
  return out;
}

/** Extend rule ends that stop just short of a crossing rule, so grid cells close. */
function snapEnds(h: PixelRule[], v: PixelRule[], reach: number): void {
  for (const r of h) {
    const y = (r.y0 + r.y1) / 2;
    const crossing = v.filter((c) => y >= c.y0 - reach && y <= c.y1 + reach).map((c) => (c.x0 + c.x1) / 2);
    const left = crossing.filter((x) => Math.abs(x - r.x0) <= reach);
    const right = crossing.filter((x) => Math.abs(x - r.x1) <= reach);
    if (left.length > 0) r.x0 = Math.min(r.x0, ...left);
    if (right.length > 0) r.x1 = Math.max(r.x1, ...right);
  }
  for (const r of v) {
    const x = (r.x0 + r.x1) / 2;
    const crossing = h.filter((c) => x >= c.x0 - reach && x <= c.x1 + reach).map((c) => (c.y0 + c.y1) / 2);
    const top = crossing.filter((y) => Math.abs(y - r.y0) <= reach);
    const bottom = crossing.filter((y) => Math.abs(y - r.y1) <= reach);
    if (top.length > 0) r.y0 = Math.min(r.y0, ...top);
    if (bottom.length > 0) r.y1 = Math.max(r.y1, ...bottom);
  }
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
function strokes(image: PageImage, axis: 'h' | 'v', minLength: number, maxThickness: number, maxGap: number): Stroke[] {
  const { width, height, grey } = image;
  const lines = axis === 'h' ? height : width;
  const length = axis === 'h' ? width : height;
  const ink =
    axis === 'h'
      ? (at: number, i: number): boolean => (grey[at * width + i] ?? 255) < RULE_INK
      : (at: number, i: number): boolean => (grey[i * width + at] ?? 255) < RULE_INK;
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
      } else if (start >= 0 && i - lastInk > maxGap) {
        const span = lastInk - start + 1;
        // A short run must be solid: the tops of a bold capital row bridge small gaps too.
        const fill = span < SHORT_FACTOR * minLength ? SHORT_FILL : MIN_FILL;
        if (span >= minLength && filled >= fill * span) runs.push({ at, from: start, to: lastInk });
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
