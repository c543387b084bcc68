import fractionFamily from '../../../src/checks/rules/fraction-family.js';
import { tester } from '../tester.js';

tester.run('fraction-family', fractionFamily, {
  consistent: [
    'Các huyện còn lại: 05/11 huyện đã phê duyệt quy hoạch (gồm: Gò Quao, Giồng Riềng, Tân Hiệp, Vĩnh Thuận và Kiên Lương); 01/11 huyện (An Biên) đã phê duyệt nhiệm vụ quy hoạch; 05/11 huyện còn lại đang thẩm định nhiệm vụ quy hoạch.',
    'Trong 24 chỉ tiêu được Hội đồng nhân dân tỉnh giao, đến nay đã có: (i) 4/24 chỉ tiêu đạt và vượt kế hoạch. (ii) 07/24 chỉ tiêu đạt trên 90% kế hoạch; (iii) 03/24 chỉ tiêu đạt trên 50% kế hoạch, (iv) 01 chỉ tiêu đạt dưới 50% kế hoạch; (v) 9/24 chỉ tiêu cuối năm đánh giá.',
    'Về tiến độ lập quy hoạch, kế hoạch sử dụng đất: Đến nay đã phê duyệt được 6/15 huyện, thành phố; đang thẩm định 9/15.',
    'Kế hoạch cải cách hành chính năm 2024 của Sở có 28 nhiệm vụ; đến nay đã hoàn thành 23/28 nhiệm vụ, 05/28 nhiệm vụ đang triển khai theo tiến độ.',
  ],
  inconsistent: [
    {
      text: 'Kết quả đánh giá mức độ chuyển đổi số cấp xã năm 2023: 104/156 xã, phường, thị trấn xếp loại tốt, 39/156 xếp loại khá và 15/156 xếp loại trung bình.',
      findings: [{ actual: '156', expected: '158', evidence: '39/156' }],
    },
    {
      text: 'Trong 24 chỉ tiêu được Hội đồng nhân dân tỉnh giao, đến nay đã có: (i) 4/24 chỉ tiêu đạt và vượt kế hoạch. (ii) 07/24 chỉ tiêu đạt trên 90% kế hoạch; (iii) 03/24 chỉ tiêu đạt trên 50% kế hoạch, (iv) 01 chỉ tiêu đạt dưới 50% kế hoạch; (v) 8/24 chỉ tiêu cuối năm đánh giá.',
      findings: [{ actual: '24', expected: '23', evidence: '8/24' }],
    },
    {
      text: 'Các huyện còn lại: 05/11 huyện đã phê duyệt quy hoạch; 01/11 huyện đã phê duyệt nhiệm vụ quy hoạch; 04/11 huyện còn lại đang thẩm định nhiệm vụ quy hoạch.',
      findings: [{ actual: '11', expected: '10' }],
    },
    {
      // A numerator over its own denominator: the extractor leaves `97/92` without a value; beside the
      // other groups of 92 it still counts, and the groups cannot fit.
      text: 'Năm 2024, toàn huyện có 97/92 thôn, tổ dân phố xếp loại văn hóa tốt, 06/92 xếp loại khá.',
      findings: [{ actual: '92', expected: '103', evidence: '97/92' }],
    },
  ],
  silent: [
    // Complete fractions and fractions of different wholes are not a family.
    'Đến nay đã có 144/144 xã, phường, thị trấn và 15/15 huyện, thành phố tổ chức xong Đại hội.',
    // Different counted things share a denominator by chance in one paragraph.
    'Toàn tỉnh có 173 trạm y tế, trong đó 151/173 trạm có bác sĩ làm việc thường xuyên. Về tiêu chí quốc gia: 148/173 xã đạt chuẩn.',
    // Money over its plan may exceed it: a fraction of money over its plan is no group of a count.
    'Thu ngân sách nội địa đạt 1.120/1.000 tỷ đồng, thu phí đạt 850/1.000 tỷ đồng.',
  ],
});
