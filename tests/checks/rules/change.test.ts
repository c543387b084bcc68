import change from '../../../src/checks/rules/change.js';
import { tester } from '../tester.js';

tester.run('change', change, {
  consistent: [
    'Tổng sản phẩm trên địa bàn tỉnh 9 tháng ước đạt 61.422 tỷ đồng, tăng 6,12% so với cùng kỳ (cùng kỳ năm 2022 đạt 57.880 tỷ đồng).',
    'Sở cấp đăng ký thành lập mới cho 612 doanh nghiệp với tổng vốn đăng ký 4.286 tỷ đồng, tăng 9,7% về số doanh nghiệp so với cùng kỳ (cùng kỳ 558 doanh nghiệp).',
    'Bệnh sốt xuất huyết ghi nhận 1.184 ca, giảm 1.635 ca so với cùng kỳ (cùng kỳ 2.819 ca), không có ca tử vong.',
    'Tai nạn giao thông xảy ra 96 vụ, làm chết 71 người, bị thương 58 người; so với cùng kỳ giảm 12 vụ (cùng kỳ 108 vụ), giảm 9 người chết (cùng kỳ 80 người), tăng 5 người bị thương (cùng kỳ 53 người).',
    'Số lượt chuyển lên tuyến trên là 1.126 lượt, giảm 14,2% so với cùng kỳ (cùng kỳ 1.312 lượt).',
  ],
  inconsistent: [
    {
      text: 'Chi đầu tư phát triển 5.214,7 tỷ đồng, đạt 62,74% dự toán (dự toán 8.312 tỷ đồng), giảm 346,5 tỷ đồng so với cùng kỳ (cùng kỳ 5.651,2 tỷ đồng).',
      findings: [{ actual: '346,5', expected: '436,5', evidence: '346,5 tỷ đồng' }],
    },
    {
      text: 'Tay chân miệng: trong tháng ghi nhận 97 ca; lũy kế 5 tháng 428 ca, tăng 162 ca so với cùng kỳ (cùng kỳ 248 ca).',
      findings: [{ actual: '162', expected: '180' }],
    },
    {
      text: 'Doanh thu du lịch ước 1.842,5 tỷ đồng, tăng 25,6% so với cùng kỳ (cùng kỳ 1.593,8 tỷ đồng).',
      findings: [{ actual: '25,6', expected: '15,6%' }],
    },
  ],
  unverifiable: [
    'Tính đến ngày 14/6/2022, bệnh tay chân miệng xảy ra 185 ca giảm 774 cas so với cùng kỳ.',
    'Tổng chi 5.940,6 tỷ đồng, tăng 16,7% so với cùng kỳ.',
  ],
});
