import { z } from 'zod';
import { openPdf } from '../parsers/pdf/load.js';
import { unusableShare } from '../parsers/pdf/hygiene.js';

/**
 * Which pages to OCR: `--ocr auto|always|never`. `auto` OCRs the pages whose text layer is not
 * usable (no text, or text in glyphs without a Unicode mapping); a PDF with a partial text layer is
 * OCR'd on its empty pages only. A pure function over per-page statistics, so the pipeline can
 * decide before rendering anything.
 */

export const OcrMode = z.enum(['auto', 'always', 'never']);
export type OcrMode = z.infer<typeof OcrMode>;

export interface PdfPageTextStats {
  /** 1-based. */
  page: number;
  /** Visible characters in the page's text layer (spaces excluded). */
  chars: number;
  /** Share of those characters that map to no Unicode text (0–1). */
  unusable: number;
}

export interface PdfTextStats {
  pages: PdfPageTextStats[];
}

/** Fewer visible characters than this is no text layer (a scan with a stray page number or stamp). */
export const MIN_USABLE_CHARS = 20;
/** A layer where at least this share of characters has no Unicode mapping is as good as none. */
export const MAX_UNUSABLE_SHARE = 0.5;

export function hasUsableText(page: PdfPageTextStats): boolean {
  const usable = page.chars * (1 - page.unusable);
  return usable >= MIN_USABLE_CHARS && page.unusable < MAX_UNUSABLE_SHARE;
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
