import { describe, expect, it } from 'vitest';
import { figureConfidence, shiftSpans, WordPool } from '../../src/parsers/pdf/ocr/confidence.js';
import type { OcrWord } from '../../src/parsers/pdf/ocr/types.js';

const word = (text: string, confidence: number): OcrWord => ({
  text,
  confidence,
  rawConfidence: confidence,
  box: { x0: 0, y0: 0, x1: 1, y1: 1 },
  baseline: 1,
  size: 1,
  colourInk: 0,
  flags: [],
});

describe('confidence spans', () => {
  it('traces each token of a paragraph to the OCR word it came from, glued codes included', () => {
    const pool = new WordPool([
      word('Tổng', 0.95),
      word('thu', 0.9),
      word('1.448.367', 0.96),
      word('triệu', 0.6),
      word('117/QĐ-', 0.7),
      word('UBND', 0.93),
    ]);
    const text = 'Tổng thu 1.448.367 triệu 117/QĐ-UBND';
    expect(pool.spansOf(text)).toEqual([
      { start: 0, end: 4, value: 0.95 },
      { start: 5, end: 8, value: 0.9 },
      { start: 9, end: 18, value: 0.96 },
      { start: 19, end: 24, value: 0.6 },
      { start: 25, end: 36, value: 0.7 },
    ]);
  });

  it('takes each word once, in reading order, so repeated words get their own confidence', () => {
    const pool = new WordPool([word('18%', 0.95), word('so', 0.9), word('18%', 0.4)]);
    expect(pool.spansOf('18% so 18%').map((s) => s.value)).toEqual([0.95, 0.9, 0.4]);
  });

  it("gives a figure the confidence of its digits' words, not of the unit word next to it", () => {
    const text = 'đạt 1.448.367 triệu đồng';
    const spans = [
      { start: 4, end: 13, value: 0.96 },
      { start: 14, end: 19, value: 0.5 },
    ];
    expect(figureConfidence(text, spans, 4, 19)).toBe(0.96);
    expect(figureConfidence(text, spans, 14, 19)).toBe(0.5);
    expect(figureConfidence(text, [], 4, 13)).toBeNull();
  });

  it('moves spans with the text', () => {
    expect(shiftSpans([{ start: 3, end: 8, value: 0.7 }], -3, 4)).toEqual([{ start: 0, end: 4, value: 0.7 }]);
  });
});
