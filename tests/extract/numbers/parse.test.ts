import { describe, expect, it } from 'vitest';
import { formatVietnameseNumber, parseScaledNumber, parseVietnameseNumber, shiftExact } from '../../../src/extract/numbers/index.js';

describe('parseVietnameseNumber', () => {
  it.each([
    ['2.307', '2307', 0, 2307],
    ['3.363.245', '3363245', 0, 3363245],
    ['12,92', '12.92', 2, 12.92],
    ['0,9', '0.9', 1, 0.9],
    ['25.743,7', '25743.7', 1, 25743.7],
    ['1.410,23', '1410.23', 2, 1410.23],
    ['06', '6', 0, 6],
    ['007', '7', 0, 7],
    ['0', '0', 0, 0],
    ['2022', '2022', 0, 2022],
    ['3,495', '3.495', 3, 3.495],
    ['71,30', '71.30', 2, 71.3],
    ['-5,5', '-5.5', 1, -5.5],
    ['−1.000', '-1000', 0, -1000],
  ])('%s → %s', (text, exact, decimals, value) => {
    expect(parseVietnameseNumber(text)).toEqual({ text, exact, decimals, ambiguous: false, value });
  });

  it('a bare `1.367` is a grouped integer, not 1.367', () => {
    expect(parseVietnameseNumber('1.367')?.value).toBe(1367);
  });

  it.each(['1.5', '4.0', '12.34', '1.2345'])('%s reads only in English notation: ambiguous', (text) => {
    const parsed = parseVietnameseNumber(text);
    expect(parsed?.ambiguous).toBe(true);
    expect(parsed?.exact).toBe(text.replace(/^0+(?=\d)/, ''));
  });

  it.each(['1.2.3', '1.2.3.4,5,6', '1,2,3', '12,', ',5', '.5', '1.234.5', '1,234.56', '1.23,4', '', '-', '12a', '%%%', '1 000'])(
    '%j is not a Vietnamese number',
    (text) => {
      expect(parseVietnameseNumber(text)).toBeNull();
    },
  );
});

describe('formatVietnameseNumber', () => {
  it.each([
    ['2307', '2.307'],
    ['12.92', '12,92'],
    ['25743.7', '25.743,7'],
    ['-1234567.891', '-1.234.567,891'],
    ['0.000012', '0,000012'],
    ['999', '999'],
  ])('%s → %s', (exact, text) => {
    expect(formatVietnameseNumber(exact)).toBe(text);
  });

  it('pads or rounds to a number of decimals', () => {
    expect(formatVietnameseNumber('12.9', { decimals: 2 })).toBe('12,90');
    expect(formatVietnameseNumber('12.925', { decimals: 2 })).toBe('12,93');
    expect(formatVietnameseNumber('9.995', { decimals: 2 })).toBe('10,00');
    expect(formatVietnameseNumber('0.96', { decimals: 1 })).toBe('1,0');
    expect(formatVietnameseNumber(2307n)).toBe('2.307');
    expect(formatVietnameseNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
  });

  it('refuses what is not an exact decimal', () => {
    expect(() => formatVietnameseNumber('1e5')).toThrow(RangeError);
    expect(() => formatVietnameseNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('scale words', () => {
  it.each([
    ['3,495 triệu', '3495000'],
    ['46,26 nghìn', '46260'],
    ['46,26 ngàn', '46260'],
    ['33.271 tỷ', '33271000000000'],
    ['1,5 tỉ', '1500000000'],
    ['3 chục', '30'],
    ['5 trăm', '500'],
    ['2 vạn', '20000'],
    ['1,2 nghìn tỷ', '1200000000000'],
    ['0,000001 triệu', '1'],
  ])('%s → %s', (text, exact) => {
    expect(parseScaledNumber(text)?.exact).toBe(exact);
  });

  it('refuses words that are not scales', () => {
    expect(parseScaledNumber('5 hồ sơ')).toBeNull();
  });

  it('shifts exact decimals without rounding', () => {
    expect(shiftExact('25743.7', 9)).toBe('25743700000000');
    expect(shiftExact('1.5', -3)).toBe('0.0015');
    expect(shiftExact('-0.25', 2)).toBe('-25');
    expect(shiftExact('0', 9)).toBe('0');
  });
});
