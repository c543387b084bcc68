import tableDifference from '../../../src/checks/rules/table-difference.js';
import { tester } from '../tester.js';

const exports = (diff: string): string => `Biểu số 05
KIM NGẠCH XUẤT KHẨU 9 THÁNG NĂM 2024
Đơn vị: triệu USD

TT\tMặt hàng\tCùng kỳ năm 2023\tThực hiện 9 tháng 2024\tTăng/giảm so với cùng kỳ
1\tCà phê\t812,4\t1.046,9\t234,5
2\tHồ tiêu\t160,2\t148,7\t${diff}
3\tRau quả\t95,0\t120,3\t25,3`;

const budget = (diff: string): string => `Phụ lục 02
ĐVT: triệu đồng

STT\tNội dung\tDự toán năm 2024\tThực hiện năm 2024\tChênh lệch so với dự toán
I\tChi đầu tư phát triển\t1.250.000\t1.198.300\t${diff}
II\tChi thường xuyên\t2.430.000\t2.512.750\t82.750`;

tester.run('table-difference', tableDifference, {
  consistent: [exports('-11,5'), budget('-51.700')],
  inconsistent: [
    { text: exports('-15,1'), findings: [{ actual: '-15,1', expected: '−11,5', evidence: '148,7' }] },
    { text: budget('-57.100'), findings: [{ actual: '-57.100', expected: '−51.700' }] },
  ],
  silent: [
    // Two actual columns and no word saying which one the difference is taken from: nothing is said.
    `TT\tChỉ tiêu\tThực hiện 2023\tThực hiện 2024\tChênh lệch
1\tSố doanh nghiệp\t1.200\t1.350\t999`,
  ],
});
