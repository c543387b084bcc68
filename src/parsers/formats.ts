import { extname } from 'node:path';
import type { SourceFormat } from '../model/index.js';
import type { FormatDeclaration } from './layout.js';
import { pdfParser } from './pdf/index.js';
import { docxFormat } from './docx/index.js';
import { docFormat } from './doc/index.js';
import { xlsxFormat } from './xlsx/index.js';
import { xlsFormat } from './xls/index.js';
import { textFormat } from './text/index.js';
import { isPdf } from './sniff.js';

/** `%PDF-` in the first kilobyte is a PDF, whatever the file is called. */
const pdfFormat: FormatDeclaration = { ...pdfParser, name: 'PDF', extensions: ['.pdf'], sniff: isPdf, read: true };

/**
 * The one list of formats. Content first: the first format whose test the bytes pass is the format
 * (a DOCX named `.pdf` is read as DOCX, a PDF named `.docx` as PDF); a file no test recognises goes
 * by its extension, so that the parser it names can say what is wrong with it.
 */
export const FORMATS: readonly FormatDeclaration[] = [pdfFormat, docxFormat, xlsxFormat, docFormat, xlsFormat, textFormat];

const BY_FORMAT = new Map(FORMATS.map((f) => [f.format, f]));

export function formatOf(format: SourceFormat): FormatDeclaration {
  const found = BY_FORMAT.get(format);
  if (!found) throw new Error(`no parser declared for ${format}`);
  return found;
}

export function detectFormat(bytes: Uint8Array, path: string): SourceFormat | null {
  const sniffed = FORMATS.find((f) => f.sniff(bytes));
  if (sniffed) return sniffed.format;
  const ext = extname(path).toLowerCase();
  return FORMATS.find((f) => f.extensions.includes(ext))?.format ?? null;
}

/** Extensions picked up when walking folders: the formats solieu reads (not those it only refuses). */
export const READ_EXTENSIONS: readonly string[] = FORMATS.filter((f) => f.read).flatMap((f) => f.extensions);

/** `PDF, Word (.docx), …` for messages. */
export const readFormatNames = (): string =>
  FORMATS.filter((f) => f.read)
    .map((f) => f.name)
    .join(', ');
