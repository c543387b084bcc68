import ExcelJS from 'exceljs';
import { SolieuError } from '../../errors/index.js';
import type { ParseWarning, Source } from '../../model/index.js';
import type { FormatDeclaration, LayoutDocument, LayoutItem, ParseOptions } from '../layout.js';
import { oleHasStream, zipHas } from '../sniff.js';
import { DEFAULT_WORKBOOK_LIMITS, guardWorkbookZip } from './zip-guard.js';
import { type SheetStats, sheetItems } from './sheet.js';

/**
 * Excel workbooks (`.xlsx`), read with exceljs: each visible or hidden sheet in order, its title lines
 * as paragraphs and its grid as one table or several. exceljs is kept up to date, reads merges,
 * number formats, fonts and cached formula values, and needs no native code.
 */

const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export const xlsxFormat: FormatDeclaration = {
  format: 'xlsx',
  name: 'Excel (.xlsx)',
  extensions: ['.xlsx', '.xlsm'],
  // A zip is a workbook when it holds `xl/workbook.xml`, whatever the file is called.
  sniff: (bytes) => zipHas(bytes, (name) => name === 'xl/workbook.xml'),
  read: true,
  async parse(bytes: Uint8Array, source: Source, options: ParseOptions): Promise<LayoutDocument> {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > maxBytes) {
      throw new SolieuError(
        'too_large',
        `is ${bytes.length} bytes, over the ${maxBytes}-byte limit for workbooks`,
        'raise the limit with --max-bytes if this really is one report',
      );
    }
    if (oleHasStream(bytes, 'EncryptedPackage')) {
      throw new SolieuError(
        'password_required',
        'is a password-protected (encrypted) Excel workbook',
        'remove the password in Excel (File › Info › Protect Workbook) and try again',
      );
    }
    await guardWorkbookZip(bytes, {
      ...DEFAULT_WORKBOOK_LIMITS,
      maxUncompressed: options.maxBytes ?? DEFAULT_WORKBOOK_LIMITS.maxUncompressed,
    });
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    } catch (error) {
      throw new SolieuError(
        'invalid_xlsx',
        `cannot be read as an Excel workbook (${(error as Error).message})`,
        'open the file in Excel or LibreOffice and save it again as .xlsx',
        null,
        { cause: error },
      );
    }
    const stats: SheetStats = { legacyCells: 0, formulasWithoutValue: 0 };
    const items: LayoutItem[] = [];
    const warnings: ParseWarning[] = [];
    workbook.worksheets.forEach((sheet, i) => {
      const before = items.length;
      items.push(...sheetItems(sheet, i === 0, stats));
      if (sheet.state !== 'visible' && items.length > before) {
        warnings.push({
          code: 'hidden_sheet',
          message: `sheet "${sheet.name}" is hidden in the workbook; its tables are read too`,
          page: null,
        });
      }
    });
    if (stats.legacyCells > 0) {
      warnings.push({
        code: 'legacy_encoding',
        message: `${stats.legacyCells} cells typed in a TCVN3/VNI font were converted to Unicode`,
        page: null,
      });
    }
    if (stats.formulasWithoutValue > 0) {
      warnings.push({
        code: 'formula_without_value',
        message: `${stats.formulasWithoutValue} formulas have no saved value (the workbook was never recalculated); their cells are left empty`,
        page: null,
      });
    }
    return { source: { ...source, pages: null }, items, footnotes: [], warnings };
  },
};
