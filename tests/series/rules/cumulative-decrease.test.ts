import { describe, expect, it } from 'vitest';
import cumulativeDecrease from '../../../src/series/rules/cumulative-decrease.js';
import { describe as show, seriesFindings } from '../helpers.js';
import { months } from '../monthly.js';
import { quarterlySpecs } from '../quarterly.js';

const RULE = 'cumulative-decrease';

describe(`series rule ${RULE}`, () => {
  it('is registered under its id', () => expect(cumulativeDecrease.id).toBe(RULE));

  it('consistent: cumulative figures that grow, quarter after quarter and month after month', () => {
    for (const specs of [quarterlySpecs(), months()]) {
      const { mine, flagged } = seriesFindings(specs, RULE);
      expect(flagged, show(flagged)).toEqual([]);
      expect(mine.filter((f) => f.status === 'consistent').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('inconsistent: `lũy kế từ đầu năm` lower in quý II than in quý I of the same year', () => {
    const specs = quarterlySpecs([
      {
        file: 'quy-2-2026.txt',
        from: 'Lũy kế từ đầu năm, tổng thu ngân sách nhà nước đạt 9.652,6',
        to: 'Lũy kế từ đầu năm, tổng thu ngân sách nhà nước đạt 4.596,2',
      },
    ]);
    const { flagged } = seriesFindings(specs, RULE);
    expect(flagged, show(flagged)).toHaveLength(1);
    const f = flagged[0];
    expect(f?.rule).toBe(`series/${RULE}`);
    expect(f?.reports).toEqual(['quy-1-2026.txt', 'quy-2-2026.txt']);
    expect(f?.evidence.map((e) => [e.report, e.raw])).toEqual([
      ['quy-1-2026.txt', '4.631,7 tỷ đồng'],
      ['quy-2-2026.txt', '4.596,2 tỷ đồng'],
    ]);
    expect(f?.actual).toBe('4.596,2');
  });

  it('inconsistent: a `tính đến ngày` count that falls between two monthly reports', () => {
    const { flagged } = seriesFindings(
      months((m) => (m.m === 5 ? { ...m, issued: '13.650', change: '−52' } : m)),
      RULE,
    );
    const mine = flagged.filter((f) => f.rule === `series/${RULE}`);
    expect(mine, show(flagged)).toHaveLength(1);
    expect(mine[0]?.evidence.map((e) => e.raw)).toEqual(['13.702 phiếu', '13.650 phiếu']);
  });

  it('silent: a new year restarts `từ đầu năm`; a rate may fall; a stock (`hiện còn … đang`) may fall', () => {
    // quý IV/2025 19.845,2 → quý I/2026 4.631,7 is a new year; 61,4% → 60,9% is a rate; 346 → 318 pending files is a stock.
    for (const specs of [quarterlySpecs(), months()]) {
      const { mine } = seriesFindings(specs, RULE);
      expect(
        mine.filter((f) => f.status !== 'consistent'),
        show(mine),
      ).toEqual([]);
      expect(
        mine.some((f) => f.evidence.some((e) => e.raw.startsWith('19.845,2')) && f.evidence.some((e) => e.raw.startsWith('4.631,7'))),
      ).toBe(false);
      expect(mine.some((f) => f.evidence.some((e) => e.raw.includes('%') || e.raw.startsWith('318')))).toBe(false);
    }
  });

  it('silent: a nominal decrease within the rounding of the displays (4.631,7 tỷ then 4,63 nghìn tỷ đồng)', () => {
    const specs = quarterlySpecs([{ file: 'quy-2-2026.txt', from: 'đạt 9.652,6 tỷ đồng.', to: 'đạt 4,63 nghìn tỷ đồng.' }]);
    const { mine, flagged } = seriesFindings(specs, RULE);
    expect(flagged, show(flagged)).toEqual([]);
    expect(mine.map((f) => f.arithmetic)).toContain('4,63 nghìn tỷ đồng ≥ 4.631,7 tỷ đồng');
  });
});
