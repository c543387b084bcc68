import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutoffMentions, parsePeriod, periodMentions, previousPeriod, previousSpan, previousYear } from '../../src/series/period.js';
import { reportKind } from '../../src/series/identity.js';
import { addWords } from '../../src/series/words.js';
import { findPhrases } from '../../src/series/lexicon.js';

const span = (text: string): [string | null, string] | null => {
  const p = parsePeriod(text);
  return p ? [p.start, p.end] : null;
};

describe('periods', () => {
  it.each([
    ['Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 8/2025', ['2025-08-01', '2025-08-31'], 'month'],
    ['tháng 8 năm 2025', ['2025-08-01', '2025-08-31'], 'month'],
    ['THÁNG 02/2024', ['2024-02-01', '2024-02-29'], 'month'],
    ['Tình hình kinh tế - xã hội quý I/2026', ['2026-01-01', '2026-03-31'], 'quarter'],
    ['quý IV năm 2025', ['2025-10-01', '2025-12-31'], 'quarter'],
    ['Kiểm điểm công tác chỉ đạo, điều hành 06 tháng đầu năm 2022', ['2022-01-01', '2022-06-30'], 'half'],
    ['6 tháng cuối năm 2024', ['2024-07-01', '2024-12-31'], 'half'],
    ['Tình hình thực hiện 9 tháng năm 2023', ['2023-01-01', '2023-09-30'], 'months'],
    ['Báo cáo tổng kết công tác năm 2025', ['2025-01-01', '2025-12-31'], 'year'],
    ['Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2025', ['2025-10-01', '2025-10-31'], 'month'],
  ] as const)('%s', (text, expected, granularity) => {
    expect(span(text)).toEqual(expected);
    expect(parsePeriod(text)?.granularity).toBe(granularity);
  });

  it('reads a cut-off date when nothing else names the period', () => {
    expect(parsePeriod('Tình hình cấp căn cước tính đến ngày 20/10/2025')).toMatchObject({
      granularity: 'cutoff',
      start: null,
      end: '2025-10-20',
    });
    expect(cutoffMentions('Lũy kế đến hết ngày 25 tháng 8 năm 2025, toàn tỉnh …').map((c) => c.date)).toEqual(['2025-08-25']);
    expect(cutoffMentions('đến ngày 31/02/2025')).toEqual([]);
  });

  it('does not take dates, day counts or numbers for periods', () => {
    expect(periodMentions('ngày 12 tháng 5 năm 2025', 2025).map((m) => m.period.granularity)).toEqual([]);
    expect(periodMentions('cao điểm 90 ngày đêm; Đề án 06; 2.307 nhiệm vụ', 2025)).toEqual([]);
    expect(periodMentions('tháng 13/2025, tháng 0', 2025)).toEqual([]);
    expect(parsePeriod('Báo cáo công tác')).toBeNull();
  });

  it('takes the report year for a month named without one', () => {
    expect(periodMentions('tháng 8 tiếp nhận 41.326 hồ sơ', 2025).map((m) => [m.period.start, m.yearStated])).toEqual([
      ['2025-08-01', false],
    ]);
  });

  it('steps back a month, a quarter, a half-year, a year', () => {
    const jan = parsePeriod('tháng 1/2026');
    const q1 = parsePeriod('quý I/2026');
    const h1 = parsePeriod('6 tháng đầu năm 2025');
    expect(jan && previousPeriod(jan, 'month')?.start).toBe('2025-12-01');
    expect(q1 && previousPeriod(q1, 'quarter')).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    expect(h1 && previousSpan(h1)).toMatchObject({ start: '2024-07-01', end: '2024-12-31' });
    expect(q1 && previousYear(q1)).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
    const feb = parsePeriod('tháng 2/2024');
    expect(feb && previousYear(feb)).toMatchObject({ start: '2023-02-01', end: '2023-02-28' });
    expect(jan && previousPeriod(jan, 'quarter')).toBeNull();
  });

  it('property: every month and quarter of every year is read back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (y, m, words) => {
        const p = parsePeriod(words ? `Báo cáo tháng ${m} năm ${y}` : `Báo cáo tháng ${String(m).padStart(2, '0')}/${y}`);
        expect(p?.start).toBe(`${y}-${String(m).padStart(2, '0')}-01`);
        const q = Math.ceil(m / 3);
        expect(parsePeriod(`quý ${['I', 'II', 'III', 'IV'][q - 1]}/${y}`)?.end.slice(5, 7)).toBe(String(q * 3).padStart(2, '0'));
      }),
    );
  });

  it('runs in linear time on hostile input', () => {
    const hostile = [
      'tháng '.repeat(20_000),
      '1 tháng '.repeat(20_000),
      'quý '.repeat(20_000),
      'đến ngày 1/'.repeat(20_000),
      '9'.repeat(100_000),
      'năm 2025 '.repeat(20_000),
    ];
    hostile.push(', '.repeat(50_000), ' và'.repeat(30_000), 'a'.repeat(200_000), `${'x'.repeat(100_000)}1`, 'lũy kế '.repeat(20_000));
    for (const text of hostile) {
      const t0 = performance.now();
      parsePeriod(text);
      cutoffMentions(text);
      reportKind(text);
      addWords(new Map(), text, 1);
      findPhrases(text, 'cumulative');
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});
