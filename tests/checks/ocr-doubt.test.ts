import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { finish } from '../../src/pipeline.js';
import { layoutFromText } from '../../src/parsers/text/index.js';
import { buildReport } from '../../src/structure/index.js';
import type { ReportDocument } from '../../src/model/document.js';
import { withOcrSpans } from '../ocr/helpers/with-spans.js';

/**
 * Per-figure OCR confidence decides how a failed claim is reported: resting on an uncertain figure
 * it is unverifiable, unless the difference is beyond anything one misread digit could make.
 * The report is written for this test (a district's budget report), read as if OCR'd.
 */
const REPORT = [
  'ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ',
  'Số: 88/BC-UBND',
  'Krông Nô, ngày 12 tháng 7 năm 2019',
  'BÁO CÁO',
  'Tình hình thu chi ngân sách 06 tháng đầu năm 2019',
  'I. Thu ngân sách trên địa bàn:',
  'Tổng thu ngân sách trên địa bàn là 96.720 triệu đồng, đạt 52% dự toán, tăng 7% so với cùng kỳ, bao gồm:',
  '1. Thu nội địa 84.310 triệu đồng, đạt 55% dự toán. Trong đó:',
  '- Thu từ khu vực ngoài quốc doanh 21.400 triệu đồng, đạt 40% dự toán;',
  '2. Thu bổ sung có mục tiêu 12.095 triệu đồng, đạt 47% dự toán.',
  '3. Thu huy động đóng góp 315 triệu đồng.',
  'II. Chi ngân sách:',
  'Tổng chi ngân sách là 90.500 triệu đồng.',
].join('\n\n');

const source = (text: string) => ({
  path: 'scan.pdf',
  format: 'pdf' as const,
  sha256: createHash('sha256').update(text).digest('hex'),
  bytes: text.length,
  pages: 2,
  ocr: true,
});

function read(text: string, low: Record<string, number> = {}): ReportDocument {
  return finish(buildReport(withOcrSpans({ source: source(text), ...layoutFromText(text) }, low)));
}

const sumFinding = (doc: ReportDocument) => doc.findings.find((f) => f.rule === 'sum');

describe('OCR confidence in the checker', () => {
  it('verifies a total against numbered items that carry their own sub-bullets (all figures read confidently)', () => {
    const doc = read(REPORT);
    const sum = sumFinding(doc);
    expect(sum?.status).toBe('consistent');
    expect(sum?.arithmetic).toBe('84.310 + 12.095 + 315 = 96.720');
    expect(sum?.evidence.map((e) => e.confidence)).toEqual([0.95, 0.95, 0.95, 0.95]);
    expect(doc.facts.find((f) => f.raw.startsWith('84.310'))?.confidence).toBe(0.95);
  });

  it('a part misread by one digit and marked uncertain: unverifiable with the figure named, never inconsistent', () => {
    const misread = REPORT.replace('12.095', '12.695');
    const doc = read(misread, { '12.695': 0.55 });
    const sum = sumFinding(doc);
    expect(sum?.status).toBe('unverifiable');
    expect(sum?.reason).toContain('12.695 (0.55)');
    expect(sum?.message.en).toContain('84.310 + 12.695 + 315');
    const fact = doc.facts.find((f) => f.raw.startsWith('12.695'));
    expect(fact?.uncertain).toBe(true);
    expect(fact?.confidence).toBe(0.55);
  });

  it('the same misread read confidently is reported inconsistent: the confidence decides, not the source', () => {
    const doc = read(REPORT.replace('12.095', '12.695'));
    expect(sumFinding(doc)?.status).toBe('inconsistent');
  });

  it('a difference beyond any single misread of the uncertain figure stays inconsistent, and says why', () => {
    // 315 is uncertain (a single glyph moves it by < 1.000), but the parts miss the total by 50.000.
    const doc = read(REPORT.replace('84.310', '34.310'), { '315': 0.4 });
    const sum = sumFinding(doc);
    expect(sum?.status).toBe('inconsistent');
    expect(sum?.reason).toMatch(/beyond what one misread digit could make/u);
  });

  it('a low-confidence unit word does not make the figure uncertain: only the digits count', () => {
    const doc = read(REPORT, { triệu: 0.3 });
    expect(doc.facts.filter((f) => f.uncertain)).toEqual([]);
  });

  it('born-digital text has no confidence at all', () => {
    const text = REPORT;
    const doc = finish(buildReport({ source: { ...source(text), format: 'text', ocr: false }, ...layoutFromText(text) }));
    expect(doc.facts.every((f) => f.confidence === null && !f.uncertain)).toBe(true);
    expect(doc.blocks.every((b) => b.confidence === undefined)).toBe(true);
    expect(sumFinding(doc)?.evidence.every((e) => e.confidence === undefined)).toBe(true);
  });
});
