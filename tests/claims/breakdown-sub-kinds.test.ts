import { describe, expect, it } from 'vitest';
import { Analysis, DocumentIndex, Relations, type Breakdown } from '../../src/claims/index.js';
import { checkDocument } from '../../src/checks/index.js';
import { extractAll } from '../../src/extract/index.js';
import { parseReportText } from '../../src/pipeline.js';

/** Breakdowns whose parts are counts of sub-kinds, each with its own noun: what the grammar promises. */
const input = (text: string): Parameters<typeof checkDocument>[0] => {
  const report = parseReportText(text);
  return { ...report, ...extractAll(report) };
};
const breakdowns = (text: string): Breakdown[] => {
  const index = new DocumentIndex(input(text));
  return new Relations(index, new Analysis(index)).breakdowns();
};
const shown = (b: Breakdown): string =>
  `${b.owner.fact.raw.split(' ')[0]} = ${b.members.map((m) => m.unit.text.slice(m.numberStart, m.numberEnd)).join(' + ')} (${b.promise})`;
const flagged = (text: string): string[] =>
  checkDocument(input(text))
    .findings.filter((f) => f.status === 'inconsistent' && (f.rule === 'sum' || f.rule === 'part-whole'))
    .map((f) => f.message.en);

describe('sub-kinds with their own nouns', () => {
  it('a parenthesis of counts right after a count partitions it, unknown nouns included', () => {
    expect(breakdowns('Đã cấp 2.615 thiết bị ký số (2.040 USB Token, 575 SIM PKI) cho cán bộ.').map(shown)).toEqual([
      '2.615 = 2.040 + 575 (partition)',
    ]);
    expect(breakdowns('Tỉnh kết nối 330 điểm cầu (165 đảng ủy xã và 165 ủy ban nhân dân xã).').map(shown)).toEqual([
      '330 = 165 + 165 (partition)',
    ]);
  });

  it('under `trong đó` the parts are disjoint but need not be complete: a part that grows is flagged, a total that grows is not', () => {
    const base =
      'Phòng có {T} người, trong đó: {A} công chức; 03 viên chức theo Quyết định số 88/QĐ-UBND ngày 04/5/2020; 02 hợp đồng lao động.';
    const text = (t: string, a: string): string => base.replace('{T}', t).replace('{A}', a);
    expect(breakdowns(text('27', '22')).map(shown)).toEqual(['27 = 22 + 03 + 02 (subset)']);
    expect(breakdowns(text('27', '22'))[0]?.disjoint).toBe(true);
    expect(flagged(text('27', '22'))).toEqual([]);
    expect(flagged(text('27', '23'))).toHaveLength(1);
    // 22 + 3 + 2 ≤ 28: a `trong đó` list may leave staff unnamed.
    expect(flagged(text('28', '22'))).toEqual([]);
  });

  it('claims nothing for qualifiers, overlapping attributes, other classes, other periods or a detached parenthesis', () => {
    for (const text of [
      'Tiếp nhận 730 hồ sơ (520 trực tuyến, 240 quá hạn).',
      'Cử 90 cán bộ đi học (50 nữ, 45 đảng viên).',
      'Lớp học có 48 học viên, trong đó 30 thạc sĩ, 25 đảng viên.',
      'Bắt 14 vụ (26 đối tượng, 9 xe máy).',
      'Triệu tập 95 đối tượng, trong đó 60 người nghiện, 50 đối tượng có tiền án.',
      'Đã cấp 2.300 chứng thư (2.100 USB Token lũy kế, 250 SIM PKI trong tháng 10).',
      'Có 40 điểm cầu, trong năm nâng cấp (22 đảng ủy xã, 22 ủy ban nhân dân xã).',
    ]) {
      // At most each part against the whole (`part-whole`), never a sum.
      expect(
        breakdowns(text)
          .filter((b) => b.promise === 'partition' || b.disjoint)
          .map(shown),
        text,
      ).toEqual([]);
      expect(flagged(text), text).toEqual([]);
    }
  });
});
