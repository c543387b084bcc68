import excess from '../../../src/checks/rules/excess.js';
import { tester } from '../tester.js';

/** The plan stated in its own section, named by the same source (`tiền sử dụng đất`) and year. */
const landRevenue = (over: string): string =>
  [
    '1. Kế hoạch thu',
    'Kế hoạch thu tiền sử dụng đất năm 2024 được giao là 800 tỷ đồng.',
    '2. Kết quả thực hiện',
    `Thu tiền sử dụng đất năm 2024 ước đạt 920 tỷ đồng, vượt ${over} kế hoạch.`,
  ].join('\n\n');

tester.run('excess', excess, {
  consistent: [
    'Giá trị sản xuất công nghiệp 6 tháng đạt 25.743,7 tỷ đồng, vượt 8% so với kế hoạch (kế hoạch 23.827,7 tỷ đồng).',
    'Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ 6 tháng đạt 61.405 tỷ đồng, vượt 0,25% kế hoạch (kế hoạch 61.250 tỷ đồng).',
    // Consistent only thanks to the rounding of 2,46 triệu: [2,455; 2,465] triệu.
    '6 tháng thu hút 3,495 triệu lượt khách du lịch, vượt 41,8% kế hoạch (kế hoạch 2,46 triệu lượt).',
    'Thu xổ số kiến thiết 176,8 tỷ đồng, vượt 4,6% dự toán (dự toán 169 tỷ đồng).',
    landRevenue('15%'),
  ],
  inconsistent: [
    {
      text: 'Thu từ khu vực doanh nghiệp nhà nước trung ương 412,7 tỷ đồng, vượt 8,6% dự toán (dự toán 386 tỷ đồng).',
      findings: [{ actual: '8,6', expected: '6,9%', evidence: '386 tỷ đồng' }],
    },
    {
      text: 'Tổng thu ngân sách 6 tháng là 6.098 tỷ đồng, vượt 17,7% kế hoạch (kế hoạch 5.662 tỷ đồng).',
      findings: [{ actual: '17,7', expected: '7,7%' }],
    },
    { text: landRevenue('12%'), findings: [{ actual: '12', expected: '15%', evidence: '800' }] },
  ],
  unverifiable: ['Sản lượng lúa đạt 2,4 triệu tấn, vượt 1,9% kế hoạch.'],
});
