/**
 * Internal shapes of the OCR path. Pixel coordinates: origin top-left, y grows downwards, in the
 * deskewed page image. Point coordinates (what the PDF parser's `Run`s use): PDF user space, origin
 * bottom-left, y grows upwards. Pages are 1-based; confidences are 0–1.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognised word in pixel space. */
export interface OcrWord {
  text: string;
  /** Tesseract's word confidence, 0–1, after the ink and repair adjustments. */
  confidence: number;
  /** Tesseract's own word confidence, 0–1. */
  rawConfidence: number;
  box: Box;
  /** Baseline y (pixels) under the word's centre. */
  baseline: number;
  /** Font size estimate in pixels (em height), from the row it sits in. */
  size: number;
  /** Share of the word's dark pixels drawn in coloured ink (handwriting, stamps). */
  colourInk: number;
  /**
   * What happened to the word: `marker`, `tone-repair`, `digit-repair`, `separator-repair`, and the
   * reasons its confidence was lowered: `low-confidence`, `coloured-ink`, `ungrouped-digits`,
   * `separator-shape`, `unread-ink`.
   */
  flags: string[];
}

/** A horizontal or vertical ruling line found in the image, in pixels. */
export interface PixelRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What OCR produced for one page, before layout. */
export interface OcrPageResult {
  page: number;
  /** Page size in points, and the scale between pixels and points. */
  widthPt: number;
  heightPt: number;
  dpi: number;
  /** Skew that was corrected before recognition, in degrees (positive = counter-clockwise). */
  skew: number;
  words: OcrWord[];
  rules: PixelRule[];
  /** Mean word confidence weighted by characters (0–1); null when nothing was read. */
  confidence: number | null;
  seconds: number;
}
