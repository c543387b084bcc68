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

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
/** Characters that join two word parts written without spaces: `LĐ-TB&XH`, `Covid-19`, `Đắk R'Lấp`. */
const JOINERS = new Set(['&', '-', "'", '’']);

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

function makeToken(text: string, start: number, end: number, isWord: boolean, space: string): Token {
  const first = text[0] ?? '';
  let hasLetter = false;
  let hasLower = false;
  for (const ch of text) {
    if (LETTER.test(ch)) hasLetter = true;
    if (LOWER.test(ch)) hasLower = true;
  }
  return {
    text,
    key: cachedKey(text),
    start,
    end,
    isWord,
    upper: UPPER.test(first),
    caps: hasLetter && !hasLower,
    digit: DIGIT.test(first),
    spaceBefore: space.length > 0,
    breakBefore: space.includes('\t'),
    capsLine: false,
  };
}

/** Splits a text into word and punctuation tokens in one left-to-right pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let space = '';
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      space += ch;
      i += 1;
      continue;
    }
    if (WORD_CHAR.test(ch)) {
      const start = i;
      i += 1;
      while (i < text.length) {
        const c = text[i]!;
        if (WORD_CHAR.test(c)) {
          i += 1;
        } else if (JOINERS.has(c) && i + 1 < text.length && WORD_CHAR.test(text[i + 1]!)) {
          i += 2;
        } else {
          break;
        }
      }
      tokens.push(makeToken(text.slice(start, i), start, i, true, space));
    } else {
      // Surrogate pairs (rare symbols) stay one token.
      const width = ch.codePointAt(0)! > 0xffff ? 2 : 1;
      tokens.push(makeToken(text.slice(i, i + width), i, i + width, false, space));
      i += width;
    }
    space = '';
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
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (LOWER.test(ch)) return false;
    if (LETTER.test(ch)) letters += 1;
  }
  return letters > 0;
}
