import { phraseKeys, wordPhraseKeys, type Token, type WordToken } from './tokens.js';

/** A lexicon phrase found in a token stream: tokens [start, end) and the lexicon value. */
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

/** How an index reads one kind of token: the keys of a phrase, and whether token `i` may continue a phrase. */
export interface PhraseReading<K extends { key: string }> {
  keys: (phrase: string) => string[];
  continues: (tokens: readonly K[], i: number) => boolean;
}

/** Over `Token`s: inside a phrase, `,` and `/` must touch the word before (`xã, phường`). */
export const TOKEN_PHRASES: PhraseReading<Token> = {
  keys: phraseKeys,
  continues: (tokens, i) => {
    const token = tokens[i] as Token;
    return token.kind !== 'punct' || !token.spaced;
  },
};

/** Over `WordToken`s: a tab inside a phrase means two table cells, not one name. */
export const WORD_PHRASES: PhraseReading<WordToken> = {
  keys: wordPhraseKeys,
  continues: (tokens, i) => !(tokens[i] as WordToken).breakBefore,
};

/**
 * Multi-word lexicon lookup over tokens, forwards from a token or backwards from one. Entries are
 * bucketed by their first (and last) key and tried longest first, so a lookup costs the few
 * phrases that share a word, never a scan of the lexicon.
 */
export class PhraseIndex<T, K extends { key: string } = Token> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();
  private readonly reading: PhraseReading<K>;

  constructor(reading: PhraseReading<K> = TOKEN_PHRASES as unknown as PhraseReading<K>) {
    this.reading = reading;
  }

  add(phrase: string, value: T): this {
    const keys = this.reading.keys(phrase);
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

  /** Longest phrase starting at token `i`; `accept` may veto an entry (e.g. on case). */
  matchAt(tokens: readonly K[], i: number, accept?: (value: T, end: number) => boolean): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    for (const entry of this.byFirst.get(first.key) ?? []) {
      const end = i + entry.keys.length;
      if (end > tokens.length || !this.matches(tokens, i, entry.keys)) continue;
      if (!accept || accept(entry.value, end)) return { value: entry.value, phrase: entry.phrase, start: i, end };
    }
    return null;
  }

  /** Longest phrase whose last token is token `k`. */
  matchEndingAt(tokens: readonly K[], k: number): PhraseMatch<T> | null {
    const last = tokens[k];
    if (!last) return null;
    for (const entry of this.byLast.get(last.key) ?? []) {
      const start = k - entry.keys.length + 1;
      if (start < 0 || !this.matches(tokens, start, entry.keys)) continue;
      return { value: entry.value, phrase: entry.phrase, start, end: k + 1 };
    }
    return null;
  }

  private matches(tokens: readonly K[], at: number, keys: readonly string[]): boolean {
    for (let n = 0; n < keys.length; n += 1) {
      if (tokens[at + n]?.key !== keys[n]) return false;
      if (n > 0 && !this.reading.continues(tokens, at + n)) return false;
    }
    return true;
  }
}

function push<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key) ?? [];
  list.push(entry);
  list.sort((a, b) => b.keys.length - a.keys.length);
  map.set(key, list);
}
