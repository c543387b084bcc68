import { openPdf } from '../load.js';
import type { OcrMode } from '../options.js';
import { unusableShare } from '../hygiene.js';
import { hasUsableText, type PdfPageTextStats } from '../text-layer.js';

// The usable-text rule lives with the PDF parser, which warns about the same pages.
export { hasUsableText, MAX_UNUSABLE_SHARE, MIN_USABLE_CHARS, type PdfPageTextStats } from '../text-layer.js';

/**
 * Which pages to OCR: `--ocr auto|always|never`. `auto` OCRs the pages whose text layer is not
 * usable (no text, or text in glyphs without a Unicode mapping); a PDF with a partial text layer is
 * OCR'd on its empty pages only. A pure function over per-page statistics, so the pipeline can
 * decide before rendering anything.
 */

export { OcrMode } from '../options.js';

export interface PdfTextStats {
  pages: PdfPageTextStats[];
}

/** The 1-based pages to OCR, ascending. */
export function shouldOcrPages(stats: PdfTextStats, mode: OcrMode = 'auto'): number[] {
  const pages = [...stats.pages].sort((a, b) => a.page - b.page);
  if (mode === 'never') return [];
  if (mode === 'always') return pages.map((p) => p.page);
  return pages.filter((p) => !hasUsableText(p)).map((p) => p.page);
}

/** Per-page text statistics of a PDF, read from its text layer (nothing is rendered). */
export async function readPdfTextStats(bytes: Uint8Array, password?: string): Promise<PdfTextStats> {
  const { doc, close } = await openPdf(bytes, password);
  try {
    const pages: PdfPageTextStats[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str;
      const visible = text.replace(/\s+/gu, '');
      pages.push({ page: number, chars: visible.length, unusable: unusableShare(visible) });
      page.cleanup();
    }
    return { pages };
  } finally {
    await close();
  }
}
