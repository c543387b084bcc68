import { type Rational, toScaled } from './rational.js';

/**
 * Vietnamese notation for computed values: `.` groups thousands, `,` is the decimal mark
 * (`2.307`, `12,92`, `25.743,7`). Displayed operands are never re-formatted: evidence keeps the
 * document's own text; only results the checker computes pass through here.
 */
export function formatVi(value: Rational, decimals: number, mode: 'round' | 'trunc' = 'round'): string {
  const scaled = toScaled(value, decimals, mode);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = decimals === 0 ? digits : digits.slice(0, -decimals);
  const frac = decimals === 0 ? '' : digits.slice(-decimals);
  const grouped = groupThousands(whole);
  return `${negative ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** `2307` → `2.307`, by slicing (no regex backtracking on long digit runs). */
export function groupThousands(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join('.');
}

/** `12,92%` style. */
export const formatPercent = (value: Rational, decimals: number, mode: 'round' | 'trunc' = 'round'): string =>
  `${formatVi(value, decimals, mode)}%`;
