import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../src/pipeline.js';
import { ParsedReport } from '../../../src/model/document.js';

// Pieces of the text form, so that random reports hit headings, markers, footnotes and tables.
const piece = fc.constantFrom(
  'I. KẾT QUẢ',
  '1. Kinh tế',
  'a) Thu ngân sách',
  '- Đã giao 2.307 nhiệm vụ',
  '+ trễ hạn 298 nhiệm vụ',
  'đạt 12,92%¹',
  '¹ Kế hoạch số 17/KH-UBND ngày 07/02/2022',
  '²³',
  '*nhấn mạnh*',
  '**đậm**',
  'BÁO CÁO',
  'Nơi nhận:',
  'TM. ỦY BAN NHÂN DÂN',
  'Lâm Minh Thành',
  'Đơn vị\tĐã gửi',
  '\t\t',
  'Số: 12 /BC-UBND',
  'Kiên Giang, ngày 05 tháng 10 năm 2023',
  '(((',
  '1.2.3.4,5,6',
  '%%%',
  '',
  '',
  '\n',
);
const report = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 60 })
  .map((parts) => parts.join('\n'));

describe('the text parser and structure stage on any input', () => {
  it('never throw and always return a valid model', () => {
    fc.assert(
      fc.property(report, (text) => {
        const parsed = parseReportText(text);
        expect(ParsedReport.safeParse(parsed).success).toBe(true);
        for (const block of parsed.blocks) for (const anchor of block.anchors) expect(anchor.offset).toBeLessThanOrEqual(block.text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('read a superscript zero as text, never as footnote 0 (found by the property above)', () => {
    for (const text of ['⁰', '⁰ chú thích', 'Đoạn văn⁰ tiếp', '⁰⁰\n¹ Chú thích một']) {
      const parsed = parseReportText(text);
      expect(ParsedReport.safeParse(parsed).success, text).toBe(true);
      expect(parsed.footnotes.every((f) => f.number > 0)).toBe(true);
    }
  });

  it('keep every footnote anchor pointing inside its block', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 30 })), { maxLength: 20 }), (parts) => {
        const sup = (n: number) => String(n).replace(/\d/gu, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] as string);
        const text = `${parts.map(([words, n]) => `Đoạn ${words.replace(/[\n\t]/gu, ' ')}${sup(n)} tiếp`).join('\n\n')}\n`;
        const parsed = parseReportText(text);
        for (const footnote of parsed.footnotes)
          for (const a of footnote.anchors) expect(parsed.blocks.some((b) => b.id === a.block)).toBe(true);
        for (const block of parsed.blocks) for (const a of block.anchors) expect(a.offset).toBeLessThanOrEqual(block.text.length);
      }),
      { numRuns: 200 },
    );
  });
});
