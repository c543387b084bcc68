import { mode } from './geometry.js';
import { classifySuperscripts, type Piece } from './superscript.js';
import type { Line, LineAnchor, Run, Segment } from './types.js';

/**
 * Runs → visual lines, in two steps over runs sorted once by baseline:
 * 1. runs on one baseline (within a fifth of their size) form a cluster: text of two columns may
 *    share a baseline, but text of two lines never does, even when a bigger signature line sits
 *    between two lines of the recipients list;
 * 2. a cluster of small runs just above or below a line (within half its size) and touching its
 *    text horizontally holds its superscripts (footnote markers) and joins it.
 * Inside a line runs are ordered by x, overprinted duplicates are dropped, markers are taken out,
 * and wide gaps split the line into segments (the two columns of the head).
 */

/** Runs whose baselines differ by less than this share of their size are on one baseline. */
const SAME_BASELINE = 0.2;
/** A superscript or subscript sits within this share of its line's size above or below it… */
const SCRIPT_REACH = 0.65;
/** …is at most this share of the line's size… */
const SCRIPT_SIZE = 0.85;
/** …and touches the line's text: horizontal gap below this share of the line's size. */
const SCRIPT_TOUCH = 0.6;
/** A gap wider than this many body sizes separates two segments (columns) of a line. */
export const SEGMENT_GAP = 1.5;
/** A gap wider than this share of the font size between two runs is a space. */
const SPACE_GAP = 0.12;
/** Two runs with the same text this close (share of size) are one glyph drawn twice (fake bold). */
const OVERPRINT = 0.3;

interface Cluster {
  y: number;
  size: number;
  runs: Run[];
}

export function buildLines(runs: readonly Run[], page: number): Line[] {
  const sorted = runs.filter((r) => r.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const clusters: Cluster[] = [];
  for (const run of sorted) {
    const current = clusters[clusters.length - 1];
    const size = run.text.trim() === '' ? 0 : run.size;
    if (current && current.y - run.y <= SAME_BASELINE * Math.max(current.size, size, 1)) {
      current.runs.push(run);
      current.size = Math.max(current.size, size);
    } else {
      clusters.push({ y: run.y, size, runs: [run] });
    }
  }
  attachScripts(clusters);
  const lines: Line[] = [];
  for (const cluster of clusters) {
    const line = cluster.runs.length > 0 ? lineOf(cluster.runs, page) : null;
    if (line) lines.push(line);
  }
  return lines;
}

/** Move small runs that touch a neighbouring line's text into that line (the line below first). */
function attachScripts(clusters: Cluster[]): void {
  for (let i = 0; i < clusters.length; i++) {
    const small = clusters[i] as Cluster;
    for (const j of [i + 1, i - 1]) {
      const line = clusters[j];
      if (!line || line.runs.length === 0 || small.runs.length === 0) continue;
      if (small.size > SCRIPT_SIZE * line.size || Math.abs(small.y - line.y) > SCRIPT_REACH * line.size) continue;
      const reach = SCRIPT_TOUCH * line.size;
      const touching = (run: Run): boolean =>
        line.runs.some((r) => r.text.trim() !== '' && run.x <= r.x + r.width + reach && run.x + run.width >= r.x - reach);
      const moved = small.runs.filter(touching);
      if (moved.length === 0) continue;
      line.runs.push(...moved);
      small.runs = small.runs.filter((r) => !moved.includes(r));
    }
  }
}

function lineOf(cluster: Run[], page: number): Line | null {
  const visible = cluster.filter((r) => r.text.trim() !== '');
  if (visible.length === 0) return null;
  const size = mode(
    visible.map((r) => r.size),
    0.25,
    visible.map((r) => r.text.length),
  );
  const baseRuns = visible.filter((r) => Math.abs(r.size - size) <= 0.3);
  const y = baseRuns.length > 0 ? (baseRuns[0]?.y ?? 0) : (visible[0]?.y ?? 0);
  const ordered = dropOverprints([...cluster].sort((a, b) => a.x - b.x));
  const pieces = classifySuperscripts(ordered, y, size);
  const segments = splitSegments(pieces, size);
  if (segments.length === 0) return null;
  // A marker that opens the line numbers a footnote body (in the footnote zone): keep it apart.
  const first = pieces.find((p) => p.text.trim() !== '' || p.marker !== null);
  const leadingMarker = first?.marker ?? null;
  if (leadingMarker !== null) segments[0]?.anchors.shift();
  let text = '';
  const anchors: LineAnchor[] = [];
  for (const segment of segments) {
    if (text !== '') text += ' ';
    for (const a of segment.anchors) anchors.push({ footnote: a.footnote, offset: text.length + a.offset });
    text += segment.text;
  }
  let boldChars = 0;
  let italicChars = 0;
  let chars = 0;
  for (const r of visible) {
    const n = r.text.trim().length;
    chars += n;
    if (r.bold) boldChars += n;
    if (r.italic) italicChars += n;
  }
  const firstSegment = segments[0] as Segment;
  const lastSegment = segments[segments.length - 1] as Segment;
  return {
    page,
    y,
    x: firstSegment.x,
    end: lastSegment.end,
    size,
    text,
    anchors,
    leadingMarker,
    bold: chars > 0 && boldChars / chars >= 0.8,
    italic: chars > 0 && italicChars / chars >= 0.8,
    segments,
  };
}

function dropOverprints(runs: Run[]): Run[] {
  const kept: Run[] = [];
  for (const run of runs) {
    const tolerance = OVERPRINT * run.size;
    const twin = kept
      .slice(-3)
      .some((k) => k.text === run.text && Math.abs(k.x - run.x) < tolerance && Math.abs(k.y - run.y) < tolerance && run.text.trim() !== '');
    if (!twin) kept.push(run);
  }
  return kept;
}

/** Join pieces into text, inserting spaces from geometry and cutting at wide gaps. */
function splitSegments(pieces: readonly Piece[], size: number): Segment[] {
  const splits = !evenlySpread(pieces, size);
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let lastEnd = -Infinity;
  // A blank run can be a form field later filled by a stamp (`ngày [19] tháng`): text drawn inside
  // it is a word of its own, so the text after the field starts a new word.
  let blankEnd = -Infinity;
  let insideBlank = false;
  for (const piece of pieces) {
    const blank = piece.marker === null && piece.text.trim() === '';
    if (splits && !blank && current && piece.x - lastEnd > SEGMENT_GAP * size) {
      segments.push(closeSegment(current, lastEnd));
      current = null;
    }
    if (current === null) {
      if (blank) continue;
      current = { x: piece.x, end: piece.x, text: '', anchors: [] };
      lastEnd = piece.x;
    }
    if (piece.marker !== null) {
      current.anchors.push({ footnote: piece.marker, offset: current.text.trimEnd().length });
    } else if (blank) {
      if (!current.text.endsWith(' ')) current.text += ' ';
      blankEnd = piece.x + piece.width;
      insideBlank = false;
    } else {
      // Gaps are measured from visible text: a wide blank run (a form field) must not hide a space.
      const gap = piece.x - lastEnd;
      const leavesField = insideBlank && piece.x >= blankEnd - 0.5;
      const needsSpace =
        current.text !== '' &&
        !current.text.endsWith(' ') &&
        !piece.text.startsWith(' ') &&
        (gap > SPACE_GAP * Math.min(size, piece.size) || leavesField);
      current.text += (needsSpace ? ' ' : '') + piece.text;
      insideBlank = piece.x < blankEnd - 0.25 * size;
    }
    if (!blank) {
      lastEnd = Math.max(lastEnd, piece.x + piece.width);
    }
  }
  if (current) segments.push(closeSegment(current, lastEnd));
  return segments.filter((s) => s.text.trim() !== '' || s.anchors.length > 0);
}

/**
 * A justified line with few words spreads them with wide but equal gaps; columns are separated by
 * one gap much wider than the word spaces. Equal gaps (all within half of each other) mean one text.
 */
function evenlySpread(pieces: readonly Piece[], size: number): boolean {
  const gaps: number[] = [];
  let end = -Infinity;
  for (const piece of pieces) {
    if (piece.marker !== null || piece.text.trim() === '') continue;
    // Spaces inside a run are word gaps of normal width: a run of several words is not spread out.
    if (piece.text.trim().includes(' ')) gaps.push(0.25 * size);
    const gap = piece.x - end;
    if (end !== -Infinity && gap > SPACE_GAP * size) gaps.push(gap);
    end = Math.max(end, piece.x + piece.width);
  }
  if (gaps.length < 2) return false;
  return Math.max(...gaps) <= 1.5 * Math.min(...gaps);
}

function closeSegment(segment: Segment, end: number): Segment {
  const lead = segment.text.length - segment.text.trimStart().length;
  const text = segment.text.trim();
  return {
    x: segment.x,
    end: Math.max(end, segment.x),
    text,
    anchors: segment.anchors.map((a) => ({ footnote: a.footnote, offset: Math.min(text.length, Math.max(0, a.offset - lead)) })),
  };
}

/** The same line keeping only some of its segments (furniture removed from one side of it). */
export function withSegments(line: Line, segments: Segment[]): Line | null {
  if (segments.length === 0) return null;
  let text = '';
  const anchors: LineAnchor[] = [];
  for (const segment of segments) {
    if (text !== '') text += ' ';
    for (const a of segment.anchors) anchors.push({ footnote: a.footnote, offset: text.length + a.offset });
    text += segment.text;
  }
  const first = segments[0] as Segment;
  const last = segments[segments.length - 1] as Segment;
  const keepsStart = first === line.segments[0];
  return { ...line, x: first.x, end: last.end, text, anchors, segments, leadingMarker: keepsStart ? line.leadingMarker : null };
}
