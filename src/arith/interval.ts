import { type Rational, add, cmp, div, fromDecimal, le, max, min, mul, neg, pow10, rational, sub, ZERO } from './rational.js';

/**
 * A closed interval of exact rationals: what a displayed figure stands for. `2,46` stands for
 * [2,455; 2,465]; an exact count stands for a single point. Claims are inconsistent only when the
 * intervals they relate cannot meet (XBRL Calculations 1.1 reasons the same way).
 */
export interface Interval {
  readonly lo: Rational;
  readonly hi: Rational;
}

export const point = (value: Rational): Interval => ({ lo: value, hi: value });

export function interval(lo: Rational, hi: Rational): Interval {
  return le(lo, hi) ? { lo, hi } : { lo: hi, hi: lo };
}

/** Half a unit of the last displayed digit: `decimals` 2 → 0,005. */
export const halfUnit = (decimals: number): Rational => rational(1n, 2n * pow10(decimals));

/** The interval a rounded display stands for: `exact` ± half a unit of its last digit, times `scale`. */
export function rounded(exact: string, decimals: number, scale: Rational = rational(1n)): Interval {
  const value = fromDecimal(exact);
  const half = halfUnit(decimals);
  return interval(mul(sub(value, half), scale), mul(add(value, half), scale));
}

/** The interval a truncated display stands for: [x; x + one unit] away from zero. */
export function truncated(exact: string, decimals: number, scale: Rational = rational(1n)): Interval {
  const value = fromDecimal(exact);
  const unit = rational(1n, pow10(decimals));
  const far = value.n < 0n ? sub(value, unit) : add(value, unit);
  return interval(mul(value, scale), mul(far, scale));
}

export const exactly = (exact: string, scale: Rational = rational(1n)): Interval => point(mul(fromDecimal(exact), scale));

export const plus = (a: Interval, b: Interval): Interval => ({ lo: add(a.lo, b.lo), hi: add(a.hi, b.hi) });
export const minus = (a: Interval, b: Interval): Interval => ({ lo: sub(a.lo, b.hi), hi: sub(a.hi, b.lo) });
export const negate = (a: Interval): Interval => ({ lo: neg(a.hi), hi: neg(a.lo) });
export const total = (parts: readonly Interval[]): Interval => parts.reduce(plus, point(ZERO));

export function times(a: Interval, b: Interval): Interval {
  const corners = [mul(a.lo, b.lo), mul(a.lo, b.hi), mul(a.hi, b.lo), mul(a.hi, b.hi)];
  return { lo: corners.reduce(min), hi: corners.reduce(max) };
}

/** Whether the interval contains zero (a divisor that might be zero cannot be divided by). */
export const straddlesZero = (a: Interval): boolean => le(a.lo, ZERO) && le(ZERO, a.hi);

/** Interval division; null when the divisor may be zero. */
export function over(a: Interval, b: Interval): Interval | null {
  if (straddlesZero(b)) return null;
  const corners = [div(a.lo, b.lo), div(a.lo, b.hi), div(a.hi, b.lo), div(a.hi, b.hi)];
  return { lo: corners.reduce(min), hi: corners.reduce(max) };
}

export const scaleBy = (a: Interval, k: Rational): Interval => times(a, point(k));

/** Two intervals meet when they share at least one point. */
export const meets = (a: Interval, b: Interval): boolean => le(a.lo, b.hi) && le(b.lo, a.hi);

/** `a` lies entirely at or below `b`'s upper end: the weakest form of `a ≤ b` that intervals allow. */
export const canBeAtMost = (a: Interval, b: Interval): boolean => le(a.lo, b.hi);

export const isPoint = (a: Interval): boolean => cmp(a.lo, a.hi) === 0;

/** Midpoint, for display of a computed value. */
export const mid = (a: Interval): Rational => div(add(a.lo, a.hi), rational(2n));
