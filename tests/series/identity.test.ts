import { describe, expect, it } from 'vitest';
import { analyseSeries, reportIdentity, reportKind } from '../../src/series/index.js';
import { processSpec, type ReportSpec } from './helpers.js';
import { quarterlySpecs } from './quarterly.js';

const q = (i: number): ReportSpec => quarterlySpecs()[i] as ReportSpec;

describe('which report is which', () => {
  it('reads issuer, kind, period and signature state from the header', () => {
    const id = reportIdentity(processSpec(q(2)));
    expect(id).toMatchObject({
      report: 'quy-1-2026.txt',
      issuer: 'UBND TỈNH AN GIANG SỞ TÀI CHÍNH',
      issuerKey: 'ubnd tỉnh an giang sở tài chính',
      kind: 'Tình hình thu, chi ngân sách nhà nước và giải ngân vốn đầu tư công',
      documentNumber: '47/BC-STC',
      date: '2026-04-07',
      draft: false,
    });
    expect(id.period).toMatchObject({ granularity: 'quarter', start: '2026-01-01', end: '2026-03-31' });
  });

  it('knows a draft: number or day left blank', () => {
    expect(reportIdentity(processSpec({ ...q(2), number: null })).draft).toBe(true);
    expect(reportIdentity(processSpec({ ...q(2), date: { d: null, m: 4, y: 2026 } })).draft).toBe(true);
  });

  it('removes the period from the subject to get the kind', () => {
    expect(reportKind('Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2025')).toBe('Tình hình kinh tế - xã hội');
    expect(reportKind('Kiểm điểm công tác chỉ đạo, điều hành của UBND tỉnh 06 tháng đầu năm 2022')).toBe(
      'Kiểm điểm công tác chỉ đạo, điều hành của UBND tỉnh',
    );
  });

  it('takes the cut-off stated in the text when the subject names no period', () => {
    const doc = processSpec({
      ...q(2),
      subject: 'Tình hình giải ngân vốn đầu tư công',
      body: ['Tính đến ngày 20/10/2025, toàn tỉnh giải ngân 2.140,7 tỷ đồng.'],
    });
    expect(reportIdentity(doc).period).toMatchObject({ granularity: 'cutoff', end: '2025-10-20' });
  });
});

describe('series', () => {
  it('orders reports by period whatever the input order, one series per issuer and kind', () => {
    const other = quarterlySpecs().map((s) => ({
      ...s,
      file: `ct-${s.file}`,
      issuer: ['UBND TỈNH AN GIANG', 'SỞ CÔNG THƯƠNG'] as [string, string],
    }));
    const results = analyseSeries([...quarterlySpecs().reverse(), ...other].map(processSpec));
    expect(results).toHaveLength(2);
    expect(results[0]?.reports.map((r) => r.report)).toEqual(['quy-1-2025.txt', 'quy-4-2025.txt', 'quy-1-2026.txt', 'quy-2-2026.txt']);
    expect(results[1]?.reports.every((r) => r.report.startsWith('ct-'))).toBe(true);
  });

  it('keeps the signed version of a report and lists its draft as another version', () => {
    const draft = { ...q(2), file: 'quy-1-2026-du-thao.txt', number: null };
    const [result] = analyseSeries([draft, ...quarterlySpecs()].map(processSpec));
    expect(result?.reports.map((r) => r.report)).toContain('quy-1-2026.txt');
    expect(result?.reports.map((r) => r.report)).not.toContain('quy-1-2026-du-thao.txt');
    expect(result?.versions).toEqual([{ report: 'quy-1-2026-du-thao.txt', sameAs: 'quy-1-2026.txt' }]);
  });

  it('lists a report of the series without a period as unplaced, not compared', () => {
    const loose = {
      ...q(2),
      file: 'khong-ky.txt',
      subject: 'Tình hình thu, chi ngân sách nhà nước và giải ngân vốn đầu tư công',
      body: ['Giải ngân vốn đầu tư công đạt 100 tỷ đồng.'],
    };
    const [result] = analyseSeries([...quarterlySpecs(), loose].map(processSpec));
    expect(result?.unplaced).toEqual(['khong-ky.txt']);
    expect(result?.reports).toHaveLength(4);
  });
});
