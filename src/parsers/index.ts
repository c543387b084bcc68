/**
 * The parsers' entry: which formats solieu reads, how the content decides the format, the parser
 * for each, and the layout model every parser produces (the input of src/structure).
 */
export { parserFor, FORMATS, READ_EXTENSIONS, readFormatNames } from './registry.js';
export { detectFormat } from './detect.js';
export {
  LayoutDocument,
  LayoutFootnote,
  LayoutItem,
  LayoutParagraph,
  LayoutTable,
  type FormatDeclaration,
  type FormatParser,
  type ParseOptions,
} from './layout.js';
