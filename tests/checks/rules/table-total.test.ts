import tableTotal from '../../../src/checks/rules/table-total.js';
import { tester } from '../tester.js';

const budget = (cell: string): string => `Biểu số 01
TÌNH HÌNH THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC 10 THÁNG NĂM 2024
ĐVT: triệu đồng

TT\tNội dung\tDự toán năm 2024\tThực hiện tháng 10\tLũy kế 10 tháng\t% so với dự toán
A\tTỔNG THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN (I+II)\t14.108.000\t1.046.500\t11.624.800\t82,40
I\tThu nội địa\t12.723.000\t958.300\t10.318.600\t81,10
\tTrong đó:\t\t\t\t
1\tThu tiền sử dụng đất\t5.000.000\t162.500\t2.875.400\t57,51
2\tThu xổ số kiến thiết\t169.000\t17.400\t176.800\t104,62
3\tCác khoản thu nội địa còn lại\t7.554.000\t778.400\t7.266.400\t96,19
II\tThu từ hoạt động xuất nhập khẩu\t1.385.000\t88.200\t1.306.200\t94,31
B\tTỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG\t18.784.000\t1.412.600\t12.870.300\t68,52
1\tChi đầu tư phát triển\t8.312.000\t612.400\t5.214.700\t62,74
2\tChi thường xuyên\t10.019.000\t${cell}\t7.618.400\t76,04
3\tChi trả nợ lãi, dự phòng ngân sách\t453.000\t8.100\t37.200\t8,21`;

const procedures = (total: string): string => `Biểu số 02
KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH

TT\tLĩnh vực\tTiếp nhận\tĐã giải quyết\tTrước hạn\tĐúng hạn\tTrễ hạn\tĐang giải quyết
1\tQuản lý ngân sách\t612\t604\t561\t43\t0\t8
2\tQuản lý công sản\t938\t921\t835\t80\t6\t17
\tTổng số\t${total}\t1.525\t1.396\t123\t6\t25`;

/** A converted report whose table writes decimals with a dot (`4.120.5`, `104.4`): one reading only. */
const dotDecimals = (farmed: string): string => `Kết quả một số chỉ tiêu chính

|Chỉ tiêu|Đơn vị|Thực hiện 15/10/2015|Thực hiện 15/10/2016|% so với C.kỳ 2015|
|---|---|---|---|---|
|6. Tổng sản lượng thủy sản|1000 tấn|4.120.5|4.301.0|104.4|
|Trong đó: - Sản lượng khai thác|"|1.980.2|2.050.0|103.5|
|- Sản lượng nuôi trồng|"|${farmed}|2.251.0|105.2|
`;

/** A group header naming places over the figure columns: still figure columns, summed by the total row. */
const byCommune = (done: string): string => `Biểu số 05
KẾT QUẢ GIẢI QUYẾT HỒ SƠ THEO ĐỊA BÀN

TT\tNội dung\tĐơn vị hành chính cấp xã\t\t\t
\t\tXã Tà Năng\t\tPhường Đơn Dương\t
\t\tTiếp nhận\tĐã giải quyết\tTiếp nhận\tĐã giải quyết
1\tHộ tịch\t420\t${done}\t1.250\t1.230
2\tĐất đai\t180\t170\t640\t600
\tTổng số\t600\t580\t1.890\t1.830`;

/** A note cell listing the parts of its row's figure. */
const noted = (note: string): string => `Biểu mẫu 4

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú
1.5.2\tSố đơn vị sự nghiệp thuộc sở, ngành\tĐơn vị\t148\t${note}
2\tSố hồ sơ cấp mã số đơn vị quan hệ ngân sách\tHồ sơ\t95\tCấp mới: 22 Cấp đổi: 73`;

tester.run('table-total', tableTotal, {
  consistent: [
    // An indicator over its dash rows.
    `Chỉ tiêu\tĐVT\t9 tháng năm 2025\t9 tháng năm 2026
Vốn đầu tư thực hiện\ttỷ đồng\t8.410,5\t9.202,1
- Vốn nhà nước\ttỷ đồng\t2.106,4\t2.350,1
- Vốn ngoài nhà nước\ttỷ đồng\t6.304,1\t6.852,0`,
    // A bare total heading the body, split by the numbered rows.
    `Biểu số 09
Đơn vị: hồ sơ

TT\tLĩnh vực\tNăm 2025
\tTổng số\t1.530
1\tĐất đai\t820
2\tHộ tịch\t610
3\tXây dựng\t100`,
    noted('bao gồm 141 đơn vị thuộc sở và 07 đơn vị thuộc chi cục'),
    byCommune('410'),
    dotDecimals('2.140.3'),
    budget('792.100'),
    procedures('1.550'),
    // An indicator form: parent and parts count one row unit in the one value column.
    `Biểu mẫu 4

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
1.5\tTổng số đơn vị sự nghiệp công lập tại địa phương\tĐơn vị\t1.210
1.5.1\tSố đơn vị thuộc UBND tỉnh\tĐơn vị\t18
1.5.2\tSố đơn vị thuộc sở, ngành\tĐơn vị\t302
1.5.3\tSố đơn vị thuộc UBND cấp xã\tĐơn vị\t890`,
    // A 'Tổng số' row first among its siblings totals the ones after it.
    `Biểu mẫu 6

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
2\tTự chủ tài chính của đơn vị sự nghiệp\t\t
2.1\tTổng số đơn vị sự nghiệp công lập\tĐơn vị\t300
2.2\tSố đơn vị tự bảo đảm chi thường xuyên\tĐơn vị\t80
2.3\tSố đơn vị do Nhà nước bảo đảm chi thường xuyên\tĐơn vị\t220`,
    // The form's own rule in a note under the table, a blank cell as 0.
    `Biểu số 2a
TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN

Đơn vị\tTổng lượt\tThường xuyên\tĐịnh kỳ\tĐột xuất
MS\t1\t2\t3\t4
Ban Tiếp công dân\t36\t30\t\t6

Ghi chú: Cột (1) = Cột (2) + Cột (3) + Cột (4)`,
  ],
  inconsistent: [
    {
      text: noted('bao gồm 141 đơn vị thuộc sở và 17 đơn vị thuộc chi cục'),
      findings: [{ actual: '148', expected: '158', evidence: '17' }],
    },
    { text: byCommune('440'), findings: [{ actual: '580', expected: '610', evidence: '440' }] },
    { text: dotDecimals('2.170.3'), findings: [{ actual: '4.120.5', evidence: '2.170.3' }] },
    // An indicator form's part changed.
    {
      text: `Biểu mẫu 4

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
1.5\tTổng số đơn vị sự nghiệp công lập tại địa phương\tĐơn vị\t1.210
1.5.1\tSố đơn vị thuộc UBND tỉnh\tĐơn vị\t18
1.5.2\tSố đơn vị thuộc sở, ngành\tĐơn vị\t320
1.5.3\tSố đơn vị thuộc UBND cấp xã\tĐơn vị\t890`,
      findings: [{ actual: '1.210', expected: '1.228', evidence: '320' }],
    },
    // The form's rule fails: the parts left blank do not make the total.
    {
      text: `Biểu số 1h
TỔNG HỢP CÔNG TÁC ĐÀO TẠO

Đơn vị\tTổng số nhu cầu\tThanh tra viên\tThanh tra viên chính\tThanh tra viên cao cấp
MS\t14\t15\t16\t17
Thanh tra tỉnh\t9\t4\t2\t

Lưu ý: Cột (14) = Cột (15) + Cột (16) + Cột (17)`,
      findings: [{ actual: '9', expected: '6' }],
    },
    { text: budget('729.100'), findings: [{ actual: '1.412.600', expected: '1.349.600', evidence: '729.100' }] },
    // The Tổng số row against the rows above it, and against its own columns.
    {
      text: procedures('1.505'),
      findings: [
        { actual: '1.505', expected: '1.550' },
        { actual: '1.505', expected: '1.550' },
      ],
    },
  ],
  silent: [
    // An indicator over dash rows is linked by layout only: a mismatch stays unverifiable.
    `Chỉ tiêu\tĐVT\t9 tháng năm 2025\t9 tháng năm 2026
Vốn đầu tư thực hiện\ttỷ đồng\t8.410,5\t9.102,7
- Vốn nhà nước\ttỷ đồng\t2.106,4\t2.350,1
- Vốn ngoài nhà nước\ttỷ đồng\t6.304,1\t6.852,0`,
    // A named total heading indicators that share its noun only: a mismatch is not asserted.
    `Biểu số 08

TT\tChỉ tiêu\tNăm 2025
\tTổng số hồ sơ tiếp nhận\t1.000
1\tSố hồ sơ nộp trực tuyến\t800
2\tSố hồ sơ giải quyết đúng hạn\t950`,
    // A note naming a subset of the row's figure adds up to nothing.
    noted('trong đó 12 đơn vị tự chủ và 9 đơn vị có trụ sở riêng'),
    // A numbered part listed beside the breakdown (`ngành dọc`) when the first parts make the total exactly.
    `Biểu mẫu 3

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
1.4\tTổng số TTHC thuộc thẩm quyền giải quyết tại địa phương\tThủ tục\t1.815
1.4.1\tSố TTHC cấp tỉnh\tThủ tục\t1.402
1.4.2\tSố TTHC cấp xã\tThủ tục\t413
1.4.3\tSố TTHC ngành dọc\tThủ tục\t388`,
    // Rows at one depth adding up to the row above them detail it (a workbook that lost its indent).
    `Xuất khẩu hàng hóa năm 2025
Đơn vị: triệu USD

Chỉ tiêu\tƯớc tính năm 2025
Tổng số\t9.600
Khu vực kinh tế trong nước\t3.100
Khu vực có vốn đầu tư nước ngoài\t6.500
Dầu thô\t400
Hàng hóa khác\t6.100`,
    // Coded answers and rates in an indicator form add up to nothing.
    `Biểu mẫu 1

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
5\tKhảo sát sự hài lòng của người dân\tCó = 1; Không = 0\t1
5.1\tSố lượng phiếu khảo sát\tPhiếu\t25.898
5.2\tHình thức khảo sát\tTrực tuyến = 0; Phát phiếu = 1\t0`,
    // A 'Tổng số' row listed first links its siblings by the layout only: a mismatch is not asserted.
    `Biểu mẫu 6

STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu
2\tTự chủ tài chính của đơn vị sự nghiệp\t\t
2.1\tTổng số đơn vị sự nghiệp công lập\tĐơn vị\t300
2.2\tSố đơn vị tự bảo đảm chi thường xuyên\tĐơn vị\t80
2.3\tSố đơn vị có trụ sở riêng\tĐơn vị\t260`,
    // Separate indicators under a group heading are not parts of anything.
    `Phụ lục

TT\tChỉ tiêu\tĐVT\tKế hoạch năm\tLũy kế 9 tháng\t% so với KH
II\tSẢN XUẤT, KINH DOANH\t\t\t\t
4\tDiện tích gieo trồng lúa\tha\t630.400\t585.320\t92,85
5\tSản lượng lúa\ttấn\t3.980.000\t3.520.000\t88,44`,
  ],
});
