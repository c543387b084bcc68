import { phraseKeys, type Token } from './tokens.js';

interface Entry<T> {
  keys: string[];
  value: T;
}

/** A phrase found in a token stream: tokens [start, end) and the lexicon value. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * Multi-word lexicon lookup over tokens: entries are bucketed by their first token key and tried
 * longest first, so a match costs at most (bucket size × phrase length) key comparisons.
 */
export class PhraseIndex<T> {
  private readonly buckets = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): this {
    const keys = phraseKeys(phrase);
    const first = keys[0];
    if (first === undefined) return this;
    const bucket = this.buckets.get(first) ?? [];
    bucket.push({ keys, value });
    bucket.sort((a, b) => b.keys.length - a.keys.length);
    this.buckets.set(first, bucket);
    return this;
  }

  /** Longest entry starting at token `i`; `accept` may veto an entry (e.g. on case). */
  matchAt(tokens: readonly Token[], i: number, accept?: (value: T, end: number) => boolean): PhraseMatch<T> | null {
    const head = tokens[i];
    if (!head) return null;
    const bucket = this.buckets.get(head.key);
    if (!bucket) return null;
    for (const entry of bucket) {
      if (i + entry.keys.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < entry.keys.length; k += 1) {
        const token = tokens[i + k]!;
        // A tab inside a phrase means two table cells, not one name.
        if (token.key !== entry.keys[k] || token.breakBefore) {
          ok = false;
          break;
        }
      }
      const end = i + entry.keys.length;
      if (ok && (!accept || accept(entry.value, end))) return { start: i, end, value: entry.value };
    }
    return null;
  }
}
