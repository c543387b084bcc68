import { STOP_WORDS, fold } from './lexicon.js';

/**
 * Measure words as a weighted bag of syllables and syllable pairs (`hồ sơ`, `toàn trình`), and an
 * explainable similarity between two bags: weighted Jaccard (Ruzicka) with IDF over the series, so
 * that words every figure shares (`hồ sơ`, `tỉnh`) count for little and rare ones decide.
 */
export type Bag = Map<string, number>;

/** Letters-only syllables of a text, folded (lower case, NFC, classic tone placement). */
export function syllables(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{M}]+/u).filter((s) => s.length > 1);
}

/** The text without its words that hold a digit: numbers, dates and document codes (`142/BC-BCĐ`, `25/8/2025`) say when or where, not what. */
export const withoutNumbers = (text: string): string => text.split(/\s+/u).filter((w) => !/\d/u.test(w)).join(' ');

/** Adds a text's words to a bag with a weight; a word already there keeps its larger weight. */
export function addWords(bag: Bag, text: string, weight: number): Bag {
  const put = (token: string): void => {
    if ((bag.get(token) ?? 0) < weight) bag.set(token, weight);
  };
  const list = syllables(withoutNumbers(text));
  list.forEach((s, i) => {
    if (STOP_WORDS.has(s)) return;
    put(s);
    const next = list[i + 1];
    if (next !== undefined && !STOP_WORDS.has(next)) put(`${s} ${next}`);
  });
  return bag;
}

/** Inverse document frequency of tokens over a set of bags (one bag per figure of a series). */
export class Idf {
  private readonly df = new Map<string, number>();
  private readonly n: number;

  constructor(bags: Iterable<Bag>) {
    let n = 0;
    for (const bag of bags) {
      n += 1;
      for (const token of bag.keys()) this.df.set(token, (this.df.get(token) ?? 0) + 1);
    }
    this.n = n;
  }

  weight(token: string): number {
    return Math.log(1 + this.n / (this.df.get(token) ?? 1));
  }
}

export interface Similarity {
  score: number;
  /** The tokens that weighed most in the match, heaviest first. */
  shared: string[];
}

/** Σ min / Σ max of IDF-weighted token weights: 1 for identical bags, 0 for disjoint ones. */
export function similarity(a: Bag, b: Bag, idf: Idf): Similarity {
  let low = 0;
  let high = 0;
  const common: Array<[string, number]> = [];
  for (const [token, wa] of a) {
    const idfw = idf.weight(token);
    const wb = b.get(token) ?? 0;
    low += Math.min(wa, wb) * idfw;
    high += Math.max(wa, wb) * idfw;
    if (wb > 0) common.push([token, Math.min(wa, wb) * idfw]);
  }
  for (const [token, wb] of b) if (!a.has(token)) high += wb * idf.weight(token);
  common.sort((x, y) => y[1] - x[1]);
  // Show pairs first: `toàn trình` says more than `toàn` and `trình`.
  const pairs = common.filter(([t]) => t.includes(' ')).map(([t]) => t);
  const singles = common.filter(([t]) => !t.includes(' ') && !pairs.some((p) => p.split(' ').includes(t))).map(([t]) => t);
  return { score: high === 0 ? 0 : low / high, shared: [...pairs, ...singles].slice(0, 6) };
}
