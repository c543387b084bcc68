import { FOOTNOTE_SIZE_RATIO, PLAIN_NUMBER } from './footnotes.js';
import { hasStampText, pageNumberLines, runningCandidates } from './furniture.js';
import { MARKER_TEXT } from './superscript.js';
import type { Line, Run } from './types.js';

/**
 * Whether a page's vector drawing (pdf.js operator list) can change what the parser makes of it.
 * Reading the operator list costs about as much again as reading the text, and on most pages of a
 * report it only yields the short rule Word draws above the footnotes. It is read where ruling
 * lines, shapes or stamps could matter: text set apart by wide gaps (tables, the two-column head,
 * signature blocks, charts), small text outside a plain footnote zone (captions, chart labels, a
 * table in small print), and a footnote zone whose split the separator rule could move (a body
 * carried over from the previous page, bodies numbered in plain text, no body size known yet).
 * A plain footnote zone — smaller lines at the bottom, the first one opening with a raised number —
 * is cut at the same line with or without its rule.
 */

/** A gap wider than this many font sizes between two runs on one baseline sets text apart (justified body text stays under 1). */
const WIDE_GAP = 1;
/** A line holding only a number… */
const NUMERIC_LINE = /^[\d\s.,%()+\-–]+$/u;
/** …more of them than this (page numbers aside) suggest chart labels or a one-column table. */
const MAX_NUMERIC_LINES = 1;
/** Footnote markers are at most this share of the body size (as lines attach them). */
const MARKER_SIZE = 0.85;
/** Text lengths by font size, rounded as the assembler rounds them for the body size. */
const SIZE_STEP = 0.25;

/** One per document: it learns the body size from the pages read so far. */
export class DrawingNeed {
  readonly #weights = new Map<number, number>();
  /** The most common line size by text length so far (0 before any page). */
  #body = 0;
  #bodyWeight = -1;

  /** Count a page's lines towards the body size. */
  note(lines: readonly Line[]): void {
    for (const line of lines) {
      const key = Math.round(line.size / SIZE_STEP) * SIZE_STEP;
      const weight = (this.#weights.get(key) ?? 0) + line.text.length;
      this.#weights.set(key, weight);
      if (weight > this.#bodyWeight) {
        this.#bodyWeight = weight;
        this.#body = key;
      }
    }
  }

  /** True unless the page's text shows that its drawing cannot change the result. */
  needs(runs: readonly Run[], lines: readonly Line[], page: { width: number; height: number }): boolean {
    return this.reason(runs, lines, page) !== null;
  }

  /** Why the page's drawing is needed, or null when it is not. */
  reason(runs: readonly Run[], lines: readonly Line[], page: { width: number; height: number }): string | null {
    if (this.#body <= 0) return 'no body size yet';
    if (hasWideGap(runs, this.#body)) return 'text set apart by a wide gap';
    if (lines.some((l) => l.segments.length > 1)) return 'a line in segments';
    if (hasStampText(lines)) return 'stamp text';
    // Page numbers are gone before the footnote zone is looked for (the same test, on the same lines).
    const numbers = pageNumberLines({ lines, height: page.height });
    const kept = numbers.length > 0 ? lines.filter((l) => !numbers.includes(l)) : lines;
    if (kept.filter((l) => NUMERIC_LINE.test(l.text)).length > MAX_NUMERIC_LINES) return 'lines of bare numbers';
    // Running headers and footers depend on the other pages: judge the page with and without each.
    for (const variant of runningVariants(kept, page.height)) {
      const why = zoneNeedsRule(variant, this.#body);
      if (why !== null) return why;
    }
    return null;
  }
}

/** The lines with every subset of the edge lines furniture removal may take as running text (at most 4). */
function runningVariants(lines: readonly Line[], height: number): (readonly Line[])[] {
  const edges = runningCandidates({ lines, height });
  const variants: (readonly Line[])[] = [];
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const dropped = new Set(edges.filter((_, bit) => (mask & (1 << bit)) !== 0));
    variants.push(dropped.size === 0 ? lines : lines.filter((l) => !dropped.has(l)));
  }
  return variants;
}

/**
 * Runs on one baseline (within a fifth of their size, as lines are built) with a wide gap between
 * them. Footnote markers raised above one line share a baseline of their own however far apart
 * they stand: a row of small markers sets nothing apart.
 */
function hasWideGap(runs: readonly Run[], body: number): boolean {
  const visible = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  let start = 0;
  while (start < visible.length) {
    const first = visible[start] as Run;
    let size = first.size;
    let end = start + 1;
    while (end < visible.length) {
      const run = visible[end] as Run;
      if (first.y - run.y > 0.2 * Math.max(size, run.size, 1)) break;
      size = Math.max(size, run.size);
      end += 1;
    }
    const cluster = visible.slice(start, end);
    if (cluster.length > 1 && !(size <= MARKER_SIZE * body && cluster.every((r) => MARKER_TEXT.test(r.text.trim())))) {
      cluster.sort((a, b) => a.x - b.x);
      let right = (cluster[0] as Run).x;
      for (const run of cluster) {
        if (run.x - right > WIDE_GAP * size) return true;
        right = Math.max(right, run.x + run.width);
      }
    }
    start = end;
  }
  return false;
}

/**
 * The footnote split (src/parsers/pdf/footnotes.ts) takes the lowest short rule with only smaller
 * text under it, else the bottom run of small lines from its first numbered one. The two agree when
 * the small lines are only the bottom run, it opens with a raised number, none of its lines could
 * open a plain-numbered body, and no higher line could have only smaller text under it.
 */
function zoneNeedsRule(lines: readonly Line[], body: number): string | null {
  const n = lines.length;
  if (n === 0) return null;
  const small = (l: Line): boolean => l.size <= FOOTNOTE_SIZE_RATIO * body;
  let start = n;
  while (start > 0 && small(lines[start - 1] as Line)) start -= 1;
  if (start === 0) return 'only small text';
  for (let i = 0; i < start; i++) if (small(lines[i] as Line)) return 'small text above the bottom';
  if (start < n) {
    let current = (lines[start] as Line).leadingMarker;
    if (current === null) return 'small text at the bottom opening without a marker';
    for (let i = start + 1; i < n; i++) {
      const line = lines[i] as Line;
      if (line.leadingMarker !== null) current = line.leadingMarker;
      // Under a rule, a line opening with the next number opens that body.
      else if (Number(PLAIN_NUMBER.exec(line.text)?.[1]) === current + 1) return 'a body numbered in plain text';
    }
  }
  // A rule under larger text (a title) with only body text below would open a zone there.
  const suffixMax = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) suffixMax[i] = Math.max(suffixMax[i + 1] ?? 0, (lines[i] as Line).size);
  const counts = new Map<number, number>();
  let mode = 0;
  let best = -1;
  for (let k = 1; k < start; k++) {
    // The mode of the lines above the cut, by text length: as findSeparator weighs them.
    const above = lines[k - 1] as Line;
    const key = Math.round(above.size / SIZE_STEP) * SIZE_STEP;
    const count = (counts.get(key) ?? 0) + above.text.length;
    counts.set(key, count);
    if (count > best) {
      best = count;
      mode = key;
    }
    if ((suffixMax[k] ?? 0) <= FOOTNOTE_SIZE_RATIO * mode) return 'only smaller text under larger text';
  }
  return null;
}
