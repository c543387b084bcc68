import { describe, expect, it } from 'vitest';
import restatement from '../../../src/series/rules/restatement.js';
import { describe as show, seriesFindings } from '../helpers.js';
import { quarterlySpecs } from '../quarterly.js';

const RULE = 'restatement';
const Q2 = 'quy-2-2026.txt';
const RESTATED = '(quý I/2026 giải ngân 905,3 tỷ đồng theo Báo cáo số 47/BC-STC)';

describe(`series rule ${RULE}`, () => {
  it('is registered under its id', () => expect(restatement.id).toBe(RULE));

  it("consistent: quý II restates quý I's disbursement as quý I reported it", () => {
    const { mine, flagged } = seriesFindings(quarterlySpecs(), RULE);
    expect(flagged, show(flagged)).toEqual([]);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.status).toBe('consistent');
    expect(mine[0]?.evidence.map((e) => e.report)).toEqual(['quy-1-2026.txt', Q2]);
  });

  const cases: Array<[string, string, string, [string, string]]> = [
    ['a named earlier quarter', Q2, RESTATED.replace('905,3', '950,3'), ['905,3 tỷ đồng', '950,3 tỷ đồng']],
    [
      'a cited report only (Báo cáo số 47/BC-STC is quý I)',
      Q2,
      '(theo Báo cáo số 47/BC-STC, giải ngân đạt 950,3 tỷ đồng)',
      ['905,3 tỷ đồng', '950,3 tỷ đồng'],
    ],
  ];
  for (const [name, file, to, raws] of cases) {
    it(`inconsistent: ${name}`, () => {
      const { flagged } = seriesFindings(quarterlySpecs([{ file, from: RESTATED, to }]), RULE);
      expect(flagged, show(flagged)).toHaveLength(1);
      expect(flagged[0]?.rule).toBe(`series/${RULE}`);
      expect(flagged[0]?.evidence.map((e) => e.raw)).toEqual(raws);
      expect(flagged[0]?.expected).toBe('905,3');
      expect(flagged[0]?.actual).toBe('950,3');
    });
  }

  it("inconsistent: the earlier value of `so với cùng kỳ (cùng kỳ …)` differs from last year's report", () => {
    const from = 'tăng 10,0% so với cùng kỳ.';
    const good = seriesFindings(
      quarterlySpecs([{ file: 'quy-1-2026.txt', from, to: 'tăng 10,0% so với cùng kỳ (cùng kỳ đạt 4.210,6 tỷ đồng).' }]),
      RULE,
    );
    expect(good.flagged, show(good.flagged)).toEqual([]);
    expect(good.mine.some((f) => f.status === 'consistent' && f.evidence.some((e) => e.report === 'quy-1-2025.txt'))).toBe(true);
    const bad = seriesFindings(
      quarterlySpecs([{ file: 'quy-1-2026.txt', from, to: 'tăng 10,0% so với cùng kỳ (cùng kỳ đạt 4.201,6 tỷ đồng).' }]),
      RULE,
    );
    const mine = bad.flagged.filter((f) => f.rule === `series/${RULE}`);
    expect(mine, show(bad.flagged)).toHaveLength(1);
    expect(mine[0]?.reports).toEqual(['quy-1-2025.txt', 'quy-1-2026.txt']);
    expect(mine[0]?.evidence.map((e) => e.raw)).toEqual(['4.210,6 tỷ đồng', '4.201,6 tỷ đồng']);
  });

  it('silent: a plan for the next quarter is not a restatement of it', () => {
    const specs = quarterlySpecs([
      {
        file: 'quy-1-2026.txt',
        from: 'giảm 1.235,4 tỷ đồng so với quý trước.',
        to: 'giảm 1.235,4 tỷ đồng so với quý trước. Phấn đấu quý II/2026 giải ngân 1.500 tỷ đồng.',
      },
    ]);
    const { flagged } = seriesFindings(specs, RULE);
    expect(flagged, show(flagged)).toEqual([]);
  });
});
