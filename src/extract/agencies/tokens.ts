import { matchKey } from '../../text/normalize.js';

/**
 * One word or punctuation mark of a text. Offsets are 0-based UTF-16 offsets into the text the
 * token came from; `end` is exclusive. Whitespace is not a token: `spaceBefore`/`breakBefore`
 * remember it (a tab separates table cells, so nothing is matched across it; line breaks inside
 * a paragraph are only wrapped lines).
 */
export interface Token {
  text: string;
  /** matchKey of the text: NFC, classic tone placement, lower case. */
  key: string;
  start: number;
  end: number;
  isWord: boolean;
  /** First character is an upper-case letter (`Sở`, `UBND`, `Đắk`). */
  upper: boolean;
  /** Has letters and none of them lower case (`UBND`, `KH&ĐT`, `TỈNH`). */
  caps: boolean;
  /** First character is a digit. */
  digit: boolean;
  spaceBefore: boolean;
  breakBefore: boolean;
  /** The token's line has letters and none in lower case: a heading in capitals, where case tells nothing. */
  capsLine: boolean;
}

/**
 * A word: word characters, and the characters that join two word parts written without spaces
 * (`LĐ-TB&XH`, `Covid-19`, `Đắk R'Lấp`): `[\p{L}\p{M}\p{N}]+(?:[&'’-][\p{L}\p{M}\p{N}]+)*`, scanned
 * by hand one code unit at a time (a character outside the Basic Multilingual Plane is a symbol,
 * never part of a word). Joiners and word characters never overlap: linear.
 */
const JOINERS = new Set(['&', "'", '’', '-']);
const SPACE_CHAR = /\s/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** What one UTF-16 code unit is, as bits; worked out with the regexes above on first sight, then read from a table. */
const WORD = 1;
const SPACE = 2;
const JOINER = 4;
const IS_UPPER = 8;
const IS_LOWER = 16;
const IS_LETTER = 32;
const IS_DIGIT = 64;
const KNOWN = 128;
const classes = new Uint8Array(0x10000);
function classOf(code: number): number {
  let bits = classes[code] as number;
  if (bits === 0) {
    const ch = String.fromCharCode(code);
    // A lone surrogate half matches none of the Unicode classes: symbols, as the sticky regexes had it.
    bits = KNOWN
      | (WORD_CHAR.test(ch) ? WORD : 0) | (SPACE_CHAR.test(ch) ? SPACE : 0) | (JOINERS.has(ch) ? JOINER : 0)
      | (UPPER.test(ch) ? IS_UPPER : 0) | (LOWER.test(ch) ? IS_LOWER : 0) | (LETTER.test(ch) ? IS_LETTER : 0) | (DIGIT.test(ch) ? IS_DIGIT : 0);
    classes[code] = bits;
  }
  return bits;
}

/** End of the word starting at `i` (a word character), joined parts included. */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && classOf(text.charCodeAt(j)) & WORD) j += 1;
    if (j + 1 < text.length && classOf(text.charCodeAt(j)) & JOINER && classOf(text.charCodeAt(j + 1)) & WORD) j += 2;
    else return j;
  }
}

/** `isAllCaps` for a run of BMP code units, read from the table. */
function allCapsAt(text: string, start: number, end: number): boolean {
  let letter = false;
  for (let k = start; k < end; k += 1) {
    const bits = classOf(text.charCodeAt(k));
    if (bits & IS_LOWER) return false;
    if (bits & IS_LETTER) letter = true;
  }
  return letter;
}

const keyCache = new Map<string, string>();
function cachedKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = matchKey(text);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

function makeToken(source: string, start: number, end: number, isWord: boolean, spaceBefore: boolean, breakBefore: boolean): Token {
  const text = source.slice(start, end);
  const first = classOf(source.charCodeAt(start));
  return {
    text,
    key: cachedKey(text),
    start,
    end,
    isWord,
    upper: (first & IS_UPPER) !== 0,
    // A symbol outside the BMP (two code units) is the one token the table cannot read.
    caps: end - start === 2 && !isWord ? isAllCaps(text) : allCapsAt(source, start, end),
    digit: (first & IS_DIGIT) !== 0,
    spaceBefore,
    breakBefore,
    capsLine: false,
  };
}

/** Splits a text into word and punctuation tokens in one left-to-right pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = false;
  let breakBefore = false;
  while (i < text.length) {
    const bits = classOf(text.charCodeAt(i));
    if (bits & SPACE) {
      let j = i + 1;
      while (j < text.length && classOf(text.charCodeAt(j)) & SPACE) j += 1;
      spaceBefore = true;
      breakBefore = text.slice(i, j).includes('\t');
      i = j;
      continue;
    }
    if (bits & WORD) {
      const end = wordEnd(text, i);
      tokens.push(makeToken(text, i, end, true, spaceBefore, breakBefore));
      i = end;
    } else {
      // Surrogate pairs (rare symbols) stay one token.
      const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
      tokens.push(makeToken(text, i, i + width, false, spaceBefore, breakBefore));
      i += width;
    }
    spaceBefore = false;
    breakBefore = false;
  }
  markCapsLines(text, tokens);
  return tokens;
}

function markCapsLines(text: string, tokens: Token[]): void {
  let lineStart = 0;
  let t = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const caps = isAllCaps(text.slice(lineStart, lineEnd));
    while (t < tokens.length && tokens[t]!.start < lineEnd) {
      tokens[t]!.capsLine = caps;
      t += 1;
    }
    lineStart = lineEnd + 1;
  }
}

const phraseCache = new Map<string, string[]>();
/** Token keys of a lexicon phrase, tokenised exactly like running text. */
export function phraseKeys(phrase: string): string[] {
  let keys = phraseCache.get(phrase);
  if (!keys) {
    keys = tokenize(phrase).map((t) => t.key);
    phraseCache.set(phrase, keys);
  }
  return keys;
}

/** True when the text has letters and none of them lower case (headings in capitals). */
export const isAllCaps = (text: string): boolean => !LOWER.test(text) && LETTER.test(text);
