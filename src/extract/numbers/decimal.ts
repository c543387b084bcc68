/**
 * Exact decimal strings (`-?\d+(\.\d+)?`), the form every displayed figure is kept in so that
 * checks never see a binary float. Only the few operations the extractors need live here.
 */

const EXACT = /^-?\d+(\.\d+)?$/;

export const isExactDecimal = (text: string): boolean => EXACT.test(text);

/** Leading zeros off the integer part (`006` → `6`, `0` stays), the fraction kept as displayed. */
export function canonicalExact(intDigits: string, fracDigits: string, negative = false): string {
  let i = 0;
  while (i < intDigits.length - 1 && intDigits.charCodeAt(i) === 48) i += 1;
  const int = intDigits.slice(i) || '0';
  const body = fracDigits.length > 0 ? `${int}.${fracDigits}` : int;
  const isZero = /^0(\.0*)?$/.test(body);
  return negative && !isZero ? `-${body}` : body;
}

/**
 * Multiplies an exact decimal by 10^exponent without rounding (`3.495` × 10⁶ → `3495000`).
 * Trailing fraction zeros are dropped from the result: it is a value, not a display.
 */
export function shiftExact(exact: string, exponent: number): string {
  const negative = exact.startsWith('-');
  const body = negative ? exact.slice(1) : exact;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const fracPart = dot < 0 ? '' : body.slice(dot + 1);
  let digits = intPart + fracPart;
  let point = intPart.length + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const frac = digits.slice(point).replace(/0+$/, '');
  return canonicalExact(digits.slice(0, point), frac, negative);
}

/** The nearest double to an exact decimal (JavaScript's own decimal-to-double rounding). */
export const exactToNumber = (exact: string): number => Number(exact);
