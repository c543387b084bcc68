/**
 * Whether a page's text layer is worth reading: the one rule the PDF parser (to warn
 * `page_without_text`) and the OCR page selection (`--ocr auto`) share, so both pick the same pages.
 */

export interface PdfPageTextStats {
  /** 1-based. */
  page: number;
  /** Visible characters in the page's text layer (spaces excluded), mapped or not. */
  chars: number;
  /** Share of those characters that map to no Unicode text (0–1). */
  unusable: number;
}

/** Fewer visible characters than this is no text layer (a scan with a stray page number or stamp). */
export const MIN_USABLE_CHARS = 20;
/** A layer where at least this share of characters has no Unicode mapping is as good as none. */
export const MAX_UNUSABLE_SHARE = 0.5;

export function hasUsableText(page: PdfPageTextStats): boolean {
  const usable = page.chars * (1 - page.unusable);
  return usable >= MIN_USABLE_CHARS && page.unusable < MAX_UNUSABLE_SHARE;
}

/** Visible characters of a text (spaces excluded). */
export const visibleChars = (text: string): number => text.replace(/\s+/gu, '').length;
