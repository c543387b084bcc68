import type { SourceFormat } from '../model/source.js';
import type { FormatParser } from './layout.js';
import { textParser } from './text/index.js';

const PARSERS: Partial<Record<SourceFormat, FormatParser>> = {
  text: textParser,
};

export function parserFor(format: SourceFormat): FormatParser {
  const parser = PARSERS[format];
  if (!parser) throw new Error(`no parser registered for ${format}`);
  return parser;
}
