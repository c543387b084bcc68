import excess from '../../../src/checks/rules/excess.js';
import { tester } from '../tester.js';

tester.run('excess', excess, {
  consistent: [
    'Giá trị sản xuất công nghiệp 6 tháng đạt 25.743,7 tỷ đồng, vượt 8% so với kế hoạch (kế hoạch 23.827,7 tỷ đồng).',
    'Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ 6 tháng đạt 61.405 tỷ đồng, vượt 0,25% kế hoạch (kế hoạch 61.250 tỷ đồng).',
    // Consistent only thanks to the rounding of 2,46 triệu: [2,455; 2,465] triệu.
    '6 tháng thu hút 3,495 triệu lượt khách du lịch, vượt 41,8% kế hoạch (kế hoạch 2,46 triệu lượt).',
    'Thu xổ số kiến thiết 176,8 tỷ đồng, vượt 4,6% dự toán (dự toán 169 tỷ đồng).',
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
  ],
  unverifiable: ['Sản lượng lúa đạt 2,4 triệu tấn, vượt 1,9% kế hoạch.'],
});
