import { describe, expect, it } from 'vitest';
import changeMismatch from '../../../src/series/rules/change-mismatch.js';
import { describe as show, seriesFindings } from '../helpers.js';
import { months } from '../monthly.js';
import { quarterlySpecs } from '../quarterly.js';

const RULE = 'change-mismatch';

describe(`series rule ${RULE}`, () => {
  it('is registered under its id', () => expect(changeMismatch.id).toBe(RULE));

  it('consistent: changes against the previous quarter, the same quarter last year and the previous report', () => {
    const q = seriesFindings(quarterlySpecs(), RULE);
    expect(q.flagged, show(q.flagged)).toEqual([]);
    expect(q.mine.map((f) => f.arithmetic)).toEqual([
      '4.631,7 / 4.210,6 − 1 = 10,0%',
      '2.140,7 − 905,3 = 1.235,4',
      '1.310,8 − 905,3 = 405,5',
    ]);
    const m = seriesFindings(months(), RULE);
    expect(m.flagged, show(m.flagged)).toEqual([]);
    expect(m.mine.map((f) => f.arithmetic)).toEqual(['13.702 − 12.450 = 1.252', '15.011 − 13.702 = 1.309']);
  });

  it('inconsistent: an absolute change against the previous quarter', () => {
    const { flagged } = seriesFindings(
      quarterlySpecs([{ file: 'quy-2-2026.txt', from: 'tăng 405,5 tỷ đồng', to: 'tăng 450,5 tỷ đồng' }]),
      RULE,
    );
    expect(flagged, show(flagged)).toHaveLength(1);
    const f = flagged[0];
    expect(f?.rule).toBe(`series/${RULE}`);
    expect([f?.expected, f?.actual]).toEqual(['405,5', '450,5']);
    expect(f?.evidence.map((e) => [e.role, e.report, e.raw])).toEqual([
      ['previous', 'quy-1-2026.txt', '905,3 tỷ đồng'],
      ['current', 'quy-2-2026.txt', '1.310,8 tỷ đồng'],
      ['change', 'quy-2-2026.txt', '450,5 tỷ đồng'],
    ]);
  });

  it('inconsistent: a percentage change against the same quarter a year before', () => {
    const { flagged } = seriesFindings(
      quarterlySpecs([{ file: 'quy-1-2026.txt', from: 'tăng 10,0% so với cùng kỳ', to: 'tăng 12,0% so với cùng kỳ' }]),
      RULE,
    );
    expect(flagged, show(flagged)).toHaveLength(1);
    expect(flagged[0]?.reports).toEqual(['quy-1-2025.txt', 'quy-1-2026.txt']);
    expect([flagged[0]?.expected, flagged[0]?.actual]).toEqual(['10,0%', '12,0']);
  });

  it('inconsistent: a change against `kỳ trước` in a monthly report', () => {
    const { flagged } = seriesFindings(
      months((m) => (m.m === 4 ? { ...m, change: '1.225' } : m)),
      RULE,
    );
    expect(flagged, show(flagged)).toHaveLength(1);
    expect([flagged[0]?.expected, flagged[0]?.actual]).toEqual(['1.252', '1.225']);
  });

  it('silent: the earlier report is not in the series (quý III/2025), or the month before is missing', () => {
    const q = seriesFindings(quarterlySpecs(), RULE);
    expect(q.mine.some((f) => f.evidence.some((e) => e.raw.startsWith('402,5')))).toBe(false);
    const skipped = seriesFindings(
      months().filter((s) => !s.file.includes('-04-')),
      RULE,
    );
    expect(skipped.mine, show(skipped.mine)).toEqual([]);
  });
});
