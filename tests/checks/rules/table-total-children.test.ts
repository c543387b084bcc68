import tableTotal from '../../../src/checks/rules/table-total.js';
import { tester } from '../tester.js';

/** A numbered indicator row split by `Chia ra:` into dash rows, in two period columns. */
const split = (north: string): string => `Kết quả một số chỉ tiêu chủ yếu

Chỉ tiêu\tĐơn vị\tThực hiện 30/6/2024\tThực hiện 30/6/2025\t% so với C.kỳ 2024
1. Diện tích gieo trồng ngô\t1000 ha\t412,6\t405,2\t98,2
Chia ra: - Vùng núi phía Bắc\t"\t${north}\t250,9\t98,9
- Tây Nguyên\t"\t158,9\t154,3\t97,1
2. Sản lượng chè búp tươi\t1000 tấn\t612,4\t640,1\t104,5`;

/** An unnumbered `Tổng …` row over dash rows, as a pipe table. */
const dashes = (total: string): string => `| Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | So sánh (%) |
|---|---|---|---|---|
| Tổng số lượt khách | lượt | ${total} | 96.410 | 108,3 |
| - Khách trong nước | lượt | 80.205 | 86.002 | 107,2 |
| - Khách quốc tế | lượt | 8.817 | 10.408 | 118,0 |`;

tester.run('table-total', tableTotal, {
  consistent: [split('253,7'), dashes('89.022')],
  inconsistent: [
    { text: split('235,7'), findings: [{ actual: '412,6', evidence: '235,7' }] },
    { text: dashes('89.202'), findings: [{ actual: '89.202', expected: '89.022' }] },
  ],
  silent: [
    // `Trong đó:` lists some parts only: their sum may stay below the row.
    `Chỉ tiêu\tĐơn vị\tNăm 2024\tNăm 2025
1. Trồng rừng tập trung\t1000 ha\t151,0\t160,2
Trong đó: - Rừng phòng hộ\t1000 ha\t12,5\t10,9
- Rừng đặc dụng\t1000 ha\t3,1\t2,8`,
  ],
});
