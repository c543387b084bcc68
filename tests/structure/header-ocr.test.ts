import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { layoutFromText } from '../../src/parsers/text/index.js';
import { buildReport } from '../../src/structure/index.js';
import { withOcrSpans } from '../ocr/helpers/with-spans.js';

/** A scan's head: the number and day are often filled in by pen; say what was read, trust nothing. */
const head = (number: string, dateLine: string, low: Record<string, number>) => {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
    `Số: ${number}/BC-UBND`,
    dateLine,
    'BÁO CÁO',
    'Tình hình kinh tế - xã hội quý II năm 2021',
    'I. Kết quả:',
    'Đạt 12 chỉ tiêu.',
  ].join('\n\n');
  const layout = {
    source: {
      path: 'scan.pdf',
      format: 'pdf' as const,
      sha256: createHash('sha256').update(text).digest('hex'),
      bytes: 1,
      pages: 1,
      ocr: true,
    },
    ...layoutFromText(text),
  };
  return buildReport(withOcrSpans(layout, low));
};

describe('the head of a scanned report', () => {
  it('keeps the place when the handwritten day is unreadable, leaves the date empty and says what was read', () => {
    const doc = head('315', 'Buôn Ma Thuột, ngày 2Š Tháng 7 năm 2021', { '2Š': 0.4, '315/BC-UBND': 0.35 });
    expect(doc.meta.place).toBe('Buôn Ma Thuột');
    expect(doc.meta.date).toBeNull();
    expect(doc.meta.documentNumber).toBe('315/BC-UBND');
    const said = doc.warnings.filter((w) => w.code === 'ocr_uncertain_header').map((w) => w.message);
    expect(said).toHaveLength(2);
    expect(said[0]).toContain('"315/BC-UBND" with OCR confidence 0.35');
    expect(said[1]).toContain('the date could not be read');
  });

  it('a date read with low confidence is kept and flagged; one read confidently is not', () => {
    const doc = head('88', 'Buôn Ma Thuột, ngày 12 tháng 7 năm 2021', { '12': 0.5 });
    expect(doc.meta.date).toBe('2021-07-12');
    expect(doc.warnings.map((w) => w.message)).toEqual([expect.stringContaining('date read as 2021-07-12')]);
    expect(head('88', 'Buôn Ma Thuột, ngày 12 tháng 7 năm 2021', {}).warnings).toEqual([]);
  });
});
