import { z } from 'zod';
import type { ParseOptions } from '../layout.js';

/**
 * What the PDF parser accepts beyond every parser's options: when to read pages with OCR, and a
 * callback for progress (OCR takes seconds a page, so a caller may want to show where it is).
 */

/**
 * `auto` (default) reads a PDF from its text layer and OCRs what that layer lacks: every page of a
 * scan (`needs_ocr`), or only the pages without usable text (`page_without_text`). `always` OCRs
 * every page; `never` reports a scan as `needs_ocr` and a page without text as a warning.
 */
export const OcrMode = z.enum(['auto', 'always', 'never']);
export type OcrMode = z.infer<typeof OcrMode>;

/** One OCR'd page done: `done` of `total` pages, and an estimate of the time left. */
export interface OcrProgress {
  stage: 'ocr';
  /** The 1-based page just read (or spared as blank). */
  page: number;
  done: number;
  total: number;
  elapsedMs: number;
  /** Time left at the mean pace so far. */
  remainingMs: number;
}

export type ParseProgress = OcrProgress;

export interface PdfParseOptions extends ParseOptions {
  ocr?: OcrMode;
  onProgress?: (event: ParseProgress) => void;
}
