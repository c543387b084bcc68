import { normalizeText } from '../../text/index.js';

/**
 * Normalises a paragraph's raw text (NFC, spaces squeezed, ends trimmed) while carrying positions
 * through: footnote markers were removed from the text and must land on the same word afterwards.
 * Line breaks (`\n`) survive as `lines`; `text` has them as single spaces, so offsets hold for both.
 */

export interface MarkedText {
  text: string;
  /** The text split at explicit line breaks, or null when it has none. */
  lines: string[] | null;
  /** For each input mark, its 0-based offset in `text`. */
  offsets: number[];
}

export function normalizeMarked(raw: string, marks: readonly number[]): MarkedText {
  const order = marks.map((at, index) => ({ at, index })).sort((a, b) => a.at - b.at);
  const offsets = new Array<number>(marks.length).fill(0);
  const out: string[] = [];
  const placed: number[] = [];
  const clampPlaced = (): void => {
    for (const i of placed) offsets[i] = Math.min(offsets[i] ?? 0, out.length);
  };

  let from = 0;
  const emit = (segment: string): void => {
    for (const ch of normalizeText(segment)) {
      const last = out.at(-1);
      if (ch === ' ') {
        if (last === undefined || last === ' ' || last === '\n') continue;
        out.push(ch);
      } else if (ch === '\n' || ch === '\r') {
        if (last === undefined || last === '\n') continue;
        if (last === ' ') {
          out.pop();
          clampPlaced();
        }
        out.push('\n');
      } else out.push(ch);
    }
  };
  for (const { at, index } of order) {
    emit(raw.slice(from, Math.max(from, at)));
    from = Math.max(from, at);
    offsets[index] = out.length;
    placed.push(index);
  }
  emit(raw.slice(from));
  while (out.at(-1) === ' ' || out.at(-1) === '\n') out.pop();
  clampPlaced();

  const joined = out.join('');
  const lines = joined.includes('\n') ? joined.split('\n') : null;
  return { text: joined.replace(/\n/gu, ' '), lines, offsets };
}
