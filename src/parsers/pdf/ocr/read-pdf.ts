import { SolieuError } from '../../../errors/index.js';
import type { Source } from '../../../model/index.js';
import type { ParseProgress } from '../options.js';
import { warningSink, warnPageWithoutText } from '../warnings.js';
import { DEFAULT_MAX_BYTES, readTextPages } from '../text-pages.js';
import type { PageLayout } from '../types.js';
import { sharedEngine } from './engine.js';
import { INK, type PageImage } from './image.js';
import { layoutFromMixed, type MixedLayoutDocument } from './layout.js';
import { DEFAULT_DPI, ocrPages, ocrPdf } from './ocr-pdf.js';

/**
 * A PDF read with OCR where its text layer falls short. `all`: every page OCR'd (a scan, or
 * `--ocr always`). `missing`: the pages with a usable text layer are read from it by the PDF parser,
 * the others are OCR'd, and all are laid out together by the parser's one assembly, so a paragraph
 * or footnote running from a text page onto a scanned page is joined like any other page break.
 */

export interface ReadPdfWithOcrOptions {
  password?: string;
  maxPages?: number;
  maxBytes?: number;
  pages: 'missing' | 'all';
  onProgress?: (event: ParseProgress) => void;
}

/**
 * Ink the text layer does not explain, as a share of the page, below which a page without a usable
 * text layer is not a scan (a blank page, a page with only the signer's name): it is not OCR'd.
 * Printed text covers 3–8 % of an A4 page; a lone underline or a page number, well under 0.05 %.
 */
const MIN_UNEXPLAINED_INK = 0.001;

export async function readPdfWithOcr(bytes: Uint8Array, source: Source, options: ReadPdfWithOcrOptions): Promise<MixedLayoutDocument> {
  const limits = {
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
  };
  if (options.pages === 'all') {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > maxBytes) {
      throw new SolieuError(
        'too_large',
        `is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
        'raise the limit with --max-bytes if this really is one report',
      );
    }
    return ocrPdf(bytes, source, limits);
  }
  const { warnings, warn } = warningSink();
  const text = await readTextPages(bytes, { ...limits, ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) }, warn);
  const byPage = new Map(text.pages.map((p) => [p.stats.page, p]));
  const missing = [...text.pages.filter((p) => !p.usable).map((p) => p.stats.page), ...text.unreadable].sort((a, b) => a - b);
  const engine = sharedEngine();
  const ocr =
    missing.length === 0
      ? { results: [], warnings: [], skipped: [] }
      : await ocrPages(bytes, {
          ...limits,
          pages: missing,
          engine,
          dpi: DEFAULT_DPI,
          wanted: (page, image, dpi) => {
            const textPage = byPage.get(page);
            return textPage === undefined || unexplainedInk(image, textPage.layout, dpi) >= MIN_UNEXPLAINED_INK;
          },
        });
  const read = new Set(ocr.results.map((r) => r.page));
  const skipped = new Set(ocr.skipped);
  // A page neither OCR'd nor spared as blank keeps its warning: its text may be missing.
  for (const page of text.pages)
    if (!page.usable && !read.has(page.stats.page) && !skipped.has(page.stats.page)) warnPageWithoutText(page, warn);
  return layoutFromMixed({
    source: { ...source, pages: text.pageCount },
    results: ocr.results,
    engine: `tesseract.js vie ${engine.model}`,
    dpi: DEFAULT_DPI,
    warnings: [...warnings, ...ocr.warnings],
    textPages: text.pages.map((p) => p.layout),
  });
}

/**
 * Share of the page's pixels that are ink outside the boxes of its text-layer lines (each line from
 * its baseline down a third of its size and up one size, padded by half a size).
 */
export function unexplainedInk(image: PageImage, layout: PageLayout, dpi: number): number {
  const scale = dpi / 72;
  const covered = new Uint8Array(image.height);
  const boxes = layout.lines.map((line) => {
    const pad = line.size * 0.5;
    const x0 = Math.max(0, Math.floor((line.x - pad) * scale));
    const x1 = Math.min(image.width, Math.ceil((line.end + pad) * scale));
    const y0 = Math.max(0, Math.floor((layout.height - line.y - line.size - pad) * scale));
    const y1 = Math.min(image.height, Math.ceil((layout.height - line.y + line.size / 3 + pad) * scale));
    for (let y = y0; y < y1; y++) covered[y] = 1;
    return { x0, x1, y0, y1 };
  });
  let ink = 0;
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    const inRow = covered[y] === 1 ? boxes.filter((b) => y >= b.y0 && y < b.y1) : [];
    for (let x = 0; x < image.width; x++) {
      if ((image.grey[row + x] ?? 255) >= INK) continue;
      if (inRow.some((b) => x >= b.x0 && x < b.x1)) continue;
      ink += 1;
    }
  }
  return ink / Math.max(1, image.width * image.height);
}
