import repeat from '../../../src/checks/rules/repeat.js';
import { tester } from '../tester.js';

const budget = (restated: string): string => `I. TÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC

Tổng thu ngân sách nhà nước trên địa bàn tháng 10 ước 1.046,5 tỷ đồng; lũy kế 10 tháng ước 11.624,8 tỷ đồng, đạt 82,4% dự toán Hội đồng nhân dân tỉnh giao (dự toán 14.108 tỷ đồng).

III. ĐÁNH GIÁ CHUNG

Tổng thu ngân sách nhà nước trên địa bàn 10 tháng ước đạt ${restated} tỷ đồng, thu nội địa tăng khá so với cùng kỳ.`;

const visits = (restated: string): string => `2. Công tác khám bệnh, chữa bệnh

Tổng số lượt khám bệnh trong tháng 268.430 lượt, trong đó khám bảo hiểm y tế 231.602 lượt, chiếm 86,28%.

II. ĐÁNH GIÁ CHUNG

Trong tháng, tổng số lượt khám bệnh đạt ${restated} lượt, chất lượng khám bệnh, chữa bệnh tiếp tục được nâng lên.`;

tester.run('repeat', repeat, {
  consistent: [budget('11.624,8'), visits('268.430')],
  inconsistent: [
    { text: budget('11.642,8'), findings: [{ actual: '11.642,8', expected: '11.624,8', evidence: '11.642,8' }] },
    { text: visits('268.340'), findings: [{ actual: '268.340', expected: '268.430' }] },
  ],
  silent: [
    // `tháng 10` (the month) and `10 tháng` (the ten months) are different measures.
    budget('1.064,5'),
    // Same words, different counted things: the monthly figure and the cumulative one.
    'Tổng số lượt khám bệnh trong tháng 268.430 lượt.\n\nLũy kế 5 tháng tổng số lượt khám bệnh 1.284.615 lượt.',
  ],
});
