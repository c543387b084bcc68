import { toClassicTonePlacement } from '../../text/index.js';
import type { AgencySpan } from '../agencies/find.js';
import { notReferencePrefixes, typeWordsLongestFirst, type DocumentType } from './document-types.js';

/** What stands before a number: its type word (`Kế hoạch`), `số`, or a form prefix (`Biểu số`). */
export interface Before {
  type: DocumentType | null;
  /** Offset where the type word starts (the citation's start), or the number's start. */
  start: number;
  hasSo: boolean;
  /** `Biểu số 59/CK-NSNN`, `Mẫu số 01/BC`: a form, not a document. */
  formPrefix: boolean;
}

const LOOKBEHIND = 40;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function skipSpacesBack(text: string, p: number): number {
  let q = p;
  while (q > 0 && /\s/.test(text[q - 1]!)) q -= 1;
  return q;
}

/** `window` (lower case, classic tones) ends with `word` at a word boundary. */
function endsWithWord(window: string, word: string): boolean {
  if (!window.endsWith(word)) return false;
  const before = window[window.length - word.length - 1];
  return before === undefined || !WORD_CHAR.test(before);
}

const lowerWindow = (text: string, from: number, to: number): string =>
  toClassicTonePlacement(text.slice(from, to)).toLocaleLowerCase('vi');

/** Reads backwards from a number: `Nghị quyết: số 01/NQ-CP`, `Kế hoạch 101/KH-UBND`, `Số: 329 /BC-UBND`. */
export function readBefore(text: string, numberStart: number): Before {
  let p = skipSpacesBack(text, numberStart);
  if (text[p - 1] === ':') p = skipSpacesBack(text, p - 1);
  let hasSo = false;
  const near = lowerWindow(text, Math.max(0, p - 3), p);
  if (endsWithWord(near, 'số')) {
    hasSo = true;
    p = skipSpacesBack(text, p - 2);
    if (text[p - 1] === ':') p = skipSpacesBack(text, p - 1);
  }
  const from = Math.max(0, p - LOOKBEHIND);
  const window = lowerWindow(text, from, p);
  const formPrefix = hasSo && notReferencePrefixes.some((w) => endsWithWord(window, w));
  for (const { lower, type } of typeWordsLongestFirst) {
    if (endsWithWord(window, lower)) return { type, start: p - lower.length, hasSo, formPrefix };
  }
  return { type: null, start: numberStart, hasSo, formPrefix };
}

export interface DateAfter {
  iso: string;
  end: number;
}

const NUMERIC_DATE = /ngày\s{1,3}(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})/iuy;
const VERBAL_DATE = /ngày\s{1,3}(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})\s{1,3}năm\s{1,3}(\d{4})/iuy;
const LEAD = /\s{0,3},?\s{0,3}(?:ban hành\s{1,3})?/iuy;

function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `ngày 07/02/2022`, `ngày 7/6/2022`, `ngày 21-02-2019`, `ngày 07 tháng 02 năm 2022` right after `at`. */
export function readDateAfter(text: string, at: number): DateAfter | null {
  LEAD.lastIndex = at;
  const lead = LEAD.exec(text);
  const p = lead ? at + lead[0].length : at;
  NUMERIC_DATE.lastIndex = p;
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const iso = isoDate(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
    return iso ? { iso, end: p + numeric[0].length } : null;
  }
  VERBAL_DATE.lastIndex = p;
  const verbal = VERBAL_DATE.exec(text);
  if (verbal) {
    const iso = isoDate(Number(verbal[1]), Number(verbal[2]), Number(verbal[3]));
    return iso ? { iso, end: p + verbal[0].length } : null;
  }
  return null;
}

export interface IssuerAfter {
  raw: string;
  end: number;
}

const OF = /\s{0,3},?\s{0,3}của\s{1,3}/iuy;
/**
 * Person titles before the issuing body (`của Chủ tịch UBND tỉnh`, `của Bộ trưởng, Chủ nhiệm Văn
 * phòng Chính phủ`); kept in the issuer phrase.
 */
const ONE_TITLE =
  '(?:Phó )?(?:Chủ tịch|Bộ trưởng|Thứ trưởng|Chủ nhiệm|Giám đốc|Chánh Văn phòng|Trưởng [Bb]an|Bí thư|Thường trực|Cục trưởng|Chánh Thanh tra|Tổng Giám đốc)';
const TITLE = new RegExp(`${ONE_TITLE}(?:,\\s{1,3}${ONE_TITLE}){0,3}\\s{1,3}`, 'uy');
const MAX_FALLBACK_WORDS = 6;

/**
 * `của Chính phủ`, `của UBND tỉnh`, `của Chủ tịch UBND tỉnh Kiên Giang` right after `at`: the
 * agency grammar decides where the issuer ends; failing that, a run of capitalised words does.
 */
export function readIssuerAfter(text: string, at: number, agencies: readonly AgencySpan[]): IssuerAfter | null {
  OF.lastIndex = at;
  const of = OF.exec(text);
  if (!of) return null;
  const start = at + of[0].length;
  TITLE.lastIndex = start;
  const title = TITLE.exec(text);
  const bodyStart = title ? start + title[0].length : start;
  const agency = agencies.find((a) => a.start === bodyStart);
  if (agency) return { raw: text.slice(start, agency.end), end: agency.end };
  let end = bodyStart;
  let words = 0;
  const word = /[\p{Lu}][\p{L}\p{M}\p{N}&-]*/uy;
  for (;;) {
    word.lastIndex = end;
    const m = word.exec(text);
    if (!m || words >= MAX_FALLBACK_WORDS) break;
    end += m[0].length;
    words += 1;
    const space = /[ \u00a0]/.test(text[end] ?? '') && /\p{Lu}/u.test(text[end + 1] ?? '');
    if (!space) break;
    end += 1;
  }
  if (words === 0) return null;
  return { raw: text.slice(start, end), end };
}
