import mammoth from 'mammoth';
import { SolieuError } from '../../errors/index.js';
import { inflatePart, type DocxPackage, type ZipLimits } from './zip-guard.js';

/**
 * The part of mammoth's internal document tree solieu reads. mammoth types only its HTML output, so
 * the tree is captured through `convertToHtml`'s `transformDocument` hook and described here.
 * (`extractRawText` is never used: it drops footnotes.)
 */

export interface WordText {
  type: 'text';
  value: string;
}
export interface WordTab {
  type: 'tab';
}
export interface WordBreak {
  type: 'break';
  breakType: 'line' | 'page' | 'column' | string;
}
export interface WordNoteReference {
  type: 'noteReference';
  noteType: 'footnote' | 'endnote';
  noteId: string;
}
export interface WordRun {
  type: 'run';
  children: WordNode[];
  isBold: boolean;
  isItalic: boolean;
  verticalAlignment?: string;
}
export interface WordParagraph {
  type: 'paragraph';
  children: WordNode[];
  styleId: string | null;
  styleName: string | null;
  alignment?: string;
  numbering: { level: string; isOrdered: boolean } | null;
}
export interface WordTableCell {
  type: 'tableCell';
  children: WordNode[];
  colSpan: number;
  rowSpan: number;
}
export interface WordTableRow {
  type: 'tableRow';
  children: WordTableCell[];
  isHeader: boolean;
}
export interface WordTable {
  type: 'table';
  children: WordTableRow[];
  styleName: string | null;
}
/** Hyperlinks, bookmarks, images, checkboxes, comments…: read through `children` when they have any. */
export interface WordOther {
  type: 'hyperlink' | 'image' | 'checkbox' | 'bookmarkStart' | 'commentReference' | 'comment' | 'note';
  children?: WordNode[];
}

export type WordNode =
  WordText | WordTab | WordBreak | WordNoteReference | WordRun | WordParagraph | WordTable | WordTableRow | WordTableCell | WordOther;

export interface WordNote {
  noteType: 'footnote' | 'endnote';
  noteId: string;
  body: WordNode[];
}

export interface WordDocument {
  children: WordNode[];
  notes: { _notes?: Record<string, WordNote> };
}

export interface WordReadResult {
  document: WordDocument;
  notes: WordNote[];
  messages: string[];
}

/**
 * The package as mammoth reads it (its `{ file }` input: `exists` and `read` by part name), served
 * from the parts the zip guard already inflated; a part it did not keep is inflated on demand.
 */
function packageFile(bytes: Uint8Array, pkg: DocxPackage, limits: ZipLimits): unknown {
  const names = new Set(pkg.entries);
  return {
    exists: (name: string): boolean => names.has(name),
    async read(name: string, encoding?: string): Promise<string | Uint8Array> {
      const data = pkg.parts.get(name) ?? (await inflatePart(bytes, name, limits));
      if (encoding === 'base64') return data.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(data);
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    },
    write(): void {
      throw new Error('the package is read-only');
    },
  };
}

export async function readWordDocument(bytes: Uint8Array, pkg: DocxPackage, limits: ZipLimits): Promise<WordReadResult> {
  let captured: WordDocument | null = null;
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { file: packageFile(bytes, pkg, limits) } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
      {
        // solieu reads mammoth's document tree, not its HTML: hand the converter an empty body
        // and no style maps, so that it has nothing to convert (its only messages there are about
        // unmapped styles, which say nothing about the text).
        transformDocument: (document: WordDocument) => {
          captured = document;
          return { ...document, children: [] };
        },
        includeDefaultStyleMap: false,
        includeEmbeddedStyleMap: false,
        // Images are never decoded: solieu reads text, and a crafted image must not cost memory.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
  } catch (error) {
    throw new SolieuError(
      'invalid_docx',
      `could not be read as a Word document (${(error as Error).message})`,
      'open it in Word or LibreOffice and save it again as .docx',
      null,
      { cause: error },
    );
  }
  const document = captured as WordDocument | null;
  if (document === null)
    throw new SolieuError('invalid_docx', 'has no readable document body', 'open it in Word or LibreOffice and save it again as .docx');
  return {
    document,
    notes: Object.values(document.notes._notes ?? {}),
    messages: result.messages.map((m) => m.message),
  };
}
