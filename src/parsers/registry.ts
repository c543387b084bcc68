import type { SourceFormat } from '../model/index.js';
import type { FormatParser } from './layout.js';
import { formatOf } from './formats.js';

/** One parser per format (textlint's "processor" plugins), from the one list in formats.ts. */
export const parserFor = (format: SourceFormat): FormatParser => formatOf(format);

export { FORMATS, readFormatNames, READ_EXTENSIONS } from './formats.js';
