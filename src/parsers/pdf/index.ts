export { pdfParser, parsePdf, readTextLayer, DEFAULT_MAX_PAGES, DEFAULT_MAX_BYTES } from './parser.js';
export { OcrMode, type OcrProgress, type ParseProgress, type PdfParseOptions } from './options.js';
