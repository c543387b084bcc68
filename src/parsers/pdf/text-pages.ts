import { SolieuError } from '../../errors/index.js';
import type { ParseOptions } from '../layout.js';
import { DrawingNeed } from './drawing-need.js';
import { findFigures, withoutFigures } from './figures.js';
import { FontBook } from './fonts.js';
import { buildLines } from './lines.js';
import { openPdf } from './load.js';
import { readPage } from './page-reader.js';
import { splitTables } from './tables.js';
import { hasUsableText, visibleChars, type PdfPageTextStats } from './text-layer.js';
import type { Line, PageContent, PageLayout, Run, Warn } from './types.js';

/**
 * The first half of the PDF parser: bytes → one page layout per readable page, with what each
 * page's text layer holds. The second half (src/parsers/pdf/layout-pages.ts) lays pages out into
 * a document; the OCR path puts OCR'd page layouts beside these before that second half.
 */

export const DEFAULT_MAX_PAGES = 2000;
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
/** A signature widget's text is kept when it is one short line (the number or day it stamps). */
const INLINE_STAMP_MAX = 20;

export interface TextPage {
  layout: PageLayout;
  stats: PdfPageTextStats;
  /** The text layer is worth reading (`hasUsableText`). */
  usable: boolean;
}

export interface TextPages {
  pageCount: number;
  /** Readable pages, in page order. */
  pages: TextPage[];
  /** 1-based pages pdf.js could not read. */
  unreadable: number[];
}

export async function readTextPages(bytes: Uint8Array, options: ParseOptions, warn: Warn): Promise<TextPages> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new SolieuError(
      'too_large',
      `is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
      'raise the limit with --max-bytes if this really is one report',
    );
  }
  const { doc, close } = await openPdf(bytes, options.password);
  try {
    const pageCount = doc.numPages;
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    if (pageCount > maxPages) {
      throw new SolieuError(
        'too_many_pages',
        `has ${pageCount} pages, over the limit of ${maxPages}`,
        'raise the limit with --max-pages if this really is one report',
      );
    }
    if (pageCount === 0)
      throw new SolieuError('invalid_pdf', 'is not a readable PDF: it has no pages', 'ask the sender for the original file');
    const fonts = new FontBook();
    const drawing = new DrawingNeed();
    const pages: TextPage[] = [];
    const unreadable: number[] = [];
    for (let number = 1; number <= pageCount; number++) {
      let content: PageContent;
      // Lines made while deciding whether to read the drawing; a page read without it keeps them.
      let textLines: Line[] | null = null;
      const wantsDrawing = (runs: readonly Run[], size: { width: number; height: number }): boolean => {
        textLines = buildLines(runs, number);
        return drawing.needs(runs, textLines, size);
      };
      try {
        const page = await doc.getPage(number);
        content = await readPage(page, fonts, warn, wantsDrawing);
        page.cleanup();
      } catch (error) {
        unreadable.push(number);
        warn('pdf_page_unreadable', `page could not be read: ${error instanceof Error ? error.message : String(error)}`, number);
        continue;
      }
      const mapped = content.runs.reduce((n, r) => n + visibleChars(r.text), 0);
      const chars = mapped + content.unmappedChars;
      const stats: PdfPageTextStats = { page: number, chars, unusable: chars === 0 ? 0 : content.unmappedChars / chars };
      const layout = layoutPage(content, warn, content.drawn ? null : textLines);
      drawing.note(layout.lines);
      pages.push({ layout, stats, usable: hasUsableText(stats) });
    }
    if (unreadable.length === pageCount) {
      throw new SolieuError(
        'invalid_pdf',
        'is not a readable PDF: no page could be read',
        'the file may be truncated or damaged; ask the sender for the original',
      );
    }
    for (const key of fonts.legacySeen) {
      const [encoding, name] = key.split(':');
      warn('legacy_font', `text in the ${encoding?.toUpperCase()} font ${name} was converted to Unicode`);
    }
    return { pageCount, pages, unreadable };
  } finally {
    await close();
  }
}

/**
 * One page: inline stamps merged, tables cut out by their rules, the rest into lines. A page read
 * without its drawing has no stamps, tables or charts: its lines are those of all its runs.
 */
function layoutPage(content: PageContent, warn: Warn, textLines: Line[] | null): PageLayout {
  if (textLines !== null) {
    return { page: content.page, width: content.width, height: content.height, lines: textLines, tables: [], freeRules: [] };
  }
  const runs: Run[] = [...content.runs];
  let stampLines = 0;
  for (const stamp of content.stamps) {
    const only = stamp.lines[0];
    if (stamp.lines.length === 1 && only !== undefined && only.length <= INLINE_STAMP_MAX) runs.push(...stamp.runs);
    else stampLines += stamp.lines.length;
  }
  if (stampLines > 0) warn('signature_stamp_removed', `a signature stamp (${stampLines} line(s)) was left out`, content.page);
  const split = splitTables(content.rules, runs);
  if (split.skipped) warn('pdf_too_many_rules', 'the page draws too many lines to look for tables', content.page);
  const tableBoxes = split.tables.map((t) => ({ x1: t.left, x2: t.right, y1: t.bottom, y2: t.top }));
  const figures = findFigures(content.shapes, split.flow, tableBoxes, content.width * content.height);
  const { flow, dropped } = withoutFigures(split.flow, figures);
  if (dropped > 0)
    warn('figure_text_skipped', `${dropped} text run(s) inside ${figures.length} chart(s) left out of the paragraphs`, content.page);
  return {
    page: content.page,
    width: content.width,
    height: content.height,
    lines: buildLines(flow, content.page),
    tables: split.tables,
    freeRules: split.freeRules,
  };
}
