import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWord } from '../../src/parsers/pdf/ocr/digits.js';

describe('figure-safe normalisation of OCR words', () => {
  it.each([
    ['1O%', '10%', ['digit-repair']],
    ['2.l34', '2.134', ['digit-repair']],
    ['(1.4O8.367)', '(1.408.367)', ['digit-repair']],
    ['1,448,367', '1.448.367', ['separator-repair']],
    ['1,448.367,', '1.448.367,', ['separator-repair']],
    ['1448367', '1448367', ['ungrouped-digits']],
    ['1.44.367', '1.44.367', ['separator-shape']],
    ['12.92%', '12.92%', ['separator-shape']],
  ])('%s → %s', (input, output, flags) => {
    expect(normaliseWord(input)).toEqual({ text: output, flags });
  });

  it.each([
    // Figures already well formed, dates, codes and words stay exactly as read.
    '1.448.367',
    '12,92%',
    '25.743,7',
    '2019,',
    '3.309.',
    '04/12',
    '163/2016/NĐ-CP',
    '23/6/2022',
    '2023-2024',
    // A single comma group may be a decimal comma (`3,495 triệu`): never turned into a dot.
    '105,474',
    '3,495',
    // Look-alike letters that belong to words, or runs that would not make a number.
    '1,5lít',
    'Olympic',
    'lO',
    'IO',
    'Số:',
    'l.',
    '0261234567',
  ])('%s is left alone', (input) => {
    expect(normaliseWord(input).text).toBe(input);
  });

  it('never changes, adds or drops a digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9OolI|.,%a-zđ/()-]{0,24}$/u), (word) => {
        const out = normaliseWord(word).text;
        const digits = (s: string): string => s.replace(/\D/gu, '');
        // Repairs only turn look-alike letters into digits; the digits read stay, in order.
        expect(digits(out).length).toBeGreaterThanOrEqual(digits(word).length);
        expect(out.length).toBe(word.length);
        let k = 0;
        for (const d of digits(word)) {
          k = out.indexOf(d, k);
          expect(k).toBeGreaterThanOrEqual(0);
          k += 1;
        }
      }),
    );
  });

  it('stays linear on hostile input', () => {
    const hostile = `${'1,'.repeat(50_000)}x ${'O'.repeat(50_000)}1 ${'.1'.repeat(50_000)}`;
    const started = performance.now();
    normaliseWord(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
