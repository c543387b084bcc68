import { z } from 'zod';
import type { ParseWarning } from '../model/block.js';
import type { Source } from '../model/source.js';
import { LayoutDocument, LayoutFootnote, LayoutParagraph, LayoutTable } from '../parsers/layout.js';
import { assemble } from '../parsers/pdf/assemble.js';
import { removeFurniture } from '../parsers/pdf/furniture.js';
import type { Warn } from '../parsers/pdf/types.js';
import { ConfidenceSpan, isUncertain, WordPool } from './confidence.js';
import { pageLayoutOf } from './runs.js';
import type { OcrPageResult, OcrWord } from './types.js';

/**
 * OCR'd pages → the layout every parser hands to the structure stage, built by the PDF parser's own
 * rules (lines, tables from rules, furniture, footnote zone, two-column head, paragraphs), plus the
 * side channel the text formats do not need: confidence spans on every paragraph, footnote and
 * table cell, and the per-page mean confidence.
 */

export const OcrPageSummary = z.object({
  page: z.number().int().positive(),
  /** Mean word confidence weighted by characters, 0–1; null when nothing was read. */
  confidence: z.number().min(0).max(1).nullable(),
  /** Skew corrected before recognition, degrees. */
  skew: z.number(),
  words: z.number().int().nonnegative(),
  /** Figures (words with a digit) below the uncertainty threshold. */
  uncertainFigures: z.number().int().nonnegative(),
  seconds: z.number().nonnegative(),
});
export type OcrPageSummary = z.infer<typeof OcrPageSummary>;

export const OcrSummary = z.object({
  engine: z.string(),
  dpi: z.number().positive(),
  pages: z.array(OcrPageSummary),
});
export type OcrSummary = z.infer<typeof OcrSummary>;

export const OcrLayoutParagraph = LayoutParagraph.extend({ confidence: z.array(ConfidenceSpan) });
export const OcrLayoutTable = LayoutTable.extend({
  /** Parallel to `rows`: the spans of each cell's text. */
  confidence: z.array(z.array(z.array(ConfidenceSpan))),
});
export const OcrLayoutFootnote = LayoutFootnote.extend({ confidence: z.array(ConfidenceSpan) });
export const OcrLayoutItem = z.discriminatedUnion('type', [OcrLayoutParagraph, OcrLayoutTable]);
export const OcrLayoutDocument = LayoutDocument.extend({
  items: z.array(OcrLayoutItem),
  footnotes: z.array(OcrLayoutFootnote),
  ocr: OcrSummary,
});
export type OcrLayoutParagraph = z.infer<typeof OcrLayoutParagraph>;
export type OcrLayoutTable = z.infer<typeof OcrLayoutTable>;
export type OcrLayoutFootnote = z.infer<typeof OcrLayoutFootnote>;
export type OcrLayoutItem = z.infer<typeof OcrLayoutItem>;
export type OcrLayoutDocument = z.infer<typeof OcrLayoutDocument>;

export interface LayoutInput {
  source: Source;
  results: readonly OcrPageResult[];
  engine: string;
  dpi: number;
  warnings?: ParseWarning[];
}

const MAX_WARNINGS = 300;

export function layoutFromOcr(input: LayoutInput): OcrLayoutDocument {
  const warnings: ParseWarning[] = [...(input.warnings ?? [])];
  const warn: Warn = (code, message, page = null) => {
    if (warnings.length < MAX_WARNINGS) warnings.push({ code, message, page });
  };
  const results = [...input.results].sort((a, b) => a.page - b.page);
  const pages = results.map(pageLayoutOf);
  removeFurniture(pages);
  const { items, footnotes } = assemble(pages, warn);
  const pools = new Map(results.map((r) => [r.page, new WordPool(r.words)]));
  const poolOf = (page: number | null): WordPool => pools.get(page ?? 0) ?? new WordPool([]);
  // Body first, then footnotes: each word is claimed once, in the order a reader meets it.
  const withSpans = items.map((item): OcrLayoutItem => {
    if (item.type === 'paragraph') return { ...item, confidence: poolOf(item.page).spansOf(item.text) };
    const pool = poolOf(item.page);
    return { ...item, confidence: item.rows.map((row) => row.map((cell) => pool.spansOf(cell))) };
  });
  const notes = footnotes.map((f): OcrLayoutFootnote => ({ ...f, confidence: footnoteSpans(f, results, pools) }));
  for (const result of results) {
    if (result.words.length === 0) warn('ocr_page_empty', 'OCR found no text on the page', result.page);
    const low = result.words.filter((w) => uncertainFigure(w)).length;
    if (low > 0) warn('ocr_uncertain_figures', `${low} figure(s) read with low confidence`, result.page);
  }
  const pageCount = input.source.pages ?? Math.max(0, ...results.map((r) => r.page));
  return OcrLayoutDocument.parse({
    source: { ...input.source, format: 'pdf', pages: pageCount, ocr: true },
    items: withSpans,
    footnotes: notes,
    warnings,
    ocr: {
      engine: input.engine,
      dpi: input.dpi,
      pages: results.map((r) => ({
        page: r.page,
        confidence: r.confidence,
        skew: r.skew,
        words: r.words.length,
        uncertainFigures: r.words.filter((w) => uncertainFigure(w)).length,
        seconds: Math.round(r.seconds * 100) / 100,
      })),
    },
  });
}

const uncertainFigure = (word: OcrWord): boolean => /\d/u.test(word.text) && isUncertain(word.confidence);

/** A footnote body may run onto the next page: align against its page's words, then the next's. */
function footnoteSpans(footnote: LayoutFootnote, results: readonly OcrPageResult[], pools: Map<number, WordPool>): ConfidenceSpan[] {
  const page = footnote.page ?? 0;
  const spans = pools.get(page)?.spansOf(footnote.text) ?? [];
  const covered = new Set(spans.map((s) => s.start));
  const next = results.find((r) => r.page > page);
  if (!next) return spans;
  const rest = (pools.get(next.page)?.spansOf(footnote.text) ?? []).filter((s) => !covered.has(s.start));
  return [...spans, ...rest].sort((a, b) => a.start - b.start);
}
