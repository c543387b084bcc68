import attainment from '../../../src/checks/rules/attainment.js';
import { tester } from '../tester.js';

tester.run('attainment', attainment, {
  consistent: [
    'Tổng sản lượng thủy sản ước đạt 402.921 tấn, đạt 85,6% kế hoạch (kế hoạch 470.500 tấn).',
    'Huy động vốn đầu tư toàn xã hội đạt 16.428 tỷ đồng, đạt 83% kế hoạch (kế hoạch 19.794 tỷ đồng).',
    'Trong đó khách quốc tế 46,26 nghìn lượt, đạt 98,43% kế hoạch, (kế hoạch 47 nghìn lượt) tổng doanh thu đạt 3.978,4 tỷ đồng.',
    'Riêng thu tiền sử dụng đất mới đạt 2.875,4 tỷ đồng, bằng 57,51% dự toán (dự toán 5.000 tỷ đồng).',
    'Dự toán chi sự nghiệp y tế năm 2024 được giao 1.248,6 tỷ đồng; đến ngày 25/5/2024 đã giải ngân 496,3 tỷ đồng, đạt 39,75% dự toán.',
    'Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ 5 tháng đạt 38,6% kế hoạch năm (5.792/15.005 trẻ).',
  ],
  inconsistent: [
    {
      text: 'Tổng vốn đầu tư phát triển toàn xã hội 9 tháng ước 21.564 tỷ đồng, đạt 70,52% kế hoạch (kế hoạch 30.695 tỷ đồng).',
      findings: [{ actual: '70,52', expected: '70,25%', evidence: '30.695 tỷ đồng' }],
    },
    {
      text: 'Tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi được 5.214 trẻ, đạt 36,1% kế hoạch (kế hoạch 15.230 trẻ).',
      findings: [{ actual: '36,1', expected: '34,2%' }],
    },
    {
      text: 'Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới 11/14 xã đạt chuẩn nông thôn mới (78% kế hoạch), 2/2 huyện được công nhận huyện nông thôn mới.',
      findings: [{ status: 'warning', actual: '78', expected: '79%' }],
    },
  ],
  silent: [
    // A rate compared with a planned rate: no ratio is claimed.
    'Ước giải ngân đầu tư công 06 tháng đầu năm 2022 đạt 27,5% kế hoạch (kế hoạch 20%).',
    'Triển khai các giải pháp tăng tỷ lệ che phủ rừng, đến nay tỷ lệ che phủ rừng đạt 12% (kế hoạch 11%).',
  ],
  unverifiable: ['Tổng sản phẩm trên địa bàn ước 33.271 tỷ đồng, đạt 49,69% kế hoạch năm, tăng 4,42% cùng kỳ.'],
});
