import { describe, expect, it } from 'vitest';
import { FORMATS, type Piece, findingsIn, flagged, verified } from '../../tables/gold-formats.js';

/**
 * The table rules on statistical forms written as DOCX, PDF, markdown pipe table, tab-separated text
 * and XLSX: an indicator form with its own units, a form that states its column rule, a share column,
 * a score sheet with unnumbered sub-criteria, and appendix rows the text restates. Each verifies as
 * written, and a changed cell (a part, a total, a share, a restated figure) is flagged in every format,
 * named by caption › row › column.
 */

/** An indicator form: one `Số liệu` column, the unit in its own column. */
const indicatorForm = (province: string): Piece[] => [
  'Biểu mẫu 2',
  [
    ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu'],
    ['1', 'Tổng số văn bản quy phạm pháp luật đã ban hành', 'Văn bản', '312'],
    ['1.1', 'Số văn bản do cấp tỉnh ban hành', 'Văn bản', province],
    ['1.2', 'Số văn bản do cấp xã ban hành', 'Văn bản', '107'],
    ['2', 'Tỷ lệ văn bản được kiểm tra', '%', '96,5'],
  ],
];

/** A form whose note states its column rule; the numbering row names the columns. */
const statedRule = (planned: string): Piece[] => [
  'Biểu số 1a',
  'TỔNG HỢP KẾT QUẢ THANH TRA HÀNH CHÍNH',
  [
    ['Đơn vị', 'Tổng số cuộc', 'Kỳ trước chuyển sang', 'Triển khai trong kỳ', 'Theo kế hoạch', 'Đột xuất'],
    ['MS', '1', '2', '3', '4', '5'],
    ['Sở Xây dựng', '7', '2', '5', planned, '3'],
  ],
  'Lưu ý: Cột (1) = (2) + (3) = (4) + (5)',
];

/** The rule written in the column-number row: `(4)=(2)-(3)`, what remains is received less resolved. */
const headerRule = (pending: string): Piece[] => [
  'Biểu số 2b',
  'KẾT QUẢ GIẢI QUYẾT ĐƠN',
  [
    ['Đơn vị', 'Đơn tiếp nhận', 'Đã giải quyết', 'Còn tồn'],
    ['', '(2)', '(3)', '(4)=(2)-(3)'],
    ['Thanh tra tỉnh', '48', '41', pending],
    ['Sở Tài chính', '15', '15', '0'],
  ],
];

/** A note cell listing the parts of its row's figure. */
const noteParts = (chi: string): Piece[] => [
  'Biểu mẫu 4',
  [
    ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
    ['1.5.2', 'Số đơn vị sự nghiệp thuộc sở, ngành', 'Đơn vị', '148', `bao gồm 141 đơn vị thuộc sở và ${chi} đơn vị thuộc chi cục`],
    ['1.5.3', 'Số đơn vị sự nghiệp thuộc UBND cấp xã', 'Đơn vị', '902', ''],
  ],
];

/** Rows at one depth adding up to the row above them: its detail, the total adds the others. */
const detailRows = (oil: string): Piece[] => [
  'Biểu số 12',
  'Đơn vị: triệu USD',
  [
    ['Chỉ tiêu', 'Ước tính năm 2025'],
    ['Tổng số', '9.600'],
    ['Khu vực kinh tế trong nước', '3.100'],
    ['Khu vực có vốn đầu tư nước ngoài', '6.500'],
    ['Dầu thô', oil],
    ['Hàng hóa khác', '6.100'],
  ],
];

/** A `Cơ cấu (%)` column over a total row heading the body. */
const shares = (domestic: string): Piece[] => [
  'Biểu số 04',
  'Đơn vị: tỷ đồng',
  [
    ['TT', 'Nội dung', 'Thực hiện năm 2025', 'Cơ cấu (%)'],
    ['', 'Tổng thu', '8.000', '100'],
    ['1', 'Thu nội địa', domestic, '75,0'],
    ['2', 'Thu từ xuất nhập khẩu', '1.800', '22,5'],
    ['3', 'Thu viện trợ', '200', '2,5'],
  ],
];

/** A score sheet: a criterion over unnumbered sub-criteria, and the sheet's total. */
const scoreSheet = (satisfaction: string): Piece[] => [
  'Bảng điểm Chỉ số cải cách hành chính',
  [
    ['STT', 'Nội dung', 'Tỷ lệ', 'Điểm số'],
    ['I', 'Công khai, minh bạch', '', '9,5'],
    ['II', 'Tiến độ giải quyết', '', '12,25'],
    ['III', 'Mức độ hài lòng', '', '11,4'],
    ['', 'Tỷ lệ hài lòng về thủ tục', '92%', satisfaction],
    ['', 'Tỷ lệ hài lòng về công chức', '95%', '5,7'],
    ['', 'Tổng điểm', '', '33,15'],
  ],
];

/** The text restates appendix rows in its own words. */
const restated = (received: string): Piece[] => [
  `Trong năm, Ủy ban nhân dân tỉnh đã công bố mới 247 TTHC. Tổng số hồ sơ tiếp nhận trong năm là ${received} hồ sơ, đã tiếp nhận 126 phản ánh, kiến nghị của người dân.`,
  'Biểu mẫu 3',
  [
    ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu'],
    ['1', 'Số TTHC công bố mới', 'Thủ tục', '247'],
    ['2', 'Tổng số hồ sơ tiếp nhận trong năm', 'Hồ sơ', '15.420'],
    ['3', 'Tổng số PAKN đã tiếp nhận', 'PAKN', '126'],
  ],
];

const CASES: Array<{
  name: string;
  rule: string;
  good: Piece[];
  bad: Piece[];
  /** Words the flagged finding's message must hold: caption, row, column. */
  names: string[];
}> = [
  {
    name: 'an indicator form sums its value column by row units',
    rule: 'table-total',
    good: indicatorForm('205'),
    bad: indicatorForm('215'),
    names: ['Biểu mẫu 2', 'Tổng số văn bản quy phạm pháp luật đã ban hành', 'Số liệu', '322'],
  },
  {
    name: 'a stated column rule holds on every row, a blank cell as 0',
    rule: 'table-total',
    good: statedRule('4'),
    bad: statedRule(''),
    names: ['Tổng số cuộc', '0 + 3 = 3', '7'],
  },
  {
    name: 'a rule in the column-number row holds on every row',
    rule: 'table-total',
    good: headerRule('7'),
    bad: headerRule('9'),
    names: ['Biểu số 2b', 'Thanh tra tỉnh', 'Đơn tiếp nhận', '= 50', '48'],
  },
  {
    name: 'a note cell lists the parts of its row',
    rule: 'table-total',
    good: noteParts('07'),
    bad: noteParts('17'),
    names: ['Biểu mẫu 4', 'Số đơn vị sự nghiệp thuộc sở, ngành', '141 + 17 = 158', '148'],
  },
  {
    name: 'rows adding up to the row above them detail it',
    rule: 'table-total',
    good: detailRows('400'),
    bad: detailRows('700'),
    names: ['Biểu số 12', 'Tổng số', '9.600'],
  },
  {
    name: 'a share column is each amount over the total',
    rule: 'table-share',
    good: shares('6.000'),
    bad: shares('6.400'),
    names: ['Biểu số 04', 'Thu nội địa', 'Cơ cấu (%)', '80,0'],
  },
  {
    name: 'a score sheet adds unnumbered sub-criteria and its criteria',
    rule: 'table-score',
    good: scoreSheet('5,7'),
    bad: scoreSheet('5,9'),
    names: ['Mức độ hài lòng', 'Điểm số', '11,6'],
  },
  {
    name: 'a restated appendix row agrees with the text',
    rule: 'table-text',
    good: restated('15.420'),
    bad: restated('15.240'),
    names: ['Biểu mẫu 3', 'Tổng số hồ sơ tiếp nhận trong năm', '15.240', '15.420'],
  },
];

describe('table rules on statistical forms in every format', () => {
  for (const format of Object.keys(FORMATS)) {
    describe(format, () => {
      for (const c of CASES) {
        it(`${c.name}: verified as written, a changed cell flagged`, async () => {
          const good = await findingsIn(format, c.good, c.rule);
          expect(flagged(good), good.map((f) => `${f.status} ${f.message.vi}`).join('\n')).toEqual([]);
          expect(verified(good).length, good.map((f) => `${f.status} ${f.message.vi}`).join('\n')).toBeGreaterThan(0);
          const bad = flagged(await findingsIn(format, c.bad, c.rule));
          expect(
            bad.some((m) => c.names.every((n) => m.includes(n))),
            bad.join('\n') || '(nothing flagged)',
          ).toBe(true);
        });
      }
    });
  }
});
