import { formatVi, type Interval, mid, type Rational, div, eq, rational, sum } from '../arith/index.js';
import type { Operand } from './types.js';

const ONE = rational(1n);

/** Scale words for writing a result in the same scale as the operands (`2,46 triệu`). */
const SCALE_WORDS: ReadonlyArray<[bigint, string]> = [
  [10n ** 9n, 'tỷ'],
  [10n ** 6n, 'triệu'],
  [10n ** 3n, 'nghìn'],
];

/** One scale shared by every operand, or null when they differ (then each shows its scale word). */
export function commonScale(operands: readonly Operand[]): Rational | null {
  const first = operands[0]?.scale;
  if (!first) return ONE;
  return operands.every((o) => eq(o.scale, first)) ? first : null;
}

function scaleWord(scale: Rational): string {
  const hit = SCALE_WORDS.find(([k]) => scale.d === 1n && scale.n === k);
  return hit ? ` ${hit[1]}` : '';
}

/** An operand as shown in arithmetic: its number, with its scale word when scales are mixed. */
export const shown = (o: Operand, mixed: boolean): string => (mixed ? `${o.display}${scaleWord(o.scale)}` : o.display);

/** `1.367 + 940` */
export function sumText(parts: readonly Operand[], all: readonly Operand[] = parts): string {
  const mixed = commonScale(all) === null;
  return parts.map((p) => shown(p, mixed)).join(' + ');
}

/** The exact sum of the displayed values, in base units. */
export const displayedSum = (parts: readonly Operand[]): Rational => sum(parts.map((p) => p.exact ?? rational(0n)));

/** A base-unit value written in a target operand's scale and decimals (`2.271`, `25.743,7`). */
export function inScaleOf(value: Rational, like: readonly Operand[], extraDecimals = 0): string {
  const scale = commonScale(like) ?? like[0]?.scale ?? ONE;
  const decimals = Math.max(0, ...like.map((o) => o.decimals)) + extraDecimals;
  const mixed = commonScale(like) === null;
  return `${formatVi(div(value, scale), decimals)}${mixed ? scaleWord(scale) : ''}`;
}

/** A computed interval written as its midpoint in the stated figure's notation. */
export function midText(value: Interval, decimals: number): string {
  return formatVi(mid(value), decimals);
}

export { formatVi };
