import { SolieuError } from '../../errors/index.js';
import type { Source } from '../../model/index.js';
import { LayoutDocument, type FormatParser, type ParseOptions } from '../layout.js';
import { layOutPages } from './layout-pages.js';
import type { PdfParseOptions } from './options.js';
import { readTextPages } from './text-pages.js';
import { warningSink, warnPageWithoutText } from './warnings.js';

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES } from './text-pages.js';

/**
 * The PDF format parser: pdf.js text and vector rules → lines → tables, furniture, footnote zone,
 * two-column regions → paragraphs. One pass over each page's items; everything after that works
 * on lines. See docs/pdf-parsing.md for the thresholds and why. The text layer is one page source,
 * OCR (./ocr/) the other: a page without a usable text layer is `page_without_text`, a file with no
 * such page at all is a scan (`needs_ocr`), and `ocr` decides whether OCR reads those pages.
 */

/**
 * A file where no page has even this many mapped characters is a scan (`needs_ocr`). Pages between
 * this and `MIN_USABLE_CHARS` are read and warned about: a one-line note is still a document.
 */
const SCAN_PAGE_CHARS = 10;

export const pdfParser = {
  format: 'pdf',
  parse: parsePdf,
} satisfies FormatParser;

/**
 * A PDF → layout. The text layer is read first; with `ocr: 'auto'` (the default) OCR reads what it
 * lacks: every page of a scan (`needs_ocr`), or only the pages without usable text
 * (`page_without_text`), laid out together with the text pages.
 */
export async function parsePdf(bytes: Uint8Array, source: Source, options: PdfParseOptions = {}): Promise<LayoutDocument> {
  const mode = options.ocr ?? 'auto';
  if (mode === 'always') return readWithOcr(bytes, source, options, 'all');
  let layout: LayoutDocument;
  try {
    layout = await readTextLayer(bytes, source, options);
  } catch (error) {
    // A scan: no text layer to read, so read the page images instead.
    if (mode === 'auto' && error instanceof SolieuError && error.code === 'needs_ocr') return readWithOcr(bytes, source, options, 'all');
    throw error;
  }
  // A partial text layer (a scanned annex, a signed page inserted as an image): OCR those pages only.
  if (mode === 'auto' && layout.warnings.some((w) => w.code === 'page_without_text')) return readWithOcr(bytes, source, options, 'missing');
  return layout;
}

async function readWithOcr(bytes: Uint8Array, source: Source, options: PdfParseOptions, pages: 'all' | 'missing'): Promise<LayoutDocument> {
  // Loaded on demand: tesseract.js and the canvas are heavy and most reports never need them.
  const { readPdfWithOcr } = await import('./ocr/index.js');
  return readPdfWithOcr(bytes, source, {
    ...(options.password ? { password: options.password } : {}),
    ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
    pages,
  });
}

/** The text layer alone: `needs_ocr` for a scan, a `page_without_text` warning per page it lacks. */
export async function readTextLayer(bytes: Uint8Array, source: Source, options: ParseOptions = {}): Promise<LayoutDocument> {
  const { warnings, warn } = warningSink();
  const read = await readTextPages(bytes, options, warn);
  if (!read.pages.some((p) => p.usable || p.stats.chars * (1 - p.stats.unusable) >= SCAN_PAGE_CHARS)) {
    const visible = read.pages.reduce((n, p) => n + p.stats.chars, 0);
    throw new SolieuError(
      'needs_ocr',
      `has no text layer (${visible} characters on ${read.pageCount} pages): it looks like a scan`,
      'the PDF has no text layer; run with --ocr auto (the default) to read it with OCR',
    );
  }
  for (const page of read.pages) if (!page.usable) warnPageWithoutText(page, warn);
  const { items, footnotes } = layOutPages(
    read.pages.map((p) => p.layout),
    warn,
  );
  return LayoutDocument.parse({ source: { ...source, format: 'pdf', pages: read.pageCount }, items, footnotes, warnings });
}
