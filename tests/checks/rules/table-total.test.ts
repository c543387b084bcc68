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

tester.run('table-total', tableTotal, {
  consistent: [budget('792.100'), procedures('1.550')],
  inconsistent: [
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
    // Separate indicators under a group heading are not parts of anything.
    `Phụ lục

TT\tChỉ tiêu\tĐVT\tKế hoạch năm\tLũy kế 9 tháng\t% so với KH
II\tSẢN XUẤT, KINH DOANH\t\t\t\t
4\tDiện tích gieo trồng lúa\tha\t630.400\t585.320\t92,85
5\tSản lượng lúa\ttấn\t3.980.000\t3.520.000\t88,44`,
  ],
});
