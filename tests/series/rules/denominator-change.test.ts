import { describe, expect, it } from 'vitest';
import denominatorChange from '../../../src/series/rules/denominator-change.js';
import { describe as show, seriesFindings } from '../helpers.js';
import { months } from '../monthly.js';
import { quarterlySpecs } from '../quarterly.js';

const RULE = 'denominator-change';
const Q2 = 'quy-2-2026.txt';

describe(`series rule ${RULE}`, () => {
  it('is registered under its id', () => expect(denominatorChange.id).toBe(RULE));

  it('consistent: the whole stays 135 units, 64 communes', () => {
    for (const specs of [quarterlySpecs(), months()]) {
      const { mine, flagged } = seriesFindings(specs, RULE);
      expect(flagged, show(flagged)).toEqual([]);
      expect(mine.every((f) => f.status === 'consistent')).toBe(true);
      expect(mine.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('warning: the whole changes without a word of explanation', () => {
    const { flagged } = seriesFindings(quarterlySpecs([{ file: Q2, from: '135/135 đơn vị', to: '135/140 đơn vị' }]), RULE);
    expect(flagged, show(flagged)).toHaveLength(1);
    const f = flagged[0];
    expect(f?.status).toBe('warning');
    expect(f?.severity).toBe('warning');
    expect(f?.evidence.map((e) => [e.report, e.raw])).toEqual([
      ['quy-1-2026.txt', '133/135 đơn vị'],
      [Q2, '135/140 đơn vị'],
    ]);
    expect([f?.expected, f?.actual]).toEqual(['135', '140']);
  });

  it('silent: the text explains the new whole', () => {
    const specs = quarterlySpecs([
      { file: Q2, from: 'Đã có 135/135 đơn vị dự toán kết nối', to: 'Sau sắp xếp, đã có 135/140 đơn vị dự toán kết nối' },
    ]);
    const { flagged } = seriesFindings(specs, RULE);
    expect(flagged, show(flagged)).toEqual([]);
  });

  it('silent: the whole of a flow (`1.795/1.840 hồ sơ`) changes every month by nature', () => {
    const { mine } = seriesFindings(months(), RULE);
    expect(mine.some((f) => f.evidence.some((e) => e.raw.includes('hồ sơ')))).toBe(false);
  });

  it('silent: `còn 3/64 xã chưa kết nối` is not the same figure as `61/64 xã đã kết nối`', () => {
    const specs = months((m) => (m.m === 4 ? { ...m, extra: ['6. Còn 3/70 xã, phường chưa kết nối phần mềm quản lý hộ tịch.'] } : m));
    const { flagged } = seriesFindings(specs, RULE);
    expect(flagged, show(flagged)).toEqual([]);
  });
});
