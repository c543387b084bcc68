import { INK, type PageImage } from './image.js';
import type { Box } from './types.js';
import type { Glyph, ReadWord } from './words.js';
import { acceptable, type DigitReading, type MarkerCandidate } from './marker-digits.js';

export type { MarkerCandidate } from './marker-digits.js';

/**
 * Footnote markers in a scan. Tesseract reads a raised, small `¹` `²` `³` as `'` `?` `”` `“` or
 * drops it, which loses the link between a figure and its footnote and, worse, can glue a marker
 * onto a number (`2024⁷` → `2024f`). So markers are found from the ink, not from the text: at the
 * end of a word (or the start of a line's first word, where footnote bodies are numbered), a cluster
 * of ink that is raised off the baseline and smaller than the letters is cut out, read again on its
 * own with digits only, and kept as a marker word (small and raised, as the PDF parser's superscript
 * rule expects) only when that reading is a plausible footnote number.
 */

/** A marker's bottom is raised off the baseline by at least this share of the x-height… */
const RAISE = 0.3;
/** …it is at most this share of the em tall… */
const MAX_HEIGHT = 0.6;
/** …its top no higher than this many ems above the baseline… */
const MAX_TOP = 1.25;
/** …and its cluster at most this many ems wide (three digits)… */
const MAX_WIDTH = 1.3;
/** …and at least this share of the x-height tall (a hyphen or a tone mark is flatter). */
const MIN_HEIGHT = 0.5;
/** Ink after a marker whose top stays this low (share of x-height) is sentence punctuation. */
const PUNCT_TOP = 0.55;
/** A digit of a body font is about this share of its em tall (sets the marker's size). */
const DIGIT_PER_EM = 0.68;
/** A component with fewer ink pixels than this is a scanner speck. */
const MIN_COMPONENT_PIXELS = 4;
/** A component lying this share within another's columns is a mark on that letter. */
const MARK_OVERLAP = 0.6;
/** Boxes larger than this (pixels) are not words: skip them. */
const MAX_WORD_PIXELS = 400_000;

interface Segment {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/**
 * The glyph clusters of a word's box, left to right: connected components of ink, with each mark
 * (tone, dot, hook) folded into the letter it sits on, i.e. a component lying mostly within another
 * one's columns. A superscript kerned over the next capital (`⁷T`) or over a full stop (`⁸.`)
 * overlaps it only a little and stays apart.
 */
function segmentsOf(image: Pick<PageImage, 'width' | 'height' | 'grey'>, word: ReadWord): Segment[] {
  const { width, height, grey } = image;
  const x0 = Math.max(0, Math.floor(word.box.x0) - 1);
  const x1 = Math.min(width - 1, Math.ceil(word.box.x1) + 1);
  // Tesseract's word box holds the misread marker; reaching higher would take in the line above.
  const y0 = Math.max(0, Math.floor(word.box.y0) - 2);
  const y1 = Math.min(height - 1, Math.ceil(word.box.y1));
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  if (w <= 0 || h <= 0 || w * h > MAX_WORD_PIXELS) return [];
  const label = new Int32Array(w * h).fill(-1);
  const components: (Segment & { pixels: number })[] = [];
  const stack: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (label[start] !== -1 || (grey[(y0 + Math.floor(start / w)) * width + x0 + (start % w)] ?? 255) >= INK) continue;
    const id = components.length;
    const c = { x0: Infinity, x1: -Infinity, top: Infinity, bottom: -Infinity, pixels: 0 };
    label[start] = id;
    stack.push(start);
    while (stack.length > 0) {
      const p = stack.pop() as number;
      const px = p % w;
      const py = Math.floor(p / w);
      c.pixels += 1;
      if (px < c.x0) c.x0 = px;
      if (px > c.x1) c.x1 = px;
      if (py < c.top) c.top = py;
      if (py > c.bottom) c.bottom = py;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = px + dx;
          const ny = py + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const q = ny * w + nx;
          if (label[q] !== -1 || (grey[(y0 + ny) * width + x0 + nx] ?? 255) >= INK) continue;
          label[q] = id;
          stack.push(q);
        }
      }
    }
    components.push(c);
  }
  // Scanner specks are a pixel or two; marks are kept for folding into their letters.
  const kept = components.filter((c) => c.pixels >= MIN_COMPONENT_PIXELS).sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0));
  const glyphs: Segment[] = [];
  for (const c of kept) {
    const host = glyphs.find((g) => {
      const overlap = Math.min(g.x1, c.x1) - Math.max(g.x0, c.x0) + 1;
      return overlap >= MARK_OVERLAP * (c.x1 - c.x0 + 1);
    });
    if (host) {
      host.x0 = Math.min(host.x0, c.x0);
      host.x1 = Math.max(host.x1, c.x1);
      host.top = Math.min(host.top, c.top);
      host.bottom = Math.max(host.bottom, c.bottom);
    } else {
      glyphs.push({ x0: c.x0, x1: c.x1, top: c.top, bottom: c.bottom });
    }
  }
  return glyphs.map((g) => ({ x0: g.x0 + x0, x1: g.x1 + x0, top: g.top + y0, bottom: g.bottom + y0 })).sort((a, b) => a.x0 - b.x0);
}

const isRaisedSmall = (s: Segment, word: ReadWord): boolean =>
  word.baseline - s.bottom >= RAISE * word.xHeight &&
  s.bottom - s.top <= MAX_HEIGHT * word.size &&
  word.baseline - s.top <= MAX_TOP * word.size;
const tallEnough = (box: Box, word: ReadWord): boolean => box.y1 - box.y0 >= MIN_HEIGHT * word.xHeight;
const isLowPunctuation = (s: Segment, word: ReadWord): boolean => word.baseline - s.top <= PUNCT_TOP * word.xHeight;

function union(segments: readonly Segment[]): Box {
  return {
    x0: Math.min(...segments.map((s) => s.x0)),
    y0: Math.min(...segments.map((s) => s.top)),
    x1: Math.max(...segments.map((s) => s.x1)),
    y1: Math.max(...segments.map((s) => s.bottom)),
  };
}

const centre = (g: Glyph): number => (g.box.x0 + g.box.x1) / 2;

export function markerCandidates(words: readonly ReadWord[], image: Pick<PageImage, 'width' | 'height' | 'grey'>): MarkerCandidate[] {
  const out: MarkerCandidate[] = [];
  words.forEach((word, index) => {
    // Words without a letter or digit-like shape of their own are still checked: a lone marker is one.
    const segments = segmentsOf(image, word);
    if (segments.length === 0) return;
    const end = endCandidate(word, index, segments);
    if (end) {
      out.push(end);
      return;
    }
    if (word.lineStart) {
      const start = startCandidate(word, index, segments);
      if (start) out.push(start);
    }
  });
  return out;
}

function endCandidate(word: ReadWord, index: number, segments: Segment[]): MarkerCandidate | null {
  let i = segments.length - 1;
  const tail: Segment[] = [];
  while (i >= 0 && isLowPunctuation(segments[i] as Segment, word) && tail.length < 2) tail.unshift(segments[i--] as Segment);
  const group: Segment[] = [];
  while (i >= 0 && isRaisedSmall(segments[i] as Segment, word)) group.unshift(segments[i--] as Segment);
  if (group.length === 0) return null;
  const box = union(group);
  if (box.x1 - box.x0 > MAX_WIDTH * word.size || !tallEnough(box, word)) return null;
  const body = i >= 0 ? (segments[i] as Segment) : null;
  // A lone raised cluster between two words is a marker only if it really stands alone.
  if (!body && tail.length > 0) return null;
  const before = body ? word.glyphs.filter((g) => centre(g) <= body.x1 + 1) : [];
  const remaining = word.glyphs.slice(before.length);
  const lastGlyphs = remaining.slice(-tail.length);
  const after =
    tail.length > 0 && lastGlyphs.length === tail.length && lastGlyphs.every((g) => /^[.,;:)]$/u.test(g.text)) ? lastGlyphs : [];
  return { word: index, side: 'end', box, before, after };
}

function startCandidate(word: ReadWord, index: number, segments: Segment[]): MarkerCandidate | null {
  let i = 0;
  const group: Segment[] = [];
  while (i < segments.length && isRaisedSmall(segments[i] as Segment, word)) group.push(segments[i++] as Segment);
  const body = segments[i];
  if (group.length === 0 || !body) return null;
  const box = union(group);
  if (box.x1 - box.x0 > MAX_WIDTH * word.size || !tallEnough(box, word)) return null;
  return { word: index, side: 'start', box, before: word.glyphs.filter((g) => centre(g) >= body.x0 - 1), after: [] };
}

/** Split the words that carry a confirmed marker into body and marker words. */
export function applyMarkers<W extends ReadWord>(
  words: readonly W[],
  candidates: readonly MarkerCandidate[],
  readings: readonly (DigitReading | null)[],
): W[] {
  const byWord = new Map<number, { candidate: MarkerCandidate; digits: string; confidence: number }>();
  candidates.forEach((candidate, k) => {
    const reading = readings[k];
    if (!reading || !acceptable(reading)) return;
    byWord.set(candidate.word, { candidate, ...reading });
  });
  const out: W[] = [];
  words.forEach((word, index) => {
    const hit = byWord.get(index);
    if (!hit) {
      out.push(word);
      return;
    }
    const { candidate, digits, confidence } = hit;
    const markerSize = Math.min(0.75 * word.size, (candidate.box.y1 - candidate.box.y0) / DIGIT_PER_EM);
    const marker: W = {
      ...word,
      text: digits,
      box: candidate.box,
      baseline: candidate.box.y1,
      size: markerSize,
      confidence,
      rawConfidence: confidence,
      glyphs: [],
      flags: [...word.flags, 'marker'],
    };
    const bodyText = candidate.before
      .map((g) => g.text)
      .join('')
      .normalize('NFC');
    const tailText = candidate.after.map((g) => g.text).join('');
    const bodyGlyphs = [...candidate.before, ...candidate.after];
    // The body never reaches over the marker, whatever tesseract's glyph boxes say: order by x must hold.
    const raw = glyphBox(bodyGlyphs, word.box);
    const box =
      candidate.side === 'start'
        ? { ...raw, x0: Math.max(raw.x0, candidate.box.x1 + 1) }
        : { ...raw, x1: Math.min(raw.x1, candidate.box.x0 - 1) };
    const clipped = box.x1 > box.x0 ? box : raw;
    const body: W | null =
      bodyText === ''
        ? null
        : { ...word, text: candidate.side === 'end' ? bodyText + tailText : bodyText, box: clipped, glyphs: bodyGlyphs };
    if (candidate.side === 'start') out.push(marker, ...(body ? [body] : []));
    else out.push(...(body ? [body] : []), marker);
  });
  return out;
}

function glyphBox(glyphs: readonly Glyph[], fallback: Box): Box {
  if (glyphs.length === 0) return fallback;
  return {
    x0: Math.min(...glyphs.map((g) => g.box.x0)),
    y0: Math.min(...glyphs.map((g) => g.box.y0)),
    x1: Math.max(...glyphs.map((g) => g.box.x1)),
    y1: Math.max(...glyphs.map((g) => g.box.y1)),
  };
}
