import change from '../../../src/checks/rules/change.js';
import { tester } from '../tester.js';

/**
 * The earlier figure stated by an earlier clause that opens with the period compared with (`Cùng kỳ
 * năm 2024, …`, `Năm học 2023 - 2024 …`, `Năm 2024 …`), in the subject's unit; among several, the one
 * whose noun the subject's sentence names. Within one paragraph the grammar ties them.
 */
const outbreak = (rise: string, fall: string): string =>
  `Cùng kỳ năm 2024, toàn tỉnh ghi nhận 612 ca mắc sởi và 388 ca thủy đậu. Trong 6 tháng năm 2025, dịch sởi diễn biến phức tạp: ghi nhận 731 ca mắc, tăng ${rise} so với cùng kỳ; riêng tháng 6 ghi nhận 95 ca. Bệnh thủy đậu ghi nhận 302 ca, giảm ${fall} ca so với cùng kỳ.`;

tester.run('change', change, {
  consistent: [
    outbreak('19,4%', '86'),
    'Năm học 2023 - 2024 toàn tỉnh có 451.200 học sinh; năm học 2024 - 2025 tổng số 463.800 học sinh, tăng 2,79% so với năm học trước.',
    'Năm 2024 xảy ra 412 vụ cháy. Năm 2025 xảy ra 377 vụ cháy, giảm 8,5% so với năm 2024.',
  ],
  inconsistent: [
    { text: outbreak('14,9%', '86'), findings: [{ actual: '14,9', evidence: '612' }] },
    { text: outbreak('19,4%', '68'), findings: [{ actual: '68', evidence: '388' }] },
    {
      text: 'Năm học 2023 - 2024 toàn tỉnh có 451.200 học sinh; năm học 2024 - 2025 tổng số 463.800 học sinh, tăng 2,97% so với năm học trước.',
      findings: [{ actual: '2,97', evidence: '451.200' }],
    },
  ],
  unverifiable: [
    // The earlier sentence is about another year than the one compared with.
    'Năm 2023 xảy ra 455 vụ cháy. Năm 2025 xảy ra 377 vụ cháy, giảm 8,5% so với năm 2024.',
    // Two earlier figures, neither named by the sentence: no choice is made.
    'Cùng kỳ năm 2024, toàn tỉnh ghi nhận 612 ca và 388 ca. Trong 6 tháng năm 2025 ghi nhận 731 ca, tăng 19,4% so với cùng kỳ.',
  ],
});
