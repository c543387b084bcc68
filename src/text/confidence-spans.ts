import type { ConfidenceSpan } from '../model/index.js';

/**
 * The confidence of the figure at [start, end) of `text`: the lowest span value among the spans it
 * overlaps that carry a digit (a unit word read with a weak tone mark does not make `1.448.367`
 * uncertain). Null when no span covers it (born-digital text).
 */
export function figureConfidence(text: string, spans: readonly ConfidenceSpan[] | undefined, start: number, end: number): number | null {
  if (!spans || spans.length === 0) return null;
  let withDigits: number | null = null;
  let any: number | null = null;
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    any = any === null ? span.value : Math.min(any, span.value);
    const from = Math.max(span.start, start);
    const to = Math.min(span.end, end);
    if (/\d/u.test(text.slice(from, to))) withDigits = withDigits === null ? span.value : Math.min(withDigits, span.value);
  }
  return withDigits ?? any;
}

/** Spans moved by `delta` (text prepended or cut in front), clipped to [0, length). */
export function shiftSpans(spans: readonly ConfidenceSpan[], delta: number, length: number): ConfidenceSpan[] {
  const out: ConfidenceSpan[] = [];
  for (const span of spans) {
    const start = Math.max(0, span.start + delta);
    const end = Math.min(length, span.end + delta);
    if (end > start) out.push({ start, end, value: span.value });
  }
  return out;
}

/** Spans of `b` appended after `a` joined by `gap` characters: one text's spans from two. */
export function concatSpans(
  a: readonly ConfidenceSpan[] | undefined,
  aLength: number,
  gap: number,
  b: readonly ConfidenceSpan[] | undefined,
): ConfidenceSpan[] | undefined {
  if (!a && !b) return undefined;
  const shift = aLength + gap;
  return [...(a ?? []), ...(b ?? []).map((s) => ({ start: s.start + shift, end: s.end + shift, value: s.value }))];
}

/** The spans inside [start, end) of a text, re-based to `start`: a slice of the text keeps its spans. */
export function sliceSpans(spans: readonly ConfidenceSpan[] | undefined, start: number, end: number): ConfidenceSpan[] | undefined {
  if (!spans) return undefined;
  return shiftSpans(spans, -start, end - start);
}

/**
 * Spans of `from` carried onto `to`, a clean-up of it (NFC, squeezed spaces, trimmed): each span's
 * characters are looked for in order. A span whose characters are gone is dropped, never guessed.
 */
export function realignSpans(from: string, to: string, spans: readonly ConfidenceSpan[] | undefined): ConfidenceSpan[] | undefined {
  if (!spans) return undefined;
  if (from === to) return [...spans];
  const out: ConfidenceSpan[] = [];
  let cursor = 0;
  for (const span of spans) {
    const piece = from.slice(span.start, span.end).normalize('NFC').trim();
    if (!piece) continue;
    const at = to.indexOf(piece, cursor);
    if (at < 0) continue;
    out.push({ start: at, end: at + piece.length, value: span.value });
    cursor = at + piece.length;
  }
  return out;
}
