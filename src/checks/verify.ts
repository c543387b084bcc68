import { type Token, scaleOf, truncatedIntervalOf, type Operand } from '../claims/index.js';
import {
  formatVi,
  type Interval,
  meets,
  minus,
  over,
  point,
  scaleBy,
  times,
  HUNDRED,
  ONE,
  type Rational,
  div,
  isZero,
  mul,
  neg,
  sub,
  eq,
} from '../arith/index.js';

export type Verdict = 'consistent' | 'truncated' | 'inconsistent';

/** A computed value: the interval the displayed operands allow, and the value of the displays themselves. */
export interface Computed {
  interval: Interval;
  point: Rational;
}

/** Rounded first; then, as a warning only, as if the author had truncated. */
export function verdict(computed: Interval, stated: Token): Verdict {
  if (!stated.interval) return 'inconsistent';
  // An exact count (`giảm 22 vụ`) is no rounded figure: nothing was cut off it.
  const exact = eq(stated.interval.lo, stated.interval.hi);
  return verdictOf(computed, stated.interval, exact ? null : truncatedIntervalOf(stated.fact));
}

/** The same on bare intervals (table cells have no fact). */
export function verdictOf(computed: Interval, rounded: Interval, truncated: Interval | null): Verdict {
  if (meets(computed, rounded)) return 'consistent';
  if (!truncated || !meets(computed, truncated)) return 'inconsistent';
  // Truncation keeps [x; x + unit): an exact result on the far end (94,00 % shown as 93 %) was not cut off.
  const atFarEnd = eq(computed.lo, computed.hi) && (eq(computed.lo, truncated.hi) || eq(computed.lo, truncated.lo));
  return atFarEnd ? 'inconsistent' : 'truncated';
}

/** part / whole × 100; null when the whole may be zero. */
export function ratioPercent(part: Operand, whole: Operand): Computed | null {
  if (!part.interval || !whole.interval || !part.exact || !whole.exact || isZero(whole.exact)) return null;
  const ratio = over(part.interval, whole.interval);
  if (!ratio) return null;
  return { interval: scaleBy(ratio, HUNDRED), point: mul(div(part.exact, whole.exact), HUNDRED) };
}

/** (actual / reference − 1) × 100, signed by the wording: `giảm` reads 1 − actual / reference. */
export function changePercent(actual: Operand, reference: Operand, sign: 1 | -1): Computed | null {
  const ratio = ratioPercent(actual, reference);
  if (!ratio) return null;
  const shifted = minus(ratio.interval, point(HUNDRED));
  const pointValue = sub(ratio.point, HUNDRED);
  return sign === 1 ? { interval: shifted, point: pointValue } : { interval: times(shifted, point(neg(ONE))), point: neg(pointValue) };
}

/** a − b, signed by the wording. */
export function difference(a: Operand, b: Operand, sign: 1 | -1): Computed | null {
  if (!a.interval || !b.interval || !a.exact || !b.exact) return null;
  const d = minus(a.interval, b.interval);
  const p = sub(a.exact, b.exact);
  return sign === 1 ? { interval: d, point: p } : { interval: times(d, point(neg(ONE))), point: neg(p) };
}

/**
 * The computed value in the stated figure's notation, with `extra` more decimals for a near miss:
 * percentages as percent, amounts in the stated figure's scale (`3.366` tỷ, not đồng).
 */
export function pointText(computed: Computed, stated: Token, extra = 0): string {
  const decimals = (stated.fact.number?.decimals ?? 0) + extra;
  return formatVi(stated.percent ? computed.point : div(computed.point, scaleOf(stated.fact)), decimals);
}

/**
 * The computed value as a reader needs it: in the stated figure's decimals, with two more when
 * those would hide the difference (a near miss) or when the author truncated (`78,57%` vs `78%`).
 */
export function resultText(computed: Computed, stated: Token, v: Verdict): string {
  const plain = pointText(computed, stated);
  const shown = stated.fact.number?.text ?? '';
  return v === 'truncated' || (v === 'inconsistent' && plain === shown) ? pointText(computed, stated, 2) : plain;
}
