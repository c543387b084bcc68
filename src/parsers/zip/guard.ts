import yauzl from 'yauzl';
import { SolieuError, type ErrorCode } from '../../errors/index.js';

/**
 * The zip guard of the Office formats (DOCX, XLSX): the package is inflated here before any library
 * touches it, and it must not expand beyond a cap. The zip directory is not trusted: every entry is
 * inflated with a running byte counter (yauzl also fails an entry whose real size differs from the
 * declared one), so a lying directory is caught during inflation, not after.
 */

export interface ZipLimits {
  /** Cap on the total uncompressed bytes of all entries. */
  maxUncompressed: number;
  /** Cap on compressed→uncompressed ratio for any entry bigger than `ratioFloor`. */
  maxRatio: number;
  ratioFloor: number;
  maxEntries: number;
}

/** What the caller's format calls a damaged package, and how many parts a real one has (for the hint). */
export interface ZipFormat {
  /** The error code of a package that is damaged or not of this format (`invalid_docx`, `invalid_xlsx`). */
  damaged: ErrorCode;
  /** The hint when the directory declares too many entries. */
  tooManyEntriesHint: string;
}

export interface InflatedZip {
  /** Every entry name, in directory order (folders included). */
  entries: string[];
  /** The kept entries, inflated, by exact entry name. */
  parts: Map<string, Buffer>;
  uncompressedBytes: number;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Inflates every entry under the limits, keeping the bytes of those `keep` accepts. */
export async function inflateZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  format: ZipFormat,
  keep: (name: string) => boolean,
): Promise<InflatedZip> {
  const zip = await openZip(bytes, format);
  try {
    const entries = await listEntries(zip, limits, format);
    const parts = new Map<string, Buffer>();
    let total = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const { bytes: size, data } = await inflateEntry(zip, entry, limits.maxUncompressed - total, keep(entry.fileName), format);
      total += size;
      if (data !== null) parts.set(entry.fileName, data);
    }
    return { entries: entries.map((e) => e.fileName), parts, uncompressedBytes: total };
  } finally {
    zip.close();
  }
}

/** One entry, inflated under the same limits; null when the package has no entry of that exact name. */
export async function inflateZipEntry(bytes: Uint8Array, name: string, limits: ZipLimits, format: ZipFormat): Promise<Buffer | null> {
  const zip = await openZip(bytes, format);
  try {
    const entry = (await listEntries(zip, limits, format)).find((e) => e.fileName === name);
    if (!entry) return null;
    const { data } = await inflateEntry(zip, entry, limits.maxUncompressed, true, format);
    return data ?? Buffer.alloc(0);
  } finally {
    zip.close();
  }
}

function openZip(bytes: Uint8Array, format: ZipFormat): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) {
        reject(
          new SolieuError(
            format.damaged,
            `is not a readable zip archive (${error?.message ?? 'unknown error'}); the file may be truncated`,
            'download or copy the file again',
          ),
        );
      } else resolve(zip);
    });
  });
}

function listEntries(zip: yauzl.ZipFile, limits: ZipLimits, format: ZipFormat): Promise<yauzl.Entry[]> {
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(
      new SolieuError('zip_bomb', `declares ${zip.entryCount} zip entries (limit ${limits.maxEntries})`, format.tooManyEntriesHint),
    );
  }
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      const problem = entryProblem(entry, declared, limits, format);
      if (problem) {
        reject(problem);
        return;
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) =>
      reject(new SolieuError(format.damaged, `has a damaged zip directory (${error.message})`, 'download or copy the file again')),
    );
    zip.readEntry();
  });
}

function entryProblem(entry: yauzl.Entry, declared: number, limits: ZipLimits, format: ZipFormat): SolieuError | null {
  if (declared > limits.maxUncompressed) {
    return new SolieuError(
      'zip_bomb',
      `declares ${mb(declared)} or more of uncompressed content (limit ${mb(limits.maxUncompressed)})`,
      'raise the limit with --max-bytes only if you trust the file',
    );
  }
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > limits.ratioFloor && ratio > limits.maxRatio) {
    return new SolieuError(
      'zip_bomb',
      `entry ${entry.fileName} expands ${Math.round(ratio)}:1 (limit ${limits.maxRatio}:1)`,
      'do not open this file',
    );
  }
  if (entry.isEncrypted())
    return new SolieuError(format.damaged, `entry ${entry.fileName} is encrypted`, 'remove the password and save again');
  return null;
}

function inflateEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  budget: number,
  keep: boolean,
  format: ZipFormat,
): Promise<{ bytes: number; data: Buffer | null }> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(
          new SolieuError(
            format.damaged,
            `cannot read zip entry ${entry.fileName} (${error?.message ?? 'no stream'})`,
            'download or copy the file again',
          ),
        );
        return;
      }
      let count = 0;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        count += chunk.length;
        if (count > budget) {
          stream.destroy();
          reject(
            new SolieuError(
              'zip_bomb',
              `expands past the uncompressed-size limit while inflating ${entry.fileName}`,
              'raise the limit with --max-bytes only if you trust the file',
            ),
          );
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
            ? new SolieuError(
                'zip_bomb',
                `zip entry ${entry.fileName}: ${err.message} (the zip directory lies about sizes)`,
                'do not trust this file; ask the sender for a clean copy',
              )
            : new SolieuError(format.damaged, `zip entry ${entry.fileName} is damaged (${err.message})`, 'download or copy the file again'),
        );
      });
      stream.on('end', () => resolve({ bytes: count, data: keep ? Buffer.concat(chunks) : null }));
    });
  });
}
