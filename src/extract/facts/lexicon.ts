import unitsData from '../../lexicon/units.json' with { type: 'json' };
import wordsData from '../../lexicon/measure-words.json' with { type: 'json' };
import { PhraseIndex } from './phrases.js';

/** The facts extractor's view of src/lexicon/units.json and measure-words.json, indexed once. */

export type UnitKind = 'money' | 'measure' | 'count';
export type Bound = 'above' | 'below' | 'at-least' | 'at-most';

export interface UnitEntry {
  unit: string;
  kind: UnitKind;
  /** Power of ten fused into the form (`trđ` → 6), 0 otherwise. */
  exponent: number;
}

export const scales = new PhraseIndex<number>();
for (const scale of unitsData.scales) scales.addAll(scale.words, scale.exponent);

export const percentWords = new PhraseIndex<true>().addAll(unitsData.percent, true);

export const units = new PhraseIndex<UnitEntry>();
for (const entry of unitsData.units) {
  const value: UnitEntry = { unit: entry.unit, kind: entry.kind as UnitKind, exponent: 'exponent' in entry ? Number(entry.exponent) : 0 };
  units.addAll(entry.forms, value);
}

export const rateDenominators = new PhraseIndex<true>().addAll(unitsData.rateDenominators, true);

/** Predicate phrase → whether it only splits a total (`trễ hạn`): those yield to a real verb in the clause. */
export const predicates = new PhraseIndex<{ phrase: string; split: boolean }>();
for (const [group, list] of Object.entries(wordsData.predicates)) {
  for (const phrase of list) predicates.add(phrase, { phrase, split: group === 'split' });
}

export const references = new PhraseIndex<string>();
for (const phrase of wordsData.references) references.add(phrase, phrase);
export const referenceLeads = new PhraseIndex<true>().addAll(wordsData.referenceLeads, true);
/** `dự kiến`, `mục tiêu`: references only after `so với` (`18 đô thị dự kiến triển khai` is no comparison). */
export const referencesNeedingLead = new Set(wordsData.referencesNeedingLead);

export const qualifiers = new PhraseIndex<string>();
for (const phrase of wordsData.qualifiers) qualifiers.add(phrase, phrase);

export const partCues = new PhraseIndex<string>();
for (const [phrase, cue] of Object.entries(wordsData.partCues)) partCues.add(phrase, cue);

export const estimateCues = new PhraseIndex<true>().addAll(wordsData.estimateCues, true);
export const estimateBlockers = new PhraseIndex<true>().addAll(wordsData.estimateBlockers, true);

export const boundsBefore = new PhraseIndex<Bound>();
for (const [bound, list] of Object.entries(wordsData.bounds)) boundsBefore.addAll(list, bound as Bound);
export const boundsAfter = new PhraseIndex<Bound>();
for (const [bound, list] of Object.entries(wordsData.boundsAfter)) boundsAfter.addAll(list, bound as Bound);
export const boundBlockers = new Set(wordsData.boundBlockers);

export const identifierCues = new PhraseIndex<string>();
for (const phrase of wordsData.identifierCues) identifierCues.add(phrase, phrase);
/** `Đề án 06`, `Nghị định 68`, `Phường 1`, `ISO 9001`: a bare number right after these is part of a name. */
export const nameHeads = new PhraseIndex<true>().addAll(wordsData.nameHeads, true);
/** `Tổng số nhiệm vụ được giao là 123`: the counted noun stated before a bare figure. */
export const subjectNounCues = new PhraseIndex<true>().addAll(wordsData.subjectNounCues, true);

/** Ordinal cues after which `a/b <noun>` is a rank out of a total (`xếp thứ 5/13 tỉnh`), kept as a fraction. */
export const rankCues = new Set(wordsData.rankCues);
export const identifierCueExceptions = new Map<string, Set<string>>(
  Object.entries(wordsData.identifierCueExceptions).map(([cue, before]) => [cue, new Set(before)]),
);

export type DateCue = 'day' | 'month' | 'year' | 'quarter';
export const dateCues = new PhraseIndex<DateCue>();
for (const [cue, list] of Object.entries(wordsData.dateCues)) dateCues.addAll(list, cue as DateCue);

export const periodUnits = new Set(wordsData.periodUnits);
export const periodModifiers = new PhraseIndex<true>().addAll(wordsData.periodModifiers, true);
export const yearAloneCues = new PhraseIndex<true>().addAll(wordsData.yearAlone, true);
export const romanNumerals = new Set(wordsData.romanNumerals);

export const rangeLinks = new PhraseIndex<boolean>();
rangeLinks.addAll(wordsData.rangeLinks.inclusive, true).addAll(wordsData.rangeLinks.exclusive, false);

export const nounStopWords = new Set(wordsData.nounStopWords);
/** Words that never open a counted noun the lexicon does not know (`1.376 các đơn vị`, `4 đối với`). */
export const countNounBlockers = new PhraseIndex<true>().addAll(wordsData.countNounBlockers, true);

/** `ba tiêu chí`, `cả hai nhiệm vụ`: numbers written in words, their value; the words that make them no count. */
export const spelledCounts = new Map<string, number>(Object.entries(wordsData.spelledCounts));
export const spelledCountNotAfter = new Set(wordsData.spelledCountNotAfter);
export const spelledYearBefore = new Set(wordsData.spelledYearBefore);
