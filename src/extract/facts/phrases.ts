import { phraseKeys, type Token } from '../../nlp/index.js';

/** A lexicon phrase found in the token stream: tokens [start, end). */
export interface PhraseMatch<T> {
  value: T;
  phrase: string;
  start: number;
  end: number;
}

interface Entry<T> {
  keys: string[];
  phrase: string;
  value: T;
}

/**
 * Multi-word lexicon lookup on tokens, forwards from a token or backwards from one. Entries are
 * bucketed by their first (and last) key, longest first, so a lookup costs the few phrases that
 * share a word, never a scan of the lexicon.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): this {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return this;
    const entry: Entry<T> = { keys, phrase, value };
    push(this.byFirst, keys[0] as string, entry);
    push(this.byLast, keys[keys.length - 1] as string, entry);
    return this;
  }

  addAll(phrases: readonly string[], value: T): this {
    for (const phrase of phrases) this.add(phrase, value);
    return this;
  }

  /** Longest phrase starting at token `i`. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    for (const entry of this.byFirst.get(first.key) ?? []) {
      if (entry.keys.every((key, k) => tokens[i + k]?.key === key && (k === 0 || joined(tokens, i + k)))) {
        return { value: entry.value, phrase: entry.phrase, start: i, end: i + entry.keys.length };
      }
    }
    return null;
  }

  /** Longest phrase whose last token is token `k`. */
  matchEndingAt(tokens: readonly Token[], k: number): PhraseMatch<T> | null {
    const last = tokens[k];
    if (!last) return null;
    for (const entry of this.byLast.get(last.key) ?? []) {
      const start = k - entry.keys.length + 1;
      if (start < 0) continue;
      if (entry.keys.every((key, j) => tokens[start + j]?.key === key && (j === 0 || joined(tokens, start + j)))) {
        return { value: entry.value, phrase: entry.phrase, start, end: k + 1 };
      }
    }
    return null;
  }
}

/** Inside a phrase, two words must be separated by a space, and `,`/`/` must touch the word before. */
function joined(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.kind === 'punct') return !token.spaced;
  return true;
}

function push<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key) ?? [];
  list.push(entry);
  list.sort((a, b) => b.keys.length - a.keys.length);
  map.set(key, list);
}
