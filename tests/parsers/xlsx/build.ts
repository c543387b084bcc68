import ExcelJS from 'exceljs';

/**
 * Workbooks written by code for the tests: an indicator sheet with a two-level merged head, a
 * formula total, number formats, a hidden row and column and a TCVN3 cell; a second sheet with two
 * tables parted by empty rows.
 */
export interface SheetSpec {
  name: string;
  rows: Array<Array<string | number | { formula: string; result: number } | null>>;
  merges?: string[];
  numFmt?: Record<string, string>;
  hiddenRows?: number[];
  hiddenColumns?: number[];
  fonts?: Record<string, string>;
  indents?: Record<string, number>;
  state?: 'visible' | 'hidden';
}

export async function buildWorkbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const [address, format] of Object.entries(spec.numFmt ?? {})) sheet.getCell(address).numFmt = format;
    for (const [address, font] of Object.entries(spec.fonts ?? {})) sheet.getCell(address).font = { name: font };
    for (const [address, indent] of Object.entries(spec.indents ?? {})) sheet.getCell(address).alignment = { indent };
    for (const r of spec.hiddenRows ?? []) sheet.getRow(r).hidden = true;
    for (const c of spec.hiddenColumns ?? []) sheet.getColumn(c).hidden = true;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An indicator table: merged head `Năm 2024` over plan and actual, a `%` column, a formula total. */
export const INDICATORS: SheetSpec = {
  name: 'Bieu 01',
  rows: [
    ['BIỂU SỐ 01: KẾT QUẢ THU NGÂN SÁCH', null, null, null, null, null],
    ['Đơn vị: triệu đồng', null, null, null, null, null],
    ['STT', 'Chỉ tiêu', 'Năm 2024', null, '% so với KH', 'Ghi chú'],
    [null, null, 'Kế hoạch', 'Thực hiện', null, null],
    ['I', 'Thu nội địa', 2000, 1800.5, 0.90025, null],
    ['1', 'Thuế', 1200, 1100.25, 0.9169, 'Đạt'],
    ['2', 'Phí, lệ phí', 800, 700.25, 0.8753, null],
    [null, 'Tổng cộng', { formula: 'C6+C7', result: 2000 }, { formula: 'D6+D7', result: 1800.5 }, 0.90025, null],
  ],
  merges: ['C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4'],
  numFmt: {
    C5: '#,##0',
    D5: '#,##0.0',
    E5: '0.0%',
    C6: '#,##0',
    D6: '#,##0.0',
    E6: '0.0%',
    C7: '#,##0',
    D7: '#,##0.0',
    E7: '0.0%',
    C8: '#,##0',
    D8: '#,##0.0',
    E8: '0.0%',
  },
};
