import { SolieuError } from '../../errors/index.js';
import { inflateZip, inflateZipEntry, type ZipFormat, type ZipLimits } from '../zip/index.js';

export type { ZipLimits } from '../zip/index.js';

/**
 * Inspects a DOCX package before any library inflates it: the file must be a zip holding a main
 * document part, inflated under the limits of the shared zip guard (src/parsers/zip).
 */

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressed: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloor: 4 * 1024 * 1024,
  maxEntries: 5000,
};

export interface DocxPackage {
  /** Path of the main document part (`word/document.xml` unless `_rels/.rels` says otherwise). */
  mainPart: string;
  /** `<Pages>` of `docProps/app.xml`, as last saved by Word; null when absent. */
  pages: number | null;
  entries: string[];
  uncompressedBytes: number;
  /**
   * The XML parts (and relationships) as inflated here, by exact entry name, so that the document
   * reader does not inflate the package a second time. Media and other binary parts are not kept.
   */
  parts: Map<string, Buffer>;
}

const DOCX_ZIP: ZipFormat = { damaged: 'invalid_docx', tooManyEntriesHint: 'a real report has a few dozen parts; do not open this file' };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];
const PDF = [0x25, 0x50, 0x44, 0x46];
/** Parts read to learn the main part and the page count, when not bigger than this. */
const KEPT_PART_CAP = 1024 * 1024;
/** Parts kept for the document reader: XML and relationships (and mammoth's own style map); media are counted and dropped. */
const isReadPart = (name: string): boolean => /\.(?:xml|rels)$/iu.test(name) || name === 'mammoth/style-map';

export async function inspectDocxZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<DocxPackage> {
  refuseOtherFormats(bytes);
  const { entries: names, parts, uncompressedBytes } = await inflateZip(bytes, limits, DOCX_ZIP, isReadPart);
  // Matched without case, the last entry of that name winning, as Word and zip tools do.
  const small = (name: string): string | null => {
    let found: Buffer | null = null;
    for (const [part, data] of parts) if (part.toLowerCase() === name) found = data;
    return found !== null && found.length <= KEPT_PART_CAP ? found.toString('utf8') : null;
  };
  const mainPart = findMainPart(small('_rels/.rels'));
  if (!names.includes(mainPart)) {
    throw new SolieuError(
      'invalid_docx',
      `is a zip archive but not a Word document: ${mainPart} is missing`,
      'open the file in Word or LibreOffice and save it again as .docx',
    );
  }
  return { mainPart, pages: readPages(small('docprops/app.xml')), entries: names, uncompressedBytes, parts };
}

function refuseOtherFormats(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE2)) {
    // Password-protected Office files are OLE2 containers holding an `EncryptedPackage` stream.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new SolieuError(
        'password_required',
        'is a password-protected (encrypted) Word document',
        'remove the password in Word (File › Info › Protect Document) and try again',
      );
    }
    throw new SolieuError(
      'invalid_docx',
      'is a Word 97–2003 (.doc, OLE2) file named .docx',
      'rename it to .doc so that the .doc reader handles it',
    );
  }
  if (startsWith(bytes, PDF)) throw new SolieuError('invalid_docx', 'is a PDF file named .docx', 'rename it to .pdf');
  if (!startsWith(bytes, ZIP)) {
    throw new SolieuError(
      'invalid_docx',
      bytes.length === 0 ? 'is empty (0 bytes)' : 'is not a zip archive, so not a DOCX package',
      'check that the download or copy was complete',
    );
  }
}

/** One entry of the package, inflated under the same limits (a part the document reader asks for that was not kept). */
export async function inflatePart(bytes: Uint8Array, name: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<Buffer> {
  const data = await inflateZipEntry(bytes, name, limits, DOCX_ZIP);
  if (data === null)
    throw new SolieuError('invalid_docx', `has no zip entry ${name}`, 'open the file in Word or LibreOffice and save it again as .docx');
  return data;
}

function findMainPart(rels: string | null): string {
  // Split on elements instead of one regex over the whole part: linear on any input.
  for (const element of (rels ?? '').split('<Relationship').slice(1)) {
    const end = element.indexOf('>');
    const tag = end === -1 ? element : element.slice(0, end);
    if (!(attribute(tag, 'Type') ?? '').endsWith('/officeDocument')) continue;
    const target = attribute(tag, 'Target');
    if (target) return target.replace(/^\/+/u, '');
  }
  return 'word/document.xml';
}

function attribute(tag: string, name: string): string | null {
  const start = tag.indexOf(`${name}="`);
  if (start === -1) return null;
  const from = start + name.length + 2;
  const end = tag.indexOf('"', from);
  return end === -1 ? null : tag.slice(from, end);
}

function readPages(app: string | null): number | null {
  const match = app === null ? null : /<Pages>\s*(\d{1,6})\s*<\/Pages>/u.exec(app);
  return match?.[1] ? Number(match[1]) : null;
}

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
