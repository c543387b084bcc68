import { SolieuError } from '../../errors/index.js';
import type { ParseWarning, Source } from '../../model/index.js';
import { LayoutDocument, type FormatDeclaration, type FormatParser, type LayoutFootnote, type ParseOptions } from '../layout.js';
import { oleHasStream } from '../sniff.js';
import { assembleItems, cleanStory } from './assemble.js';
import { checkOleHeader } from './ole-guard.js';
import { readRawWordFile, type RawWordFile } from './ole-reader.js';

/**
 * Word 97–2003 (.doc) → layout, through word-extractor's OLE reader. Paragraphs, footnotes and
 * endnotes (numbered in reference order, endnotes after footnotes), and tables as far as the
 * paragraph properties tell cells apart. A .doc has no reliable page layout: `page` is null.
 */

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export const docParser: FormatParser = {
  format: 'doc',
  async parse(bytes: Uint8Array, source: Source, options: ParseOptions): Promise<LayoutDocument> {
    refuseOtherFormats(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
    checkOleHeader(bytes);
    let raw: RawWordFile;
    try {
      raw = await readRawWordFile(bytes);
    } catch (error) {
      throw new SolieuError(
        'invalid_doc',
        `could not be read as a Word 97–2003 document (${(error as Error).message})`,
        'open it in Word or LibreOffice and save it again (as .docx if possible)',
        null,
        { cause: error },
      );
    }
    if (typeof raw?.body !== 'string') {
      throw new SolieuError('invalid_doc', 'is an OLE2 file without a Word document stream', 'check that this really is a Word .doc file');
    }

    const warnings: ParseWarning[] = [];
    const noteAt = new Map<number, number>();
    const footnotes: LayoutFootnote[] = [];
    let number = 0;
    for (const story of [raw.footnotes, raw.endnotes]) {
      story.references.forEach((cp, i) => {
        number += 1;
        noteAt.set(cp, number);
        footnotes.push({ number, text: cleanStory(story.texts[i] ?? ''), page: null });
      });
    }
    if (raw.endnotes.references.length > 0) {
      warnings.push({
        code: 'doc_endnotes',
        message: `${raw.endnotes.references.length} endnotes numbered after the ${raw.footnotes.references.length} footnotes`,
        page: null,
      });
    }
    const unread = countChar(raw.body, '\x02') - noteAt.size;
    if (unread > 0) {
      warnings.push({ code: 'doc_note_unread', message: `${unread} note reference marks could not be matched to a note text`, page: null });
    }

    const { items, notesInTables } = assembleItems(raw.body, raw.inTable, noteAt, raw.pageBreakBefore);
    if (notesInTables > 0) {
      warnings.push({
        code: 'doc_note_in_table',
        message: `${notesInTables} note references stand inside data tables; their footnotes have no anchor in the running text`,
        page: null,
      });
    }
    return LayoutDocument.parse({ source: { ...source, format: 'doc', pages: raw.pages }, items, footnotes, warnings });
  },
};

function refuseOtherFormats(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length > maxBytes) {
    throw new SolieuError(
      'too_large',
      `is ${bytes.length} bytes, over the ${maxBytes}-byte limit for .doc files`,
      'raise the limit with --max-bytes if this really is one report',
    );
  }
  if (OLE2.every((b, i) => bytes[i] === b)) return;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new SolieuError('invalid_doc', 'is a zip package (probably a .docx) named .doc', 'rename it to .docx');
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new SolieuError('invalid_doc', 'is a PDF file named .doc', 'rename it to .pdf');
  }
  throw new SolieuError(
    'invalid_doc',
    bytes.length === 0 ? 'is empty (0 bytes)' : 'is not a Word 97–2003 document (no OLE2 signature)',
    'check that the download or copy was complete',
  );
}

function countChar(text: string, ch: string): number {
  let count = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) count += 1;
  return count;
}

/** An OLE2 file holding a `WordDocument` stream is a Word 97–2003 document, whatever it is called. */
export const docFormat: FormatDeclaration = {
  ...docParser,
  name: 'Word 97–2003 (.doc)',
  extensions: ['.doc'],
  sniff: (bytes) => oleHasStream(bytes, 'WordDocument'),
  read: true,
};
