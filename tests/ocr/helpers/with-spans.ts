import type { ConfidenceSpan } from '../../../src/model/confidence.js';
import type { LayoutDocument } from '../../../src/parsers/layout.js';

/**
 * Turns a text-form layout into what OCR would hand over: every word gets a confidence span, 0.95 by
 * default, or the value given for that exact word (`{ '1.339.584': 0.55 }`). No tesseract needed.
 */
export function withOcrSpans(layout: LayoutDocument, low: Readonly<Record<string, number>> = {}): LayoutDocument {
  const spansOf = (text: string): ConfidenceSpan[] =>
    [...text.matchAll(/\S+/gu)].map((m) => {
      const word = m[0].replace(/[,.;:()]+$/u, '');
      return { start: m.index, end: m.index + m[0].length, value: low[word] ?? low[m[0]] ?? 0.95 };
    });
  return {
    ...layout,
    source: { ...layout.source, format: 'pdf', ocr: true },
    items: layout.items.map((item) =>
      item.type === 'paragraph'
        ? { ...item, confidence: spansOf(item.text) }
        : { ...item, confidence: item.rows.map((row) => row.map(spansOf)) },
    ),
    footnotes: layout.footnotes.map((f) => ({ ...f, confidence: spansOf(f.text) })),
  };
}
