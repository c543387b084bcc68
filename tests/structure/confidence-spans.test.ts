import { describe, expect, it } from 'vitest';
import type { ConfidenceSpan } from '../../src/model/confidence.js';
import type { LayoutDocument, LayoutParagraph } from '../../src/parsers/layout.js';
import { buildReport } from '../../src/structure/index.js';

/**
 * OCR confidence spans ride with the text through the structure stage: a label cut from the front,
 * a paragraph rejoined across a page break, a footnote body continued on the next page, a table's
 * cells. Each word carries its own value here, so a span that drifts by one character is caught.
 */

const valueOf = (word: string): number => 0.5 + ([...word].reduce((a, c) => a + c.codePointAt(0)!, 0) % 50) / 100;
const spansOf = (text: string): ConfidenceSpan[] =>
  [...text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: valueOf(m[0]) }));

const paragraph = (text: string, page: number, extra: Partial<LayoutParagraph> = {}): LayoutParagraph => ({
  type: 'paragraph',
  text,
  anchors: [],
  page,
  afterBreak: false,
  confidence: spansOf(text),
  hints: { headingLevel: null, bold: false, italic: false, centered: false, headerColumn: null, lines: null },
  ...extra,
});

const layout: LayoutDocument = {
  source: { path: 'scan.pdf', format: 'pdf', sha256: '0'.repeat(64), bytes: 1, pages: 2, ocr: true },
  items: [
    paragraph('BÁO CÁO', 1),
    paragraph('Kết quả giải quyết hồ sơ quý II năm 2024', 1),
    paragraph('1. Tiếp nhận 4.512 hồ sơ, đã giải quyết 4.390 hồ sơ, trong đó trễ hạn 37 hồ sơ', 1, {
      anchors: [{ footnote: 1, offset: 78 }],
    }),
    paragraph('chiếm 0,84% tổng số hồ sơ đã giải quyết.', 2, { afterBreak: true }),
    {
      type: 'table',
      page: 2,
      afterBreak: false,
      rows: [
        ['STT', 'Đơn vị', 'Hồ sơ'],
        ['1', 'Sở Xây dựng', '1.204'],
        ['2', 'Sở Y tế', '988'],
      ],
      confidence: [
        ['STT', 'Đơn vị', 'Hồ sơ'],
        ['1', 'Sở Xây dựng', '1.204'],
        ['2', 'Sở Y tế', '988'],
      ].map((row) => row.map(spansOf)),
    },
  ],
  footnotes: [
    { number: 1, text: '  Sở Tài chính 12 hồ sơ;', page: 1, confidence: spansOf('  Sở Tài chính 12 hồ sơ;') },
    { number: 1, text: 'Sở Nội vụ 25 hồ sơ.', page: 2, confidence: spansOf('Sở Nội vụ 25 hồ sơ.') },
  ],
  warnings: [],
};

function expectAligned(text: string, spans: readonly ConfidenceSpan[] | undefined): void {
  expect(spans?.length, text).toBeGreaterThan(0);
  for (const span of spans ?? []) {
    const word = text.slice(span.start, span.end);
    expect(word, `${text} @${span.start}`).toMatch(/^\S+$/u);
    expect(span.value, `${word} in ${text}`).toBe(valueOf(word));
  }
}

describe('confidence spans through the structure stage', () => {
  const report = buildReport(layout);

  it('keeps every span on its own word after the label cut and the page-break rejoin', () => {
    const item = report.blocks.find((b) => b.label === '1');
    expect(item?.text).toBe(
      'Tiếp nhận 4.512 hồ sơ, đã giải quyết 4.390 hồ sơ, trong đó trễ hạn 37 hồ sơ chiếm 0,84% tổng số hồ sơ đã giải quyết.',
    );
    expectAligned(item?.text ?? '', item?.confidence);
    expect(item?.confidence?.some((s) => item.text.slice(s.start, s.end) === '0,84%')).toBe(true);
  });

  it('joins a footnote body continued on the next page with its spans', () => {
    const note = report.footnotes[0];
    expect(note?.text).toBe('Sở Tài chính 12 hồ sơ; Sở Nội vụ 25 hồ sơ.');
    expectAligned(note?.text ?? '', note?.confidence);
    expect(note?.confidence?.length).toBe(12);
  });

  it('places table cell spans in the table block text and keeps them per cell on the table', () => {
    const table = report.tables[0];
    const block = report.blocks.find((b) => b.id === table?.block);
    expectAligned(block?.text ?? '', block?.confidence);
    expect(block?.confidence?.some((s) => block.text.slice(s.start, s.end) === '988')).toBe(true);
    expect(table?.confidence?.[1]?.[2]).toEqual(spansOf('1.204'));
  });

  it('keeps the spans of the title lines', () => {
    const title = report.blocks.find((b) => b.kind === 'title' && b.text.startsWith('Kết quả'));
    expectAligned(title?.text ?? '', title?.confidence);
  });
});
