import { z } from 'zod';
import type { ParseWarning } from '../../../model/index.js';
import type { Source } from '../../../model/index.js';
import { LayoutDocument, LayoutFootnote, LayoutParagraph, LayoutTable, type LayoutItem } from '../../layout.js';
import { layOutPages } from '../layout-pages.js';
import type { PageLayout, Warn } from '../types.js';
import { isUncertain, WordPool } from './confidence.js';
import { CellConfidence, ConfidenceSpan } from '../../../model/index.js';
import { OcrPage, OcrReading } from '../../../model/index.js';
import { pageLayoutOf } from './runs.js';
import type { OcrPageResult, OcrWord } from './types.js';

/**
 * OCR'd pages → the layout every parser hands to the structure stage, built by the PDF parser's own
 * rules (lines, tables from rules, furniture, footnote zone, two-column head, paragraphs), plus the
 * side channel the text formats do not need: confidence spans on every paragraph, footnote and
 * table cell, and the per-page mean confidence.
 */

/** The model's per-page reading (src/model/ocr.ts) plus the time it took, for benchmarks. */
export const OcrPageSummary = OcrPage.extend({ seconds: z.number().nonnegative() });
export type OcrPageSummary = z.infer<typeof OcrPageSummary>;

export const OcrSummary = OcrReading.extend({ pages: z.array(OcrPageSummary) });
export type OcrSummary = z.infer<typeof OcrSummary>;

export const OcrLayoutParagraph = LayoutParagraph.extend({ confidence: z.array(ConfidenceSpan) });
export const OcrLayoutTable = LayoutTable.extend({ confidence: CellConfidence });
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
  /** Pages read from the PDF's text layer, laid out together with the OCR'd ones (partial text layer). */
  textPages?: readonly PageLayout[];
}

/**
 * A PDF read partly from its text layer and partly by OCR: confidence spans only on items of the
 * OCR'd pages, and the OCR summary only when a page was OCR'd.
 */
export const MixedLayoutDocument = LayoutDocument.extend({ ocr: OcrSummary.optional() });
export type MixedLayoutDocument = z.infer<typeof MixedLayoutDocument>;

const MAX_WARNINGS = 300;

/** Every page OCR'd: every item carries spans. */
export function layoutFromOcr(input: LayoutInput): OcrLayoutDocument {
  return OcrLayoutDocument.parse(buildLayout({ ...input, textPages: [] }));
}

/** Text-layer pages and OCR'd pages, laid out together by the PDF parser's one assembly. */
export function layoutFromMixed(input: LayoutInput): MixedLayoutDocument {
  return MixedLayoutDocument.parse(buildLayout(input));
}

function buildLayout(input: LayoutInput): MixedLayoutDocument {
  const warnings: ParseWarning[] = [...(input.warnings ?? [])];
  const warn: Warn = (code, message, page = null) => {
    if (warnings.length < MAX_WARNINGS) warnings.push({ code, message, page });
  };
  const results = [...input.results].sort((a, b) => a.page - b.page);
  const ocrPages = new Set(results.map((r) => r.page));
  const pages = [...(input.textPages ?? []).filter((p) => !ocrPages.has(p.page)), ...results.map(pageLayoutOf)].sort(
    (a, b) => a.page - b.page,
  );
  const { items, footnotes } = layOutPages(pages, warn);
  const pools = new Map(results.map((r) => [r.page, new WordPool(r.words)]));
  const poolOf = (page: number | null): WordPool => pools.get(page ?? 0) ?? new WordPool([]);
  const ocred = (page: number | null): boolean => ocrPages.has(page ?? 0);
  // Body first, then footnotes: each word is claimed once, in the order a reader meets it.
  const withSpans = items.map((item): LayoutItem => {
    if (!ocred(item.page)) return item;
    if (item.type === 'paragraph') return { ...item, confidence: poolOf(item.page).spansOf(item.text) };
    const pool = poolOf(item.page);
    return { ...item, confidence: item.rows.map((row) => row.map((cell) => pool.spansOf(cell))) };
  });
  const order = pages.map((p) => p.page);
  // Only the last body of a page can run onto the next one.
  const lastOnPage = new Map(footnotes.map((f, i) => [f.page ?? 0, i]));
  const notes = footnotes.map((f, i): LayoutFootnote => {
    const next = lastOnPage.get(f.page ?? 0) === i ? (order[order.indexOf(f.page ?? 0) + 1] ?? null) : null;
    if (!ocred(f.page) && !ocred(next)) return f;
    return { ...f, confidence: footnoteSpans(f, next, pools) };
  });
  for (const result of results) {
    if (result.words.length === 0) warn('ocr_page_empty', 'OCR found no text on the page', result.page);
    const low = result.words.filter((w) => uncertainFigure(w)).length;
    if (low > 0) warn('ocr_uncertain_figures', `${low} figure(s) read with low confidence`, result.page);
  }
  const pageCount = input.source.pages ?? Math.max(0, ...pages.map((p) => p.page));
  return {
    source: { ...input.source, format: 'pdf', pages: pageCount, ocr: results.length > 0 },
    items: withSpans,
    footnotes: notes,
    warnings,
    ...(results.length > 0
      ? {
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
        }
      : {}),
  };
}

const uncertainFigure = (word: OcrWord): boolean => /\d/u.test(word.text) && isUncertain(word.confidence);

/** A footnote body may run onto the next page: align against its page's words, then the next's. */
function footnoteSpans(footnote: LayoutFootnote, next: number | null, pools: Map<number, WordPool>): ConfidenceSpan[] {
  const spans = pools.get(footnote.page ?? 0)?.spansOf(footnote.text) ?? [];
  if (next === null) return spans;
  const covered = new Set(spans.map((s) => s.start));
  const rest = (pools.get(next)?.spansOf(footnote.text) ?? []).filter((s) => !covered.has(s.start));
  return [...spans, ...rest].sort((a, b) => a.start - b.start);
}
