import attainment from '../../../src/checks/rules/attainment.js';
import { tester } from '../tester.js';

/**
 * Attainment of a plan stated in another section: the plan statement whose description (its
 * clause, its sentence, its headings) shares the most words with the achieved figure's item; a part
 * of a plan (`trong đó vốn trong nước …`) only when the item names it. The sentences are not tied
 * by their grammar, so a match verifies and a mismatch stays unverifiable, never inconsistent.
 */
const report = (summary: string, results = ''): string => `4. ĐẦU TƯ CÔNG

${summary}

4.1. Vốn ngân sách địa phương

4.1.1. Phân bổ vốn

Tổng số vốn kế hoạch năm 2025 được giao là 2.480,6 tỷ đồng, trong đó vốn trong nước 1.730,6 tỷ đồng, vốn ODA 750 tỷ đồng.

4.1.2. Kết quả thực hiện

${results}

4.2. Vốn trái phiếu Chính phủ

4.2.1. Phân bổ vốn

Kế hoạch vốn trái phiếu Chính phủ năm 2025 được Thủ tướng Chính phủ giao là 1.215,4 tỷ đồng cho 18 dự án.`;

tester.run('attainment', attainment, {
  consistent: [
    'III. ĐẦU TƯ CÔNG\n\nKế hoạch vốn đầu tư công năm 2025 được giao 1.500 tỷ đồng.\n\nĐến ngày 30/6, toàn tỉnh đã giải ngân 613,65 tỷ đồng, đạt 40,91% kế hoạch.',
    // 1.904,3 / 2.480,6 = 76,77 %: the plan of the section the words name (`ngân sách địa phương`).
    report('Vốn đầu tư do tỉnh quản lý, trong đó: Vốn ngân sách địa phương, thực hiện ước đạt 1.904,3 tỷ đồng, bằng 76,77% kế hoạch.'),
    // 702,8 / 1.215,4 = 57,83 %.
    report('Vốn trái phiếu Chính phủ, khối lượng thực hiện ước đạt 702,8 tỷ đồng, bằng 57,83% kế hoạch.'),
    // A part of the plan, named by the item: 1.288,2 / 1.730,6 = 74,44 %.
    report(
      'Tình hình chung.',
      'Khối lượng thực hiện vốn ngân sách địa phương 9 tháng ước đạt 1.904,3 tỷ đồng, trong đó: Vốn trong nước ước đạt 1.288,2 tỷ đồng, bằng 74,44% kế hoạch.',
    ),
  ],
  inconsistent: [
    // The item names the heading the plan stands under: tied, so a mismatch is wrong.
    {
      text: report('Vốn trái phiếu Chính phủ, khối lượng thực hiện ước đạt 702,8 tỷ đồng, bằng 75,83% kế hoạch.'),
      findings: [{ actual: '75,83', evidence: '1.215,4' }],
    },
    // A sibling section (`4.1.2 Kết quả thực hiện` beside `4.1.1 Phân bổ vốn`) states the part's plan.
    {
      text: report(
        'Tình hình chung.',
        'Khối lượng thực hiện vốn ngân sách địa phương 9 tháng ước đạt 1.904,3 tỷ đồng, trong đó: Vốn trong nước ước đạt 1.288,2 tỷ đồng, bằng 47,44% kế hoạch.',
      ),
      findings: [{ actual: '47,44', evidence: '1.730,6' }],
    },
    // Only the act is named (`giải ngân`): the one plan its own section states before it.
    {
      text: 'III. ĐẦU TƯ CÔNG\n\nKế hoạch vốn đầu tư công năm 2025 được giao 1.500 tỷ đồng.\n\nĐến ngày 30/6, toàn tỉnh đã giải ngân 613,65 tỷ đồng, đạt 44,91% kế hoạch.',
      findings: [{ actual: '44,91', evidence: '1.500' }],
    },
  ],
  unverifiable: [
    // A sub-subsection of the results (`4.1.2.1 Vốn thực hiện dự án`): its own plans are not stated,
    // the section's `vốn trong nước` plan may not be the one meant.
    report(
      'Tình hình chung.',
      'Kết quả cụ thể như sau:\n\n4.1.2.1. Vốn thực hiện dự án\n\nKhối lượng thực hiện ước đạt 1.500 tỷ đồng, vốn trong nước ước đạt 1.020,5 tỷ đồng, bằng 65,2% kế hoạch.',
    ),
    // One word named (`ODA`): a sub-item of the section, whose own plan the text does not state.
    'III. ĐẦU TƯ CÔNG\n\nKế hoạch vốn đầu tư công năm 2025 được giao 1.500 tỷ đồng.\n\nĐến ngày 30/6, vốn ODA đã giải ngân 300 tỷ đồng, đạt 45% kế hoạch.',
    // `vốn ODA` is a part the item does not name: the whole's plan is not taken for it.
    report('Tình hình chung.', 'Vốn nước ngoài ước đạt 512,4 tỷ đồng, bằng 68,32% kế hoạch.'),
  ],
});

/**
 * A whole whose `trong đó` parts state their own attainment: its plan is the sum of the parts' plans
 * when exactly one set of parts adds up to it (here the executed volumes, not the disbursements).
 */
const summed = (whole: string): string => `4. ĐẦU TƯ CÔNG

Vốn đầu tư công do tỉnh quản lý 9 tháng ước đạt 2.607,1 tỷ đồng, bằng ${whole} kế hoạch, giải ngân ước đạt 2.100,4 tỷ đồng, trong đó: Vốn ngân sách địa phương, thực hiện ước đạt 1.904,3 tỷ đồng, bằng 76,77% kế hoạch, giải ngân ước đạt 1.500,2 tỷ đồng; Vốn trái phiếu Chính phủ, thực hiện ước đạt 702,8 tỷ đồng, bằng 57,83% kế hoạch, giải ngân ước đạt 600,2 tỷ đồng.

4.1. Vốn ngân sách địa phương

4.1.1. Phân bổ vốn

Tổng số vốn kế hoạch năm 2025 được giao là 2.480,6 tỷ đồng.

4.2. Vốn trái phiếu Chính phủ

4.2.1. Phân bổ vốn

Kế hoạch vốn trái phiếu Chính phủ năm 2025 được Thủ tướng Chính phủ giao là 1.215,4 tỷ đồng cho 18 dự án.`;

tester.run('attainment', attainment, {
  // 2.607,1 / (2.480,6 + 1.215,4) = 70,54 %.
  consistent: [summed('70,54%')],
  inconsistent: [{ text: summed('75,04%'), findings: [{ actual: '75,04', evidence: '1.215,4' }] }],
});
