import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllCaps, wordTokens as tokenize } from '../../../src/nlp/index.js';

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const JOINERS = new Set(['&', '-', "'", '’']);

/**
 * The tokenizer's rules read one character at a time: the reference it must agree with. A word is
 * word characters (Basic Multilingual Plane letters, marks, digits), a joiner between two of them
 * continues it; whitespace is skipped; anything else is a one-character token (a surrogate pair is
 * one character).
 */
function reference(text: string): { text: string; start: number; isWord: boolean; spaceBefore: boolean; breakBefore: boolean }[] {
  const out: { text: string; start: number; isWord: boolean; spaceBefore: boolean; breakBefore: boolean }[] = [];
  const isWord = (i: number): boolean => WORD_CHAR.test(text[i] ?? '');
  let space = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      space += ch;
      i += 1;
      continue;
    }
    const start = i;
    if (isWord(i)) {
      i += 1;
      while (i < text.length && (isWord(i) || (JOINERS.has(text[i] as string) && isWord(i + 1)))) i += isWord(i) ? 1 : 2;
    } else {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    out.push({ text: text.slice(start, i), start, isWord: isWord(start), spaceBefore: space !== '', breakBefore: space.includes('\t') });
    space = '';
  }
  return out;
}

const ALPHABET = [
  'a',
  'B',
  'ư',
  'Ủ',
  'đ',
  'Đ',
  '\u0300',
  '1',
  '٣',
  '-',
  '&',
  "'",
  '’',
  ' ',
  '\t',
  '\n',
  '\u00A0',
  '.',
  '/',
  '(',
  '😀',
  '𝐀',
];

describe('tokenize', () => {
  it('splits words, joined words and punctuation', () => {
    const tokens = tokenize("Sở LĐ-TB&XH, Đắk R'Lấp và Covid-19 -- 117/QĐ-UBND\tUBND");
    expect(tokens.map((t) => t.text)).toEqual([
      'Sở',
      'LĐ-TB&XH',
      ',',
      'Đắk',
      "R'Lấp",
      'và',
      'Covid-19',
      '-',
      '-',
      '117',
      '/',
      'QĐ-UBND',
      'UBND',
    ]);
    const last = tokens[tokens.length - 1];
    expect([last?.spaceBefore, last?.breakBefore]).toEqual([true, true]);
    expect(tokens[1]).toMatchObject({ isWord: true, upper: true, caps: true, digit: false, key: 'lđ-tb&xh' });
    expect(tokens[6]).toMatchObject({ upper: true, caps: false });
    expect(tokens[9]).toMatchObject({ digit: true, caps: false });
  });

  it('marks the lines written in capitals', () => {
    const tokens = tokenize('ỦY BAN NHÂN DÂN\nTỉnh Kiên Giang');
    expect(tokens.map((t) => t.capsLine)).toEqual([true, true, true, true, false, false, false]);
    expect([isAllCaps('KH&ĐT 2022'), isAllCaps('Sở KH&ĐT'), isAllCaps('2022 – 2025')]).toEqual([true, false, false]);
  });

  it('agrees with a character-by-character reading on any text', () => {
    const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 40 })), (s) => {
        const got = tokenize(s).map(({ text: t, start, end, isWord, spaceBefore, breakBefore }) => ({
          text: t,
          start,
          isWord,
          spaceBefore,
          breakBefore,
          end,
        }));
        const want = reference(s).map((r) => ({ ...r, end: r.start + r.text.length }));
        expect(got).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays linear on long hostile input', () => {
    const hostile = `${'a-'.repeat(50_000)}${"&'".repeat(50_000)}${'😀'.repeat(20_000)}`;
    const started = performance.now();
    expect(tokenize(hostile).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
