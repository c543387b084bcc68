import cues from '../lexicon/cues.json' with { type: 'json' };
import units from '../lexicon/units.json' with { type: 'json' };
import { foldCase } from '../text/index.js';
import { matchKey } from '../text/index.js';
import { phrasePattern } from '../text/index.js';

/**
 * The categories of lexicon/cues.json, spelled out: a type computed from the JSON would make the
 * published .d.ts import JSON without its `with { type: 'json' }` (tsc drops it there), which
 * consumers' tsc refuses. The check below fails to compile when the two disagree.
 */
export type CueCategory =
  | 'total'
  | 'done'
  | 'pending'
  | 'onTime'
  | 'late'
  | 'partition'
  | 'remainder'
  | 'subset'
  | 'examples'
  | 'plan'
  | 'previous'
  | 'share'
  | 'attain'
  | 'excess'
  | 'increase'
  | 'decrease'
  | 'shortfall'
  | 'surplus'
  | 'notList'
  | 'listIntro'
  | 'partial'
  | 'split'
  | 'remaining'
  | 'documents'
  | 'actualIntro'
  | 'totalNot'
  | 'doneNot'
  | 'planIssuer'
  | 'stillOpen'
  | 'nounNotCount'
  | 'numberName'
  | 'termNotItem'
  | 'membersBody'
  | 'membersBodyNot'
  | 'listHeadNot';
type JsonCategory = Exclude<keyof typeof cues, '$comment'>;
const cueCategoriesMatchJson: [JsonCategory] extends [CueCategory] ? ([CueCategory] extends [JsonCategory] ? true : never) : never = true;
void cueCategoriesMatchJson;

/** A phrase found in a text: where it starts and ends (in the folded text, same length as the source). */
export interface CueMatch {
  category: CueCategory;
  phrase: string;
  start: number;
  end: number;
}

/** One regex per category (see `phrasePattern`). */
const patterns = new Map<CueCategory, RegExp>();
for (const [category, phrases] of Object.entries(cues)) {
  if (category === '$comment' || !Array.isArray(phrases)) continue;
  patterns.set(category as CueCategory, phrasePattern(phrases));
}

/** The checker's name for `foldCase` (text/fold.ts): lower case, classic tones, offsets kept. */
export const fold = foldCase;

/** Phrases that contain a cue word without being the cue (`giao thông` is no `giao`). */
function mask(folded: string, category: CueCategory): string {
  const not = patterns.get(`${category}Not` as CueCategory);
  if (!not) return folded;
  not.lastIndex = 0;
  return folded.replace(not, (m) => ' '.repeat(m.length));
}

/** Matches by category and text: the rules ask about the same clause many times over. */
const cueCache = new Map<CueCategory, Map<string, readonly CueMatch[]>>();

export function findCues(text: string, category: CueCategory): readonly CueMatch[] {
  let byText = cueCache.get(category);
  if (!byText) {
    byText = new Map();
    cueCache.set(category, byText);
  }
  let found = byText.get(text);
  if (found === undefined) {
    found = Object.freeze(scanCues(text, category));
    if (byText.size > 20_000) byText.clear();
    byText.set(text, found);
  }
  return found;
}

function scanCues(text: string, category: CueCategory): CueMatch[] {
  const pattern = patterns.get(category);
  if (!pattern) return [];
  const folded = mask(fold(text), category);
  const found: CueMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    found.push({ category, phrase: m[0], start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

export const hasCue = (text: string, category: CueCategory): boolean => findCues(text, category).length > 0;

/** The match that ends nearest the end of `text` (the cue standing closest before a figure). */
export function lastCue(text: string, category: CueCategory): CueMatch | null {
  const found = findCues(text, category);
  return found.reduce<CueMatch | null>((best, m) => (!best || m.end > best.end ? m : best), null);
}

/** The match that starts nearest the start of `text` (the cue standing closest after a figure). */
export function firstCue(text: string, category: CueCategory): CueMatch | null {
  const found = findCues(text, category);
  return found.reduce<CueMatch | null>((best, m) => (!best || m.start < best.start ? m : best), null);
}

const measuredUnits = new Set(units.measured.map((u) => matchKey(u)));
export const isMeasuredUnit = (unit: string | null): boolean => unit !== null && measuredUnits.has(matchKey(unit));
