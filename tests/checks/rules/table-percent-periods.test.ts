import tablePercent from '../../../src/checks/rules/table-percent.js';
import { tester } from '../tester.js';

/** Two columns of the same period in two years and a comparison column: the index (ratio × 100). */
const index = (cell: string): string => `Một số chỉ tiêu chủ yếu

Chỉ tiêu\tĐVT\t6 tháng năm 2023\t6 tháng năm 2024\tSo cùng kỳ (%)
Số doanh nghiệp đăng ký mới\tdoanh nghiệp\t1.240\t1.385\t${cell}
Vốn đăng ký\ttỷ đồng\t9.812,4\t10.206,7\t104,02`;

/** The change written as growth (ratio × 100 − 100), in a markdown pipe table. */
const growth = (cell: string): string => `Tình hình tai nạn lao động

| Chỉ tiêu | Năm 2022 | Năm 2023 | Tăng, giảm (%) |
|---|---|---|---|
| Số vụ tai nạn lao động | 215 | 188 | ${cell} |
| Số người bị nạn | 230 | 246 | 6,96 |`;

/** `So sánh (%)` between two quarters. */
const quarters = (cell: string): string => `Chỉ tiêu\tĐVT\tQuý II/2024\tQuý II/2025\tSo sánh (%)
Khách quốc tế\tlượt\t52.300\t61.020\t${cell}`;

tester.run('table-percent', tablePercent, {
  consistent: [index('111,69'), growth('-12,56'), quarters('116,67')],
  inconsistent: [
    { text: index('110,69'), findings: [{ actual: '110,69', expected: '111,69', evidence: '1.385' }] },
    { text: growth('-13,56'), findings: [{ actual: '-13,56', evidence: '188' }] },
    { text: quarters('106,67'), findings: [{ actual: '106,67', evidence: '61.020' }] },
  ],
  silent: [
    // Two periods of different lengths: `6 tháng` against `cả năm` is no like-for-like comparison.
    `Chỉ tiêu\tĐVT\t6 tháng năm 2024\tCả năm 2025\tSo sánh (%)
Khách quốc tế\tlượt\t52.300\t121.020\t80,00`,
  ],
});
