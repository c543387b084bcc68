import change from '../../../src/checks/rules/change.js';
import { tester } from '../tester.js';

/**
 * The text rounds a row's figure of the indicator table and states its change; the table's
 * earlier-period column gives the figure it is compared with (the row named by its label, the
 * value and unit agreeing).
 */
const report = (sentence: string): string => `1. Trồng trọt

${sentence}

Kết quả một số chỉ tiêu chính

Chỉ tiêu\tĐơn vị\tThực hiện 30/6/2024\tThực hiện 30/6/2025\t% so với C.kỳ 2024
1. Diện tích gieo trồng cây công nghiệp hàng năm\t1000 ha\t287,4\t301,2\t104,8
2. Sản lượng chè búp tươi\t1000 tấn\t612,4\t640,1\t104,5`;

/** The same with period columns only (`Quý II/2024 | Quý II/2025`), as a pipe table. */
const quarters = (sentence: string): string => `${sentence}

| Chỉ tiêu | ĐVT | Quý II/2024 | Quý II/2025 | So sánh (%) |
|---|---|---|---|---|
| Doanh thu dịch vụ lưu trú | tỷ đồng | 418,6 | 462,3 | 110,44 |`;

tester.run('change', change, {
  consistent: [
    report('Sáu tháng đầu năm, sản lượng chè búp tươi ước đạt 640 ngàn tấn, tăng 4,5% so với cùng kỳ năm trước.'),
    report('Diện tích gieo trồng cây công nghiệp hàng năm đạt 301,2 ngàn ha, tăng 4,8% so với cùng kỳ.'),
    quarters('Quý II, doanh thu dịch vụ lưu trú đạt 462,3 tỷ đồng, tăng 10,44% so với cùng kỳ.'),
    // The change as an index: `bằng X% so với cùng kỳ`.
    report('Sản lượng chè búp tươi ước đạt 640,1 ngàn tấn, bằng 104,5% so với cùng kỳ năm trước.'),
    'Lượng khách lưu trú đạt 1.284 nghìn lượt, bằng 93,7% so với cùng kỳ (cùng kỳ 1.370 nghìn lượt).',
  ],
  inconsistent: [
    {
      text: report('Sáu tháng đầu năm, sản lượng chè búp tươi ước đạt 640 ngàn tấn, tăng 5,4% so với cùng kỳ năm trước.'),
      findings: [{ actual: '5,4', evidence: '612,4' }],
    },
    {
      text: quarters('Quý II, doanh thu dịch vụ lưu trú đạt 462,3 tỷ đồng, tăng 11,44% so với cùng kỳ.'),
      findings: [{ actual: '11,44', evidence: '418,6' }],
    },
    {
      text: report('Sản lượng chè búp tươi ước đạt 640,1 ngàn tấn, bằng 105,4% so với cùng kỳ năm trước.'),
      findings: [{ actual: '105,4', evidence: '612,4' }],
    },
    {
      text: 'Lượng khách lưu trú đạt 1.284 nghìn lượt, bằng 97,3% so với cùng kỳ (cùng kỳ 1.370 nghìn lượt).',
      findings: [{ actual: '97,3', evidence: '1.370' }],
    },
  ],
  unverifiable: [
    // The figure is not the row's (another period): the row is not the one meant, nothing is asserted.
    report('Riêng quý II, sản lượng chè búp tươi ước đạt 352 ngàn tấn, tăng 5,4% so với cùng kỳ năm trước.'),
  ],
});
