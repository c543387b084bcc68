import { SolieuError } from '../../errors/index.js';
import type { FormatDeclaration, LayoutDocument } from '../layout.js';
import { isOle2, oleHasStream } from '../sniff.js';

/**
 * Excel 97–2003 workbooks (`.xls`, BIFF in an OLE2 file) are recognised only to be refused clearly:
 * the one reader on the npm registry, `xlsx` 0.18.5, is no longer maintained there (SheetJS moved its
 * releases off the registry) and carries known advisories; exceljs reads `.xlsx` only.
 */
export const xlsFormat: FormatDeclaration = {
  format: 'xls',
  name: 'Excel 97–2003 (.xls)',
  extensions: ['.xls'],
  sniff: (bytes) => isOle2(bytes) && (oleHasStream(bytes, 'Workbook') || oleHasStream(bytes, 'Book')),
  read: false,
  parse(): Promise<LayoutDocument> {
    return Promise.reject(
      new SolieuError(
        'unsupported_format',
        'is an Excel 97–2003 workbook (.xls, BIFF), which solieu does not read',
        'open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook), then run solieu on the .xlsx',
      ),
    );
  },
};
