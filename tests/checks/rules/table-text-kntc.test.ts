import { describe, expect, it } from 'vitest';
import { type Piece, findingsIn, flagged, verified } from '../../tables/gold-formats.js';

/**
 * table-text on the wide forms of inspection and complaint reports (`Biểu số 1a`, `Biểu số 2b`): an
 * `Đơn vị` column of agencies over a `Tổng` row, a column per measure, money columns of which only
 * some state `(Tr.đ)`, and a header cell whose blank neighbours the grid reads as its span. The text
 * restates the form's `Tổng` row by the column's words, sometimes under a heading that names them
 * (`Tiếp nhận: 07` under `… xử lý đơn thư …`). A column only ever agrees: never asserted to differ.
 */
// A pipe table has one header row: a form's sub-headers and `MS` row read as body rows there.
const FORMATS_UNDER_TEST = ['docx', 'tab text', 'pdf'];

const show = (found: Awaited<ReturnType<typeof findingsIn>>): string => found.map((f) => `${f.status} ${f.message.vi}`).join('\n');

/** A complaints form: `Lĩnh vực hành chính` under `Khiếu nại` leaves blank cells right of it. */
const complaints = (received: string, forwarded: string, lines: readonly string[]): Piece[] => [
  ...lines,
  'Biểu số 2b',
  'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN THƯ KHIẾU NẠI, TỐ CÁO',
  [
    ['Đơn vị', 'Tiếp nhận', '', 'Phân loại đơn', '', 'Kết quả xử lý đơn', '', ''],
    [
      '',
      'Tổng số đơn',
      'Đơn kỳ trước chuyển sang',
      'Khiếu nại',
      'Tố cáo',
      'Số văn bản hướng dẫn',
      'Số đơn chuyển cơ quan có thẩm quyền',
      'Đơn thuộc thẩm quyền',
    ],
    ['', '', '', 'Lĩnh vực hành chính', '', '', '', ''],
    ['MS', '1', '2', '3', '4', '5', '6', '7'],
    ['', received, '2', '5', '4', '1', forwarded, '2'],
    ['Tổng', received, '2', '5', '4', '1', forwarded, '2'],
  ],
];

const KNTC_TEXT = [
  '2. Tiếp nhận, phân loại và xử lý đơn thư khiếu nại, tố cáo:',
  'a) Tiếp nhận: 09',
  'b) Kết quả xử lý đơn thư khiếu nại, tố cáo nhận được: 06 đơn chuyển đến cơ quan có thẩm quyền; 02 đơn thuộc thẩm quyền.',
];

/** An inspection form: the total-violation money column states no unit, its siblings say `Tr.đ`. */
const inspections = (violation: string, text: string): Piece[] => [
  text,
  'Biểu số 1a',
  'TỔNG HỢP KẾT QUẢ THANH TRA HÀNH CHÍNH',
  [
    ['Đơn vị', 'Số đơn vị được thanh tra', 'Tổng vi phạm', 'Kiến nghị thu hồi', 'Đã thu'],
    ['', '', 'Tiền (hoặc tài sản quy thành tiền)', 'Tiền (Tr.đ)', 'Tiền (Tr.đ)'],
    ['MS', '1', '2', '3', '4'],
    ['', '4', violation, '640,2', '598,75'],
    ['Tổng', '4', violation, '640,2', '598,75'],
  ],
];

const VIOLATION_TEXT = 'Qua thanh tra tại 04 đơn vị, số tiền sai phạm phát hiện qua thanh tra là 871.304.500 đồng.';

describe('table-text: a complaints form restated by its columns', () => {
  for (const format of FORMATS_UNDER_TEST) {
    describe(format, () => {
      it('a count a label ends in and a count named by its column agree with the Tổng row', async () => {
        const found = await findingsIn(format, complaints('9', '6', KNTC_TEXT), 'table-text');
        expect(flagged(found), show(found)).toEqual([]);
        const ok = verified(found);
        expect(
          ok.some((m) => m.includes('Tổng số đơn') && m.includes('09')),
          show(found),
        ).toBe(true);
        expect(
          ok.some((m) => m.includes('Số đơn chuyển cơ quan có thẩm quyền') && m.includes('06')),
          show(found),
        ).toBe(true);
      });
      it('changed cells are no longer verified, and a column is never asserted to differ', async () => {
        const found = await findingsIn(format, complaints('8', '5', KNTC_TEXT), 'table-text');
        expect(flagged(found), show(found)).toEqual([]);
        expect(
          verified(found).some((m) => m.includes('Tổng số đơn') || m.includes('Số đơn chuyển')),
          show(found),
        ).toBe(false);
      });
      it('a labelled count naming another column (an earlier period, guidance letters) is not paired with the total', async () => {
        const lines = [
          '2. Tiếp nhận, phân loại và xử lý đơn thư khiếu nại, tố cáo:',
          'a) Đơn kỳ trước chuyển sang: 09',
          'b) Số văn bản đã ban hành: 09',
        ];
        const found = await findingsIn(format, complaints('9', '6', lines), 'table-text');
        expect(flagged(found), show(found)).toEqual([]);
        expect(verified(found), show(found)).toEqual([]);
      });
    });
  }
});

describe('table-text: a money column without a unit beside columns in Tr.đ', () => {
  for (const format of FORMATS_UNDER_TEST) {
    describe(format, () => {
      it('the amount in đồng agrees with the column in the form’s Tr.đ', async () => {
        const found = await findingsIn(format, inspections('871,3', VIOLATION_TEXT), 'table-text');
        expect(flagged(found), show(found)).toEqual([]);
        expect(
          verified(found).some((m) => m.includes('Tổng vi phạm') && m.includes('871.304.500')),
          show(found),
        ).toBe(true);
      });
      it('another amount is not verified, nor asserted', async () => {
        const found = await findingsIn(format, inspections('817,3', VIOLATION_TEXT), 'table-text');
        expect(flagged(found), show(found)).toEqual([]);
        expect(
          verified(found).some((m) => m.includes('Tổng vi phạm')),
          show(found),
        ).toBe(false);
      });
    });
  }
});
