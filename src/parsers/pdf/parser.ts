import { SolieuError } from '../../errors/solieu-error.js';
import type { ParseWarning } from '../../model/block.js';
import type { Source } from '../../model/source.js';
import { LayoutDocument, type FormatParser, type ParseOptions } from '../layout.js';
import { assemble } from './assemble.js';
import { DrawingNeed } from './drawing-need.js';
import { findFigures, withoutFigures } from './figures.js';
import { FontBook } from './fonts.js';
import { removeFurniture } from './furniture.js';
import { buildLines } from './lines.js';
import { openPdf } from './load.js';
import { readPage } from './page-reader.js';
import { splitTables } from './tables.js';
import type { Line, PageContent, PageLayout, Run, Warn } from './types.js';

/**
 * The PDF format parser: pdf.js text and vector rules → lines → tables, furniture, footnote zone,
 * two-column regions → paragraphs. One pass over each page's items; everything after that works
 * on lines. See docs/pdf-parsing.md for the thresholds and why.
 */

export const DEFAULT_MAX_PAGES = 2000;
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
/** A page with fewer visible characters than this has no text layer to speak of… */
const EMPTY_PAGE_CHARS = 10;
/** …and a file where this share of the pages is so is a scan. */
const SCAN_SHARE = 0.8;
/** A signature widget's text is kept when it is one short line (the number or day it stamps). */
const INLINE_STAMP_MAX = 20;
const MAX_WARNINGS = 300;

export const pdfParser: FormatParser = {
  format: 'pdf',
  parse: parsePdf,
};

export async function parsePdf(bytes: Uint8Array, source: Source, options: ParseOptions = {}): Promise<LayoutDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new SolieuError('too_large', `is ${bytes.length} bytes, over the ${maxBytes}-byte limit`, 'raise the limit with --max-bytes if this really is one report');
  }
  const warnings: ParseWarning[] = [];
  const warn: Warn = (code, message, page = null) => {
    if (warnings.length < MAX_WARNINGS) warnings.push({ code, message, page });
    else if (warnings.length === MAX_WARNINGS) warnings.push({ code: 'warnings_truncated', message: `more than ${MAX_WARNINGS} warnings; the rest were dropped`, page: null });
  };
  const { doc, close } = await openPdf(bytes, options.password);
  try {
    const pageCount = doc.numPages;
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    if (pageCount > maxPages) {
      throw new SolieuError('too_many_pages', `has ${pageCount} pages, over the limit of ${maxPages}`, 'raise the limit with --max-pages if this really is one report');
    }
    if (pageCount === 0) throw new SolieuError('invalid_pdf', 'is not a readable PDF: it has no pages', 'ask the sender for the original file');
    const fonts = new FontBook();
    const drawing = new DrawingNeed();
    const pages: PageLayout[] = [];
    let visible = 0;
    let emptyPages = 0;
    let unreadable = 0;
    const blankPages: number[] = [];
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
        unreadable += 1;
        warn('pdf_page_unreadable', `page could not be read: ${error instanceof Error ? error.message : String(error)}`, number);
        continue;
      }
      const chars = content.runs.reduce((n, r) => n + r.text.replace(/\s+/gu, '').length, 0);
      visible += chars;
      if (chars < EMPTY_PAGE_CHARS) emptyPages += 1;
      if (chars === 0) blankPages.push(number);
      const layout = layoutPage(content, warn, content.drawn ? null : textLines);
      drawing.note(layout.lines);
      pages.push(layout);
    }
    if (unreadable === pageCount) {
      throw new SolieuError('invalid_pdf', 'is not a readable PDF: no page could be read', 'the file may be truncated or damaged; ask the sender for the original');
    }
    if (emptyPages >= SCAN_SHARE * (pageCount - unreadable)) {
      throw new SolieuError('needs_ocr', `has no text layer (${visible} characters on ${pageCount} pages): it looks like a scan`, 'the PDF has no text layer; run with --ocr auto (the default) to read it with OCR');
    }
    for (const key of fonts.legacySeen) {
      const [encoding, name] = key.split(':');
      warn('legacy_font', `text in the ${encoding?.toUpperCase()} font ${name} was converted to Unicode`);
    }
    const furniture = removeFurniture(pages);
    if (furniture.stamps > 0) warn('signature_stamp_removed', `${furniture.stamps} line(s) of signature stamp text removed`);
    for (const page of blankPages) warn('page_without_text', 'the page has no text at all (a blank or scanned page)', page);
    const { items, footnotes } = assemble(pages, warn);
    return LayoutDocument.parse({ source: { ...source, format: 'pdf', pages: pageCount }, items, footnotes, warnings });
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
  if (dropped > 0) warn('figure_text_skipped', `${dropped} text run(s) inside ${figures.length} chart(s) left out of the paragraphs`, content.page);
  return {
    page: content.page,
    width: content.width,
    height: content.height,
    lines: buildLines(flow, content.page),
    tables: split.tables,
    freeRules: split.freeRules,
  };
}
