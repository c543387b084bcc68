import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/model/document.js';
import { OUTPUT_MESSAGES, formatDocumentFindings, ocrNotes } from '../../src/output/index.js';
import { processFile } from '../../src/pipeline.js';
import { parseLang } from '../../src/cli/lang.js';

let doc: ReportDocument;
beforeAll(async () => {
  doc = await processFile('corpus/kien-giang-6-thang-2022.pdf');
}, 60_000);

/** English words of the output table that must never show in Vietnamese output. */
const ENGLISH =
  /\b(?:claims?|consistent|inconsistent|unverifiable|warning|evidence|cue|page|section|paragraph|footnote|table|row|column|key|total|part|share|whole|plan|actual|citation)\b/u;

describe('check text', () => {
  it('speaks Vietnamese only by default: counts, rule names, roles, places', () => {
    const text = formatDocumentFindings(doc, 'bc.pdf', { lang: 'vi', all: true }).join('\n');
    expect(text).toMatch(/^ {2}\d+ nhận định: \d+ khớp, \d+ không khớp, \d+ cảnh báo, \d+ chưa kiểm chứng được$/mu);
    expect(text).toMatch(/căn cứ \(trang \d+, mục [IVX]+(?:\.\w+)*, đoạn \d+\): /u);
    expect(text).toMatch(/mã rà soát: [a-z-]+:[0-9a-f]{10}/u);
    // Messages quote the report (Vietnamese) and rule ids never show; English words of the table never do.
    const ours = text
      .split('\n')
      .filter((l) => !/^ {8}(?!căn cứ|dấu hiệu|mã rà soát)/u.test(l))
      .join('\n')
      .replace(/mã rà soát: \S+/gu, '');
    expect(ours).not.toMatch(ENGLISH);
    expect(text).not.toMatch(/\bb\d+:\d+\b/u);
  });

  it('has one table per language with the same keys and no empty Vietnamese entry but the natures', () => {
    expect(Object.keys(OUTPUT_MESSAGES.en).sort()).toEqual(Object.keys(OUTPUT_MESSAGES.vi).sort());
    for (const [key, value] of Object.entries(OUTPUT_MESSAGES.vi)) if (key !== 'series.nature.unknown') expect(value, key).not.toBe('');
  });

  it('switches to English with --lang en', () => {
    const text = formatDocumentFindings(doc, 'bc.pdf', { lang: 'en' }).join('\n');
    expect(text).toMatch(/^ {2}\d+ claims: \d+ consistent, \d+ inconsistent/mu);
    expect(text).toMatch(/evidence \(page \d+, section /u);
  });

  it('refuses an unknown language', () => {
    expect(parseLang('vi')).toBe('vi');
    expect(parseLang('EN')).toBe('en');
    expect(() => parseLang('fr')).toThrow(/unknown language "fr"/u);
  });
});

describe('OCR notes', () => {
  const scan = (warnings: ReportDocument['warnings']) => ({
    source: { path: 'scan.pdf', format: 'pdf' as const, sha256: 'a'.repeat(64), bytes: 1, pages: 2, ocr: true },
    ocr: {
      engine: 'tesseract.js vie',
      dpi: 300,
      pages: [
        { page: 1, confidence: 0.9, skew: 0, words: 300, uncertainFigures: 2 },
        { page: 2, confidence: 0.7, skew: 0, words: 100, uncertainFigures: 1 },
      ],
    },
    warnings,
  });

  it('say a scan was read by OCR, how well, and list the head fields read with low confidence', () => {
    const lines = ocrNotes(
      scan([
        {
          code: 'ocr_uncertain_header',
          message: 'document number read as "379/BC-UBND" with OCR confidence 0.30: it may be misread (handwritten or stamped?)',
          page: 1,
        },
        {
          code: 'ocr_uncertain_header',
          message: 'date line read as "ngày .. tháng 7 năm 2019" (OCR confidence 0.41): the date could not be read, left empty',
          page: 1,
        },
        { code: 'footnote_orphan', message: 'footnote 2 has no marker in the text', page: 2 },
      ]),
      'vi',
    );
    expect(lines[0]).toBe(
      'Văn bản được đọc bằng OCR (nhận dạng ảnh quét): tesseract.js vie, 300 dpi; độ tin cậy trung bình 0,85; 3 số liệu đọc chưa chắc chắn.',
    );
    expect(lines).toContain(
      '  ⚠ trang 1: số văn bản đọc được là “379/BC-UBND” với độ tin cậy OCR 0,30: có thể đọc sai (số viết tay hoặc đóng dấu?), cần đối chiếu bản gốc',
    );
    expect(lines.some((l) => l.includes('không đọc được ngày, để trống'))).toBe(true);
    expect(lines.some((l) => l.includes('footnote'))).toBe(false);
    expect(ocrNotes(scan([]), 'en')[0]).toContain('read by OCR');
  });

  it('say nothing for a born-digital report', () => {
    expect(
      ocrNotes({ source: { path: 'a.pdf', format: 'pdf', sha256: 'a'.repeat(64), bytes: 1, pages: 1, ocr: false }, warnings: [] }, 'vi'),
    ).toEqual([]);
  });
});
