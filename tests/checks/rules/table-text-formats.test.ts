import { describe, expect, it } from 'vitest';
import { type Piece, findingsIn, flagged, verified } from '../../tables/gold-formats.js';

/**
 * table-text on forms written as DOCX, markdown pipe table and tab-separated text: a fraction whose
 * scale word stands after its whole (`8.210/15.300 tỷ đồng`) restates a form's `Triệu đồng` rows,
 * compared in base units. A changed plan cell no longer agrees; named loosely, it is not asserted either.
 */
const FORMATS_UNDER_TEST = ['docx', 'markdown pipe', 'tab text'];

/** The text states the disbursed share of the plan as a fraction in tỷ đồng; the form states both in triệu đồng. */
const disbursed = (plan: string, sentence: string): Piece[] => [
  sentence,
  'Biểu mẫu 6',
  [
    ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu'],
    ['1.1', 'Kế hoạch vốn đầu tư công được giao', 'Triệu đồng', plan],
    ['1.2', 'Vốn đã giải ngân', 'Triệu đồng', '8.210.000'],
  ],
];

const SUBJECT = 'Đến ngày 30/11, đã giải ngân 8.210/15.300 tỷ đồng kế hoạch vốn đầu tư công được giao, đạt 53,7%.';
const LOOSE = 'Lũy kế giải ngân kế hoạch vốn đầu tư công đến ngày 15/11/2025 đạt 8.210/15.300 tỷ đồng.';

describe('table-text: a fraction in another scale than the form', () => {
  for (const format of FORMATS_UNDER_TEST) {
    describe(format, () => {
      it('the whole of the fraction agrees with the plan row (tỷ đồng against triệu đồng)', async () => {
        for (const sentence of [SUBJECT, LOOSE]) {
          const found = await findingsIn(format, disbursed('15.300.000', sentence), 'table-text');
          const show = found.map((f) => `${f.status} ${f.message.vi}`).join('\n');
          expect(flagged(found), show).toEqual([]);
          expect(
            verified(found).some((m) => m.includes('Kế hoạch vốn đầu tư công được giao') && m.includes('15.300')),
            show,
          ).toBe(true);
        }
      });
      it('a changed plan cell is no longer verified, and not asserted where the text names the row loosely', async () => {
        const found = await findingsIn(format, disbursed('15.030.000', LOOSE), 'table-text');
        const show = found.map((f) => `${f.status} ${f.message.vi}`).join('\n');
        expect(flagged(found), show).toEqual([]);
        expect(
          verified(found).some((m) => m.includes('Kế hoạch vốn đầu tư công được giao')),
          show,
        ).toBe(false);
      });
    });
  }
});

/**
 * A wide form: a row per unit and its `Tổng`, a column per measure. The text names a column by its
 * header; a count must name the whole header, an amount at least its last cell.
 */
const wide = (recovered: string, text: string): Piece[] => [
  text,
  'Biểu số 1a',
  'TỔNG HỢP KẾT QUẢ THANH TRA HÀNH CHÍNH',
  [
    ['Đơn vị', 'Số đơn vị được thanh tra', 'Số đơn vị có vi phạm', 'Kiến nghị thu hồi tiền (Tr.đ)', 'Vi phạm kỷ luật đã xử lý'],
    ['MS', '1', '2', '3', '4'],
    ['Sở Công Thương', '5', '2', recovered, '3'],
    ['Tổng', '5', '2', recovered, '3'],
  ],
];

const WIDE_TEXT =
  'Qua thanh tra phát hiện 02 đơn vị có vi phạm; kiến nghị thu hồi số tiền 812.530.000 đồng; 03 trường hợp chuyển cơ quan có thẩm quyền xử lý.';

describe('table-text: a wide form named by its columns', () => {
  for (const format of FORMATS_UNDER_TEST) {
    describe(format, () => {
      it('a count naming its whole column header and an amount naming its last header cell agree with the Tổng row', async () => {
        const found = await findingsIn(format, wide('812,5', WIDE_TEXT), 'table-text');
        const show = found.map((f) => `${f.status} ${f.message.vi}`).join('\n');
        expect(flagged(found), show).toEqual([]);
        const ok = verified(found);
        expect(
          ok.some((m) => m.includes('Số đơn vị có vi phạm') && m.includes('02')),
          show,
        ).toBe(true);
        expect(
          ok.some((m) => m.includes('Kiến nghị thu hồi') && m.includes('812.530.000')),
          show,
        ).toBe(true);
        // `03 trường hợp … xử lý` names only part of `Vi phạm kỷ luật đã xử lý`: a small count is not paired by a word or two.
        expect(
          ok.some((m) => m.includes('Vi phạm kỷ luật')),
          show,
        ).toBe(false);
      });
      it('a changed amount is flagged where the column header is the figure’s subject', async () => {
        const found = await findingsIn(format, wide('821,5', WIDE_TEXT), 'table-text');
        const show = found.map((f) => `${f.status} ${f.message.vi}`).join('\n');
        // `kiến nghị thu hồi số tiền 812.530.000 đồng`: the header `Kiến nghị thu hồi tiền` written as one phrase.
        expect(flagged(found), show).toEqual([expect.stringContaining('Kiến nghị thu hồi')]);
        expect(found.find((f) => f.status === 'inconsistent')?.expected, show).toBe('821,5');
      });
      it('a column named by words gathered across the clause is never asserted to differ', async () => {
        const gathered = 'Qua thanh tra, kiến nghị thu hồi các khoản chi sai chế độ và xử lý tài chính số tiền 812.530.000 đồng.';
        const found = await findingsIn(format, wide('821,5', gathered), 'table-text');
        const show = found.map((f) => `${f.status} ${f.message.vi}`).join('\n');
        expect(flagged(found), show).toEqual([]);
        expect(
          verified(found).some((m) => m.includes('Kiến nghị thu hồi')),
          show,
        ).toBe(false);
      });
    });
  }
});
