import change from '../../../src/checks/rules/change.js';
import { tester } from '../tester.js';

/**
 * Changes against the same period whose earlier figure stands in the indicator table: the row is
 * named by the sentence in other words than its label, the figure is approximated (`khoảng`,
 * `gần`, `hơn`), `kì` is spelled for `kỳ`, a series of changes names its comparison once, and a
 * second predicate joined by `và` speaks of the same figure.
 */
const table = `Kết quả một số chỉ tiêu chính đạt được như sau:

Chỉ tiêu\tĐơn vị\tThực hiện 15/10/2024\tThực hiện 15/10/2025\t% so với C.kỳ 2024
1. Thu hoạch lúa mùa miền Bắc\t1000 ha\t1.102,4\t1.087,6\t98,7
2. Gieo cấy lúa đông xuân ở Tây Nguyên\t1000 ha\t284,1\t271,8\t95,7
3. Gieo trồng cây màu lương thực\t1000 ha\t912,5\t948,3\t103,9
Trong đó: - Ngô\t1000 ha\t601,2\t622,9\t103,6
- Khoai lang\t1000 ha\t88,0\t91,4\t103,9
4. Kim ngạch xuất khẩu\tTr.USD\t18.420\t20.115\t109,2
Trong đó: - Cà phê\tTr.USD\t2.310\t2.784\t120,5`;

const report = (sentence: string): string => `1. Trồng trọt

${sentence}

${table}`;

tester.run('change', change, {
  consistent: [
    report('Tại Tây Nguyên, diện tích gieo cấy lúa đông xuân đạt 271,8 ngàn ha, tiến độ gieo cấy bằng 95,7% so với cùng kỳ năm trước.'),
    // The row named in the sentence's words, the figure approximated (`khoảng 1.090` for 1.087,6).
    report(
      'Các tỉnh miền Bắc đã thu hoạch được khoảng 1.090 ngàn ha lúa mùa, chiếm 92% diện tích gieo cấy và bằng 98,7% so với cùng kỳ năm trước.',
    ),
    // A lower bound names the row: `hơn 271 ngàn ha` is 271,8.
    report('Tại Tây Nguyên, diện tích lúa đông xuân gieo cấy đạt hơn 271 ngàn ha, bằng 95,7% so với cùng kỳ năm trước.'),
    // `cùng kì`: the same word spelled with i.
    report('Tính đến ngày 15/10, diện tích gieo trồng cây màu lương thực đạt 948,3 ngàn ha, tăng 3,9% so với cùng kì năm trước.'),
    // The comparison named once for the series.
    report(
      'Cây màu lương thực đạt 948 ngàn ha, tăng 3,9% so với cùng kỳ; trong đó ngô đạt 623 ngàn ha, tăng 3,6%; khoai lang đạt gần 91 ngàn ha, tăng 3,9% so với cùng kỳ năm trước.',
    ),
    // `Trong đó,` details the sentence before, which named the comparison; other words than the label.
    report(
      'Tổng giá trị xuất khẩu 10 tháng ước đạt 20,1 tỷ USD, tăng 9,2% so với cùng kỳ năm 2024. Trong đó, giá trị xuất khẩu cà phê ước đạt 2,78 tỷ USD, tăng 20,5%.',
    ),
  ],
  inconsistent: [
    // A clause that restates the measure (`tiến độ gieo cấy`) speaks of the figure before it.
    {
      text: report(
        'Tại Tây Nguyên, diện tích gieo cấy lúa đông xuân đạt 271,8 ngàn ha, tiến độ gieo cấy bằng 97,5% so với cùng kỳ năm trước.',
      ),
      findings: [{ actual: '97,5', evidence: '284,1' }],
    },
    {
      text: report(
        'Các tỉnh miền Bắc đã thu hoạch được khoảng 1.090 ngàn ha lúa mùa, chiếm 92% diện tích gieo cấy và bằng 97,8% so với cùng kỳ năm trước.',
      ),
      findings: [{ actual: '97,8', evidence: '1.102,4' }],
    },
    {
      text: report('Tính đến ngày 15/10, diện tích gieo trồng cây màu lương thực đạt 948,3 ngàn ha, tăng 4,9% so với cùng kì năm trước.'),
      findings: [{ actual: '4,9', evidence: '912,5' }],
    },
    {
      text: report(
        'Cây màu lương thực đạt 948 ngàn ha, tăng 3,9% so với cùng kỳ; trong đó ngô đạt 623 ngàn ha, tăng 6,3%; khoai lang đạt gần 91 ngàn ha, tăng 3,9% so với cùng kỳ năm trước.',
      ),
      findings: [{ actual: '6,3', evidence: '601,2' }],
    },
    {
      text: report(
        'Tổng giá trị xuất khẩu 10 tháng ước đạt 20,1 tỷ USD, tăng 9,2% so với cùng kỳ năm 2024. Trong đó, giá trị xuất khẩu cà phê ước đạt 2,78 tỷ USD, tăng 25,0%.',
      ),
      findings: [{ actual: '25,0', evidence: '2.310' }],
    },
  ],
  unverifiable: [
    // A month's figure matches no row: the table is not about it.
    report('Riêng tháng 10, xuất khẩu cà phê đạt 310 triệu USD, tăng 12,4% so với cùng kỳ năm trước.'),
    // Compared with the month before: the table's earlier column is last year's, not that month's.
    report('Kim ngạch xuất khẩu cà phê đạt 2,78 tỷ USD, tăng 4,1% so với tháng trước.'),
  ],
});
