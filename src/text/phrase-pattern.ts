import { matchKey } from './normalize.js';

/** `text` as a regex literal. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regex for a list of cue phrases, to run over `foldCase`d text: the phrases (by `matchKey`)
 * as literals in one alternation, longest first, and a phrase that starts or ends with a letter
 * only between non-letters (`giao` is not found in `giaothông`). Alternations of literals run in
 * linear time; there are no nested quantifiers.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const sorted = phrases.map((p) => matchKey(p)).sort((a, b) => b.length - a.length);
  const body = sorted
    .map(
      (p) =>
        (/^\p{L}/u.test(p) ? `(?<![\\p{L}\\p{M}])${escapeRegExp(p)}` : escapeRegExp(p)) + (/\p{L}$/u.test(p) ? '(?![\\p{L}\\p{M}])' : ''),
    )
    .join('|');
  return new RegExp(body, 'gu');
}
