import { isPartyIssuer, isTypeCode } from './document-types.js';

export type ReferenceForm = 'legal' | 'party' | 'administrative' | 'official-letter';

/** A `số/ký hiệu` found in a text. Offsets are 0-based into the scanned text, `end` exclusive. */
export interface CodeMatch {
  start: number;
  end: number;
  /** Normalised: whitespace removed (`117/QĐ- UBND` → `117/QĐ-UBND`), leading zeros kept. */
  number: string;
  form: ReferenceForm;
  /** Type code (`KH`, `QĐ`, `CTr`) when the number carries one. */
  typeCode: string | null;
  /** A single code segment without a year (`123/UBND`): a reference only after a type word or `số`. */
  weak: boolean;
}

const DIGIT = /\p{Nd}/u;
const UPPER = /\p{Lu}/u;
const CODE_CHAR = /[\p{L}\p{M}\p{N}&]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const MAX_NUMBER_DIGITS = 6;
/** `Số: 329      /BC-UBND`: drafts and PDFs put runs of spaces before the slash. */
const MAX_SPACES_BEFORE_SLASH = 16;
/** `117/QĐ-` ⏎ `UBND`, `QĐ- UBND`: a short gap after a separator. */
const MAX_GAP_AFTER_SEPARATOR = 3;

const isDigit = (ch: string | undefined): boolean => ch !== undefined && DIGIT.test(ch);
const isUpper = (ch: string | undefined): boolean => ch !== undefined && UPPER.test(ch);

/** Skips up to `max` whitespace characters (any kind when `lineBreaks`, else spaces only). */
function skipGap(text: string, k: number, max: number, lineBreaks: boolean): number {
  let n = 0;
  while (n < max && k + n < text.length) {
    const ch = text[k + n]!;
    if (ch === ' ' || ch === '\u00a0' || (lineBreaks && (ch === '\n' || ch === '\r' || ch === '\t'))) n += 1;
    else break;
  }
  return k + n;
}

interface Segments {
  parts: string[];
  separators: string[];
  end: number;
}

/** Reads `KH-UBND`, `CTr/TU`, `QĐ-TTg`, `QH15`: code segments joined by `-` or `/`. */
function readSegments(text: string, k: number): Segments | null {
  if (!isUpper(text[k])) return null;
  const parts: string[] = [];
  const separators: string[] = [];
  let pos = k;
  for (;;) {
    const start = pos;
    while (pos < text.length && CODE_CHAR.test(text[pos]!)) pos += 1;
    parts.push(text.slice(start, pos));
    const sep = text[pos];
    if (sep !== '-' && sep !== '/') break;
    const next = skipGap(text, pos + 1, MAX_GAP_AFTER_SEPARATOR, true);
    if (!isUpper(text[next])) break;
    separators.push(sep);
    pos = next;
  }
  return { parts, separators, end: pos };
}

function classify(sep: string, year: string | null, seg: Segments): Omit<CodeMatch, 'start' | 'end' | 'number'> | null {
  const first = seg.parts[0]!;
  const firstIsType = isTypeCode(first);
  if (year) {
    return { form: 'legal', typeCode: seg.parts.length > 1 && firstIsType ? first : null, weak: false };
  }
  if (sep === '-') {
    // Party documents: `09-CTr/TU`, `36-NQ/TW`; a hyphen without the slash is a range or a name.
    if (!seg.separators.includes('/')) return null;
    return { form: 'party', typeCode: firstIsType ? first : null, weak: false };
  }
  if (seg.parts.length === 1) {
    return { form: firstIsType ? 'administrative' : 'official-letter', typeCode: firstIsType ? first : null, weak: true };
  }
  // `57/NQ/TW`: a Party number typed with a slash instead of the hyphen (`180/KH/UBND` is not).
  if (seg.separators[0] === '/' && firstIsType && isPartyIssuer(seg.parts[seg.parts.length - 1]!)) {
    return { form: 'party', typeCode: first, weak: false };
  }
  if (firstIsType) return { form: 'administrative', typeCode: first, weak: false };
  return { form: 'official-letter', typeCode: null, weak: false };
}

/**
 * Finds every `số/ký hiệu` in one pass: a number, `/` or `-`, optionally a four-digit year and
 * `/`, then code segments that start with an upper-case letter (`\p{Lu}`, so `Đ` counts).
 * Dates, fractions and ranges have digits after the separator and are never matched.
 */
export function scanCodes(text: string): CodeMatch[] {
  const found: CodeMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i += 1;
      continue;
    }
    const prev = text[i - 1];
    let j = i;
    while (isDigit(text[j])) j += 1;
    if (prev !== undefined && (WORD_CHAR.test(prev) || '/.,-'.includes(prev))) {
      i = j;
      continue;
    }
    if (j - i > MAX_NUMBER_DIGITS) {
      i = j;
      continue;
    }
    let k = skipGap(text, j, MAX_SPACES_BEFORE_SLASH, false);
    const sep = text[k];
    if ((sep !== '/' && sep !== '-') || (sep === '-' && k !== j)) {
      i = j;
      continue;
    }
    k = skipGap(text, k + 1, MAX_GAP_AFTER_SEPARATOR, true);
    let year: string | null = null;
    if (sep === '/' && isDigit(text[k])) {
      const y = text.slice(k, k + 4);
      if (/^(19|20)\d\d$/.test(y) && text[k + 4] === '/') {
        year = y;
        k = skipGap(text, k + 5, MAX_GAP_AFTER_SEPARATOR, true);
      }
    }
    const seg = readSegments(text, k);
    const kind = seg ? classify(sep, year, seg) : null;
    if (!seg || !kind) {
      i = j;
      continue;
    }
    let code = seg.parts[0]!;
    for (let s = 0; s < seg.separators.length; s += 1) code += seg.separators[s]! + seg.parts[s + 1]!;
    const number = text.slice(i, j) + sep + (year ? `${year}/` : '') + code;
    found.push({ start: i, end: seg.end, number, ...kind });
    i = seg.end;
  }
  return found;
}
