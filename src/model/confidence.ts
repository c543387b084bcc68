import { z } from 'zod';

/**
 * OCR confidence of a stretch of text: 0-based UTF-16 offsets into the text it belongs to (`end`
 * exclusive) and the confidence (0–1) of the recognised word it came from. Only OCR'd text has
 * spans; born-digital text has none, and its figures have confidence null.
 */
export const ConfidenceSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.number().min(0).max(1),
});
export type ConfidenceSpan = z.infer<typeof ConfidenceSpan>;

/** Spans of each cell of a table, parallel to `rows`. */
export const CellConfidence = z.array(z.array(z.array(ConfidenceSpan)));
export type CellConfidence = z.infer<typeof CellConfidence>;

/**
 * Below this a figure is `uncertain`: tesseract scores clean print 0.90–0.96, and every figure it
 * misread on the project's synthetic scans and on real report 16 scored below 0.80 (docs/ocr.md).
 */
export const UNCERTAIN_BELOW = 0.8;

export const isUncertain = (value: number | null): boolean => value !== null && value < UNCERTAIN_BELOW;
