import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/**
 * Sums, breakdowns, progress counts and balances written as other agencies write them (issue 14 §2, §4):
 * other numbers, units, word orders, cues and line shapes. Our own sentences. Each template holds one
 * `{x}`: with `ok` the claim holds, with `bad` it does not, and the finding must name the edited figure.
 */
const OWN = new Set(['sum', 'part-whole', 'fraction-family', 'balance']);
const ours = (text: string): Finding[] => check(text, rules).filter((f) => OWN.has(f.rule));
const flagged = (found: readonly Finding[]): Finding[] => found.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const show = (found: readonly Finding[]): string =>
  found.map((f) => `${f.rule} ${f.status}: ${f.message.en} [${f.evidence.map((e) => e.raw).join(' ')}]`).join('\n') || '(none)';
/** A figure is named when a flagged finding rests on it (alone or as a side of a fraction). */
const names = (f: Finding, figure: string): boolean => f.evidence.some((e) => e.raw.split(/[\s/]/).includes(figure));

interface Variant {
  name: string;
  text: string;
  ok: string;
  bad: string;
  /** The grammar does not fix the operands: the good text may end unverifiable, never consistent-required. */
  loose?: boolean;
}

const sums: Variant[] = [
  {
    name: 'trong đó after a total, two parts',
    text: 'Trong quý I, Sở Tư pháp tiếp nhận 1.245 hồ sơ, trong đó {x} hồ sơ trực tuyến và 420 hồ sơ trực tiếp.',
    ok: '825',
    bad: '852',
  },
  {
    name: 'parts first, total last (tổng cộng)',
    text: 'Bảo hiểm xã hội tỉnh đã giải quyết 3.210 hồ sơ hưởng chế độ ốm đau, 1.150 hồ sơ thai sản và {x} hồ sơ dưỡng sức, phục hồi sức khỏe, tổng cộng 5.000 hồ sơ.',
    ok: '640',
    bad: '604',
  },
  {
    name: 'gồm: colon list',
    text: 'Công an tỉnh đã phát hiện 126 vụ vi phạm pháp luật về ma túy, gồm: 84 vụ tàng trữ trái phép, {x} vụ mua bán trái phép, 12 vụ tổ chức sử dụng trái phép.',
    ok: '30',
    bad: '33',
  },
  {
    name: 'a heading line then bullets',
    text: 'Tổng số đơn thư tiếp nhận: 215 đơn, cụ thể:\n- Đơn khiếu nại: 68 đơn;\n- Đơn tố cáo: {x} đơn;\n- Đơn kiến nghị, phản ánh: 125 đơn.',
    ok: '22',
    bad: '27',
  },
  {
    name: 'bao gồm then a) b) items in tỷ đồng with decimals',
    text: 'Tổng thu ngân sách nhà nước trên địa bàn ước đạt 12.450,6 tỷ đồng, bao gồm:\na) Thu nội địa: {x} tỷ đồng;\nb) Thu từ hoạt động xuất nhập khẩu: 1.630,2 tỷ đồng.',
    ok: '10.820,4',
    bad: '10.802,4',
  },
  {
    name: 'parts in parentheses, unit people',
    text: 'Năm 2025, Sở Giáo dục và Đào tạo đã tuyển dụng 312 giáo viên (mầm non 105 người, tiểu học {x} người, trung học cơ sở 79 người).',
    ok: '128',
    bad: '182',
  },
  {
    name: 'chia ra in ha',
    text: 'Diện tích gieo trồng cây hằng năm đạt 45.320 ha, chia ra: cây lúa 28.150 ha, cây ngô {x} ha, cây rau đậu các loại 7.300 ha.',
    ok: '9.870',
    bad: '9.780',
  },
  {
    name: 'leading zeros in parentheses',
    text: 'Thanh tra huyện đã triển khai 12 cuộc thanh tra, kiểm tra (05 cuộc thanh tra hành chính, {x} cuộc thanh tra chuyên ngành và 03 cuộc kiểm tra).',
    ok: '04',
    bad: '06',
  },
  {
    name: 'tổng số … là, trong đó: list in lượt người',
    text: 'Tổng số lao động được giải quyết việc làm trong 6 tháng đầu năm là 14.580 lượt người, trong đó: việc làm trong tỉnh 9.120 lượt người, xuất khẩu lao động {x} lượt người, làm việc tại các tỉnh khác 4.000 lượt người.',
    ok: '1.460',
    bad: '1.640',
  },
  {
    name: 'trong đó in triệu đồng after a count and an amount',
    text: 'Kho bạc Nhà nước tỉnh đã từ chối thanh toán 25 khoản chi với số tiền 1.286 triệu đồng, trong đó chi thường xuyên {x} triệu đồng, chi đầu tư 440 triệu đồng.',
    ok: '846',
    bad: '864',
    // Money under `trong đó` may list nested items (`thu nội địa`, `thu tiền sử dụng đất`): over the whole, unverifiable.
    loose: true,
  },
  {
    name: 'gồm … và … in tỷ đồng',
    text: 'Tổng vốn đầu tư công năm 2025 được giao 4.560 tỷ đồng, gồm vốn ngân sách trung ương {x} tỷ đồng và vốn ngân sách địa phương 2.700 tỷ đồng.',
    ok: '1.860',
    bad: '1.680',
  },
  {
    name: 'labels before figures in parentheses',
    text: 'Số người tham gia bảo hiểm xã hội là 86.420 người (bắt buộc 71.230 người, tự nguyện {x} người).',
    ok: '15.190',
    bad: '15.910',
  },
  {
    name: 'semicolon parts after trong đó:',
    text: 'Năm học 2024-2025 toàn tỉnh có 412 trường học, trong đó: mầm non 145 trường; tiểu học {x} trường; trung học cơ sở 98 trường; trung học phổ thông 31 trường.',
    ok: '138',
    bad: '183',
    // Categories under `trong đó` with no shared head or complete set may overlap or be some only: unverifiable.
    loose: true,
  },
  {
    name: 'head counts of animals',
    text: 'Tổng đàn gia súc của tỉnh ước đạt 256.300 con, trong đó đàn trâu 12.400 con, đàn bò {x} con, đàn lợn 175.000 con.',
    ok: '68.900',
    bad: '69.800',
  },
  {
    name: 'tonnes with decimals',
    text: 'Sản lượng thủy sản 9 tháng ước đạt 12.560,5 tấn, trong đó khai thác {x} tấn, nuôi trồng 5.220,3 tấn.',
    ok: '7.340,2',
    bad: '7.430,2',
  },
  {
    name: 'a decision reference before the breakdown',
    text: 'Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/3/2025, tỉnh đã chi 56 tỷ đồng, gồm {x} tỷ đồng ngân sách tỉnh và 26 tỷ đồng ngân sách các huyện.',
    ok: '30',
    bad: '35',
  },
  {
    name: 'a changed total against its parts',
    text: 'Cục Thống kê tỉnh đã thu thập {x} phiếu điều tra doanh nghiệp, trong đó 1.102 phiếu trực tuyến và 238 phiếu giấy.',
    ok: '1.340',
    bad: '1.430',
  },
  {
    name: 'chained: resolved in parentheses, then pending',
    text: 'Trung tâm Phục vụ hành chính công tiếp nhận 8.642 hồ sơ, đã giải quyết 8.210 hồ sơ (trong hạn {x} hồ sơ, quá hạn 105 hồ sơ), đang giải quyết 432 hồ sơ.',
    ok: '8.105',
    bad: '8.150',
  },
  {
    name: 'chained: the pending figure against the received total',
    text: 'Trung tâm Phục vụ hành chính công tiếp nhận 8.642 hồ sơ, đã giải quyết 8.210 hồ sơ (trong hạn 8.105 hồ sơ, quá hạn 105 hồ sơ), đang giải quyết {x} hồ sơ.',
    ok: '432',
    bad: '423',
  },
  {
    name: 'parts with their shares',
    text: 'Cục Thuế tỉnh đã giải quyết 2.400 hồ sơ hoàn thuế, trong đó đúng hạn {x} hồ sơ (tỷ lệ 98%), trễ hạn 48 hồ sơ (tỷ lệ 2%).',
    ok: '2.352',
    bad: '2.325',
  },
  {
    name: 'nested bullets: a part broken down again',
    text: 'Kết quả tiếp công dân: 96 lượt, cụ thể:\n- Tiếp thường xuyên: 58 lượt;\n- Tiếp định kỳ và đột xuất của lãnh đạo: 38 lượt, trong đó:\n+ Lãnh đạo UBND tỉnh: {x} lượt;\n+ Lãnh đạo các sở, ngành: 24 lượt.',
    ok: '14',
    bad: '16',
  },
  {
    name: 'a total stated after its label with a colon and a paragraph of parts',
    text: 'Số ca mắc sốt xuất huyết: 865 ca. Trong đó, huyện Đông Sơn {x} ca, huyện Tây Sơn 453 ca.',
    ok: '412',
    bad: '421',
  },
  {
    name: 'the total last after bao gồm items on lines',
    text: 'Các khoản thu từ đất năm 2025 bao gồm:\n- Tiền sử dụng đất: 1.250 tỷ đồng;\n- Tiền thuê đất: {x} tỷ đồng.\nTổng cộng: 1.570 tỷ đồng.',
    ok: '320',
    bad: '230',
    loose: true,
  },
  {
    name: 'crimes in one sentence, total last with tổng số',
    text: 'Trong tháng, Công an huyện đã điều tra làm rõ 45 vụ trộm cắp tài sản, {x} vụ cướp giật, 7 vụ lừa đảo chiếm đoạt tài sản; tổng số 70 vụ.',
    ok: '18',
    bad: '81',
  },
  {
    name: 'trong đó in a parenthesis after a part with statuses',
    text: 'Sở Tài nguyên và Môi trường đã giải quyết 120 đơn (trong đó {x} đơn đúng hạn, 20 đơn quá hạn).',
    ok: '100',
    bad: '110',
  },
  {
    name: 'labels with their own colons after gồm',
    text: 'Ban Tiếp công dân tỉnh tiếp nhận 57 đơn, gồm: khiếu nại: 12 đơn; tố cáo: {x} đơn; kiến nghị, phản ánh: 40 đơn.',
    ok: '05',
    bad: '08',
  },
  {
    name: 'shares beside each part',
    text: 'Trung tâm Phục vụ hành chính công đã giải quyết 30.000 hồ sơ, trong đó trong hạn {x} hồ sơ (tỷ lệ 93,33%), trễ hạn 2.000 hồ sơ (tỷ lệ 6,67%).',
    ok: '28.000',
    bad: '29.000',
  },
  {
    name: 'a), b) items inline in one paragraph',
    text: 'Tổng số vốn đã giải ngân là 2.345,6 tỷ đồng, gồm: a) vốn ngân sách tỉnh {x} tỷ đồng; b) vốn ngân sách trung ương 1.111,1 tỷ đồng.',
    ok: '1.234,5',
    bad: '1.243,5',
  },
  {
    name: 'nghìn lượt with decimals',
    text: 'Lượng khách du lịch ước đạt 356,8 nghìn lượt, trong đó khách trong nước {x} nghìn lượt, khách quốc tế 42,3 nghìn lượt.',
    ok: '314,5',
    bad: '315,4',
  },
  {
    name: 'bullets then a closing total line',
    text: 'Kết quả cấp giấy chứng nhận quyền sử dụng đất:\n- Cấp lần đầu: {x} giấy;\n- Cấp đổi, cấp lại: 1.020 giấy;\n- Tổng cộng: 1.475 giấy.',
    ok: '455',
    bad: '545',
  },
];

const progress: Variant[] = [
  {
    name: 'assigned, done, in progress, not started',
    text: 'Năm 2025, Sở Tài chính được UBND tỉnh giao 20 nhiệm vụ, đã hoàn thành 13 nhiệm vụ, đang triển khai {x} nhiệm vụ, chưa triển khai 02 nhiệm vụ.',
    ok: '05',
    bad: '07',
  },
  {
    name: 'a/N done, then in progress and not done',
    text: 'Sở Y tế đã hoàn thành 17/25 chỉ tiêu, đang thực hiện {x} chỉ tiêu, 02 chỉ tiêu chưa thực hiện.',
    ok: '06',
    bad: '04',
  },
  {
    name: 'a/N done, còn b/N not done',
    text: 'Đến nay có 89/135 xã, phường đã hoàn thành cắm mốc địa giới hành chính, còn {x}/135 xã, phường chưa hoàn thành.',
    ok: '46',
    bad: '45',
  },
  {
    name: 'a/N done, còn M pending',
    text: 'UBND huyện đã giải quyết 214/230 hồ sơ đất đai, còn {x} hồ sơ chưa giải quyết.',
    ok: '16',
    bad: '18',
  },
  {
    name: 'Trong N, done and the rest',
    text: 'Trong 32 dự án được giao năm 2025, đã hoàn thành {x} dự án, còn 11 dự án chưa hoàn thành.',
    ok: '21',
    bad: '20',
  },
  {
    name: 'bullets under an assigned total',
    text: 'Tổng số nhiệm vụ UBND tỉnh giao: 156 nhiệm vụ, trong đó:\n- Đã hoàn thành: 120 nhiệm vụ;\n- Đang thực hiện trong hạn: {x} nhiệm vụ;\n- Quá hạn chưa hoàn thành: 08 nhiệm vụ.',
    ok: '28',
    bad: '26',
  },
  {
    name: 'đạt / không đạt of N indicators',
    text: 'Kết quả thực hiện 48 chỉ tiêu chủ yếu năm 2025: có {x} chỉ tiêu đạt và vượt kế hoạch, 9 chỉ tiêu không đạt kế hoạch.',
    ok: '39',
    bad: '38',
  },
  {
    name: 'fractions of one denominator over ranks',
    text: 'Kết quả xếp loại năm 2025: {x}/64 trường xếp loại tốt, 20/64 trường xếp loại khá và 03/64 trường xếp loại trung bình.',
    ok: '41',
    bad: '42',
  },
  {
    name: 'resolved a/N, being resolved the rest',
    text: 'Thanh tra tỉnh đã giải quyết xong 25/30 vụ việc, đang giải quyết {x} vụ việc.',
    ok: '05',
    bad: '06',
  },
  {
    name: 'a heading of the whole then status bullets',
    text: 'Thực hiện 36 nhiệm vụ được giao trong Chương trình công tác năm 2025:\n- Đã hoàn thành: {x} nhiệm vụ;\n- Đang triển khai: 14 nhiệm vụ.',
    ok: '22',
    bad: '24',
  },
];

const balances: Variant[] = [
  {
    name: 'carried over + new = to handle, then resolved and remaining',
    text: 'Tổng số vụ việc phải giải quyết là 62 vụ (kỳ trước chuyển sang 18 vụ, phát sinh mới 44 vụ); đã giải quyết 50 vụ, còn {x} vụ đang giải quyết.',
    ok: '12',
    bad: '14',
  },
  {
    name: 'the split of the figure to handle',
    text: 'Tổng số vụ việc phải giải quyết là 62 vụ (kỳ trước chuyển sang {x} vụ, phát sinh mới 44 vụ); đã giải quyết 50 vụ, còn 12 vụ đang giải quyết.',
    ok: '18',
    bad: '16',
  },
  {
    name: 'court cases: cũ and mới',
    text: 'Tòa án nhân dân hai cấp đã thụ lý 1.245 vụ án (cũ chuyển sang 210 vụ, mới thụ lý {x} vụ), đã giải quyết 1.012 vụ, còn lại 233 vụ.',
    ok: '1.035',
    bad: '1.053',
  },
  {
    name: 'a stock: opening, in, out, remaining',
    text: 'Kỳ trước chuyển sang 1.120 người nghiện có hồ sơ quản lý; phát hiện mới 86 người; chuyển đi cơ sở cai nghiện {x} người; hiện còn 1.142 người.',
    ok: '64',
    bad: '46',
  },
  {
    name: 'a balance over bullets',
    text: 'Công tác truy nã:\n- Kỳ trước chuyển sang: 15 đối tượng;\n- Phát sinh mới: 09 đối tượng;\n- Bắt, vận động đầu thú: 11 đối tượng;\n- Hiện còn: {x} đối tượng.',
    ok: '13',
    bad: '15',
  },
];

/** Texts where no figure is a sum of others: no claim of ours may be flagged. */
const traps: Array<{ name: string; text: string }> = [
  {
    name: 'a part that is not the whole list',
    text: 'Sở Y tế hiện quản lý 25 bệnh viện, trong đó 12 bệnh viện đã đạt tiêu chí chất lượng mức 3.',
  },
  {
    name: 'another unit after the breakdown',
    text: 'Sản lượng thịt hơi xuất chuồng đạt 45.200 tấn, trong đó thịt lợn 32.100 tấn, thịt gia cầm 13.100 tấn; sản lượng trứng gia cầm 120 triệu quả.',
  },
  {
    name: 'a monthly figure after six-month parts',
    text: 'Lũy kế 6 tháng, thu ngân sách đạt 5.200 tỷ đồng, trong đó thu nội địa 4.500 tỷ đồng, thu xuất nhập khẩu 700 tỷ đồng; riêng tháng 6 thu 900 tỷ đồng.',
  },
  {
    name: 'a deduction is no addend',
    text: 'Chỉ số cải cách hành chính của Sở đạt 85,5 điểm, bị trừ 1,5 điểm do chậm gửi báo cáo định kỳ.',
  },
  { name: 'two separate gồm clauses', text: 'Đoàn kiểm tra liên ngành gồm 07 thành viên; tổ giúp việc gồm 05 thành viên.' },
  {
    name: 'two dimensions of one total',
    text: 'Sở Xây dựng tiếp nhận 1.000 hồ sơ, trong đó 600 hồ sơ trực tuyến, 750 hồ sơ giải quyết trước hạn.',
  },
  {
    name: 'an age range is no subtraction',
    text: 'Tỷ lệ trẻ em từ 6-14 tuổi đến trường đạt 99,2%, trong đó trẻ 6 tuổi vào lớp 1 đạt 100%.',
  },
  {
    name: 'a threshold group inside a total',
    text: 'Toàn tỉnh có 245 trường đạt chuẩn quốc gia, trong đó 130 trường đạt chuẩn mức độ 1 trở lên, 40 trường đạt chuẩn mức độ 2.',
  },
  {
    name: 'received and resolved without an opening figure',
    text: 'Trong kỳ, Thanh tra tỉnh tiếp nhận 48 đơn, đã giải quyết 51 đơn, còn 12 đơn đang giải quyết.',
  },
  {
    name: 'an examples list (như) does not close the whole',
    text: 'Sở Công Thương kiểm tra 320 cơ sở kinh doanh, phát hiện vi phạm ở một số lĩnh vực như xăng dầu 12 cơ sở, thực phẩm 25 cơ sở.',
  },
  {
    name: 'nested budget items under trong đó',
    text: 'Tổng thu ngân sách ước đạt 12.000 tỷ đồng, trong đó thu nội địa 10.500 tỷ đồng, thu tiền sử dụng đất 3.200 tỷ đồng.',
  },
  {
    name: 'groups of the counted noun told apart by descriptions',
    text: 'Toàn tỉnh có 300 cơ sở, trong đó cơ sở sản xuất 200 cơ sở, cơ sở kinh doanh 150 cơ sở.',
  },
  { name: 'attributes cut across', text: 'Toàn trường có 1.000 học sinh, trong đó học sinh nữ 520 em, học sinh dân tộc thiểu số 600 em.' },
  {
    name: 'a colon and two counts of different criteria',
    text: 'Kiểm tra 30 cơ sở: 20 cơ sở đạt yêu cầu, 5 cơ sở không đạt về phòng cháy.',
  },
  {
    name: 'a total closing a list that holds another unit',
    text: 'Đã xử lý 45 vụ vi phạm, thu giữ 120 kg hàng hóa, tổng cộng 45 vụ.',
  },
];

const run = (group: string, variants: readonly Variant[]): void => {
  describe(group, () => {
    for (const v of variants) {
      const good = v.text.replace('{x}', v.ok);
      const bad = v.text.replace('{x}', v.bad);
      it(`${v.name}: holds`, () => {
        const found = ours(good);
        expect(flagged(found), show(found)).toEqual([]);
        if (!v.loose)
          expect(
            found.some((f) => f.status === 'consistent'),
            show(found),
          ).toBe(true);
      });
      it(`${v.name}: ${v.bad} instead of ${v.ok} is flagged`, () => {
        const found = ours(bad);
        const hit = flagged(found);
        if (v.loose) {
          // Where the grammar leaves the operands open, an edit may stay unflagged but never blame another figure.
          expect(
            hit.every((f) => names(f, v.bad)),
            show(found),
          ).toBe(true);
          return;
        }
        expect(
          hit.some((f) => names(f, v.bad)),
          show(found),
        ).toBe(true);
      });
    }
  });
};

run('sums and breakdowns', sums);
run('progress counts', progress);
run('balances', balances);

describe('traps', () => {
  for (const t of traps) {
    it(`${t.name}: nothing flagged`, () => {
      const found = ours(t.text);
      expect(flagged(found), show(found)).toEqual([]);
    });
  }
});
