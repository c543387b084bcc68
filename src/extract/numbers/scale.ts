import unitsData from '../../lexicon/units.json' with { type: 'json' };
import { wordKey } from '../../nlp/index.js';
import { shiftExact, exactToNumber } from './decimal.js';
import { parseVietnameseNumber, type ParsedNumber } from './parse.js';

/**
 * Scale words (`nghìn`/`ngàn` 10³, `triệu` 10⁶, `tỷ`/`tỉ` 10⁹, `chục`, `trăm`, `vạn`), read from
 * src/lexicon/units.json. They stack: `nghìn tỷ` = 10¹².
 */

const EXPONENTS = new Map<string, number>();
for (const scale of unitsData.scales) for (const word of scale.words) EXPONENTS.set(wordKey(word), scale.exponent);

/** Power of ten of one scale word, or null when the word is not one. */
export const scaleExponent = (word: string): number | null => EXPONENTS.get(wordKey(word)) ?? null;

export interface ScaledNumber {
  number: ParsedNumber;
  /** Sum of the scale words' exponents. */
  exponent: number;
  /** Exact decimal of the number times its scale. */
  exact: string;
  value: number;
}

/**
 * `3,495 triệu` → 3495000, `46,26 nghìn` → 46260, `1,2 nghìn tỷ` → 1.2e12. Null when the text is
 * not a number optionally followed by scale words only.
 */
export function parseScaledNumber(text: string): ScaledNumber | null {
  const parts = text.trim().split(/\s+/);
  const number = parseVietnameseNumber(parts[0] ?? '');
  if (!number) return null;
  let exponent = 0;
  for (const word of parts.slice(1)) {
    const scale = scaleExponent(word);
    if (scale === null) return null;
    exponent += scale;
  }
  const exact = shiftExact(number.exact, exponent);
  return { number, exponent, exact, value: exactToNumber(exact) };
}
