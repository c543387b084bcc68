import words from '../lexicon/series.json' with { type: 'json' };
import { foldCase as fold, matchKey, phrasePattern } from '../text/index.js';

export type SeriesCue = Exclude<keyof typeof words, '$comment' | 'stopWords' | 'flowUnits'>;

/** A phrase found in a text, with offsets into that text (fold keeps one character per character). */
export interface PhraseMatch {
  cue: SeriesCue;
  phrase: string;
  start: number;
  end: number;
}

const patterns = new Map<SeriesCue, RegExp>();
for (const [cue, phrases] of Object.entries(words)) {
  if (cue === '$comment' || cue === 'stopWords' || cue === 'flowUnits' || !Array.isArray(phrases)) continue;
  patterns.set(cue as SeriesCue, phrasePattern(phrases));
}

/** Every occurrence of a cue's phrases in `text`, in text order. */
export function findPhrases(text: string, cue: SeriesCue): PhraseMatch[] {
  const pattern = patterns.get(cue);
  if (!pattern) return [];
  const folded = fold(text);
  const found: PhraseMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    found.push({ cue, phrase: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export const hasPhrase = (text: string, cue: SeriesCue): boolean => findPhrases(text, cue).length > 0;

/** The occurrence ending last in `text` (the cue standing nearest before a figure). */
export function lastPhrase(text: string, cues: readonly SeriesCue[]): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const cue of cues) {
    for (const m of findPhrases(text, cue)) if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
  }
  return best;
}

export const STOP_WORDS: ReadonlySet<string> = new Set(words.stopWords.map((w) => matchKey(w)));
const FLOW_UNITS: ReadonlySet<string> = new Set(words.flowUnits.map((w) => matchKey(w)));

/** Units of things that flow (`hồ sơ`, `lượt`, money): their totals change every period by nature. */
export const isFlowUnit = (unit: string | null): boolean => unit !== null && FLOW_UNITS.has(matchKey(unit));

export { fold };
