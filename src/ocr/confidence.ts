import { z } from 'zod';
import type { OcrWord } from './types.js';

/**
 * The confidence side channel: spans of a text (0-based UTF-16 offsets, `end` exclusive) with the
 * OCR confidence (0–1) of the word they came from. A figure's confidence is the lowest confidence
 * among the words its digits came from; below `UNCERTAIN_BELOW` it is uncertain, and a claim that
 * rests on it is unverifiable rather than inconsistent.
 */

export const ConfidenceSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.number().min(0).max(1),
});
export type ConfidenceSpan = z.infer<typeof ConfidenceSpan>;

/**
 * Tesseract's word confidence on clean print is 0.90–0.96; the figures it misread on the project's
 * synthetic scans and on real report 16 scored below 0.80 (see docs/ocr.md for the measurement).
 */
export const UNCERTAIN_BELOW = 0.8;
/** Confidence ceiling for a word written in coloured ink (handwritten number or day, a stamp). */
export const COLOURED_INK_CEILING = 0.5;
/** Ceiling for a figure whose shape suggests a dropped or misplaced separator. */
export const SHAPE_CEILING = 0.6;

export const isUncertain = (value: number): boolean => value < UNCERTAIN_BELOW;

/**
 * The confidence of the figure at [start, end) of `text`: the lowest span value among the spans it
 * overlaps that carry a digit (a unit word read with a weak tone mark does not make `1.448.367`
 * uncertain). Null when no span covers it (born-digital text).
 */
export function figureConfidence(text: string, spans: readonly ConfidenceSpan[], start: number, end: number): number | null {
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

/**
 * Words of one page (or a run of pages) in reading order, consumed as texts are aligned to them.
 * Tokens are matched exactly, or as a run of consecutive words glued without a space (a code cut at
 * a line end: `117/QĐ-` ⏎ `UBND`).
 */
export class WordPool {
  private readonly used: boolean[];
  private readonly byText = new Map<string, number[]>();

  constructor(private readonly words: readonly OcrWord[]) {
    this.used = words.map(() => false);
    words.forEach((w, i) => {
      const key = w.text.normalize('NFC');
      const list = this.byText.get(key) ?? [];
      list.push(i);
      this.byText.set(key, list);
    });
  }

  /** Spans for every whitespace-separated token of `text` that can be traced to OCR words. */
  spansOf(text: string): ConfidenceSpan[] {
    const spans: ConfidenceSpan[] = [];
    let cursor = 0;
    for (const match of text.matchAll(/\S+/gu)) {
      const token = match[0];
      const start = match.index;
      const found = this.take(token, cursor);
      if (found === null) continue;
      cursor = found.next;
      spans.push({ start, end: start + token.length, value: found.value });
    }
    return spans;
  }

  /** Take the first unused word (after `cursor` if possible) that is, or starts, the token. */
  private take(token: string, cursor: number): { value: number; next: number } | null {
    const exact = this.byText.get(token) ?? [];
    const pick = exact.find((i) => !this.used[i] && i >= cursor) ?? exact.find((i) => !this.used[i]);
    if (pick !== undefined) {
      this.used[pick] = true;
      return { value: (this.words[pick] as OcrWord).confidence, next: pick + 1 };
    }
    for (const from of [cursor, 0]) {
      for (let i = from; i < this.words.length; i++) {
        if (this.used[i] || !token.startsWith((this.words[i] as OcrWord).text)) continue;
        const glued = this.glue(token, i);
        if (glued) return glued;
      }
    }
    return null;
  }

  private glue(token: string, first: number): { value: number; next: number } | null {
    let text = '';
    let value = 1;
    const taken: number[] = [];
    for (let i = first; i < this.words.length && text.length < token.length; i++) {
      if (this.used[i]) continue;
      const word = this.words[i] as OcrWord;
      if (!token.startsWith(text + word.text)) break;
      text += word.text;
      value = Math.min(value, word.confidence);
      taken.push(i);
    }
    if (text !== token || taken.length === 0) return null;
    for (const i of taken) this.used[i] = true;
    return { value, next: (taken[taken.length - 1] as number) + 1 };
  }
}
