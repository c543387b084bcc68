import tableShare from '../../../src/checks/rules/table-share.js';
import { tester } from '../tester.js';

/** A budget breakdown with a `Cơ cấu (%)` column: each part over the total row, and 100 in all. */
const revenue = (land: string, share: string): string => `Biểu số 04
CƠ CẤU THU NGÂN SÁCH NĂM 2024
ĐVT: tỷ đồng

TT\tNội dung\tThực hiện năm 2024\tCơ cấu (%)
\tTổng thu\t12.500\t100
1\tThu nội địa\t${land}\t${share}
2\tThu từ xuất nhập khẩu\t2.300\t18,4
3\tThu viện trợ\t200\t1,6`;

/** A `Tỷ trọng` column under a year group, totals below the parts (an export table). */
const exports = (rice: string): string => `Phụ lục 2
KIM NGẠCH XUẤT KHẨU NÔNG SẢN

STT\tMặt hàng\tNăm 2025 - Giá trị (triệu USD)\tNăm 2025 - Tỷ trọng (%)
1\tGạo\t${rice}\t37,5
2\tCà phê\t1.250\t31,25
3\tHạt điều\t1.250\t31,25
\tTổng cộng\t4.000\t100`;

tester.run('table-share', tableShare, {
  consistent: [revenue('10.000', '80,0'), exports('1.500')],
  inconsistent: [
    // A changed share: its ratio and the 100 % they make both break.
    {
      text: revenue('10.000', '82,0'),
      findings: [
        { actual: '82,0', expected: '80,0', evidence: '10.000' },
        { actual: '102,0', expected: '100' },
      ],
    },
    // A changed amount: the share written beside it no longer fits.
    { text: exports('1.600'), findings: [{ actual: '37,5', expected: '40,0', evidence: '1.600' }] },
  ],
  silent: [
    // `Trong đó:` lists some parts only: each share still fits, nothing needs to make 100.
    `Biểu số 05
CƠ CẤU VỐN ĐẦU TƯ

TT\tNội dung\tThực hiện (tỷ đồng)\tCơ cấu (%)
\tTổng số\t5.000\t100
\tTrong đó:\t\t
-\tVốn ngân sách nhà nước\t1.000\t20,0
-\tVốn doanh nghiệp\t2.500\t50,0`,
    // A rate row is no part: `Tỷ lệ` rows are never shares of the total.
    `Biểu số 06

TT\tChỉ tiêu\tSố lượng\tCơ cấu (%)
\tTổng số\t200\t100
1\tNam\t120\t60
2\tNữ\t80\t40
3\tTỷ lệ nữ (%)\t40\t`,
  ],
});
