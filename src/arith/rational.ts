/**
 * Exact rationals on BigInt. Every verification in the checker runs on these: a ratio of two exact
 * counts that lands next to a rounding boundary must come out right, which binary floats cannot
 * promise.
 */
export interface Rational {
  /** Numerator; carries the sign. */
  readonly n: bigint;
  /** Denominator; always positive, and gcd(n, d) = 1. */
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('rational with zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO = rational(0n);
export const ONE = rational(1n);
export const HUNDRED = rational(100n);

export const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** `"-25743.7"` → −257437/10. Accepts the `exact` strings of `DisplayedNumber`. */
export function fromDecimal(text: string): Rational {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  const [, sign, whole, frac = ''] = match;
  const n = BigInt(`${whole}${frac}`) * (sign === '-' ? -1n : 1n);
  return rational(n, pow10(frac.length));
}

/** A JS number that is known to be a short decimal (a scale such as 1e9, or 0.5). */
export function fromNumber(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`not finite: ${value}`);
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return rational(BigInt(value));
  // toPrecision keeps what the number means in decimal (1e-3 → "0.001000…"), never its binary tail.
  const text = Number(value.toPrecision(15)).toString();
  if (/e/i.test(text)) {
    const [mantissa = '0', exponent = '0'] = text.split(/e/i);
    const m = fromDecimal(mantissa);
    const e = Number.parseInt(exponent, 10);
    return e >= 0 ? mul(m, rational(pow10(e))) : div(m, rational(pow10(-e)));
  }
  return fromDecimal(text);
}

export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('division by zero');
  return rational(a.n * b.d, a.d * b.n);
}
export const neg = (a: Rational): Rational => rational(-a.n, a.d);

export const cmp = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
export const eq = (a: Rational, b: Rational): boolean => cmp(a, b) === 0;
export const lt = (a: Rational, b: Rational): boolean => cmp(a, b) < 0;
export const le = (a: Rational, b: Rational): boolean => cmp(a, b) <= 0;
export const min = (a: Rational, b: Rational): Rational => (le(a, b) ? a : b);
export const max = (a: Rational, b: Rational): Rational => (le(a, b) ? b : a);
export const sum = (values: readonly Rational[]): Rational => values.reduce(add, ZERO);
export const isZero = (a: Rational): boolean => a.n === 0n;

/** Floor division on BigInt (BigInt `/` truncates toward zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/**
 * The value scaled to `decimals` places as an integer count of units of 10^-decimals, rounded
 * half away from zero (`round`) or toward zero (`trunc`).
 */
export function toScaled(a: Rational, decimals: number, mode: 'round' | 'trunc' = 'round'): bigint {
  const scaled = a.n * pow10(decimals);
  if (mode === 'trunc') return scaled / a.d;
  const sign = scaled < 0n ? -1n : 1n;
  return sign * floorDiv(abs(scaled) * 2n + a.d, 2n * a.d);
}

/** Plain decimal text with `.` as the decimal mark: used for JSON values and tests, not for display. */
export function toDecimalString(a: Rational, decimals: number, mode: 'round' | 'trunc' = 'round'): string {
  const scaled = toScaled(a, decimals, mode);
  const sign = scaled < 0n ? '-' : '';
  const digits = abs(scaled)
    .toString()
    .padStart(decimals + 1, '0');
  if (decimals === 0) return sign + digits;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A float for JSON `value` fields only; never used to decide anything. */
export const toNumber = (a: Rational): number => Number(toDecimalString(a, 12));
