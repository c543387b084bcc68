import type { DisplayedNumber, Fact } from '../model/index.js';
import { type Interval, exactly, rounded, truncated, type Rational, fromNumber, rational } from '../arith/index.js';
import { isMeasuredUnit } from './lexicon.js';

/** The multiplier a scale word applied, as an exact rational (1e9 for `tỷ`). */
export const scaleOf = (fact: Fact): Rational => (fact.scale === 1 ? rational(1n) : fromNumber(fact.scale));

/** The displayed number a fact's value comes from: the numerator of a fraction, else the number. */
export function displayedNumber(fact: Fact): DisplayedNumber | null {
  if (fact.kind === 'fraction') return fact.fraction?.numerator ?? null;
  if (fact.kind === 'range' || fact.kind === 'date' || fact.kind === 'period') return null;
  return fact.number;
}

/**
 * Counts of things are exact; measurements, money, scaled figures and anything with decimals stand
 * for the interval their last displayed digit implies.
 */
export function isExactCount(fact: Fact): boolean {
  const number = displayedNumber(fact);
  if (!number || number.decimals > 0 || fact.scale !== 1) return false;
  if (fact.kind === 'percent' || fact.kind === 'money') return false;
  return !isMeasuredUnit(fact.unit);
}

/** Usable for arithmetic: a plain figure, not a range, date, threshold or a shape read two ways. */
export function isUsable(fact: Fact): boolean {
  if (fact.status !== 'ok') return false;
  const number = displayedNumber(fact);
  return number !== null && !number.ambiguous && fact.value !== null;
}

/** The interval a fact stands for, in base units (percent for percentages); null when unusable. */
export function intervalOf(fact: Fact): Interval | null {
  const number = displayedNumber(fact);
  if (!number || !isUsable(fact)) return null;
  const scale = fact.kind === 'percent' ? rational(1n) : scaleOf(fact);
  return isExactCount(fact) ? exactly(number.exact, scale) : rounded(number.exact, number.decimals, scale);
}

/** The interval a fact would stand for had its author truncated rather than rounded. */
export function truncatedIntervalOf(fact: Fact): Interval | null {
  const number = displayedNumber(fact);
  if (!number || !isUsable(fact)) return null;
  const scale = fact.kind === 'percent' ? rational(1n) : scaleOf(fact);
  return truncated(number.exact, number.decimals, scale);
}

/** The denominator of a fraction as an exact count. */
export function denominatorOf(fact: Fact): Interval | null {
  const d = fact.fraction?.denominator;
  if (!d || d.ambiguous || d.decimals > 0) return null;
  return exactly(d.exact);
}

export const isPercent = (fact: Fact): boolean => fact.kind === 'percent' || fact.unit === '%';
export const isFraction = (fact: Fact): boolean => fact.kind === 'fraction' && fact.fraction !== null;

/** The number text as displayed (`2.307`, `12,92`, `04` of `04/12`). */
export function displayOf(fact: Fact): string {
  return displayedNumber(fact)?.text ?? fact.raw;
}
