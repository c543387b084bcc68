import yauzl from 'yauzl';
import { SolieuError } from '../../errors/index.js';

/**
 * Inspects a DOCX package before any library inflates it: the file must be a zip holding a main
 * document part, and it must not expand beyond a cap. The zip directory is not trusted: every entry
 * is inflated here with a running byte counter (yauzl also fails an entry whose real size differs
 * from the declared one), so a lying directory is caught during inflation, not after.
 */

export interface ZipLimits {
  /** Cap on the total uncompressed bytes of all entries. */
  maxUncompressed: number;
  /** Cap on compressed→uncompressed ratio for any entry bigger than `ratioFloor`. */
  maxRatio: number;
  ratioFloor: number;
  maxEntries: number;
}

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

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];
const PDF = [0x25, 0x50, 0x44, 0x46];
/** Parts read to learn the main part and the page count, when not bigger than this. */
const KEPT_PART_CAP = 1024 * 1024;
/** Parts kept for the document reader: XML and relationships (and mammoth's own style map); media are counted and dropped. */
const isReadPart = (name: string): boolean => /\.(?:xml|rels)$/iu.test(name) || name === 'mammoth/style-map';

export async function inspectDocxZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<DocxPackage> {
  refuseOtherFormats(bytes);
  const zip = await openZip(bytes);
  try {
    const entries = await listEntries(zip, limits);
    const parts = new Map<string, Buffer>();
    let total = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const { bytes: size, data } = await inflateEntry(zip, entry, limits.maxUncompressed - total, isReadPart(entry.fileName));
      total += size;
      if (data !== null) parts.set(entry.fileName, data);
    }
    const names = entries.map((e) => e.fileName);
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
    return { mainPart, pages: readPages(small('docprops/app.xml')), entries: names, uncompressedBytes: total, parts };
  } finally {
    zip.close();
  }
}

function refuseOtherFormats(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE2)) {
    // Password-protected Office files are OLE2 containers holding an `EncryptedPackage` stream.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new SolieuError('password_required', 'is a password-protected (encrypted) Word document', 'remove the password in Word (File › Info › Protect Document) and try again');
    }
    throw new SolieuError('invalid_docx', 'is a Word 97–2003 (.doc, OLE2) file named .docx', 'rename it to .doc so that the .doc reader handles it');
  }
  if (startsWith(bytes, PDF)) throw new SolieuError('invalid_docx', 'is a PDF file named .docx', 'rename it to .pdf');
  if (!startsWith(bytes, ZIP)) {
    throw new SolieuError('invalid_docx', bytes.length === 0 ? 'is empty (0 bytes)' : 'is not a zip archive, so not a DOCX package', 'check that the download or copy was complete');
  }
}

function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) {
        reject(new SolieuError('invalid_docx', `is not a readable zip archive (${error?.message ?? 'unknown error'}); the file may be truncated`, 'download or copy the file again'));
      } else resolve(zip);
    });
  });
}

function listEntries(zip: yauzl.ZipFile, limits: ZipLimits): Promise<yauzl.Entry[]> {
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(new SolieuError('zip_bomb', `declares ${zip.entryCount} zip entries (limit ${limits.maxEntries})`, 'a real report has a few dozen parts; do not open this file'));
  }
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      const problem = entryProblem(entry, declared, limits);
      if (problem) {
        reject(problem);
        return;
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(new SolieuError('invalid_docx', `has a damaged zip directory (${error.message})`, 'download or copy the file again')));
    zip.readEntry();
  });
}

function entryProblem(entry: yauzl.Entry, declared: number, limits: ZipLimits): SolieuError | null {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (declared > limits.maxUncompressed) {
    return new SolieuError('zip_bomb', `declares ${mb(declared)} or more of uncompressed content (limit ${mb(limits.maxUncompressed)})`, 'raise the limit with --max-bytes only if you trust the file');
  }
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > limits.ratioFloor && ratio > limits.maxRatio) {
    return new SolieuError('zip_bomb', `entry ${entry.fileName} expands ${Math.round(ratio)}:1 (limit ${limits.maxRatio}:1)`, 'do not open this file');
  }
  if (entry.isEncrypted()) return new SolieuError('invalid_docx', `entry ${entry.fileName} is encrypted`, 'remove the password and save again');
  return null;
}

/** One entry of the package, inflated under the same limits (a part the document reader asks for that was not kept). */
export async function inflatePart(bytes: Uint8Array, name: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<Buffer> {
  const zip = await openZip(bytes);
  try {
    const entry = (await listEntries(zip, limits)).find((e) => e.fileName === name);
    if (!entry) throw new SolieuError('invalid_docx', `has no zip entry ${name}`, 'open the file in Word or LibreOffice and save it again as .docx');
    const { data } = await inflateEntry(zip, entry, limits.maxUncompressed, true);
    return data ?? Buffer.alloc(0);
  } finally {
    zip.close();
  }
}

function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: number, keep: boolean): Promise<{ bytes: number; data: Buffer | null }> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(new SolieuError('invalid_docx', `cannot read zip entry ${entry.fileName} (${error?.message ?? 'no stream'})`, 'download or copy the file again'));
        return;
      }
      let count = 0;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        count += chunk.length;
        if (count > budget) {
          stream.destroy();
          reject(new SolieuError('zip_bomb', `expands past the uncompressed-size limit while inflating ${entry.fileName}`, 'raise the limit with --max-bytes only if you trust the file'));
          return;
        }
        if (keep) chunks.push(chunk);
      });
      stream.on('error', (err: Error) => {
        // yauzl's size validation: more bytes than the directory declared is a lying directory
        // (the bomb case); fewer, or a broken deflate stream, is damage.
        const lying = /too many bytes/i.test(err.message);
        reject(
          lying
            ? new SolieuError('zip_bomb', `zip entry ${entry.fileName}: ${err.message} (the zip directory lies about sizes)`, 'do not trust this file; ask the sender for a clean copy')
            : new SolieuError('invalid_docx', `zip entry ${entry.fileName} is damaged (${err.message})`, 'download or copy the file again'),
        );
      });
      stream.on('end', () => resolve({ bytes: count, data: keep ? Buffer.concat(chunks) : null }));
    });
  });
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

const startsWith = (bytes: Uint8Array, magic: number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
