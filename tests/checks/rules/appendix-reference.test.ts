import { describe, expect, it } from 'vitest';
import { processReportText } from '../../../src/pipeline.js';

/**
 * A ratio whose plan (or earlier figure) the text leaves to its appendix: `… 4.215,6 tỷ đồng, đạt
 * 62,4% dự toán (chi tiết tại Phụ lục)`. The appendix row is found by the actual's digits and gives
 * the plan. Reports written for this test (a province's budget, a hospital's activity).
 */
const report = (sentence: string, rows: string[], plan = 'Dự toán năm 2023') =>
  processReportText(
    [
      'BÁO CÁO',
      'Tình hình thu ngân sách 9 tháng năm 2023',
      'I. Thu ngân sách',
      sentence,
      'PHỤ LỤC',
      'Kết quả thu ngân sách 9 tháng năm 2023',
      [`STT\tChỉ tiêu\t${plan}\tThực hiện 9 tháng\tCùng kỳ năm trước`, ...rows].join('\n'),
    ].join('\n\n'),
  );

const ROWS = ['1\tTổng thu ngân sách\t6.755,8\t4.215,6\t3.899,1', '2\tThu nội địa\t5.912,0\t3.604,3\t3.377,5'];
const ratio = (doc: ReturnType<typeof report>, rule: string) => doc.findings.filter((f) => f.rule === rule && f.evidence.length === 4);

describe('ratios checked against the appendix row', () => {
  it('verifies a share of plan with the plan taken from the row holding the same actual', () => {
    const doc = report('Tổng thu ngân sách 9 tháng ước đạt 4.215,6 tỷ đồng, đạt 62,4% dự toán (chi tiết tại Phụ lục).', ROWS);
    const [finding] = ratio(doc, 'attainment');
    expect(finding?.status).toBe('consistent');
    expect(finding?.arithmetic).toBe('4.215,6 / 6.755,8 = 62,4%');
    expect(finding?.evidence.map((e) => e.raw)).toEqual(['62,4%', '4.215,6 tỷ đồng', '4.215,6', '6.755,8']);
  });

  it('finds the text contradicting its own appendix', () => {
    const doc = report('Tổng thu ngân sách 9 tháng ước đạt 4.215,6 tỷ đồng, đạt 64,2% dự toán (chi tiết tại Phụ lục).', ROWS);
    const [finding] = ratio(doc, 'attainment');
    expect(finding?.status).toBe('inconsistent');
    expect(finding?.expected).toBe('62,4%');
  });

  it('verifies a change against the earlier-period column', () => {
    const doc = report('Thu nội địa đạt 3.604,3 tỷ đồng, tăng 6,7% so với cùng kỳ.', ROWS);
    expect(ratio(doc, 'change')[0]?.status).toBe('consistent');
  });

  it('says nothing new when the figure is in two rows with different plans, or is not distinctive', () => {
    const twice = report('Tổng thu ngân sách ước đạt 4.215,6 tỷ đồng, đạt 64,2% dự toán.', [
      ...ROWS,
      '3\tThu khác\t5.000,0\t4.215,6\t3.000,0',
    ]);
    expect(ratio(twice, 'attainment')).toEqual([]);
    expect(twice.findings.find((f) => f.rule === 'attainment')?.status).toBe('unverifiable');
    const small = report('Thu phí đạt 604 tỷ đồng, đạt 20% dự toán.', ['1\tThu phí\t1.000\t604\t500']);
    expect(ratio(small, 'attainment')).toEqual([]);
  });

  it('does not assert a mismatch when the text names a plan the column does not (`dự toán Trung ương giao`)', () => {
    const sentence = 'Tổng thu ngân sách ước đạt 4.215,6 tỷ đồng, đạt 64,2% dự toán Trung ương giao.';
    const unsure = ratio(report(sentence, ROWS), 'attainment')[0];
    expect(unsure?.status).toBe('unverifiable');
    expect(unsure?.reason).toContain('Dự toán năm 2023');
    expect(ratio(report(sentence, ROWS, 'Dự toán Trung ương giao'), 'attainment')[0]?.status).toBe('inconsistent');
  });
});
