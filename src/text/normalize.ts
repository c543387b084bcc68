/**
 * The one place that owns Vietnamese text normalisation: Unicode NFC, old/new tone placement, and
 * the superscript digits used as footnote markers. Nothing else keys on library "normal" forms.
 */

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** Matches a run of superscript digits (a footnote marker in text renderings). */
export const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

export const isSuperscriptDigit = (ch: string): boolean => ch in SUPERSCRIPT_DIGITS;

/** `²⁴` → 24. */
export function superscriptToNumber(run: string): number {
  let digits = '';
  for (const ch of run) digits += SUPERSCRIPT_DIGITS[ch] ?? '';
  return Number.parseInt(digits, 10);
}

/**
 * Two tone placements coexist for the open syllables `oa`, `oe`, `uy`: `hòa`/`hoà`, `khỏe`/`khoẻ`,
 * `thúy`/`thuý`, `Ủy`/`Uỷ`. Administrative text mostly uses the classic one (mark on the first
 * vowel); we canonicalise to it so that `Ủy ban`/`Uỷ ban` and `Hòa`/`Hoà` are one name.
 */
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const NEW_STYLE = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

export function toClassicTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(NEW_STYLE, (_m, glide: string, vowel: string, mark: string) => glide + mark + vowel)
    .normalize('NFC');
}

/**
 * NFC plus the whitespace clean-up every parser needs (NBSP, zero-width, runs of spaces). Tabs
 * become spaces unless `keepTabs` (the text form separates table cells with them).
 */
export function normalizeText(text: string, { keepTabs = false } = {}): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(keepTabs ? /[\u00A0\u2007\u202F]/g : /[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/ {2,}/g, ' ');
}

/** A key for matching names across spellings: NFC, classic tone placement, case-folded, spaces squeezed. */
export function matchKey(text: string): string {
  return toClassicTonePlacement(normalizeText(text)).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Lowercase Vietnamese letter test, Unicode-aware (`đ`, `ư`, `ơ` count). */
export const startsLowercase = (text: string): boolean => /^\p{Ll}/u.test(text.trimStart());
