export { ocrPdf, ocrPages, DEFAULT_DPI, type OcrOptions } from './ocr-pdf.js';
export { readPdfWithOcr, unexplainedInk, type ReadPdfWithOcrOptions } from './read-pdf.js';
export {
  OcrEngine,
  sharedEngine,
  closeSharedEngine,
  defaultWorkerCount,
  languagePath,
  type OcrEngineOptions,
  type OcrModel,
} from './engine.js';
export {
  shouldOcrPages,
  readPdfTextStats,
  hasUsableText,
  OcrMode,
  MIN_USABLE_CHARS,
  MAX_UNUSABLE_SHARE,
  type PdfTextStats,
  type PdfPageTextStats,
} from './select.js';
export { ConfidenceSpan, UNCERTAIN_BELOW, isUncertain, figureConfidence, shiftSpans, WordPool } from './confidence.js';
export {
  layoutFromOcr,
  layoutFromMixed,
  MixedLayoutDocument,
  OcrLayoutDocument,
  OcrLayoutParagraph,
  OcrLayoutTable,
  OcrLayoutFootnote,
  OcrSummary,
  OcrPageSummary,
} from './layout.js';
export { ocrRuns, pageLayoutOf } from './runs.js';
export { normaliseWord, type FigureFlag } from './digits.js';
export { repairAroundFigures } from './repair.js';
export type { OcrPageResult, OcrWord, PixelRule } from './types.js';
