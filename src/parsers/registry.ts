import type { SourceFormat } from '../model/source.js';
import type { FormatParser } from './layout.js';
import { textParser } from './text/index.js';
import { pdfParser } from './pdf/index.js';
import { docxParser } from './docx/index.js';
import { docParser } from './doc/index.js';

/** One parser per format: textlint's "processor" plugins. */
const PARSERS: Record<SourceFormat, FormatParser> = {
  text: textParser,
  pdf: pdfParser,
  docx: docxParser,
  doc: docParser,
};

export const parserFor = (format: SourceFormat): FormatParser => PARSERS[format];
