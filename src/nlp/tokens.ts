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

// What one UTF-16 code unit is, as bits; worked out with the regexes on first sight, then read from a table.
const JOINERS = new Set(['&', "'", '’', '-']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE_CHAR = /\s/u;
const LETTER_OR_MARK_CHAR = /[\p{L}\p{M}]/u;
const WORD = 1;
const JOINER = 4;
const IS_UPPER = 8;
const IS_LOWER = 16;
const IS_LETTER = 32;
const IS_DIGIT = 64;
const KNOWN = 128;
const SPACE = 256;
const LETTER_OR_MARK = 512;
const classes = new Uint16Array(0x10000);
function classOf(code: number): number {
  let bits = classes[code] as number;
  if (bits === 0) {
    const ch = String.fromCharCode(code);
    // A lone surrogate half matches none of the Unicode classes: a character outside the Basic
    // Multilingual Plane is a symbol, never part of a word.
    bits =
      KNOWN |
      (WORD_CHAR.test(ch) ? WORD : 0) |
      (JOINERS.has(ch) ? JOINER : 0) |
      (UPPER.test(ch) ? IS_UPPER : 0) |
      (LOWER.test(ch) ? IS_LOWER : 0) |
      (LETTER.test(ch) ? IS_LETTER : 0) |
      (DIGIT.test(ch) ? IS_DIGIT : 0) |
      (SPACE_CHAR.test(ch) ? SPACE : 0) |
      (LETTER_OR_MARK_CHAR.test(ch) ? LETTER_OR_MARK : 0);
    classes[code] = bits;
  }
  return bits;
}

// Code units, not code points (no `u` flag): a surrogate half marks a character outside the BMP.
/**
 * Width in code units of the letter or mark at `i` (a surrogate pair when outside the BMP), or 0
 * when the character there is none.
 */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER_OR_MARK_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return classOf(code) & LETTER_OR_MARK ? 1 : 0;
}

const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * One pass over the code units, read from the class table: `[\p{L}\p{M}]+` is a word,
 * `\d(?:[\d.,]*\d)?` a number (ASCII digits), any other non-space character a punctuation token.
 */
function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (classOf(code) & SPACE) {
      i += 1;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    let width = letterAt(text, i);
    if (width > 0) {
      kind = 'word';
      end = i + width;
      while (end < n && (width = letterAt(text, end)) > 0) end += width;
    } else if (isAsciiDigit(code)) {
      kind = 'number';
      end = i + 1;
      for (let j = i + 1; j < n; j += 1) {
        const c = text.charCodeAt(j);
        if (isAsciiDigit(c)) end = j + 1;
        else if (c !== 46 && c !== 44) break;
      }
    } else {
      kind = 'punct';
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      end = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? i + 2 : i + 1;
    }
    const raw = text.slice(i, end);
    tokens.push({ kind, text: raw, key: kind === 'word' ? wordKey(raw) : raw, start: i, end, spaced: tokens.length === 0 || i > last });
    last = end;
    i = end;
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

const ASTRAL = /[\uD800-\uDFFF]/;
const PIECE_WORD = 1;
const PIECE_JOINER = 2;
const PIECE_SYMBOL = 0;

/**
 * Feeds `piece` the pieces names are built from, in order: runs of word characters (letters,
 * marks, digits), joiners (`&'’-`) and other symbols. A number's `.` and `,` are symbols; a
 * character outside the BMP is a symbol of two code units.
 */
function eachPiece(text: string, tokens: readonly Token[], piece: (start: number, end: number, kind: number) => void): void {
  for (const token of tokens) {
    if (token.kind === 'punct') {
      const bits = token.end - token.start === 1 ? classOf(text.charCodeAt(token.start)) : 0;
      piece(token.start, token.end, bits & WORD ? PIECE_WORD : bits & JOINER ? PIECE_JOINER : PIECE_SYMBOL);
      continue;
    }
    // A word of letters and marks is one piece unless it holds a character outside the BMP; a
    // number is one piece unless it holds `.` or `,`. Otherwise: word runs between the code units
    // that are no word characters.
    if (token.kind === 'word' ? !ASTRAL.test(token.text) : token.text.indexOf('.') < 0 && token.text.indexOf(',') < 0) {
      piece(token.start, token.end, PIECE_WORD);
      continue;
    }
    let runStart = token.start;
    let i = token.start;
    while (i < token.end) {
      const code = text.charCodeAt(i);
      if (classOf(code) & WORD) {
        i += 1;
        continue;
      }
      if (i > runStart) piece(runStart, i, PIECE_WORD);
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < token.end ? 2 : 1;
      piece(i, i + width, PIECE_SYMBOL);
      i += width;
      runStart = i;
    }
    if (i > runStart) piece(runStart, i, PIECE_WORD);
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

function hasTab(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (text.charCodeAt(k) === 9) return true;
  return false;
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
    breakBefore: start > previousEnd && hasTab(source, previousEnd, start),
    capsLine: false,
  };
}

/** Word tokens: touching word pieces joined, and a joiner between two of them (`LĐ-TB&XH`). */
function buildWordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  const emit = (start: number, end: number, isWord: boolean): void => {
    tokens.push(wordToken(text, start, end, isWord, previousEnd));
    previousEnd = end;
  };
  // The word being built ([wordStart, wordEnd), none when wordStart < 0) and a joiner right after it.
  let wordStart = -1;
  let wordEnd = -1;
  let joinerEnd = -1;
  const flush = (): void => {
    if (wordStart >= 0) emit(wordStart, wordEnd, true);
    if (joinerEnd >= 0) emit(wordEnd, joinerEnd, false);
    wordStart = -1;
    joinerEnd = -1;
  };
  eachPiece(text, tokenize(text), (start, end, kind) => {
    if (kind === PIECE_WORD) {
      if (wordStart >= 0 && joinerEnd < 0 && start === wordEnd) wordEnd = end;
      else if (wordStart >= 0 && joinerEnd >= 0 && start === joinerEnd) {
        wordEnd = end;
        joinerEnd = -1;
      } else {
        flush();
        wordStart = start;
        wordEnd = end;
      }
    } else if (kind === PIECE_JOINER && wordStart >= 0 && joinerEnd < 0 && start === wordEnd) {
      joinerEnd = end;
    } else {
      flush();
      emit(start, end, false);
    }
  });
  flush();
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
