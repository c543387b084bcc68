import yauzl from 'yauzl';
import { SolieuError } from '../../errors/index.js';

/**
 * A workbook is a zip: before exceljs inflates it in memory, every entry is inflated here with a
 * running byte counter (yauzl fails an entry whose real size differs from the declared one), so a
 * zip bomb or a lying directory is refused, and a zip without `xl/workbook.xml` is no workbook.
 */

export interface WorkbookLimits {
  maxUncompressed: number;
  maxRatio: number;
  ratioFloor: number;
  maxEntries: number;
}

export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = {
  maxUncompressed: 300 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 4 * 1024 * 1024,
  maxEntries: 10_000,
};

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function guardWorkbookZip(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, file) => {
      if (error || !file) reject(new SolieuError('invalid_xlsx', `is not a readable zip archive (${error?.message ?? 'unknown error'}); the file may be truncated`, 'download or copy the file again'));
      else resolve(file);
    });
  });
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new SolieuError('zip_bomb', `declares ${zip.entryCount} zip entries (limit ${limits.maxEntries})`, 'a real workbook has a few hundred parts at most; do not open this file');
  }
  let total = 0;
  let workbook = false;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.toLowerCase() === 'xl/workbook.xml') workbook = true;
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entry.uncompressedSize > limits.ratioFloor && ratio > limits.maxRatio) {
          reject(new SolieuError('zip_bomb', `entry ${entry.fileName} expands ${Math.round(ratio)}:1 (limit ${limits.maxRatio}:1)`, 'do not open this file'));
          return;
        }
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) {
            reject(new SolieuError('invalid_xlsx', `entry ${entry.fileName} cannot be read (${error?.message ?? 'unknown error'})`, 'open the workbook in Excel or LibreOffice and save it again as .xlsx'));
            return;
          }
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > limits.maxUncompressed) {
              stream.destroy();
              reject(new SolieuError('zip_bomb', `expands beyond ${mb(limits.maxUncompressed)}`, 'raise the limit with --max-bytes only if you trust the file'));
            }
          });
          stream.on('error', (e: Error) => reject(new SolieuError('invalid_xlsx', `entry ${entry.fileName} is damaged (${e.message})`, 'download or copy the file again')));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.on('end', () => resolve());
      zip.on('error', (e: Error) => reject(new SolieuError('invalid_xlsx', `has a damaged zip directory (${e.message})`, 'download or copy the file again')));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  if (!workbook) {
    throw new SolieuError('invalid_xlsx', 'is a zip archive but not an Excel workbook: xl/workbook.xml is missing', 'open the file in Excel or LibreOffice and save it again as .xlsx');
  }
}
