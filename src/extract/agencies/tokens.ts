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
 * (`LĐ-TB&XH`, `Covid-19`, `Đắk R'Lấp`). Joiners and word characters never overlap: linear.
 */
const wordPattern = (char: string): RegExp => new RegExp(`${char}+(?:[&'’-]${char}+)*`, 'uy');
const WORD = wordPattern(String.raw`[\p{L}\p{M}\p{N}]`);
/** The same for a text with surrogates: a character outside the Basic Multilingual Plane is a symbol. */
const WORD_BMP = wordPattern(String.raw`(?:(?![\u{10000}-\u{10FFFF}])[\p{L}\p{M}\p{N}])`);
const SURROGATE = /[\uD800-\uDFFF]/;
const SPACE = /\s+/y;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

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

function makeToken(text: string, start: number, end: number, isWord: boolean, spaceBefore: boolean, breakBefore: boolean): Token {
  const first = text[0] ?? '';
  return {
    text,
    key: cachedKey(text),
    start,
    end,
    isWord,
    upper: UPPER.test(first),
    caps: isAllCaps(text),
    digit: DIGIT.test(first),
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
  const word = SURROGATE.test(text) ? WORD_BMP : WORD;
  while (i < text.length) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      spaceBefore = true;
      breakBefore = text.slice(i, SPACE.lastIndex).includes('\t');
      i = SPACE.lastIndex;
      continue;
    }
    word.lastIndex = i;
    if (word.test(text)) {
      const end = word.lastIndex;
      tokens.push(makeToken(text.slice(i, end), i, end, true, spaceBefore, breakBefore));
      i = end;
    } else {
      // Surrogate pairs (rare symbols) stay one token.
      const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
      tokens.push(makeToken(text.slice(i, i + width), i, i + width, false, spaceBefore, breakBefore));
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
