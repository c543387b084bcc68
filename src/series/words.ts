import { STOP_WORDS, fold } from './lexicon.js';

/**
 * Measure words as a weighted bag of syllables and syllable pairs (`hồ sơ`, `toàn trình`), and an
 * explainable similarity between two bags: weighted Jaccard (Ruzicka) with IDF over the series, so
 * that words every figure shares (`hồ sơ`, `tỉnh`) count for little and rare ones decide.
 */
export type Bag = Map<string, number>;

/** Letters-only syllables of a text, folded (lower case, NFC, classic tone placement). */
export function syllables(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{M}]+/u)
    .filter((s) => s.length > 1);
}

/** The text without its words that hold a digit: numbers, dates and document codes (`142/BC-BCĐ`, `25/8/2025`) say when or where, not what. */
export const withoutNumbers = (text: string): string =>
  text
    .split(/\s+/u)
    .filter((w) => !/\d/u.test(w))
    .join(' ');

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

/** A bag with IDF applied once: token → weight × idf, and the sum of all weights. */
export interface Weighted {
  weights: ReadonlyMap<string, number>;
  total: number;
}

export function weigh(bag: Bag, idf: Idf): Weighted {
  const weights = new Map<string, number>();
  let total = 0;
  for (const [token, w] of bag) {
    const x = w * idf.weight(token);
    weights.set(token, x);
    total += x;
  }
  return { weights, total };
}

/**
 * Weighted Jaccard (Ruzicka): Σ min / Σ max, 1 for identical bags, 0 for disjoint ones. Since
 * Σ max = Σ a + Σ b − Σ min, only the smaller bag is walked.
 */
export function score(a: Weighted, b: Weighted): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let low = 0;
  for (const [token, w] of small.weights) {
    const other = large.weights.get(token);
    if (other !== undefined) low += Math.min(w, other);
  }
  const high = a.total + b.total - low;
  return high <= 0 ? 0 : low / high;
}

/** The tokens that weighed most in a match, heaviest first; pairs (`toàn trình`) before their syllables. */
export function sharedWords(a: Weighted, b: Weighted, n = 6): string[] {
  const common: Array<[string, number]> = [];
  for (const [token, w] of a.weights) {
    const other = b.weights.get(token);
    if (other !== undefined) common.push([token, Math.min(w, other)]);
  }
  common.sort((x, y) => y[1] - x[1]);
  const pairs = common.filter(([t]) => t.includes(' ')).map(([t]) => t);
  const inPairs = new Set(pairs.flatMap((p) => p.split(' ')));
  const singles = common.filter(([t]) => !t.includes(' ') && !inPairs.has(t)).map(([t]) => t);
  return [...pairs, ...singles].slice(0, n);
}
