import type { LayoutDocument } from '../../../src/parsers/layout.js';
import { figureConfidence, type ConfidenceSpan } from '../../../src/parsers/pdf/ocr/confidence.js';
import type { OcrLayoutDocument } from '../../../src/parsers/pdf/ocr/layout.js';

/**
 * Figures as a reader sees them (`1.448.367`, `12,92%`, the parts of `04/12` and `23/6/2022`), in
 * reading order, and a token alignment between a reference and an OCR reading of the same pages.
 */

// Digits with Vietnamese group dots and decimal commas, and an optional percent.
const FIGURE = /\d+(?:[.,]\d+)*%?/gu;

export interface FigureToken {
  text: string;
  page: number | null;
  /** OCR confidence of the figure's characters; null in a born-digital reference. */
  confidence: number | null;
}

function tokensOf(text: string, page: number | null, spans: readonly ConfidenceSpan[] | null): FigureToken[] {
  return [...text.matchAll(FIGURE)].map((m) => ({
    text: m[0],
    page,
    confidence: spans ? figureConfidence(text, spans, m.index, m.index + m[0].length) : null,
  }));
}

/** Every figure of the body, tables and footnotes on the given pages (all pages when absent). */
export function figuresOf(doc: LayoutDocument | OcrLayoutDocument, pages?: ReadonlySet<number>): FigureToken[] {
  const keep = (page: number | null): boolean => !pages || (page !== null && pages.has(page));
  const out: FigureToken[] = [];
  for (const item of doc.items) {
    if (!keep(item.page)) continue;
    const spans = 'confidence' in item ? item.confidence : null;
    if (item.type === 'paragraph') out.push(...tokensOf(item.text, item.page, (spans as ConfidenceSpan[] | null) ?? null));
    else
      item.rows.forEach((row, r) =>
        row.forEach((cell, c) => out.push(...tokensOf(cell, item.page, spans ? ((spans as ConfidenceSpan[][][])[r]?.[c] ?? []) : null))),
      );
  }
  for (const note of doc.footnotes) {
    if (!keep(note.page)) continue;
    const spans = 'confidence' in note ? (note.confidence as ConfidenceSpan[]) : null;
    out.push(...tokensOf(note.text, note.page, spans));
  }
  return out;
}

export interface Alignment {
  matched: number;
  /** Reference figure and what OCR read in its place. */
  substituted: { expected: string; actual: FigureToken }[];
  missing: string[];
  extra: FigureToken[];
}

/** Edit-distance alignment of two figure sequences (both in reading order). */
export function alignFigures(reference: readonly FigureToken[], read: readonly FigureToken[]): Alignment {
  const n = reference.length;
  const m = read.length;
  const cost: number[][] = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const same = reference[i - 1]?.text === read[j - 1]?.text ? 0 : 1;
      cost[i]![j] = Math.min(cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1, cost[i - 1]![j - 1]! + same);
    }
  }
  const result: Alignment = { matched: 0, substituted: [], missing: [], extra: [] };
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cost[i]![j]!;
    if (i > 0 && j > 0 && here === cost[i - 1]![j - 1]! + (reference[i - 1]!.text === read[j - 1]!.text ? 0 : 1)) {
      if (reference[i - 1]!.text === read[j - 1]!.text) result.matched += 1;
      else result.substituted.push({ expected: reference[i - 1]!.text, actual: read[j - 1]! });
      i -= 1;
      j -= 1;
    } else if (i > 0 && here === cost[i - 1]![j]! + 1) {
      result.missing.push(reference[i - 1]!.text);
      i -= 1;
    } else {
      result.extra.push(read[j - 1]!);
      j -= 1;
    }
  }
  return result;
}
