import type { DisplayedNumber } from '../../model/index.js';
import { canonicalExact, exactToNumber } from './decimal.js';

/**
 * Vietnamese number notation: `.` groups thousands (a group is always three digits), `,` is the
 * decimal mark, leading zeros below ten are house style (`06`). Hand-written scanner, no regex
 * backtracking: linear in the length of the input whatever it holds.
 */

export interface ParsedNumber extends DisplayedNumber {
  /** The nearest double to `exact` (may be ±Infinity for absurdly long digit runs). */
  value: number;
}

const MINUS = new Set(['-', '\u2212']);

/**
 * Parses one displayed number (`2.307`, `12,92`, `25.743,7`, `06`). Returns null when the text is
 * not a Vietnamese number (`1.2.3`, `1,2,3`, `12,`, letters). A single dot followed by other than
 * three digits (`1.5`) only makes sense in English notation: it is returned read that way and
 * flagged `ambiguous`.
 */
export function parseVietnameseNumber(input: string): ParsedNumber | null {
  const text = input.trim();
  let at = 0;
  let negative = false;
  if (text.length > 0 && MINUS.has(text[0] as string)) {
    negative = true;
    at = 1;
  }
  const body = text.slice(at);
  if (body.length === 0) return null;
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < body.length; i += 1) {
    const code = body.charCodeAt(i);
    if (code === 46) dots += 1;
    else if (code === 44) commas += 1;
    else if (code < 48 || code > 57) return null;
  }
  if (commas > 1) return null;
  const comma = body.indexOf(',');
  const intText = comma < 0 ? body : body.slice(0, comma);
  const fracText = comma < 0 ? '' : body.slice(comma + 1);
  if (intText.length === 0 || (comma >= 0 && (fracText.length === 0 || fracText.includes('.')))) return null;

  const groups = dots > 0 ? intText.split('.') : [intText];
  const grouped = dots === 0 || groups.every((group, i) => (i === 0 ? group.length >= 1 && group.length <= 3 : group.length === 3));
  let exact: string;
  let decimals: number;
  let ambiguous = false;
  if (grouped) {
    exact = canonicalExact(groups.join(''), fracText, negative);
    decimals = fracText.length;
  } else if (dots === 1 && commas === 0 && (groups[0] as string).length > 0 && (groups[1] as string).length > 0) {
    // `1.5`, `4.0`, `12.34`: not Vietnamese grouping; the English decimal reading is the only one.
    exact = canonicalExact(groups[0] as string, groups[1] as string, negative);
    decimals = (groups[1] as string).length;
    ambiguous = true;
  } else {
    return null;
  }
  return { text: input.trim(), exact, decimals, ambiguous, value: exactToNumber(exact) };
}

/** True when the text holds thousands groups (`1.367`): read as an integer, it could be English `1.367`. */
export const hasThousandsGroups = (text: string): boolean => text.includes('.');
