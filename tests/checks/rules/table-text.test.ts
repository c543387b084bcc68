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
  consistent: [
    report('4.735 ngàn tấn', '4.735'),
    report('4,74 triệu tấn', '4.735'),
    form('9.976'),
    // The text names the row in its own words; an abbreviation by its initials.
    `Trong năm, Chủ tịch Ủy ban nhân dân tỉnh đã công bố mới 312 TTHC và bãi bỏ 45 TTHC. Sở Tư pháp đã tiếp nhận 58 phản ánh, kiến nghị về quy định hành chính.

Biểu mẫu 3

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
1.2\tSố TTHC công bố mới\tThủ tục\t312
1.3\tSố TTHC bãi bỏ, thay thế\tThủ tục\t45
3.3.1\tTổng số PAKN đã tiếp nhận\tPAKN\t58`,
    // Money restated in another scale (tỷ đồng in the text, triệu đồng in the form).
    `Kế hoạch vốn đầu tư công được giao năm 2025 là 11.350 tỷ đồng, đã giải ngân 6.120 tỷ đồng.

Biểu mẫu 6

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
1.1\tKế hoạch vốn được giao\tTriệu đồng\t11.350.000
1.2\tĐã giải ngân\tTriệu đồng\t6.120.000`,
  ],
  inconsistent: [
    { text: form('9.967'), findings: [{ actual: '9.976 người', expected: '9.967', evidence: '9.967' }] },
    // A fraction's whole named by four words after it.
    {
      text: `Đến nay, có 612/612 TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến.

Biểu mẫu 7

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
4.5.1\tTổng số TTHC có yêu cầu nghĩa vụ tài chính\tThủ tục\t621`,
      findings: [{ actual: '612', expected: '621', evidence: '621' }],
    },
    // The text's abbreviation counts the form's noun (`TTHC` is `Thủ tục hành chính`, the form counts `Thủ tục`).
    {
      text: `Năm 2025, Chủ tịch Ủy ban nhân dân tỉnh đã công bố mới 318 TTHC thuộc thẩm quyền giải quyết.

Biểu mẫu 3

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
1.2\tSố TTHC công bố mới\tThủ tục\t381`,
      findings: [{ actual: '318 TTHC', expected: '381', evidence: '381' }],
    },
  ],
  silent: [
    // Another noun (`hồ sơ`) than the form counts (`Thủ tục`): a different thing may be counted, never asserted.
    `Năm 2025, đã công bố mới 318 hồ sơ thủ tục.

Biểu mẫu 3

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
1.2\tSố hồ sơ thủ tục công bố mới\tThủ tục\t381`,
    // A short label after a figure names a subset the text counts, not the row.
    `Số lượng TTHC đề nghị sửa đổi thành phần hồ sơ là 11 TTHC (cấp tỉnh 07 TTHC, cấp xã 04 TTHC).

Biểu mẫu 3

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
1.4.1\tSố TTHC cấp tỉnh\tThủ tục\t1.946
1.4.2\tSố TTHC cấp xã\tThủ tục\t426`,
    // A row named by a place details the row above it: another indicator's area is not its figure.
    `Diện tích lúa đông xuân đã gieo cấy tại ĐB sông Cửu Long đạt 178.647 ha.

Chỉ tiêu\tĐơn vị\tThực hiện 2016
Diện tích lúa hè thu\t1000 ha\t1.950,2
- ĐB sông Cửu Long\t1000 ha\t1.595,1`,
    // A score sheet's rate is the scheme's criterion, not the report's raw rate.
    `Tỷ lệ hồ sơ thanh toán trực tuyến đạt 86,2%.

STT\tNội dung\tTỷ lệ\tĐiểm số
3\tTỷ lệ hồ sơ thanh toán trực tuyến\t100%\t6`,
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
