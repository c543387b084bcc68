import { matchKey, toClassicTonePlacement } from '../text/index.js';

/**
 * The one tokenizer. A text is scanned once into `Token`s: words, numbers and punctuation with
 * their offsets. Numbers are whole digit runs with their inner `.` and `,` (`25.743,7`, `1.2.3`):
 * whether the run is a valid Vietnamese number is decided later by `parseVietnameseNumber`, never
 * here. One left-to-right pass; the number alternative always ends on the last digit of its run, so
 * the scan is linear on any input.
 *
 * Names (agencies, places, document codes) are read in `WordToken`s, a view of the same tokens:
 * the parts of a word written without spaces are joined (`LĐ-TB&XH`, `Covid-19`, `Đắk R'Lấp`), and
 * a number's separators stand apart. `wordTokens` builds it from the tokens, never from the text.
 *
 * Inside `withTokenCache` (one extraction: a report's texts are read by several extractors) both are
 * kept per text, so each text is scanned once; the arrays returned are shared and frozen.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower case, classic tone placement: the key lexicons are matched on. */
  key: string;
  /** 0-based UTF-16 offsets into the text; `end` exclusive. */
  start: number;
  end: number;
  /** Whitespace stood between this token and the previous one (true for the first token). */
  spaced: boolean;
}

/**
 * A word of a name or a punctuation mark. Whitespace is not a token: `spaceBefore`/`breakBefore`
 * remember it (a tab separates table cells, so nothing is matched across it; line breaks inside a
 * paragraph are only wrapped lines).
 */
export interface WordToken {
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

const TOKEN = /([\p{L}\p{M}]+)|(\d(?:[\d.,]*\d)?)|(\S)/gu;
const NEW_STYLE_CANDIDATE = /[oOuU][\p{M}]?[aAeEyY]|[òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ][aAeEyY]|[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/u;

/** Keys of words and lexicon phrases: a few thousand distinct ones; each cache is cleared past its bound. */
function memo<V>(limit: number, compute: (text: string) => V): (text: string) => V {
  const cache = new Map<string, V>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}

/** Lexicon key of one word: lower case and classic tone placement (`hoà` → `hòa`). */
export const wordKey = memo(50_000, (word: string): string => {
  const lower = word.toLowerCase();
  return NEW_STYLE_CANDIDATE.test(lower) ? toClassicTonePlacement(lower) : lower;
});

const nameKey = memo(50_000, matchKey);

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const raw = match[0];
    const kind: TokenKind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'number' : 'punct';
    tokens.push({
      kind,
      text: raw,
      key: kind === 'word' ? wordKey(raw) : raw,
      start,
      end: start + raw.length,
      spaced: tokens.length === 0 || start > last,
    });
    last = start + raw.length;
  }
  return Object.freeze(tokens) as Token[];
}

/** Texts tokenised during the current `withTokenCache` run; null outside one. */
let session: { tokens: Map<string, Token[]>; words: Map<string, WordToken[]> } | null = null;

/**
 * Runs `read` with a per-text cache of tokens and word tokens, dropped at the end: the extractors
 * of one report share the scan of each text, and nothing outlives the report.
 */
export function withTokenCache<T>(read: () => T): T {
  if (session) return read();
  session = { tokens: new Map(), words: new Map() };
  try {
    return read();
  } finally {
    session = null;
  }
}

function cached<V>(pick: (s: NonNullable<typeof session>) => Map<string, V>, compute: (text: string) => V): (text: string) => V {
  return (text) => {
    if (!session) return compute(text);
    const cache = pick(session);
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** The text's tokens (frozen: shared inside `withTokenCache`). */
export const tokenize = cached((s) => s.tokens, scan);

/** Tokenises a lexicon phrase the same way, giving the keys to match (`huyện, thành phố` → 4 keys). */
export const phraseKeys = memo(50_000, (phrase: string): string[] => tokenize(phrase).map((token) => token.key));

// What one UTF-16 code unit is, as bits; worked out with the regexes on first sight, then read from a table.
const JOINERS = new Set(['&', "'", '’', '-']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const WORD = 1;
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
    // A lone surrogate half matches none of the Unicode classes: a character outside the Basic
    // Multilingual Plane is a symbol, never part of a word.
    bits = KNOWN
      | (WORD_CHAR.test(ch) ? WORD : 0) | (JOINERS.has(ch) ? JOINER : 0)
      | (UPPER.test(ch) ? IS_UPPER : 0) | (LOWER.test(ch) ? IS_LOWER : 0) | (LETTER.test(ch) ? IS_LETTER : 0) | (DIGIT.test(ch) ? IS_DIGIT : 0);
    classes[code] = bits;
  }
  return bits;
}

const PIECE_WORD = 1;
const PIECE_JOINER = 2;
const PIECE_SYMBOL = 0;

/**
 * The tokens cut into the pieces names are built from: runs of word characters (letters, marks,
 * digits), joiners (`&'’-`) and other symbols. A number's `.` and `,` are symbols; a character
 * outside the BMP is a symbol of two code units.
 */
function pieces(text: string, tokens: readonly Token[]): { starts: number[]; ends: number[]; kinds: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const push = (start: number, end: number, kind: number): void => {
    starts.push(start);
    ends.push(end);
    kinds.push(kind);
  };
  for (const token of tokens) {
    if (token.kind === 'punct') {
      const code = text.charCodeAt(token.start);
      const bits = token.end - token.start === 1 ? classOf(code) : 0;
      push(token.start, token.end, bits & WORD ? PIECE_WORD : bits & JOINER ? PIECE_JOINER : PIECE_SYMBOL);
      continue;
    }
    // A word (letters and marks) or a number (digits, `.`, `,`): word runs between the code units
    // that are no word characters (surrogates in a word; separators in a number).
    let runStart = token.start;
    let i = token.start;
    while (i < token.end) {
      const code = text.charCodeAt(i);
      if (classOf(code) & WORD) {
        i += 1;
        continue;
      }
      if (i > runStart) push(runStart, i, PIECE_WORD);
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < token.end ? 2 : 1;
      push(i, i + width, PIECE_SYMBOL);
      i += width;
      runStart = i;
    }
    if (i > runStart) push(runStart, i, PIECE_WORD);
  }
  return { starts, ends, kinds };
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

function wordToken(source: string, start: number, end: number, isWord: boolean, previousEnd: number): WordToken {
  const text = source.slice(start, end);
  const first = classOf(source.charCodeAt(start));
  return {
    text,
    key: nameKey(text),
    start,
    end,
    isWord,
    upper: (first & IS_UPPER) !== 0,
    // A symbol outside the BMP (two code units) is the one token the table cannot read.
    caps: end - start === 2 && !isWord ? isAllCaps(text) : allCapsAt(source, start, end),
    digit: (first & IS_DIGIT) !== 0,
    spaceBefore: start > previousEnd,
    breakBefore: start > previousEnd && source.slice(previousEnd, start).includes('\t'),
    capsLine: false,
  };
}

function buildWordTokens(text: string): WordToken[] {
  const { starts, ends, kinds } = pieces(text, tokenize(text));
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  let p = 0;
  while (p < kinds.length) {
    const start = starts[p] as number;
    let end = ends[p] as number;
    if (kinds[p] !== PIECE_WORD) {
      tokens.push(wordToken(text, start, end, false, previousEnd));
      previousEnd = end;
      p += 1;
      continue;
    }
    // A word: touching word pieces, and a joiner between two of them (`LĐ-TB&XH`).
    p += 1;
    for (;;) {
      if (p < kinds.length && kinds[p] === PIECE_WORD && starts[p] === end) {
        end = ends[p] as number;
        p += 1;
      } else if (p + 1 < kinds.length && kinds[p] === PIECE_JOINER && starts[p] === end && kinds[p + 1] === PIECE_WORD && starts[p + 1] === ends[p]) {
        end = ends[p + 1] as number;
        p += 2;
      } else break;
    }
    tokens.push(wordToken(text, start, end, true, previousEnd));
    previousEnd = end;
  }
  markCapsLines(text, tokens);
  return Object.freeze(tokens) as WordToken[];
}

function markCapsLines(text: string, tokens: WordToken[]): void {
  let lineStart = 0;
  let t = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const caps = isAllCaps(text.slice(lineStart, lineEnd));
    while (t < tokens.length && (tokens[t] as WordToken).start < lineEnd) {
      (tokens[t] as WordToken).capsLine = caps;
      t += 1;
    }
    lineStart = lineEnd + 1;
  }
}

/** The text's word tokens, built from its tokens (frozen: shared inside `withTokenCache`). */
export const wordTokens = cached((s) => s.words, buildWordTokens);

/** Word-token keys of a lexicon phrase, tokenised exactly like running text. */
export const wordPhraseKeys = memo(50_000, (phrase: string): string[] => wordTokens(phrase).map((t) => t.key));

/** True when the text has letters and none of them lower case (headings in capitals). */
export const isAllCaps = (text: string): boolean => !LOWER.test(text) && LETTER.test(text);
