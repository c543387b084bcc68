export { pdfParser, parsePdf, DEFAULT_MAX_PAGES, DEFAULT_MAX_BYTES } from './parser.js';
export { decodeLegacy, legacyFontOf, type LegacyEncoding, type LegacyFont } from './legacy-encodings/index.js';
