import type { OcrWord } from './types.js';
import type { ConfidenceSpan } from '../../../model/index.js';

/**
 * The confidence side channel of OCR'd text: spans (src/model/confidence.ts) with the confidence of
 * the word they came from. A figure's confidence is the lowest among the words its digits came from
 * (src/text/confidence-spans.ts); below `UNCERTAIN_BELOW` it is uncertain, and a claim that rests on
 * it is unverifiable rather than inconsistent unless the mismatch is beyond any single misread.
 */

export { ConfidenceSpan, UNCERTAIN_BELOW, isUncertain } from '../../../model/index.js';
export { figureConfidence, shiftSpans } from '../../../text/index.js';

/** Confidence ceiling for a word written in coloured ink (handwritten number or day, a stamp). */
export const COLOURED_INK_CEILING = 0.5;
/** Ceiling for a figure whose shape suggests a dropped or misplaced separator. */
export const SHAPE_CEILING = 0.6;

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
