import { SolieuError } from '../../errors/solieu-error.js';
import type { ParseWarning } from '../../model/block.js';
import type { Source } from '../../model/source.js';
import { LayoutDocument, type FormatParser, type ParseOptions } from '../layout.js';
import { layOutPages } from './layout-pages.js';
import { readTextPages, type TextPage } from './text-pages.js';
import type { Warn } from './types.js';

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES } from './text-pages.js';

/**
 * The PDF format parser: pdf.js text and vector rules → lines → tables, furniture, footnote zone,
 * two-column regions → paragraphs. One pass over each page's items; everything after that works
 * on lines. See docs/pdf-parsing.md for the thresholds and why. It never runs OCR: a page without
 * a usable text layer is reported (`page_without_text`), and a file with no such page at all is a
 * scan (`needs_ocr`); the OCR path (src/ocr/) reads those pages.
 */

const MAX_WARNINGS = 300;
/**
 * A file where no page has even this many mapped characters is a scan (`needs_ocr`). Pages between
 * this and `MIN_USABLE_CHARS` are read and warned about: a one-line note is still a document.
 */
const SCAN_PAGE_CHARS = 10;

export const pdfParser: FormatParser = {
  format: 'pdf',
  parse: parsePdf,
};

/** A warning sink capped at `MAX_WARNINGS`, shared by both halves of the parser and the OCR path. */
export function warningSink(): { warnings: ParseWarning[]; warn: Warn } {
  const warnings: ParseWarning[] = [];
  const warn: Warn = (code, message, page = null) => {
    if (warnings.length < MAX_WARNINGS) warnings.push({ code, message, page });
    else if (warnings.length === MAX_WARNINGS) warnings.push({ code: 'warnings_truncated', message: `more than ${MAX_WARNINGS} warnings; the rest were dropped`, page: null });
  };
  return { warnings, warn };
}

export async function parsePdf(bytes: Uint8Array, source: Source, options: ParseOptions = {}): Promise<LayoutDocument> {
  const { warnings, warn } = warningSink();
  const read = await readTextPages(bytes, options, warn);
  if (!read.pages.some((p) => p.usable || p.stats.chars * (1 - p.stats.unusable) >= SCAN_PAGE_CHARS)) {
    const visible = read.pages.reduce((n, p) => n + p.stats.chars, 0);
    throw new SolieuError('needs_ocr', `has no text layer (${visible} characters on ${read.pageCount} pages): it looks like a scan`, 'the PDF has no text layer; run with --ocr auto (the default) to read it with OCR');
  }
  for (const page of read.pages) if (!page.usable) warnPageWithoutText(page, warn);
  const { items, footnotes } = layOutPages(read.pages.map((p) => p.layout), warn);
  return LayoutDocument.parse({ source: { ...source, format: 'pdf', pages: read.pageCount }, items, footnotes, warnings });
}

/** One warning per page whose text layer is not worth reading: OCR (`--ocr auto`) reads those. */
export function warnPageWithoutText(page: TextPage, warn: Warn): void {
  const { chars, unusable } = page.stats;
  let why = 'has no text at all (a blank or scanned page)';
  if (chars > 0 && unusable > 0) why = `has ${chars} character(s) of text, ${Math.round(unusable * 100)} % of them without a Unicode mapping`;
  else if (chars > 0) why = `has only ${chars} character(s) of text (a scanned page with a stray number or stamp?)`;
  warn('page_without_text', `the page ${why}; OCR reads it with --ocr auto`, page.stats.page);
}
