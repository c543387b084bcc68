import { toClassicTonePlacement } from '../text/normalize.js';

/**
 * Word, number and punctuation tokens with their offsets. Numbers are whole digit runs with their
 * inner `.` and `,` (`25.743,7`, `1.2.3`): whether the run is a valid Vietnamese number is decided
 * later by `parseVietnameseNumber`, never here. One left-to-right pass; the number alternative
 * always ends on the last digit of its run, so the scan is linear on any input.
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

const TOKEN = /([\p{L}\p{M}]+)|(\d(?:[\d.,]*\d)?)|(\S)/gu;
const NEW_STYLE_CANDIDATE = /[oOuU][\p{M}]?[aAeEyY]|[òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ][aAeEyY]|[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/u;

const keyCache = new Map<string, string>();

/** Lexicon key of one word: lower case and classic tone placement (`hoà` → `hòa`). */
export function wordKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    const lower = word.toLowerCase();
    key = NEW_STYLE_CANDIDATE.test(lower) ? toClassicTonePlacement(lower) : lower;
    // A report uses a few thousand distinct words: keyed once each, the cache stays small.
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

export function tokenize(text: string): Token[] {
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
  return tokens;
}

/** Tokenises a lexicon phrase the same way, giving the keys to match (`huyện, thành phố` → 4 keys). */
export const phraseKeys = (phrase: string): string[] => tokenize(phrase).map((token) => token.key);
