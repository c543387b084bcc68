import fractionFamily from '../../../src/checks/rules/fraction-family.js';
import { tester } from '../tester.js';

tester.run('fraction-family', fractionFamily, {
  consistent: [
    'Các huyện còn lại: 05/11 huyện đã phê duyệt quy hoạch (gồm: Gò Quao, Giồng Riềng, Tân Hiệp, Vĩnh Thuận và Kiên Lương); 01/11 huyện (An Biên) đã phê duyệt nhiệm vụ quy hoạch; 05/11 huyện còn lại đang thẩm định nhiệm vụ quy hoạch.',
    'Trong 24 chỉ tiêu được Hội đồng nhân dân tỉnh giao, đến nay đã có: (i) 4/24 chỉ tiêu đạt và vượt kế hoạch. (ii) 07/24 chỉ tiêu đạt trên 90% kế hoạch; (iii) 03/24 chỉ tiêu đạt trên 50% kế hoạch, (iv) 01 chỉ tiêu đạt dưới 50% kế hoạch; (v) 9/24 chỉ tiêu cuối năm đánh giá.',
    'Về tiến độ lập quy hoạch, kế hoạch sử dụng đất: Đến nay đã phê duyệt được 6/15 huyện, thành phố; đang thẩm định 9/15.',
    'Kế hoạch cải cách hành chính năm 2024 của Sở có 28 nhiệm vụ; đến nay đã hoàn thành 23/28 nhiệm vụ, 05/28 nhiệm vụ đang triển khai theo tiến độ.',
    // Classes of one grading, of one progress, of a quality and its negation: one whole.
    'Kết quả đánh giá năm 2024, cấp huyện có 09/15 phòng, ban xếp loại Xuất sắc, 04/15 phòng, ban xếp loại Tốt, 02/15 phòng, ban xếp loại Khá.',
    'Về xây dựng trường chuẩn, đến nay đã hoàn thành 14/30 công trình, đang thi công 10/30 công trình, chưa khởi công 06/30 công trình.',
    'Thành phố đã cập nhật đầy đủ thông tin 2.310/2.450 hộ kinh doanh, cập nhật chưa đầy đủ 140/2.450 hộ kinh doanh.',
    'Thanh tra huyện đã giám sát tại 09/14 trường học (còn 05/14 trường học chưa giám sát).',
    'Về y tế cơ sở, 57/63 trạm y tế đạt chuẩn quốc gia, 04/63 trạm chưa đạt và 02/63 trạm đang được thẩm định.',
    // A fraction whose whole the sentence states again, as the total or as what is required.
    'Tổng số đề án được giao là 45, đến nay đã hoàn thành 45/45 đề án (đạt 100%).',
    'Năm 2025, Sở được giao 36 nhiệm vụ, đến nay đã hoàn thành 30/36 nhiệm vụ.',
    'Huyện mới tổ chức 03/04 buổi tiếp công dân định kỳ (theo quy chế phải có 04 buổi tiếp công dân).',
    'Trong kỳ, bộ phận một cửa đã giải quyết đúng hạn 1.204/1.250 hồ sơ, trễ hạn 46/1.250 hồ sơ.',
    // Under a stated whole, verbs in different aspects (`đã …`, `đang …`) are states of the same things.
    'Huyện có 45 trạm bơm điện, trong đó 38/45 trạm bơm đã vận hành ổn định, 07/45 trạm bơm đang sửa chữa máy.',
    'Trong 32 chỉ tiêu phát triển kinh tế - xã hội năm 2025: (1) 18/32 chỉ tiêu đạt và vượt kế hoạch. (2) 09/32 chỉ tiêu đạt trên 80% kế hoạch. (3) 05/32 chỉ tiêu không đạt kế hoạch.',
    // `chỉ mới`, `mới chỉ`: short of the whole, as the fraction shows.
    'Đến nay, Sở mới chỉ ký kết 12/15 thỏa thuận hợp tác với các trường đại học.',
    // The same grading restated in counts in a later section fits the whole stated there.
    'Kết quả chấm điểm năm 2024: cấp huyện có 09/15 phòng, ban xếp loại Xuất sắc, 04/15 phòng, ban xếp loại Tốt, 02/15 phòng, ban xếp loại Khá.\n\nĐối với cấp phòng, có 09 phòng xếp loại Xuất sắc, 04 phòng xếp loại Tốt và 02 phòng xếp loại Khá.',
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
    {
      // One class of a grading over a whole one slip from the others' (`16` for `15`).
      text: 'Kết quả đánh giá năm 2024, cấp huyện có 09/15 phòng, ban xếp loại Xuất sắc, 04/16 phòng, ban xếp loại Tốt, 02/15 phòng, ban xếp loại Khá.',
      findings: [{ actual: '16', expected: '15', evidence: '04/16' }],
    },
    {
      // Two classes, two wholes: the text does not say which is wrong; both are evidence.
      text: 'Về chuyển đổi số cấp xã, có 98/102 xã xếp loại Tốt, 04/112 xã xếp loại Khá.',
      findings: [{ actual: '112', expected: '102', evidence: '98/102' }],
    },
    {
      text: 'Về xây dựng trường chuẩn, đến nay đã hoàn thành 14/30 công trình, đang thi công 10/30 công trình, chưa khởi công 06/36 công trình.',
      findings: [{ actual: '36', expected: '30', evidence: '06/36' }],
    },
    {
      text: 'Thành phố đã cập nhật đầy đủ thông tin 2.310/2.450 hộ kinh doanh, cập nhật chưa đầy đủ 140/2.540 hộ kinh doanh.',
      findings: [{ actual: '2.540', expected: '2.450', evidence: '140/2.540' }],
    },
    {
      text: 'Tổng số đề án được giao là 46, đến nay đã hoàn thành 45/45 đề án.',
      findings: [{ actual: '46', expected: '45', evidence: '45/45' }],
    },
    {
      text: 'Năm 2025, Sở được giao 36 nhiệm vụ, đến nay đã hoàn thành 30/38 nhiệm vụ.',
      findings: [{ actual: '36', expected: '38', evidence: '30/38' }],
    },
    {
      text: 'Huyện mới tổ chức 03/05 buổi tiếp công dân định kỳ (theo quy chế phải có 04 buổi tiếp công dân).',
      findings: [{ actual: '04', expected: '05', evidence: '03/05' }],
    },
    {
      text: 'Thanh tra huyện đã giám sát tại 09/14 trường học (còn 05/41 trường học chưa giám sát).',
      findings: [{ actual: '41', expected: '14', evidence: '05/41' }],
    },
    {
      text: 'Kết quả chấm điểm năm 2024: cấp huyện có 09/15 phòng, ban xếp loại Xuất sắc, 04/15 phòng, ban xếp loại Tốt, 02/15 phòng, ban xếp loại Khá.\n\nĐối với cấp phòng, có 10 phòng xếp loại Xuất sắc, 04 phòng xếp loại Tốt và 02 phòng xếp loại Khá.',
      findings: [{ actual: '15', expected: '16', evidence: '10 phòng' }],
    },
    {
      text: 'Về y tế cơ sở, 57/63 trạm y tế đạt chuẩn quốc gia, 05/63 trạm chưa đạt và 02/63 trạm đang được thẩm định.',
      findings: [{ actual: '63', expected: '64', evidence: '05/63' }],
    },
    {
      text: 'Đến nay, Sở mới chỉ ký kết 15/15 thỏa thuận hợp tác với các trường đại học.',
      findings: [{ evidence: '15/15' }],
    },
    {
      text: 'Trong năm, huyện chỉ mới tổ chức 05/05 buổi tiếp công dân định kỳ (theo quy chế phải có 05 buổi tiếp công dân).',
      findings: [{ evidence: '05/05' }],
    },
    {
      text: 'Huyện có 45 trạm bơm điện, trong đó 38/45 trạm bơm đã vận hành ổn định, 09/45 trạm bơm đang sửa chữa máy.',
      findings: [{ actual: '45', expected: '47', evidence: '09/45' }],
    },
    {
      // Items of one enumeration under a stated whole: one item over a miswritten whole.
      text: 'Trong 32 chỉ tiêu phát triển kinh tế - xã hội năm 2025: (1) 18/32 chỉ tiêu đạt và vượt kế hoạch. (2) 09/32 chỉ tiêu đạt trên 80% kế hoạch. (3) 05/23 chỉ tiêu không đạt kế hoạch.',
      findings: [{ actual: '23', expected: '32', evidence: '05/23' }],
    },
    {
      // On time and late are classes of one whole too.
      text: 'Trong kỳ, bộ phận một cửa đã giải quyết đúng hạn 1.204/1.250 hồ sơ, trễ hạn 46/1.520 hồ sơ.',
      findings: [{ actual: '1.520', expected: '1.250', evidence: '46/1.520' }],
    },
    {
      // A count over its whole while the share says 100 %.
      text: 'Toàn tỉnh có 312/302 thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình (đạt 100%).',
      findings: [{ actual: '302', evidence: '312/302' }],
    },
  ],
  silent: [
    // Complete fractions and fractions of different wholes are not a family.
    'Đến nay đã có 144/144 xã, phường, thị trấn và 15/15 huyện, thành phố tổ chức xong Đại hội.',
    // Different counted things share a denominator by chance in one paragraph.
    'Toàn tỉnh có 173 trạm y tế, trong đó 151/173 trạm có bác sĩ làm việc thường xuyên. Về tiêu chí quốc gia: 148/173 xã đạt chuẩn.',
    // Money over its plan may exceed it: a fraction of money over its plan is no group of a count.
    'Thu ngân sách nội địa đạt 1.120/1.000 tỷ đồng, thu phí đạt 850/1.000 tỷ đồng.',
    // Criteria a commune may meet together overlap: their fractions of one whole are not summed.
    'Đến nay có 120/124 xã đạt chuẩn tiếp cận pháp luật, 118/124 xã đạt chuẩn nông thôn mới.',
    'Năm 2025 có 35/40 trường học có phòng tin học, 38/40 trường học có thư viện đạt chuẩn.',
    // A criterion and the negation of another one overlap too.
    'Đến nay có 120/124 xã đạt chuẩn tiếp cận pháp luật, 06/124 xã chưa đạt chuẩn nông thôn mới.',
    // Past a `;`, a fraction without its noun may count another group (communes, not agencies).
    'Cấp tỉnh có 07/13 cơ quan xếp loại Xuất sắc, 06/13 cơ quan xếp loại Tốt; cấp xã có 01/134 xếp loại Khá.',
    // Different aspects without a stated whole may be two activities of the same things.
    'Năm 2025 có 15/20 xã đã có quy hoạch chung, 10/20 xã đang triển khai chuyển đổi số.',
    // Wholes one slip apart that are no classes of one whole: two measures.
    'Đã hoàn thành 12/15 nhiệm vụ của năm 2024 và 14/16 nhiệm vụ của năm 2025.',
    // A count over its plan with a share above 100 % is an overshoot, not an error.
    'Tổ chức 12/10 cuộc kiểm tra theo kế hoạch (đạt 120%).',
    // Two earlier gradings with the same grades: which one the counts restate is open.
    'Năm 2023, cấp huyện có 08/15 phòng, ban xếp loại Xuất sắc, 05/15 phòng, ban xếp loại Tốt, 02/15 phòng, ban xếp loại Khá.\n\nNăm 2024, cấp huyện có 09/16 phòng, ban xếp loại Xuất sắc, 05/16 phòng, ban xếp loại Tốt, 02/16 phòng, ban xếp loại Khá.\n\nĐối với cấp phòng, có 10 phòng xếp loại Xuất sắc, 04 phòng xếp loại Tốt và 02 phòng xếp loại Khá.',
    // Another grading (other grades) restated later is no restatement of this one.
    'Kết quả chấm điểm năm 2024: cấp huyện có 09/15 phòng, ban xếp loại Xuất sắc, 04/15 phòng, ban xếp loại Tốt, 02/15 phòng, ban xếp loại Khá.\n\nĐối với cấp xã, có 20 xã xếp loại Tốt và 08 xã xếp loại Khá.',
    // A required count far from the whole: two measures.
    'Huyện mới tổ chức 03/12 buổi tiếp công dân định kỳ (theo quy chế phải có 04 buổi tiếp công dân mỗi quý).',
  ],
});
