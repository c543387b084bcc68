import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/**
 * Issue 14 §4: sentences that look like claims and are not, in our own words. No rule may flag
 * them (inconsistent or warning); what cannot be verified is left unverifiable.
 */
const flagged = (text: string): Finding[] => check(text, rules).filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const show = (found: readonly Finding[]): string => found.map((f) => `${f.rule}: ${f.message.en}`).join('\n');

const CLASSES: Record<string, string[]> = {
  'a threshold or norm in parentheses': [
    'Tổ chức khảo sát 1.250 người dân, tỷ lệ khảo sát tối thiểu (15%) theo hướng dẫn của Bộ Nội vụ.',
    'Có 84 hồ sơ giải quyết đúng hạn, vượt mức yêu cầu (tối thiểu 80%).',
  ],
  'a whole named but not stated': [
    'Diện tích rừng của tỉnh đạt 612.000 ha, chiếm 4,1% diện tích rừng cả nước.',
    'Tiếp nhận 9.400 hồ sơ; số hồ sơ quá hạn là 210 hồ sơ, chiếm 2,6% trên tổng số hồ sơ đã giải quyết.',
  ],
  'deductions and score scales': [
    'Chỉ số thành phần đạt 8,5 điểm trên thang 10 điểm, bị trừ 1,0 điểm do chậm báo cáo và giảm 0,5 điểm do thiếu minh chứng.',
    'Tổng điểm tối đa là 100 điểm, gồm: công tác chỉ đạo 12 điểm; cải cách thể chế 10 điểm; thủ tục hành chính 14 điểm.',
    'Điểm đánh giá của Sở đạt 86,5 điểm, bị trừ 2,0 điểm do chậm nộp báo cáo, trừ 1,5 điểm do không cập nhật phần mềm.',
    'Kết quả tự chấm 92 điểm; Hội đồng thẩm định trừ 3,5 điểm, còn 88,5 điểm.',
    'Bộ chỉ số gồm 8 lĩnh vực với thang điểm 100, trong đó: công tác chỉ đạo điều hành 10 điểm, cải cách thể chế 12 điểm, cải cách thủ tục hành chính 14 điểm.',
  ],
  'parts of another period or another unit': [
    'Sáu tháng đầu năm sản lượng thịt hơi đạt 92.400 tấn, trong đó thịt lợn 70.100 tấn, thịt gia cầm 19.800 tấn, trứng 310 triệu quả.',
    'Kim ngạch xuất khẩu 6 tháng đạt 1.250 triệu USD, trong đó riêng tháng 6 đạt 230 triệu USD.',
    'Lũy kế 9 tháng thu ngân sách đạt 7.450 tỷ đồng, trong đó tháng 9 thu 820 tỷ đồng, thu nội địa 6.900 tỷ đồng.',
    'Sản lượng thịt hơi xuất chuồng đạt 52.300 tấn, trong đó thịt gà 38.100 tấn, thịt vịt 14.200 tấn, trứng gia cầm 400 triệu quả.',
  ],
  'an item of another category inside a breakdown': [
    'Năm 2024, Thanh tra tỉnh tiến hành 48 cuộc thanh tra, gồm 30 cuộc theo kế hoạch, 18 cuộc đột xuất và 2.150 triệu đồng kiến nghị thu hồi.',
    'Đã cấp 1.250 giấy phép lái xe, gồm 1.100 giấy phép hạng B và 150 giấy phép hạng C, 12 trường hợp bị thu hồi.',
    '- Số vụ tai nạn giao thông: 12.\n\n+ Số người chết: 15.\n\n+ Số người bị thương: 20.\n\n- Số vụ cháy: 3.',
    // A group with no status between done and pending work: they are not all the work.
    'Kế hoạch năm có 24 nhiệm vụ; đến nay 15 nhiệm vụ đã hoàn thành, 06 nhiệm vụ chậm tiến độ, 03 nhiệm vụ chưa triển khai.',
    '- Số vụ tai nạn giao thông: 12 vụ.\n\n+ Số người chết: 15 người.\n\n+ Số người bị thương: 20 người.\n\n- Số vụ cháy: 3 vụ.',
  ],
  'two separate gồm clauses': [
    'Ban hành 12 văn bản gồm 5 kế hoạch và 7 công văn; tổ chức 9 hội nghị gồm 4 hội nghị trực tuyến và 5 hội nghị trực tiếp.',
    'Năm nay tổ chức 14 lớp tập huấn gồm 8 lớp cấp tỉnh và 6 lớp cấp xã, biên soạn 9 tài liệu gồm 5 sổ tay và 4 tờ rơi.',
  ],
  'trong đó attached to the wrong figure': [
    'Tổng thu ngân sách đạt 9.820 tỷ đồng, tăng 540 tỷ đồng so với cùng kỳ, trong đó thu nội địa 8.100 tỷ đồng, thu xuất nhập khẩu 1.720 tỷ đồng.',
    'Vốn đầu tư toàn xã hội ước đạt 45.800 tỷ đồng, tăng 2.100 tỷ đồng so với cùng kỳ, trong đó vốn nhà nước 12.300 tỷ đồng, vốn ngoài nhà nước 30.500 tỷ đồng, vốn FDI 3.000 tỷ đồng.',
  ],
  'the same label for different groups': [
    'Điểm tối đa đối với các sở, ngành là 100 điểm; điểm tối đa đối với Ủy ban nhân dân cấp xã là 90 điểm.',
  ],
  'a share of the resolved checked against the received': [
    'Đã tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ, số hồ sơ trễ hạn: 25, chiếm 2,78%.',
    'Năm 2026 Thanh tra tỉnh tiếp nhận 820 đơn, đã xử lý 760 đơn, có 57 đơn quá hạn, chiếm tỷ lệ 7,5%.',
  ],
  'agency names split into items': [
    'Phối hợp với 02 cơ quan (Sở Văn hóa, Thể thao và Du lịch; Sở Giáo dục và Đào tạo) tổ chức hội thi.',
    'Kiểm tra 03 đơn vị: Sở Nông nghiệp và Môi trường; Sở Khoa học và Công nghệ; Văn phòng Ủy ban nhân dân tỉnh.',
  ],
};

describe('false-alarm classes of real reports', () => {
  for (const [name, texts] of Object.entries(CLASSES)) {
    for (const text of texts) {
      it(`${name}: ${text.slice(0, 80)}`, () => {
        const found = flagged(text);
        expect(found, show(found)).toEqual([]);
      });
    }
  }
  // The same sentences still verify what they do claim, with the right operands.
  const verified: Array<[string, string, string]> = [
    [
      'two separate gồm clauses',
      'Năm nay tổ chức 14 lớp tập huấn gồm 8 lớp cấp tỉnh và 6 lớp cấp xã, biên soạn 9 tài liệu gồm 5 sổ tay và 4 tờ rơi.',
      '14|9',
    ],
    [
      'an item of another category inside a breakdown',
      'Năm 2024, Thanh tra tỉnh tiến hành 48 cuộc thanh tra, gồm 30 cuộc theo kế hoạch, 18 cuộc đột xuất và 2.150 triệu đồng kiến nghị thu hồi.',
      '48',
    ],
    [
      'trong đó under the total, not its change',
      'Vốn đầu tư toàn xã hội ước đạt 45.800 tỷ đồng, tăng 2.100 tỷ đồng so với cùng kỳ, trong đó vốn nhà nước 12.300 tỷ đồng, vốn ngoài nhà nước 30.500 tỷ đồng, vốn FDI 3.000 tỷ đồng.',
      '45.800',
    ],
  ];
  for (const [name, text, totals] of verified) {
    it(`${name}: the parts verify against ${totals}`, () => {
      const sums = check(text, rules).filter((f) => f.rule === 'sum' && f.status === 'consistent');
      expect(sums.map((f) => f.actual).join('|'), show(sums)).toBe(totals);
    });
  }
  it('an unverifiable share says why and which wholes it tried', () => {
    const found = check('Diện tích rừng của tỉnh đạt 612.000 ha, chiếm 4,1% diện tích rừng cả nước.', rules);
    const unverifiable = found.find((f) => f.rule === 'share' && f.status === 'unverifiable');
    expect(unverifiable?.reasonId, show(found)).toBe('wholeNotStated');
  });
});
