import difference from '../../../src/checks/rules/difference.js';
import { tester } from '../tester.js';

/** A two-section report: the gap is stated in section V, its operands in section III. */
const twoSections = (gap: string): string => `III. PHỤC HỒI VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI

Huy động vốn đầu tư toàn xã hội đạt 16.428 tỷ đồng, đạt 83% kế hoạch (kế hoạch 19.794 tỷ đồng); trong đó, nguồn vốn đầu tư vào Khu kinh tế Phú Quốc đạt 8.650 tỷ đồng, vượt 44,1% kế hoạch (kế hoạch 6.000 tỷ đồng).

V. ĐÁNH GIÁ CHUNG

Một số chỉ tiêu đạt thấp so với kế hoạch như: Sản lượng khai thác thủy sản giảm 6%; huy động vốn toàn xã hội hụt ${gap} tỷ đồng so với dự kiến.`;

tester.run('difference', difference, {
  consistent: [
    twoSections('3.366'),
    'Riêng thu tiền sử dụng đất mới đạt 2.875,4 tỷ đồng, bằng 57,51% dự toán (dự toán 5.000 tỷ đồng), còn hụt 2.124,6 tỷ đồng so với dự toán năm.',
    'Tổng số tiền trúng đấu giá 268,35 tỷ đồng, cao hơn giá khởi điểm 41,27 tỷ đồng (giá khởi điểm 227,08 tỷ đồng).',
    'Thẩm tra quyết toán 87 dự án với tổng giá trị đề nghị quyết toán 1.236,52 tỷ đồng; giá trị được phê duyệt 1.214,08 tỷ đồng, giảm 22,44 tỷ đồng (1,81%) so với giá trị đề nghị.',
    'Tổng giá trị trúng thầu 684,72 tỷ đồng, tiết kiệm 52,18 tỷ đồng so với giá kế hoạch (giá kế hoạch 736,9 tỷ đồng).',
  ],
  inconsistent: [
    { text: twoSections('3.636'), findings: [{ actual: '3.636', expected: '3.366', evidence: '19.794' }] },
    {
      text: 'Riêng thu tiền sử dụng đất mới đạt 2.875,4 tỷ đồng, bằng 57,51% dự toán (dự toán 5.000 tỷ đồng), còn hụt 2.214,6 tỷ đồng so với dự toán năm.',
      findings: [{ actual: '2.214,6', expected: '2.124,6' }],
    },
    {
      text: 'Tổng số tiền trúng đấu giá 268,35 tỷ đồng, cao hơn giá khởi điểm 14,27 tỷ đồng (giá khởi điểm 227,08 tỷ đồng).',
      findings: [{ actual: '14,27', expected: '41,27' }],
    },
  ],
  unverifiable: [
    // Two figures before the gap, none named as its base: a mismatch is not asserted.
    'Giá trị đề nghị 412,38 tỷ đồng; giá trị thẩm định 398,74 tỷ đồng, cắt giảm 31,64 tỷ đồng.',
  ],
});
