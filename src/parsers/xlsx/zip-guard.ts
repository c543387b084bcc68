import { SolieuError } from '../../errors/index.js';
import { inflateZip, type ZipFormat, type ZipLimits } from '../zip/index.js';

/**
 * A workbook is a zip: before exceljs inflates it in memory, the shared zip guard inflates every
 * entry under the limits (a zip bomb or a lying directory is refused), and a zip without
 * `xl/workbook.xml` is no workbook.
 */

export const DEFAULT_WORKBOOK_LIMITS: ZipLimits = {
  maxUncompressed: 300 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 4 * 1024 * 1024,
  maxEntries: 10_000,
};

const XLSX_ZIP: ZipFormat = {
  damaged: 'invalid_xlsx',
  tooManyEntriesHint: 'a real workbook has a few hundred parts at most; do not open this file',
};

export async function guardWorkbookZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_WORKBOOK_LIMITS): Promise<void> {
  // Nothing is kept: exceljs reads the package itself once it is known to be safe.
  const { entries } = await inflateZip(bytes, limits, XLSX_ZIP, () => false);
  if (!entries.some((name) => name.toLowerCase() === 'xl/workbook.xml')) {
    throw new SolieuError(
      'invalid_xlsx',
      'is a zip archive but not an Excel workbook: xl/workbook.xml is missing',
      'open the file in Excel or LibreOffice and save it again as .xlsx',
    );
  }
}
