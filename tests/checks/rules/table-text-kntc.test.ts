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
      it('a changed total is flagged where the label is the figure’s subject, and not where the words follow the figure', async () => {
        const found = await findingsIn(format, complaints('8', '5', KNTC_TEXT), 'table-text');
        // `Tiếp nhận: 09` under `… xử lý đơn thư …` names `Tiếp nhận › Tổng số đơn` as its subject.
        expect(flagged(found), show(found)).toEqual([expect.stringContaining('Tổng số đơn')]);
        expect(found.find((f) => f.status === 'inconsistent')?.expected, show(found)).toBe('8');
        // `06 đơn chuyển đến cơ quan có thẩm quyền` names its column after the figure: it may agree, never differ.
        expect(
          found.some((f) => f.message.vi.includes('Số đơn chuyển')),
          show(found),
        ).toBe(false);
      });
      it('a labelled count naming another column (an earlier period, guidance letters) is not paired with the total', async () => {
        const lines = [
          '2. Tiếp nhận, phân loại và xử lý đơn thư khiếu nại, tố cáo:',
          'a) Đơn kỳ trước chuyển sang: 02',
          'b) Số văn bản đã ban hành: 09',
        ];
        const found = await findingsIn(format, complaints('9', '6', lines), 'table-text');
        expect(flagged(found), show(found)).toEqual([]);
        expect(
          found.some((f) => f.message.vi.includes('Tổng số đơn') || f.message.vi.includes('văn bản hướng dẫn')),
          show(found),
        ).toBe(false);
        expect(verified(found), show(found)).toEqual([expect.stringContaining('Đơn kỳ trước chuyển sang')]);
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

/** A statistics table of units with its `Tổng cộng` row, and a sentence summing it up. */
const summary = (received: string, text: string): Piece[] => [
  text,
  'Biểu số 02',
  'KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN THƯ',
  [
    ['STT', 'Đơn vị', 'Số đơn tiếp nhận', 'Đơn kỳ trước chuyển sang', 'Số đơn đã giải quyết'],
    ['1', 'Thanh tra tỉnh', '21', '3', '19'],
    ['2', 'Ban Tiếp công dân tỉnh', '17', '2', '15'],
    ['3', 'Sở Tài nguyên và Môi trường', '9', '1', '8'],
    ['', 'Tổng cộng', received, '6', '42'],
  ],
];

describe('table-text: a sentence summing up a table of units', () => {
  for (const format of FORMATS_UNDER_TEST) {
    describe(format, () => {
      it('the total the sentence states agrees with the Tổng cộng row of the column it names', async () => {
        const found = await findingsIn(
          format,
          summary('47', 'Trong kỳ, tổng số đơn tiếp nhận là 47 đơn; số đơn đã giải quyết là 42 đơn.'),
          'table-text',
        );
        expect(flagged(found), show(found)).toEqual([]);
        const ok = verified(found);
        expect(
          ok.some((m) => m.includes('Số đơn tiếp nhận') && m.includes('47')),
          show(found),
        ).toBe(true);
        expect(
          ok.some((m) => m.includes('Số đơn đã giải quyết') && m.includes('42')),
          show(found),
        ).toBe(true);
      });
      it('a total that differs from the column named as its subject is flagged', async () => {
        const found = await findingsIn(format, summary('45', 'Tổng số đơn tiếp nhận trong năm là 47 đơn.'), 'table-text');
        expect(flagged(found), show(found)).toEqual([expect.stringContaining('47 đơn')]);
        expect(found.find((f) => f.status === 'inconsistent')?.expected, show(found)).toBe('45');
      });
      it('one unit’s figure, or a month’s, is not the column’s whole', async () => {
        for (const text of ['Riêng Thanh tra tỉnh, số đơn tiếp nhận là 21 đơn.', 'Số đơn tiếp nhận trong tháng 12 là 9 đơn.']) {
          const found = await findingsIn(format, summary('47', text), 'table-text');
          expect(flagged(found), show(found)).toEqual([]);
          expect(
            verified(found).some((m) => m.includes('Tổng cộng')),
            show(found),
          ).toBe(false);
        }
      });
    });
  }
});

describe('table-text: a figure naming two columns of a form in full', () => {
  for (const format of FORMATS_UNDER_TEST) {
    it(`${format}: is paired with neither to assert a difference`, async () => {
      const text = 'Số đơn vị có vi phạm/số đơn vị được thanh tra: 03';
      const pieces: Piece[] = [
        text,
        'Biểu số 1a',
        'TỔNG HỢP KẾT QUẢ THANH TRA HÀNH CHÍNH',
        [
          ['Đơn vị', 'Số đơn vị được thanh tra', 'Số đơn vị có vi phạm'],
          ['MS', '1', '2'],
          ['Tổng', '5', '2'],
        ],
      ];
      const found = await findingsIn(format, pieces, 'table-text');
      expect(flagged(found), show(found)).toEqual([]);
    });
  }
});

/** A line ending `cụ thể:` right above a table of procedures with no total row states its totals. */
const procedures = (lead: string, first: string, after: string[] = []): Piece[] => [
  lead,
  [
    ['STT', 'Tên thủ tục', 'Đơn vị tính', 'Số hồ sơ tiếp nhận', 'Đã giải quyết'],
    ['1', 'Cấp giấy phép xây dựng', 'Hồ sơ', first, '19'],
    ['2', 'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở', 'Hồ sơ', '30', '28'],
    ['3', 'Cấp chứng chỉ hành nghề hoạt động xây dựng', 'Hồ sơ', '8', '8'],
  ],
  ...after,
];

const LEAD = 'Trong kỳ, Sở Xây dựng đã tiếp nhận 58 hồ sơ, đã giải quyết 55 hồ sơ, cụ thể:';

describe('table-text: a lead-in line stating the totals of the table below it', () => {
  for (const format of FORMATS_UNDER_TEST) {
    describe(format, () => {
      it('its figures agree with the sums of the columns they name', async () => {
        const found = await findingsIn(format, procedures(LEAD, '20'), 'table-text');
        expect(flagged(found), show(found)).toEqual([]);
        const ok = verified(found);
        expect(
          ok.some((m) => m.includes('Số hồ sơ tiếp nhận') && m.includes('58')),
          show(found),
        ).toBe(true);
        expect(
          ok.some((m) => m.includes('Đã giải quyết') && m.includes('55')),
          show(found),
        ).toBe(true);
      });
      it('a figure the column does not sum to is flagged', async () => {
        const found = await findingsIn(format, procedures(LEAD, '21'), 'table-text');
        expect(flagged(found), show(found)).toEqual([expect.stringContaining('58 hồ sơ')]);
        expect(found.find((f) => f.status === 'inconsistent')?.expected, show(found)).toBe('59');
      });
      it('a sentence elsewhere is not the table’s lead-in', async () => {
        const found = await findingsIn(
          format,
          procedures('Kết quả giải quyết thủ tục hành chính như bảng dưới.', '20', ['Sở Xây dựng đã tiếp nhận 60 hồ sơ trong năm.']),
          'table-text',
        );
        expect(flagged(found), show(found)).toEqual([]);
        expect(verified(found), show(found)).toEqual([]);
      });
    });
  }
});
