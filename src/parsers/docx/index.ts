import { SolieuError } from '../../errors/index.js';
import type { ParseWarning, Source } from '../../model/index.js';
import { LayoutDocument, type FormatDeclaration, type FormatParser, type LayoutFootnote, type ParseOptions } from '../layout.js';
import { zipHas } from '../sniff.js';
import { LayoutConverter } from './convert.js';
import { NoteNumbering } from './notes.js';
import { readWordDocument } from './word-model.js';
import { DEFAULT_ZIP_LIMITS, inspectDocxZip } from './zip-guard.js';

/**
 * DOCX → layout. The zip is inspected first (not a zip, a renamed .doc, no main part, zip bombs),
 * then mammoth reads the document tree from the parts the inspection inflated; footnotes keep Word's display numbering; DOCX has no pages,
 * so every item has `page: null` and `source.pages` is Word's own count from `docProps/app.xml`.
 */
export const docxParser: FormatParser = {
  format: 'docx',
  async parse(bytes: Uint8Array, source: Source, options: ParseOptions): Promise<LayoutDocument> {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxUncompressed: options.maxBytes ?? DEFAULT_ZIP_LIMITS.maxUncompressed };
    const pkg = await inspectDocxZip(bytes, limits);
    const { document, notes, messages } = await readWordDocument(bytes, pkg, limits);

    const warnings: ParseWarning[] = [];
    let converter: LayoutConverter;
    let footnotes: LayoutFootnote[];
    try {
      const numbering = new NoteNumbering(document.children);
      converter = new LayoutConverter(numbering);
      converter.convert(document.children);
      footnotes = numbering.bodies(notes, warnings);
    } catch (error) {
      // Only a crafted file nests deep enough to exhaust the stack.
      if (error instanceof RangeError)
        throw new SolieuError(
          'invalid_docx',
          'is nested too deeply to read (crafted or damaged file)',
          'ask the sender for a clean copy',
          null,
          { cause: error },
        );
      throw error;
    }
    warnings.push(...converter.warnings(), ...readerWarnings(messages));

    return LayoutDocument.parse({
      source: { ...source, format: 'docx', pages: pkg.pages },
      items: converter.items,
      footnotes,
      warnings,
    });
  },
};

// Unknown style names and drawing shapes (lines, text-box frames) say nothing about the text.
const NOISE = /^(?:Unrecognised (?:paragraph|run|table) style|An unrecognised element was ignored: (?:v|o|w10|wps|wpg|wpc|mc):)/u;

/** mammoth's remaining messages, once each. */
function readerWarnings(messages: string[]): ParseWarning[] {
  const kept = [...new Set(messages.filter((m) => !NOISE.test(m)))];
  return kept.slice(0, 20).map((message) => ({ code: 'docx_reader', message, page: null }));
}

/** A zip holding `word/document.xml` (or another `word/` part) is a Word document, whatever it is called. */
export const docxFormat: FormatDeclaration = {
  ...docxParser,
  name: 'Word (.docx)',
  extensions: ['.docx', '.docm'],
  sniff: (bytes) => zipHas(bytes, (name) => name.startsWith('word/')),
  read: true,
};
