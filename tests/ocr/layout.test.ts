import { describe, expect, it } from 'vitest';
import { adjustWords } from '../../src/parsers/pdf/ocr/adjust.js';
import { figureConfidence, UNCERTAIN_BELOW } from '../../src/parsers/pdf/ocr/confidence.js';
import { layoutFromOcr } from '../../src/parsers/pdf/ocr/layout.js';
import type { OcrPageResult, OcrWord } from '../../src/parsers/pdf/ocr/types.js';
import { buildReport } from '../../src/structure/index.js';

/**
 * OCR words (pixel boxes at 300 dpi on an A4 page) through the PDF parser's layout rules, without
 * tesseract: the head's two columns, the first paragraph of a page, the footnote zone, confidences.
 */
const DPI = 300;
const EM = 58; // 14 pt
const SMALL = 42; // 10 pt

interface Options {
  size?: number;
  confidence?: Record<string, number>;
  colour?: string[];
  raised?: boolean;
}

/** Words of one line starting at x, on a baseline, 0.5 em per character and a 0.3 em space. */
function line(text: string, x: number, baseline: number, options: Options = {}): OcrWord[] {
  const size = options.size ?? EM;
  const words: OcrWord[] = [];
  let cursor = x;
  for (const token of text.split(' ')) {
    const width = token.length * 0.5 * size;
    const confidence = options.confidence?.[token] ?? 0.95;
    words.push({
      text: token,
      confidence,
      rawConfidence: confidence,
      box: { x0: cursor, x1: cursor + width, y0: baseline - 0.7 * size, y1: baseline + 0.2 * size },
      baseline,
      size,
      colourInk: options.colour?.includes(token) ? 0.8 : 0,
      flags: [],
    });
    cursor += width + 0.3 * size;
  }
  return words;
}

function marker(n: string, x: number, baseline: number, size = EM): OcrWord {
  const s = 0.58 * size;
  return {
    text: n,
    confidence: 0.96,
    rawConfidence: 0.96,
    box: { x0: x, x1: x + 0.5 * s, y0: baseline - 0.33 * size - 0.7 * s, y1: baseline - 0.33 * size },
    baseline: baseline - 0.33 * size,
    size: s,
    colourInk: 0,
    flags: ['marker'],
  };
}

function page(n: number, words: OcrWord[]): OcrPageResult {
  return {
    page: n,
    widthPt: 595,
    heightPt: 842,
    dpi: DPI,
    skew: 0,
    words: adjustWords(words),
    rules: [{ x0: 300, x1: 900, y0: 3080, y1: 3082 }],
    confidence: 0.93,
    seconds: 1,
  };
}

const body = (y: number, text: string, options?: Options): OcrWord[] => line(text, 300, y, options);

// The marker stands right after `đồng`; the space comes after the marker, as typeset.
const third = body(980, 'trước, gồm thu nội địa 1.339.584 triệu đồng');
const dong = third[third.length - 1] as OcrWord;
const note = marker('1', dong.box.x1 + 2, 980);
const rest = line('và thu 1448367', note.box.x1 + 0.3 * EM, 980);

const page1 = page(1, [
  ...line('ỦY BAN NHÂN DÂN', 330, 250),
  ...line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1150, 250, { size: 50 }),
  ...line('TỈNH ĐẮK NÔNG', 380, 320),
  ...line('Độc lập - Tự do - Hạnh phúc', 1350, 320, { size: 50 }),
  ...line('Số: 379/BC-UBND', 360, 420, { colour: ['379/BC-UBND'] }),
  ...line('Đắk Nông, ngày 15 tháng 7 năm 2019', 1250, 420, { size: 50, colour: ['15'] }),
  ...line('BÁO CÁO', 1120, 600),
  ...line('Công khai tình hình thực hiện dự toán ngân sách', 650, 680),
  ...body(820, 'Tổng thu NSNN trên địa bàn thực hiện 06 tháng đầu năm 2019 là'),
  ...body(900, '1.448.367 triệu đông, đạt 61% dự toán, tăng 18% so với cùng kỳ năm', { confidence: { '18%': 0.62 } }),
  ...third,
  note,
  ...rest,
  ...line('Quyết định số 3320/QĐ-UBND ngày 31/12/2021', 330, 3150, { size: SMALL }),
  marker('1', 300, 3150, SMALL),
]);
const page2 = page(2, [...body(400, 'Tổng chi ngân sách địa phương thực hiện 3.137.622 triệu đồng.')]);

describe('OCR words into the layout contract', () => {
  const layout = layoutFromOcr({
    source: { path: 'scan.pdf', format: 'pdf', sha256: '0'.repeat(64), bytes: 1, pages: null, ocr: false },
    results: [page1, page2],
    engine: 'test',
    dpi: DPI,
  });

  it('reads the head as two columns and marks the source as OCR', () => {
    expect(layout.source.ocr).toBe(true);
    const head = layout.items.filter((i) => i.type === 'paragraph' && i.hints.headerColumn !== null);
    expect(head.map((i) => (i.type === 'paragraph' ? [i.hints.headerColumn, i.text] : null))).toEqual([
      ['left', 'ỦY BAN NHÂN DÂN'],
      ['left', 'TỈNH ĐẮK NÔNG'],
      ['left', 'Số: 379/BC-UBND'],
      ['right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['right', 'Độc lập - Tự do - Hạnh phúc'],
      ['right', 'Đắk Nông, ngày 15 tháng 7 năm 2019'],
    ]);
    const meta = buildReport(layout).meta;
    expect(meta.documentNumber).toBe('379/BC-UBND');
  });

  it('gives handwritten numbers and weak readings a confidence below the threshold', () => {
    const number = layout.items.find((i) => i.type === 'paragraph' && i.text.startsWith('Số:'));
    if (number?.type !== 'paragraph') throw new Error('no number line');
    const at = number.text.indexOf('379');
    expect(figureConfidence(number.text, number.confidence, at, at + 3)).toBeLessThan(UNCERTAIN_BELOW);
    const totals = layout.items.find((i) => i.type === 'paragraph' && i.text.includes('1.448.367'));
    if (totals?.type !== 'paragraph') throw new Error('no totals paragraph');
    const conf = (figure: string): number | null => {
      const start = totals.text.indexOf(figure);
      return figureConfidence(totals.text, totals.confidence, start, start + figure.length);
    };
    expect(conf('1.448.367')).toBeGreaterThanOrEqual(UNCERTAIN_BELOW);
    expect(conf('18%')).toBeLessThan(UNCERTAIN_BELOW);
    // Seven digits with no group dot: a dot was probably lost.
    expect(conf('1448367')).toBeLessThan(UNCERTAIN_BELOW);
    // The unit word next to a figure was respelled.
    expect(totals.text).toContain('1.448.367 triệu đồng');
  });

  it('keeps markers as anchors, footnotes at the page bottom, and the first paragraph of a page after a break', () => {
    const totals = layout.items.find((i) => i.type === 'paragraph' && i.text.includes('1.448.367'));
    if (totals?.type !== 'paragraph') throw new Error('no totals paragraph');
    expect(totals.anchors).toEqual([{ footnote: 1, offset: totals.text.indexOf(' và thu') }]);
    expect(layout.footnotes.map((f) => [f.number, f.text, f.page])).toEqual([[1, 'Quyết định số 3320/QĐ-UBND ngày 31/12/2021', 1]]);
    const second = layout.items.find((i) => i.page === 2);
    expect(second?.afterBreak).toBe(true);
    expect(layout.ocr.pages.map((p) => [p.page, p.uncertainFigures])).toEqual([
      [1, 4],
      [2, 0],
    ]);
  });
});

describe('tables without rules', () => {
  it('become tables where the word boxes line up in three columns or more', () => {
    const row = (y: number, cells: string[]): OcrWord[] => cells.flatMap((cell, k) => line(cell, [300, 700, 1500, 1950][k] as number, y));
    const words = [
      ...body(600, 'Kết quả giải quyết hồ sơ trong kỳ như sau:'),
      ...row(700, ['TT', 'Lĩnh vực', 'Tiếp nhận', 'Đúng hạn']),
      ...row(780, ['1', 'Đất đai', '1.204', '1.198']),
      ...row(860, ['2', 'Xây dựng', '316', '309']),
      ...row(940, ['3', 'Đầu tư', '85', '85']),
      ...body(1100, 'Tỷ lệ giải quyết đúng hạn đạt 99,1%.'),
    ];
    const doc = layoutFromOcr({
      source: { path: 'scan.pdf', format: 'pdf', sha256: '0'.repeat(64), bytes: 1, pages: null, ocr: false },
      results: [page(1, words)],
      engine: 'test',
      dpi: DPI,
    });
    const table = doc.items.find((i) => i.type === 'table');
    expect(table?.type === 'table' ? table.rows : null).toEqual([
      ['TT', 'Lĩnh vực', 'Tiếp nhận', 'Đúng hạn'],
      ['1', 'Đất đai', '1.204', '1.198'],
      ['2', 'Xây dựng', '316', '309'],
      ['3', 'Đầu tư', '85', '85'],
    ]);
    expect(doc.items.map((i) => i.type)).toEqual(['paragraph', 'table', 'paragraph']);
    if (table?.type === 'table') expect(table.confidence[1]?.[2]).toEqual([{ start: 0, end: 5, value: 0.95 }]);
  });
});
