import attainment from '../../../src/checks/rules/attainment.js';
import { tester } from '../tester.js';

/** A plan stated in its own section, the attainment in another, named by the same funding source. */
const bySource = (ngansach: string, xoso: string): string =>
  [
    'III. THỰC HIỆN VỐN ĐẦU TƯ CÔNG',
    '1. Vốn ngân sách địa phương',
    '1.1. Kế hoạch vốn',
    'Kế hoạch vốn ngân sách địa phương năm 2023 được Hội đồng nhân dân tỉnh giao là 2.480,6 tỷ đồng.',
    '1.2. Kết quả giải ngân',
    `Đến ngày 30/9/2023, giải ngân vốn ngân sách địa phương đạt ${ngansach} tỷ đồng, bằng 70% kế hoạch.`,
    '2. Vốn xổ số kiến thiết',
    '2.1. Kế hoạch vốn',
    'Kế hoạch vốn xổ số kiến thiết năm 2023 được giao là 315 tỷ đồng.',
    '2.2. Kết quả giải ngân',
    `Giải ngân nguồn vốn xổ số kiến thiết ước đạt ${xoso} tỷ đồng, bằng 64% kế hoạch.`,
  ].join('\n\n');

/** Another agency's wording: `dự toán … giao đầu năm`, the source named by `từ nguồn vốn`. */
const estimate = (spent: string): string =>
  [
    'I. TÌNH HÌNH THU, CHI NGÂN SÁCH',
    '1. Dự toán',
    'Dự toán chi thường xuyên từ nguồn vốn sự nghiệp giao đầu năm 2024 là 1.250 tỷ đồng.',
    '2. Thực hiện',
    `Chi từ nguồn vốn sự nghiệp 9 tháng năm 2024 ước đạt ${spent} tỷ đồng, bằng 65% dự toán.`,
  ].join('\n\n');

/** A whole whose `trong đó` parts state their plans: its plan is theirs summed. */
const wholeOfParts = (whole: string): string =>
  `Tổng vốn đầu tư công do tỉnh quản lý ước đạt ${whole} tỷ đồng, bằng 76,03% kế hoạch, trong đó: vốn ngân sách tỉnh ước đạt 920,5 tỷ đồng, bằng 80,04% kế hoạch (kế hoạch 1.150 tỷ đồng); vốn xổ số kiến thiết ước đạt 600 tỷ đồng, bằng 70,59% kế hoạch (kế hoạch 850 tỷ đồng).`;

tester.run('attainment', attainment, {
  consistent: [
    'Tổng sản lượng thủy sản ước đạt 402.921 tấn, đạt 85,6% kế hoạch (kế hoạch 470.500 tấn).',
    'Huy động vốn đầu tư toàn xã hội đạt 16.428 tỷ đồng, đạt 83% kế hoạch (kế hoạch 19.794 tỷ đồng).',
    'Trong đó khách quốc tế 46,26 nghìn lượt, đạt 98,43% kế hoạch, (kế hoạch 47 nghìn lượt) tổng doanh thu đạt 3.978,4 tỷ đồng.',
    'Riêng thu tiền sử dụng đất mới đạt 2.875,4 tỷ đồng, bằng 57,51% dự toán (dự toán 5.000 tỷ đồng).',
    'Dự toán chi sự nghiệp y tế năm 2024 được giao 1.248,6 tỷ đồng; đến ngày 25/5/2024 đã giải ngân 496,3 tỷ đồng, đạt 39,75% dự toán.',
    'Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ 5 tháng đạt 38,6% kế hoạch năm (5.792/15.005 trẻ).',
    bySource('1.736,4', '201,6'),
    estimate('812,5'),
    wholeOfParts('1.520,5'),
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
    // The plan named by the same source in another section fixes the operand.
    { text: bySource('1.763,4', '201,6'), findings: [{ actual: '70', expected: '71%', evidence: '2.480,6' }] },
    { text: bySource('1.736,4', '210,6'), findings: [{ actual: '64', expected: '67%', evidence: '315' }] },
    { text: estimate('832,5'), findings: [{ actual: '65', expected: '67%', evidence: '1.250' }] },
    // The parts' figures over their plans give the stated 76,03%: the whole's own figure is the odd one.
    { text: wholeOfParts('1.620,5'), findings: [{ actual: '76,03', expected: '81,03%' }] },
  ],
  silent: [
    // The parts leave out a third source (1.820 > 920 + 600): with a whole percentage their own ratio
    // (1.520 / 2.000 = 76%) meeting it proves nothing.
    'Tổng vốn đầu tư công do tỉnh quản lý ước đạt 1.820 tỷ đồng, bằng 76% kế hoạch, trong đó: vốn ngân sách tỉnh ước đạt 920 tỷ đồng, bằng 80% kế hoạch (kế hoạch 1.150 tỷ đồng); vốn xổ số kiến thiết ước đạt 600 tỷ đồng, bằng 70,59% kế hoạch (kế hoạch 850 tỷ đồng).',
    // A subsection narrowing the results (`Các dự án chuyển tiếp`) reports on less than the source's plan.
    [
      '2. Vốn xổ số kiến thiết',
      '2.1. Kế hoạch vốn',
      'Kế hoạch vốn xổ số kiến thiết năm 2023 được giao là 315 tỷ đồng.',
      '2.2. Kết quả giải ngân',
      '2.2.1. Các dự án chuyển tiếp',
      'Giải ngân nguồn vốn xổ số kiến thiết ước đạt 120,4 tỷ đồng, bằng 80,3% kế hoạch.',
    ].join('\n\n'),
    // `vốn trong nước` of a project's share, not of the whole plan's part: that whole's own rate says so.
    [
      '1. Kế hoạch',
      'Tổng kế hoạch vốn ngân sách tỉnh năm 2022 được giao là 900 tỷ đồng, trong đó vốn trong nước 600 tỷ đồng, vốn ngoài nước 300 tỷ đồng.',
      '2. Thực hiện dự án',
      'Vốn thực hiện dự án ước đạt 540 tỷ đồng, bằng 75% kế hoạch năm, vốn trong nước ước đạt 330 tỷ đồng, bằng 66% kế hoạch.',
    ].join('\n\n'),
    // A rate compared with a planned rate: no ratio is claimed.
    'Ước giải ngân đầu tư công 06 tháng đầu năm 2022 đạt 27,5% kế hoạch (kế hoạch 20%).',
    'Triển khai các giải pháp tăng tỷ lệ che phủ rừng, đến nay tỷ lệ che phủ rừng đạt 12% (kế hoạch 11%).',
  ],
  unverifiable: [
    'Tổng sản phẩm trên địa bàn ước 33.271 tỷ đồng, đạt 49,69% kế hoạch năm, tăng 4,42% cùng kỳ.',
    // Two plans of the same source with different values: which one is meant is not said.
    [
      'II. ĐẦU TƯ PHÁT TRIỂN',
      '1. Phân bổ vốn',
      'Kế hoạch vốn ngân sách trung ương năm 2024 giao đầu năm là 612,5 tỷ đồng. Kế hoạch vốn ngân sách trung ương năm 2024 được giao bổ sung là 700 tỷ đồng.',
      '2. Kết quả thực hiện',
      'Giải ngân vốn ngân sách trung ương đạt 428,75 tỷ đồng, bằng 61,25% kế hoạch.',
    ].join('\n\n'),
  ],
});
