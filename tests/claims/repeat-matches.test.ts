import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestMatches, type MatchCandidate } from '../../src/claims/finders/repeat.js';

/** The plain scan the index replaced: every pair, in input order. */
function bruteForce(items: readonly MatchCandidate[]): Map<MatchCandidate, { other: MatchCandidate; score: number } | null> {
  const best = new Map<MatchCandidate, { other: MatchCandidate; score: number } | null>();
  for (const a of items) {
    let top: { other: MatchCandidate; score: number } | null = null;
    let tie = false;
    for (const b of items) {
      if (a === b || a.place === b.place || a.group !== b.group) continue;
      let shared = 0;
      for (const w of a.words) if (b.words.has(w)) shared += 1;
      const score = (2 * shared) / (a.words.size + b.words.size);
      if (score < 0.6 || shared < 4) continue;
      if (!top || score > top.score) {
        top = { other: b, score };
        tie = false;
      } else if (score === top.score) tie = true;
    }
    best.set(a, tie ? null : top);
  }
  return best;
}

const shape = (items: readonly MatchCandidate[], best: Map<MatchCandidate, { other: MatchCandidate; score: number } | null>) =>
  [...best].map(([a, m]) => [items.indexOf(a), m ? items.indexOf(m.other) : null, m?.score ?? null]);

const vocabulary = ['a b', 'b c', 'c d', 'd e', 'e f', 'f g', 'g h', 'h i'];
const candidate = fc.record({
  group: fc.constantFrom('%', 'tỷ đồng'),
  place: fc.constantFrom('b1', 'b2', 'b3', 'b4'),
  words: fc.subarray(vocabulary, { minLength: 3 }).map((w) => new Set(w)),
});

describe('bestMatches (indexed repeat pairing)', () => {
  it('finds the same best match, ties and order as comparing every pair', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 24 }), (items) => {
        expect(shape(items, bestMatches(items))).toEqual(shape(items, bruteForce(items)));
      }),
      { numRuns: 400 },
    );
  });

  it('reports a tie as no match, and keeps a clear best one', () => {
    const words = new Set(vocabulary.slice(0, 5));
    const a = { group: '%', place: 'b1', words };
    const b = { group: '%', place: 'b2', words };
    const c = { group: '%', place: 'b3', words };
    const d = { group: '%', place: 'b4', words: new Set(vocabulary.slice(0, 6)) };
    expect(bestMatches([a, b, c]).get(a)).toBeNull();
    expect(bestMatches([a, b, d]).get(a)?.other).toBe(b);
    // Another group, or the same paragraph, is never a match.
    expect(bestMatches([a, { ...b, group: 'tỷ đồng' }]).get(a)).toBeNull();
    expect(bestMatches([a, { ...b, place: 'b1' }]).get(a)).toBeNull();
  });
});
