import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatTableRows } from '../../src/cli/number-format.js';

describe('figures in tables, Vietnamese style', () => {
  it('writes a money fact at its displayed scale with its displayed unit', () => {
    expect(formatFigure({ value: 11_624_800_000_000, exact: '11624.8', unit: 'đồng', displayUnit: 'tỷ đồng' })).toEqual({
      value: '11.624,8',
      unit: 'tỷ đồng',
    });
    expect(formatFigure({ value: 3_520_000, exact: '3.52', unit: 'tấn', displayUnit: 'triệu tấn' })).toEqual({
      value: '3,52',
      unit: 'triệu tấn',
    });
    expect(formatFigure({ value: 12.92, exact: '12.92', unit: '%', displayUnit: '%' })).toEqual({ value: '12,92', unit: '%' });
    // The digits as displayed: a trailing zero is the report's precision, not noise.
    expect(formatFigure({ value: 25_743.7, exact: '25743.70', unit: 'hồ sơ', displayUnit: 'hồ sơ' }).value).toBe('25.743,70');
  });

  it('raw: the value in the base unit, plain', () => {
    expect(formatFigure({ value: 11_624_800_000_000, exact: '11624.8', unit: 'đồng', displayUnit: 'tỷ đồng' }, true)).toEqual({
      value: '11624800000000',
      unit: 'đồng',
    });
    expect(formatNumber(1392, true)).toBe('1392');
  });

  it('agrees with Intl.NumberFormat("vi-VN") on plain numbers', () => {
    const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });
    for (const n of [0, 7, 1392, 2307, 30_329, 1_448_367, 12.5, 1234.56, -4321.5]) expect(formatNumber(n)).toBe(vi.format(n));
    expect(formatNumber(1_448_367)).toBe('1.448.367');
  });

  it('formats the quantities of table rows, not pages, offsets or strings', () => {
    const [fact] = formatTableRows([
      {
        document: 'a 2024',
        page: 1234,
        value: 61_422_000_000_000,
        exact: '61422',
        unit: 'đồng',
        displayUnit: 'tỷ đồng',
        raw: '61.422 tỷ đồng',
      },
    ]);
    expect(fact).toMatchObject({ document: 'a 2024', page: 1234, value: '61.422', unit: 'tỷ đồng', raw: '61.422 tỷ đồng' });
    const [doc] = formatTableRows([{ name: 'x', counts: { pages: 1200, facts: 4512, findings: { inconsistent: 1 } } }]);
    expect(doc).toMatchObject({ counts: { pages: 1200, facts: '4.512', findings: { inconsistent: '1' } } });
    const [agency] = formatTableRows([{ name: 'Sở Y tế', mentions: 10_240 }]);
    expect(agency).toMatchObject({ mentions: '10.240' });
    const rows = [{ value: 5, exact: '5', unit: 'xã', displayUnit: 'xã' }];
    expect(formatTableRows(rows, { raw: true })).toEqual(rows);
  });
});
