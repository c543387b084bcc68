import { describe, expect, it } from 'vitest';
import { structureTable } from '../../src/structure/table.js';

describe('structureTable: one grid → header rows, columns, body rows', () => {
  it('reads a two-level head from blanks (PDF, OCR, text) and the roles, units and periods of its columns', () => {
    const s = structureTable({
      caption: 'Biểu số 02 Đơn vị: tỷ đồng',
      rows: [
        ['STT', 'Chỉ tiêu', 'Thực hiện', '', 'So sánh (%)'],
        ['', '', '6 tháng 2023', '6 tháng 2024', 'Cùng kỳ'],
        ['I', 'Thu ngân sách', '1.200', '1.320', '110,0'],
        ['1', 'Thu nội địa', '1.000', '1.100', '110,0'],
        ['2', 'Thu xuất nhập khẩu', '200', '220', '110,0'],
        ['', 'Trong đó:', '', '', ''],
        ['-', 'Thuế nhập khẩu', '150', '170', '113,3'],
        ['', 'Tổng cộng', '1.200', '1.320', '110,0'],
      ],
    });
    expect(s.headerRows).toBe(2);
    expect(s.unit).toBe('tỷ đồng');
    expect(s.columns.map((c) => c.role)).toEqual(['numbering', 'label', 'previous', 'actual', 'percentPrevious']);
    expect(s.columns[2]?.header).toEqual(['Thực hiện', '6 tháng 2023']);
    expect(s.columns[3]?.period).toBe('6 tháng 2024');
    expect(s.columns[3]?.unit).toBe('tỷ đồng');
    expect(s.columns[4]?.unit).toBe('%');
    const head = s.cells.find((c) => c.row === 0 && c.column === 2);
    expect(head?.colSpan).toBe(2);
    expect(s.cells.find((c) => c.row === 0 && c.column === 0)?.rowSpan).toBe(2);
    const byIndex = new Map(s.rows.map((r) => [r.index, r]));
    expect(byIndex.get(3)?.parent).toBe(2);
    expect(byIndex.get(4)?.parent).toBe(2);
    expect(byIndex.get(6)).toMatchObject({ parent: 4, subset: true, numberingKind: 'dash' });
    expect(byIndex.get(7)).toMatchObject({ total: true, parent: null });
    expect(byIndex.get(2)?.parent).toBe(7);
  });

  it('takes stated merges (DOCX, XLSX), a unit column and a column-numbering row', () => {
    const s = structureTable({
      caption: null,
      spans: [
        { row: 0, column: 2, rowSpan: 1, colSpan: 2 },
        { row: 0, column: 0, rowSpan: 2, colSpan: 1 },
        { row: 0, column: 1, rowSpan: 2, colSpan: 1 },
      ],
      rows: [
        ['Nội dung', 'ĐVT', 'Kế hoạch năm 2025', 'Kế hoạch năm 2025'],
        ['Nội dung', 'ĐVT', 'Kế hoạch', 'Ước thực hiện'],
        ['(1)', '(2)', '(3)', '(4)'],
        ['1.1. Số hồ sơ', 'hồ sơ', '120', '118'],
        ['1.2. Diện tích', 'ha', '3,5', '4'],
      ],
    });
    expect(s.headerRows).toBe(3);
    expect(s.columns.map((c) => c.role)).toEqual(['label', 'unit', 'plan', 'actual']);
    expect(s.columns[3]?.header).toEqual(['Kế hoạch năm 2025', 'Ước thực hiện']);
    expect(s.columns[3]?.period).toBe('năm 2025');
    const row = s.rows.find((r) => r.index === 4);
    expect(row).toMatchObject({ numbering: '1.2', numberingKind: 'dotted', level: 3, label: 'Diện tích', unit: 'ha' });
  });

  it('reads score-sheet columns and never calls a rate column an amount', () => {
    const s = structureTable({
      caption: null,
      rows: [
        ['TT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Tỷ lệ (%)', 'Tăng/giảm'],
        ['1', 'Công tác chỉ đạo', '10', '9,5', '95', '-0,5'],
      ],
    });
    expect(s.columns.map((c) => c.role)).toEqual(['numbering', 'label', 'maxScore', 'score', 'percent', 'difference']);
    expect(s.columns[2]?.unit).toBe('điểm');
  });
});
