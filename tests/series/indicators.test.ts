import { describe, expect, it } from 'vitest';
import { listIndicators } from '../../src/series/index.js';
import type { Indicator } from '../../src/series/schema.js';
import { processCached, type ReportSpec } from './helpers.js';
import { months } from './monthly.js';
import { quarterlySpecs } from './quarterly.js';

const indicators = (specs: readonly ReportSpec[]): Indicator[] =>
  listIndicators(specs.map((s) => ({ doc: processCached(s), name: s.file })));
const withValue = (list: readonly Indicator[], raw: string): Indicator | undefined =>
  list.find((i) => i.observations.some((o) => o.raw === raw));
const values = (i: Indicator | undefined): string[] => (i?.observations ?? []).map((o) => o.raw);

describe('indicators across reports', () => {
  it('explains every match: the score, the figure matched and the words shared', () => {
    const list = indicators(quarterlySpecs());
    const disbursed = withValue(list, '905,3 tỷ đồng');
    expect(values(disbursed)).toEqual(['812,4 tỷ đồng', '2.140,7 tỷ đồng', '905,3 tỷ đồng', '905,3 tỷ đồng', '1.310,8 tỷ đồng']);
    expect(disbursed?.nature).toBe('period');
    for (const o of disbursed?.observations.slice(1) ?? []) {
      expect(o.match?.score).toBeGreaterThan(0.4);
      expect(o.match?.shared).toContain('giải ngân');
      expect(o.match?.report).not.toBe(o.report);
    }
    expect(disbursed?.observations[0]?.match).toBeNull();
  });

  it('matches by words, not by position: reordering a report changes nothing', () => {
    const base = indicators(quarterlySpecs());
    const shuffled = quarterlySpecs().map((s) => (s.file === 'quy-1-2026.txt' ? { ...s, body: [...s.body].reverse() } : s));
    const moved = indicators(shuffled);
    const shape = (list: readonly Indicator[]): string[] => list.map((i) => `${i.unit}|${i.nature}|${values(i).join(',')}`).sort();
    expect(shape(moved)).toEqual(shape(base));
  });

  it("keeps a month's figure apart from the cumulative one, and `chưa` apart from `đã`", () => {
    const list = indicators(
      months((m) => (m.m === 4 ? { ...m, extra: ['6. Còn 3/64 xã, phường chưa kết nối phần mềm quản lý hộ tịch.'] } : m)),
    );
    expect(values(withValue(list, '61/64 xã, phường'))).toEqual(['58/64 xã, phường', '61/64 xã, phường', '64/64 xã, phường']);
    expect(values(withValue(list, '3/64 xã, phường'))).toEqual(['3/64 xã, phường']);
    expect(withValue(list, '13.702 phiếu')?.nature).toBe('cumulative');
    expect(withValue(list, '318 hồ sơ')?.nature).toBe('stock');
  });

  it('does not follow a figure into a part it was split into', () => {
    const joined = 'Đến nay đã có 15.860/24.555 cơ quan, tổ chức, hợp tác xã, doanh nghiệp đăng ký tài khoản định danh điện tử.';
    const split = 'Đến nay đã có 2.111/2.627 cơ quan, tổ chức; 15.463/17.731 hợp tác xã, doanh nghiệp đăng ký tài khoản định danh điện tử.';
    const list = indicators(months((m) => ({ ...m, extra: [m.m === 5 ? split : joined] })));
    expect(values(withValue(list, '15.860/24.555 cơ quan'))).toEqual(['15.860/24.555 cơ quan', '15.860/24.555 cơ quan']);
    expect(values(withValue(list, '2.111/2.627 cơ quan'))).toEqual(['2.111/2.627 cơ quan']);
  });

  it('gives stable, readable ids', () => {
    const a = indicators(quarterlySpecs()).map((i) => i.id);
    const b = indicators(quarterlySpecs()).map((i) => i.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    for (const id of a) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });
});
