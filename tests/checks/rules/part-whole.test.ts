import partWhole from '../../../src/checks/rules/part-whole.js';
import { tester } from '../tester.js';

tester.run('part-whole', partWhole, {
  consistent: [
    'Toàn tỉnh hiện có 9.806 tàu cá, trong đó tàu khai thác xa bờ là 3.896 tàu; đến nay có 3.649 tàu lắp đặt thiết bị giám sát hành trình.',
    'Tổng chi 5.940,6 tỷ đồng, đạt 38,9% dự toán, tăng 16,7% so với cùng kỳ; trong đó chi đầu tư phát triển 1.410,23 tỷ đồng, đạt 27,5% dự toán.',
    'Trung tâm đã tiếp nhận 65.137 hồ sơ, tăng 132,5% so với cùng kỳ, trong đó, tiếp nhận mới 31.983 hồ sơ (trực tuyến 12.095 hồ sơ, tăng 26,6% so với cùng kỳ).',
    'Thu hút 3,495 triệu lượt khách du lịch; trong đó khách quốc tế 46,26 nghìn lượt.',
    'Chấp thuận chủ trương đầu tư 14 dự án với tổng vốn đăng ký 6.372,5 tỷ đồng, trong đó có 02 dự án có vốn đầu tư trực tiếp nước ngoài.',
  ],
  inconsistent: [
    {
      text: 'Hiện còn 38 chủ đầu tư có tỷ lệ giải ngân thấp hơn bình quân chung của tỉnh, trong đó 41 chủ đầu tư giải ngân dưới 40% kế hoạch vốn.',
      findings: [{ actual: '41', expected: '≤ 38', evidence: '41 chủ đầu tư' }],
    },
    {
      text: 'Toàn tỉnh hiện có 3.806 tàu cá, trong đó tàu khai thác xa bờ là 3.896 tàu.',
      findings: [{ actual: '3.896' }],
    },
    {
      text: 'Đã hoàn thành 1.367 nhiệm vụ (trong đó trễ hạn 1.398 nhiệm vụ), đang thực hiện 940 nhiệm vụ.',
      findings: [{ actual: '1.398', evidence: '1.367' }],
    },
  ],
  silent: [
    // A plan in parentheses is not a part.
    'Tổng sản lượng thủy sản ước đạt 402.921 tấn, đạt 85,6% kế hoạch (kế hoạch 470.500 tấn).',
    // Different counted nouns: money is not a part of a count of projects.
    'Thu hút 03 dự án, trong đó tổng vốn đăng ký 216 tỷ đồng.',
  ],
});
