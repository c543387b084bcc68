import { z } from 'zod';

/** How one OCR'd page read: what a reader needs to judge the figures on it. */
export const OcrPage = z.object({
  page: z.number().int().positive(),
  /** Mean word confidence weighted by characters, 0–1; null when nothing was read. */
  confidence: z.number().min(0).max(1).nullable(),
  /** Skew corrected before recognition, degrees. */
  skew: z.number(),
  words: z.number().int().nonnegative(),
  /** Figures (words with a digit) below the uncertainty threshold. */
  uncertainFigures: z.number().int().nonnegative(),
});
export type OcrPage = z.infer<typeof OcrPage>;

/** Present only when some pages were read by OCR: the engine, the resolution, and each OCR'd page. */
export const OcrReading = z.object({
  engine: z.string(),
  dpi: z.number().positive(),
  pages: z.array(OcrPage),
});
export type OcrReading = z.infer<typeof OcrReading>;
