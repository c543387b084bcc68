import { describe, expect, it } from 'vitest';
import staleCopy from '../../../src/series/rules/stale-copy.js';
import { describe as show, seriesFindings } from '../helpers.js';
import { months } from '../monthly.js';
import { quarterlySpecs } from '../quarterly.js';

const RULE = 'stale-copy';

describe(`series rule ${RULE}`, () => {
  it('is registered under its id', () => expect(staleCopy.id).toBe(RULE));

  it('consistent series: nothing copied', () => {
    for (const specs of [quarterlySpecs(), months()]) {
      const { mine } = seriesFindings(specs, RULE);
      expect(mine, show(mine)).toEqual([]);
    }
  });

  it('inconsistent: quý II copies quý I\'s disbursement and its "giảm … so với quý trước"', () => {
    const specs = quarterlySpecs([
      {
        file: 'quy-2-2026.txt',
        from: 'trong quý đạt 1.310,8 tỷ đồng, tăng 405,5 tỷ đồng so với quý trước.',
        to: 'trong quý đạt 905,3 tỷ đồng, giảm 1.235,4 tỷ đồng so với quý trước.',
      },
    ]);
    const { flagged } = seriesFindings(specs, RULE);
    // One finding that names the cause; not a second change-mismatch on the same figures.
    expect(flagged, show(flagged)).toHaveLength(1);
    const f = flagged[0];
    expect(f?.rule).toBe(`series/${RULE}`);
    expect(f?.reports).toEqual(['quy-1-2026.txt', 'quy-2-2026.txt']);
    expect(f?.evidence.map((e) => [e.role, e.report, e.raw])).toEqual([
      ['previous', 'quy-1-2026.txt', '905,3 tỷ đồng'],
      ['previousChange', 'quy-1-2026.txt', '1.235,4 tỷ đồng'],
      ['current', 'quy-2-2026.txt', '905,3 tỷ đồng'],
      ['change', 'quy-2-2026.txt', '1.235,4 tỷ đồng'],
    ]);
  });

  it('inconsistent: a monthly `tính đến ngày` count copied with its "tăng … so với kỳ trước"', () => {
    const { flagged } = seriesFindings(
      months((m) => (m.m === 5 ? { ...m, issued: '13.702', change: '1.252' } : m)),
      RULE,
    );
    const mine = flagged.filter((f) => f.rule === `series/${RULE}`);
    expect(mine, show(flagged)).toHaveLength(1);
    expect(mine[0]?.reports).toEqual(['tu-phap-thang-04-2026.txt', 'tu-phap-thang-05-2026.txt']);
  });

  it('silent: the value copied but a different change stated is a change mismatch, not a stale copy', () => {
    const { flagged } = seriesFindings(
      months((m) => (m.m === 5 ? { ...m, issued: '13.702', change: '1.309' } : m)),
      RULE,
    );
    expect(flagged.filter((f) => f.rule === `series/${RULE}`)).toEqual([]);
    expect(
      flagged.filter((f) => f.rule === 'series/change-mismatch'),
      show(flagged),
    ).toHaveLength(1);
  });
});
