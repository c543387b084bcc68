import tableText from '../../../src/checks/rules/table-text.js';
import { tester } from '../tester.js';

const report = (fish: string, cell: string): string => `BÁO CÁO
Kết quả sản xuất nông nghiệp 9 tháng năm 2024

1. Thủy sản

Tổng sản lượng thuỷ sản 9 tháng đầu năm ước đạt ${fish}, tăng 4,8% so với cùng kỳ năm trước; trong đó sản lượng khai thác ước đạt 2.244 ngàn tấn.

Kết quả một số chỉ tiêu chủ yếu:

Chỉ tiêu\tĐơn vị\tThực hiện 9 tháng 2023\tThực hiện 9 tháng 2024\t% so với cùng kỳ
Tổng sản lượng thủy sản\t1000 tấn\t4.518\t${cell}\t104,8
Trong đó: - Sản lượng khai thác\t"\t2.143\t2.244\t104,7
- Sản lượng nuôi trồng\t"\t2.375\t2.491\t104,9`;

/** A statistics form with one figure a row (`Số liệu`): the row states one figure, the text must agree with it. */
const form = (cell: string): string => `BÁO CÁO
Công tác cải cách hành chính năm 2025

Trong năm, tổng số biên chế được giao trong năm là 9.976 người; số biên chế đã tinh giản trong kỳ báo cáo là 300 người.

Biểu mẫu 4

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
2.1\tTổng số biên chế được giao trong năm\tNgười\t${cell}
2.4\tSố biên chế đã tinh giản trong kỳ báo cáo\tNgười\t300`;

tester.run('table-text', tableText, {
  consistent: [report('4.735 ngàn tấn', '4.735'), report('4,74 triệu tấn', '4.735'), form('9.976')],
  inconsistent: [{ text: form('9.967'), findings: [{ actual: '9.976 người', expected: '9.967', evidence: '9.967' }] }],
  silent: [
    // The row has two period columns and the text agrees with neither: which one it means is not said.
    report('4.735 ngàn tấn', '4.753'),
    // A month's figure is not the table's nine-month column.
    `Kim ngạch xuất khẩu nông lâm thủy sản tháng 9 ước đạt 2,76 tỷ USD.

Chỉ tiêu\tĐơn vị\tSố liệu
Kim ngạch xuất khẩu\tTr.USD\t22.661`,
    // A change is not the level the row states.
    `Sản lượng khai thác tăng 101 ngàn tấn so với cùng kỳ.

Chỉ tiêu\tĐơn vị\tThực hiện 9 tháng 2024
Sản lượng khai thác\t1000 tấn\t2.244`,
  ],
});
