import attainment from '../../../src/checks/rules/attainment.js';
import change from '../../../src/checks/rules/change.js';
import excess from '../../../src/checks/rules/excess.js';
import share from '../../../src/checks/rules/share.js';
import { tester } from '../tester.js';

/**
 * Variants of the ratio shapes (issue 14 §2–§4), written for agencies other than the gold's: shares
 * (`chiếm X%`, `đạt tỷ lệ X%`, a whole named and stated after the percentage, a `Trong đó` sentence
 * under the sentence before), fractions (`a/b`, `a … trên tổng số b`, `a/ tổng số b`, `(a/b)` after
 * the rate), attainment (plan in a parenthesis, before, in the sentence before, both operands in one
 * parenthesis, `dự toán … giao (N)`), changes (`(cùng kỳ N)` before or after the change, a clause
 * `cùng kỳ năm … là N`, `bằng X% so với cùng kỳ`, levels `(a/b)`), and excess. Each correct sentence
 * verifies; the same sentence with one figure changed is inconsistent naming that figure; the traps
 * assert nothing.
 */
tester.run('share', share, {
  consistent: [
    'Năm 2025, Sở Y tế quản lý 1.245 trạm y tế xã, trong đó 1.108 trạm có bác sĩ làm việc, chiếm 89%.',
    'Sở Giáo dục và Đào tạo đã công nhận 412/468 trường đạt chuẩn quốc gia, đạt tỷ lệ 88,03%.',
    'Bảo hiểm xã hội tỉnh đã cấp 1.052.340 thẻ bảo hiểm y tế trên tổng số 1.120.500 người thuộc diện tham gia, đạt tỷ lệ 93,92%.',
    'Cục Thuế đã cấp mã số thuế cho 18.450 hộ kinh doanh/ tổng số 19.200 hộ kinh doanh đang hoạt động, đạt 96,09%.',
    'Công an tỉnh đã điều tra làm rõ 356 vụ (chiếm 84,36%) trên tổng số 422 vụ phạm pháp hình sự xảy ra.',
    'Trung tâm Phục vụ hành chính công tiếp nhận 2.540 hồ sơ, đã giải quyết 2.400 hồ sơ, trong đó đúng hạn 2.352 hồ sơ (tỷ lệ 98%), trễ hạn 48 hồ sơ (tỷ lệ 2%).',
    'Tổng số lao động được giải quyết việc làm: 15.600 người. Trong đó, lao động đi làm việc ở nước ngoài: 1.248 người, chiếm 8%.',
    'Kết quả tuyển sinh lớp 10 năm học 2025 - 2026: tổng số thí sinh dự thi 21.350 thí sinh; số trúng tuyển 17.080 thí sinh, chiếm tỷ lệ 80%.',
    'Số hộ nghèo giảm còn 3.240 hộ, chiếm 1,62% tổng số hộ dân toàn tỉnh (200.000 hộ).',
    'Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 96,5% (12.545/13.000 trẻ).',
    'Diện tích lúa chất lượng cao vụ Đông Xuân đạt 45.320,5 ha, chiếm 62,5% tổng diện tích gieo cấy lúa 72.512,8 ha.',
    'UBND xã đã giải quyết 08/09 đơn thư khiếu nại, đạt tỷ lệ 88,89%.',
    'Kho bạc Nhà nước đã kiểm soát chi 3.450 tỷ đồng, trong đó chi đầu tư phát triển 1.035 tỷ đồng, chiếm 30%.',
    'Thanh tra tỉnh kiến nghị thu hồi 12,5 tỷ đồng, đến nay đã thu hồi 10 tỷ đồng, đạt tỷ lệ 80%.',
    'Cục Thống kê điều tra 4.800 doanh nghiệp, trong đó: doanh nghiệp nhà nước 96 doanh nghiệp (chiếm 2%); doanh nghiệp ngoài nhà nước 4.512 doanh nghiệp (chiếm 94%); doanh nghiệp có vốn đầu tư nước ngoài 192 doanh nghiệp (chiếm 4%).',
    'Sở Lao động - Thương binh và Xã hội đã chi trả trợ cấp cho 6.250 đối tượng bảo trợ xã hội; số đối tượng nhận qua tài khoản là 5.000 đối tượng, chiếm 80%.',
    'Trong 9 tháng, toàn ngành y tế tiếp nhận 3.200 ca sinh, trong đó sinh tại cơ sở y tế là 3.168 ca, đạt tỷ lệ 99%.',
    'Số hồ sơ giải quyết trước và đúng hạn là 12.870 hồ sơ, đạt tỷ lệ 99% trên tổng số 13.000 hồ sơ đã giải quyết.',
    'Tổng số vụ án đã thụ lý là 250 vụ; đã giải quyết 225 vụ, đạt tỷ lệ 90%.',
    'Toàn tỉnh có 1.500 trẻ em khuyết tật; trong đó 1.200 trẻ em được tiếp cận giáo dục hòa nhập (chiếm 80%).',
    'Số người tham gia bảo hiểm xã hội bắt buộc là 98.500 người, chiếm 15,2% lực lượng lao động trong độ tuổi (648.000 người).',
    '- Tổng số cơ sở kinh doanh được kiểm tra: 860 cơ sở, trong đó:\n+ Cơ sở vi phạm: 129 cơ sở, chiếm 15%.',
    'Đã tiếp nhận 3.600 đơn, thư; qua phân loại có 2.880 đơn đủ điều kiện xử lý (tỷ lệ 80%).',
    'Năm 2025 huyện có 15 xã, đã có 12/15 xã đạt chuẩn nông thôn mới, đạt 80%.',
    'Cấp mới 4.200 thẻ bảo hiểm y tế, trong đó cấp qua dịch vụ công trực tuyến 3.150 thẻ, tỷ lệ 75%.',
    'Trong tổng số 640 cán bộ, công chức được đánh giá, có 576 người hoàn thành tốt nhiệm vụ, chiếm 90%.',
    'Tổng số học sinh toàn tỉnh là 42.000 em, trong đó học sinh nữ 12.600 em, chiếm 30%.',
    'Toàn ngành có 3.250 giáo viên; số giáo viên đạt chuẩn trình độ đào tạo 3.088 người, chiếm 95,02%.',
    'Trong số 1.200 đảng viên được kiểm điểm, có 1.140 người được xếp loại hoàn thành tốt nhiệm vụ trở lên, chiếm 95%.',
    'Kho bạc Nhà nước tỉnh đã kiểm soát, thanh toán vốn đầu tư 2.100 tỷ đồng/3.500 tỷ đồng kế hoạch, đạt 60%.',
    '- Trồng rừng tập trung: thực hiện 840 ha/1.200 ha kế hoạch, đạt 70%.',
    'Trong 6 tháng, Công an tỉnh tiếp nhận 420 tin báo, tố giác tội phạm; đã giải quyết 399 tin, đạt 95%.',
    'Số xã đạt chuẩn quốc gia về y tế là 126/140 xã (tỷ lệ 90%).',
  ],
  inconsistent: [
    {
      text: 'Năm 2025, Sở Y tế quản lý 1.245 trạm y tế xã, trong đó 1.108 trạm có bác sĩ làm việc, chiếm 86%.',
      findings: [{ evidence: '1.108' }],
    },
    { text: 'Sở Giáo dục và Đào tạo đã công nhận 421/468 trường đạt chuẩn quốc gia, đạt tỷ lệ 88,03%.', findings: [{ evidence: '421' }] },
    {
      text: 'Bảo hiểm xã hội tỉnh đã cấp 1.052.340 thẻ bảo hiểm y tế trên tổng số 1.102.500 người thuộc diện tham gia, đạt tỷ lệ 93,92%.',
      findings: [{ evidence: '1.102.500' }],
    },
    {
      text: 'Cục Thuế đã cấp mã số thuế cho 18.540 hộ kinh doanh/ tổng số 19.200 hộ kinh doanh đang hoạt động, đạt 96,09%.',
      findings: [{ evidence: '18.540' }],
    },
    {
      text: 'Công an tỉnh đã điều tra làm rõ 365 vụ (chiếm 84,36%) trên tổng số 422 vụ phạm pháp hình sự xảy ra.',
      findings: [{ evidence: '365' }],
    },
    {
      text: 'Trung tâm Phục vụ hành chính công tiếp nhận 2.540 hồ sơ, đã giải quyết 2.400 hồ sơ, trong đó đúng hạn 2.352 hồ sơ (tỷ lệ 97%), trễ hạn 48 hồ sơ (tỷ lệ 2%).',
      findings: [{ evidence: '2.352' }],
    },
    {
      text: 'Tổng số lao động được giải quyết việc làm: 15.600 người. Trong đó, lao động đi làm việc ở nước ngoài: 1.484 người, chiếm 8%.',
      findings: [{ evidence: '1.484' }],
    },
    {
      text: 'Kết quả tuyển sinh lớp 10 năm học 2025 - 2026: tổng số thí sinh dự thi 21.350 thí sinh; số trúng tuyển 17.800 thí sinh, chiếm tỷ lệ 80%.',
      findings: [{ evidence: '17.800' }],
    },
    { text: 'Số hộ nghèo giảm còn 3.420 hộ, chiếm 1,62% tổng số hộ dân toàn tỉnh (200.000 hộ).', findings: [{ evidence: '3.420' }] },
    { text: 'Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 96,5% (12.454/13.000 trẻ).', findings: [{ evidence: '12.454' }] },
    {
      text: 'Diện tích lúa chất lượng cao vụ Đông Xuân đạt 45.320,5 ha, chiếm 65,2% tổng diện tích gieo cấy lúa 72.512,8 ha.',
      findings: [{ evidence: '45.320,5' }],
    },
    { text: 'UBND xã đã giải quyết 07/09 đơn thư khiếu nại, đạt tỷ lệ 88,89%.', findings: [{ evidence: '07' }] },
    {
      text: 'Kho bạc Nhà nước đã kiểm soát chi 3.450 tỷ đồng, trong đó chi đầu tư phát triển 1.104 tỷ đồng, chiếm 30%.',
      findings: [{ evidence: '1.104' }],
    },
    {
      text: 'Thanh tra tỉnh kiến nghị thu hồi 12,5 tỷ đồng, đến nay đã thu hồi 11 tỷ đồng, đạt tỷ lệ 80%.',
      findings: [{ evidence: '11' }],
    },
    {
      text: 'Cục Thống kê điều tra 4.800 doanh nghiệp, trong đó: doanh nghiệp nhà nước 96 doanh nghiệp (chiếm 2%); doanh nghiệp ngoài nhà nước 4.512 doanh nghiệp (chiếm 93%); doanh nghiệp có vốn đầu tư nước ngoài 192 doanh nghiệp (chiếm 4%).',
      findings: [{ evidence: '4.512' }],
    },
    {
      text: 'Sở Lao động - Thương binh và Xã hội đã chi trả trợ cấp cho 6.250 đối tượng bảo trợ xã hội; số đối tượng nhận qua tài khoản là 5.000 đối tượng, chiếm 85%.',
      findings: [{ evidence: '5.000' }],
    },
    {
      text: 'Trong 9 tháng, toàn ngành y tế tiếp nhận 3.200 ca sinh, trong đó sinh tại cơ sở y tế là 3.168 ca, đạt tỷ lệ 97%.',
      findings: [{ evidence: '3.168' }],
    },
    {
      text: 'Số hồ sơ giải quyết trước và đúng hạn là 12.780 hồ sơ, đạt tỷ lệ 99% trên tổng số 13.000 hồ sơ đã giải quyết.',
      findings: [{ evidence: '12.780' }],
    },
    { text: 'Tổng số vụ án đã thụ lý là 250 vụ; đã giải quyết 225 vụ, đạt tỷ lệ 92%.', findings: [{ evidence: '225' }] },
    {
      text: 'Toàn tỉnh có 1.500 trẻ em khuyết tật; trong đó 1.200 trẻ em được tiếp cận giáo dục hòa nhập (chiếm 82%).',
      findings: [{ evidence: '1.200' }],
    },
    {
      text: 'Số người tham gia bảo hiểm xã hội bắt buộc là 98.500 người, chiếm 16,2% lực lượng lao động trong độ tuổi (648.000 người).',
      findings: [{ evidence: '98.500' }],
    },
    {
      text: '- Tổng số cơ sở kinh doanh được kiểm tra: 860 cơ sở, trong đó:\n+ Cơ sở vi phạm: 129 cơ sở, chiếm 17%.',
      findings: [{ evidence: '129' }],
    },
    { text: 'Đã tiếp nhận 3.600 đơn, thư; qua phân loại có 2.880 đơn đủ điều kiện xử lý (tỷ lệ 85%).', findings: [{ evidence: '2.880' }] },
    { text: 'Năm 2025 huyện có 15 xã, đã có 12/15 xã đạt chuẩn nông thôn mới, đạt 85%.', findings: [{ evidence: '12' }] },
    {
      text: 'Cấp mới 4.200 thẻ bảo hiểm y tế, trong đó cấp qua dịch vụ công trực tuyến 3.150 thẻ, tỷ lệ 70%.',
      findings: [{ evidence: '3.150' }],
    },
    {
      text: 'Trong tổng số 640 cán bộ, công chức được đánh giá, có 576 người hoàn thành tốt nhiệm vụ, chiếm 92%.',
      findings: [{ evidence: '576' }],
    },
    { text: 'Tổng số học sinh toàn tỉnh là 42.000 em, trong đó học sinh nữ 12.600 em, chiếm 32%.', findings: [{ evidence: '12.600' }] },
    {
      text: 'Toàn ngành có 3.250 giáo viên; số giáo viên đạt chuẩn trình độ đào tạo 3.088 người, chiếm 96,02%.',
      findings: [{ evidence: '3.088' }],
    },
    {
      text: 'Trong số 1.200 đảng viên được kiểm điểm, có 1.140 người được xếp loại hoàn thành tốt nhiệm vụ trở lên, chiếm 97%.',
      findings: [{ evidence: '1.140' }],
    },
    {
      text: 'Kho bạc Nhà nước tỉnh đã kiểm soát, thanh toán vốn đầu tư 2.100 tỷ đồng/3.500 tỷ đồng kế hoạch, đạt 62%.',
      findings: [{ evidence: '2.100' }],
    },
    { text: '- Trồng rừng tập trung: thực hiện 840 ha/1.200 ha kế hoạch, đạt 72%.', findings: [{ evidence: '840' }] },
    {
      text: 'Trong 6 tháng, Công an tỉnh tiếp nhận 420 tin báo, tố giác tội phạm; đã giải quyết 399 tin, đạt tỷ lệ 97%.',
      findings: [{ evidence: '399' }],
    },
    { text: 'Số xã đạt chuẩn quốc gia về y tế là 126/140 xã (tỷ lệ 92%).', findings: [{ evidence: '126' }] },
  ],
  silent: [
    'Tỷ lệ hộ gia đình sử dụng nước sạch tối thiểu (90%) theo Bộ tiêu chí; toàn xã có 1.200 hộ, 1.000 hộ sử dụng nước sạch.',
    'Diện tích rừng của huyện là 45.000 ha, chiếm 38% diện tích rừng toàn tỉnh.',
    'Tiếp nhận 5.000 hồ sơ; số hồ sơ quá hạn là 120 hồ sơ, chiếm 2,5% trên tổng số hồ sơ đã giải quyết.',
    'Toàn tỉnh có 120.000 trẻ em, trẻ em từ 6-14 tuổi chiếm 18% dân số.',
    'Tỷ lệ hộ nghèo toàn tỉnh chiếm 3,5% tổng số hộ, tăng 120 hộ so với cùng kỳ.',
    'Phấn đấu tỷ lệ người dân hài lòng đạt trên 90%; năm 2025 khảo sát 1.200 người.',
    'Tỷ lệ khảo sát tối thiểu (10%) trên tổng số 5.000 hộ gia đình.',
    'Tổng số 500 hồ sơ, mỗi hồ sơ chấm theo thang điểm 100, đạt tối thiểu 50%.',
    'Toàn huyện có 2.500 hộ và 9.800 nhân khẩu; số người được cấp thẻ bảo hiểm y tế 8.820 người, chiếm 90%.\nshare s\nTrong số 25 vụ việc được thụ lý, có 40 người liên quan, chiếm 60%.',
    'Trong tổng số 1.500 tỷ đồng vốn giải ngân, có 300 người được hỗ trợ, chiếm 20%.',
    'Diện tích lúa lai đạt 12.000 ha, chiếm 30% tổng diện tích gieo trồng 40.500 ha lúa và 2.000 ha ngô.',
    'Số hộ nghèo là 3.240 hộ, chiếm 1,7% tổng số hộ, 200.000 hộ được khảo sát.',
    '- Tổng số cơ sở được kiểm tra: 860 cơ sở, trong đó:\n+ Số tiền xử phạt: 129 triệu đồng, chiếm 15%.',
    'Tổng số lao động: 15.600 người, 4.200 hộ. Trong đó, lao động nữ 7.000 người, 2.000 hộ, chiếm 48%.',
  ],
});

tester.run('attainment', attainment, {
  consistent: [
    'Thu ngân sách nhà nước trên địa bàn ước đạt 8.250 tỷ đồng, đạt 75% dự toán (dự toán 11.000 tỷ đồng).',
    'Dự toán thu nội địa năm 2025 được giao là 6.400 tỷ đồng. Lũy kế 9 tháng, Cục Thuế thu nội địa được 4.800 tỷ đồng, đạt 75% dự toán.',
    'Sở Lao động đã giải quyết việc làm cho 18.600/24.000 lao động, đạt 77,5% kế hoạch.',
    'Chi ngân sách địa phương 6 tháng đầu năm 5.120,4 tỷ đồng, bằng 42,67% dự toán (dự toán 12.000 tỷ đồng).',
    'Kế hoạch năm 2025 trồng mới 1.500 ha rừng tập trung; đến nay đã trồng được 1.230 ha, đạt 82% kế hoạch.',
    'Sở Nông nghiệp và Phát triển nông thôn đã hỗ trợ 320 hộ chuyển đổi cây trồng (kế hoạch 400 hộ), đạt 80% kế hoạch.',
    'Giải ngân vốn đầu tư công đạt 38,5% kế hoạch (thực hiện 1.155 tỷ đồng/kế hoạch 3.000 tỷ đồng).',
    'Văn phòng đăng ký đất đai cấp 2.250 giấy chứng nhận quyền sử dụng đất, đạt 90% chỉ tiêu (chỉ tiêu 2.500 giấy).',
    'a) Tổng thu ngân sách trên địa bàn: thực hiện 2.736 tỷ đồng, bằng 57% dự toán Hội đồng nhân dân tỉnh giao (4.800 tỷ đồng).',
    'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đầu năm ước thực hiện 3.150,5 tỷ đồng, đạt 70,01% dự toán năm (4.500 tỷ đồng).',
    'Kế hoạch vốn đầu tư công năm 2025 được giao 2.400 tỷ đồng; đến ngày 30/9/2025 giải ngân được 1.560 tỷ đồng, đạt 65% kế hoạch.',
    'Chỉ tiêu giao năm 2025 là 3.000 lao động; kết quả đã đưa 2.100 lao động đi làm việc ở nước ngoài, đạt 70% chỉ tiêu.',
    'Tuyển sinh đào tạo nghề 6.300/7.000 người, đạt 90% kế hoạch năm.',
    'Thu nội địa: 1.890 tỷ đồng, bằng 63% dự toán Trung ương giao (3.000 tỷ đồng) và bằng 60% dự toán Hội đồng nhân dân tỉnh giao (3.150 tỷ đồng).',
    'Thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đạt 4.275 tỷ đồng, bằng 95% kế hoạch Bảo hiểm xã hội Việt Nam giao (4.500 tỷ đồng).',
  ],
  inconsistent: [
    {
      text: 'Thu ngân sách nhà nước trên địa bàn ước đạt 8.520 tỷ đồng, đạt 75% dự toán (dự toán 11.000 tỷ đồng).',
      findings: [{ evidence: '8.520' }],
    },
    {
      text: 'Dự toán thu nội địa năm 2025 được giao là 6.400 tỷ đồng. Lũy kế 9 tháng, Cục Thuế thu nội địa được 4.880 tỷ đồng, đạt 75% dự toán.',
      findings: [{ evidence: '4.880' }],
    },
    { text: 'Sở Lao động đã giải quyết việc làm cho 18.900/24.000 lao động, đạt 77,5% kế hoạch.', findings: [{ evidence: '18.900' }] },
    {
      text: 'Chi ngân sách địa phương 6 tháng đầu năm 5.120,4 tỷ đồng, bằng 42,76% dự toán (dự toán 12.000 tỷ đồng).',
      findings: [{ evidence: '5.120,4' }],
    },
    {
      text: 'Kế hoạch năm 2025 trồng mới 1.500 ha rừng tập trung; đến nay đã trồng được 1.320 ha, đạt 82% kế hoạch.',
      findings: [{ evidence: '1.320' }],
    },
    {
      text: 'Sở Nông nghiệp và Phát triển nông thôn đã hỗ trợ 302 hộ chuyển đổi cây trồng (kế hoạch 400 hộ), đạt 80% kế hoạch.',
      findings: [{ evidence: '302' }],
    },
    {
      text: 'Giải ngân vốn đầu tư công đạt 38,5% kế hoạch (thực hiện 1.515 tỷ đồng/kế hoạch 3.000 tỷ đồng).',
      findings: [{ evidence: '1.515' }],
    },
    {
      text: 'Văn phòng đăng ký đất đai cấp 2.520 giấy chứng nhận quyền sử dụng đất, đạt 90% chỉ tiêu (chỉ tiêu 2.500 giấy).',
      findings: [{ evidence: '2.520' }],
    },
    {
      text: 'a) Tổng thu ngân sách trên địa bàn: thực hiện 2.976 tỷ đồng, bằng 57% dự toán Hội đồng nhân dân tỉnh giao (4.800 tỷ đồng).',
      findings: [{ evidence: '2.976' }],
    },
    {
      text: 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đầu năm ước thực hiện 3.150,5 tỷ đồng, đạt 72,01% dự toán năm (4.500 tỷ đồng).',
      findings: [{ evidence: '3.150,5' }],
    },
    {
      text: 'Kế hoạch vốn đầu tư công năm 2025 được giao 2.400 tỷ đồng; đến ngày 30/9/2025 giải ngân được 1.560 tỷ đồng, đạt 67% kế hoạch.',
      findings: [{ evidence: '1.560' }],
    },
    {
      text: 'Chỉ tiêu giao năm 2025 là 3.000 lao động; kết quả đã đưa 2.100 lao động đi làm việc ở nước ngoài, đạt 72% chỉ tiêu.',
      findings: [{ evidence: '2.100' }],
    },
    { text: 'Tuyển sinh đào tạo nghề 6.300/7.000 người, đạt 92% kế hoạch năm.', findings: [{ evidence: '6.300' }] },
    {
      text: 'Thu nội địa: 1.890 tỷ đồng, bằng 65% dự toán Trung ương giao (3.000 tỷ đồng) và bằng 60% dự toán Hội đồng nhân dân tỉnh giao (3.150 tỷ đồng).',
      findings: [{ evidence: '1.890' }],
    },
    {
      text: 'Thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đạt 4.275 tỷ đồng, bằng 97% kế hoạch Bảo hiểm xã hội Việt Nam giao (4.500 tỷ đồng).',
      findings: [{ evidence: '4.275' }],
    },
  ],
  silent: ['Phấn đấu đến năm 2030 có 95% hồ sơ được giải quyết trực tuyến, đạt 100% kế hoạch đề ra; năm 2025 tiếp nhận 8.000 hồ sơ.'],
  unverifiable: [
    'Kế hoạch năm 2025 trồng mới 1.500 ha rừng. Sở Nông nghiệp tổ chức nhiều hội nghị chuyên đề. Đến nay đã trồng được 1.320 ha, đạt 82% kế hoạch.',
  ],
});

tester.run('change', change, {
  consistent: [
    'Toàn tỉnh xảy ra 245 vụ tai nạn giao thông, giảm 12,5% so với cùng kỳ (cùng kỳ 280 vụ).',
    'Số ca mắc sốt xuất huyết là 1.420 ca, tăng 320 ca so với cùng kỳ năm 2024 (1.100 ca).',
    'Kim ngạch xuất khẩu ước đạt 1.230 triệu USD, bằng 105,2% so với cùng kỳ (cùng kỳ 1.169,2 triệu USD).',
    'Năm học 2024 - 2025 toàn tỉnh có 52.400 học sinh trung học phổ thông. Năm học 2025 - 2026 toàn tỉnh có 54.496 học sinh trung học phổ thông, tăng 4% so với năm học trước.',
    'Số lao động được đào tạo nghề là 12.300 người (cùng kỳ 11.000 người), tăng 11,82%.',
    'Số vụ cháy trên địa bàn là 38 vụ, so với cùng kỳ giảm 7 vụ (cùng kỳ 45 vụ).',
    'Diện tích gieo trồng cây hằng năm đạt 125,4 nghìn ha, tăng 3,2 nghìn ha so với cùng kỳ (122,2 nghìn ha).',
    '- Số lượt khám chữa bệnh bảo hiểm y tế: 2.640.000 lượt, tăng 10% so với cùng kỳ (2.400.000 lượt).',
    'Thanh tra tỉnh tiếp nhận 344 đơn, so với cùng kỳ giảm 56 đơn (344/400).',
    'Công an tỉnh phát hiện, xử lý 1.872 vụ vi phạm; cùng kỳ năm 2024 là 1.800 vụ, tăng 4%.',
    'Số vụ cháy trên địa bàn là 38 vụ (cùng kỳ 45 vụ), giảm 7 vụ.',
    'Bảo hiểm xã hội tỉnh chi trả lương hưu cho 48.600 người; cùng kỳ năm trước là 45.000 người, tăng 3.600 người.',
    'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 25.300 tỷ đồng, tăng 10% so với cùng kỳ năm trước (23.000 tỷ đồng).',
    'Số trẻ em bị tai nạn thương tích là 84 trẻ, giảm 16 trẻ so với cùng kỳ (100 trẻ), tương ứng giảm 16%.',
    'So với cùng kỳ năm 2024 (1.250 vụ), số vụ vi phạm hành chính năm 2025 là 1.375 vụ, tăng 10%.',
    'Số ca mắc tay chân miệng là 312 ca (cùng kỳ năm 2024: 240 ca), tăng 30%.',
    'Năm 2024 toàn tỉnh xảy ra 60 vụ cháy. Năm 2025 xảy ra 48 vụ cháy, giảm 20% so với năm 2024.',
    'Sản lượng cà phê đạt 520.000 tấn, so với cùng kỳ tăng 20.000 tấn (cùng kỳ 500.000 tấn).',
    'Cục Thuế: số thu nội địa 9 tháng đạt 6.930 tỷ đồng, tăng 5% so với cùng kỳ năm 2024 (6.600 tỷ đồng).',
    'Tai nạn giao thông xảy ra 126 vụ, làm chết 60 người, bị thương 90 người; so với cùng kỳ giảm 14 vụ (140 vụ), giảm 15 người chết (75 người).',
    'Số hồ sơ tiếp nhận trực tuyến là 45.600 hồ sơ, tăng 14% so với cùng kỳ năm trước (40.000 hồ sơ).',
  ],
  inconsistent: [
    { text: 'Toàn tỉnh xảy ra 254 vụ tai nạn giao thông, giảm 12,5% so với cùng kỳ (cùng kỳ 280 vụ).', findings: [{ evidence: '254' }] },
    { text: 'Số ca mắc sốt xuất huyết là 1.240 ca, tăng 320 ca so với cùng kỳ năm 2024 (1.100 ca).', findings: [{ evidence: '1.240' }] },
    {
      text: 'Kim ngạch xuất khẩu ước đạt 1.320 triệu USD, bằng 105,2% so với cùng kỳ (cùng kỳ 1.169,2 triệu USD).',
      findings: [{ evidence: '1.320' }],
    },
    {
      text: 'Năm học 2024 - 2025 toàn tỉnh có 52.400 học sinh trung học phổ thông. Năm học 2025 - 2026 toàn tỉnh có 54.496 học sinh trung học phổ thông, tăng 5% so với năm học trước.',
      findings: [{ evidence: '54.496' }],
    },
    { text: 'Số lao động được đào tạo nghề là 12.030 người (cùng kỳ 11.000 người), tăng 11,82%.', findings: [{ evidence: '12.030' }] },
    { text: 'Số vụ cháy trên địa bàn là 36 vụ, so với cùng kỳ giảm 7 vụ (cùng kỳ 45 vụ).', findings: [{ evidence: '36' }] },
    {
      text: 'Diện tích gieo trồng cây hằng năm đạt 125,4 nghìn ha, tăng 2,3 nghìn ha so với cùng kỳ (122,2 nghìn ha).',
      findings: [{ evidence: '2,3' }],
    },
    {
      text: '- Số lượt khám chữa bệnh bảo hiểm y tế: 2.640.000 lượt, tăng 12% so với cùng kỳ (2.400.000 lượt).',
      findings: [{ evidence: '2.640.000' }],
    },
    { text: 'Thanh tra tỉnh tiếp nhận 344 đơn, so với cùng kỳ giảm 65 đơn (344/400).', findings: [{ evidence: '65' }] },
    { text: 'Công an tỉnh phát hiện, xử lý 1.872 vụ vi phạm; cùng kỳ năm 2024 là 1.800 vụ, tăng 6%.', findings: [{ evidence: '1.872' }] },
    { text: 'Số vụ cháy trên địa bàn là 36 vụ (cùng kỳ 45 vụ), giảm 7 vụ.', findings: [{ evidence: '36' }] },
    {
      text: 'Bảo hiểm xã hội tỉnh chi trả lương hưu cho 48.600 người; cùng kỳ năm trước là 45.000 người, tăng 3.900 người.',
      findings: [{ evidence: '48.600' }],
    },
    {
      text: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 25.300 tỷ đồng, tăng 12% so với cùng kỳ năm trước (23.000 tỷ đồng).',
      findings: [{ evidence: '25.300' }],
    },
    {
      text: 'Số trẻ em bị tai nạn thương tích là 84 trẻ, giảm 16 trẻ so với cùng kỳ (100 trẻ), tương ứng giảm 18%.',
      findings: [{ evidence: '84' }],
    },
    {
      text: 'So với cùng kỳ năm 2024 (1.250 vụ), số vụ vi phạm hành chính năm 2025 là 1.375 vụ, tăng 12%.',
      findings: [{ evidence: '1.375' }],
    },
    { text: 'Số ca mắc tay chân miệng là 312 ca (cùng kỳ năm 2024: 240 ca), tăng 35%.', findings: [{ evidence: '312' }] },
    { text: 'Năm 2024 toàn tỉnh xảy ra 60 vụ cháy. Năm 2025 xảy ra 48 vụ cháy, giảm 25% so với năm 2024.', findings: [{ evidence: '48' }] },
    { text: 'Sản lượng cà phê đạt 520.000 tấn, so với cùng kỳ tăng 25.000 tấn (cùng kỳ 500.000 tấn).', findings: [{ evidence: '20.000' }] },
    {
      text: 'Cục Thuế: số thu nội địa 9 tháng đạt 6.930 tỷ đồng, tăng 7% so với cùng kỳ năm 2024 (6.600 tỷ đồng).',
      findings: [{ evidence: '6.930' }],
    },
    {
      text: 'Tai nạn giao thông xảy ra 126 vụ, làm chết 60 người, bị thương 90 người; so với cùng kỳ giảm 16 vụ (140 vụ), giảm 15 người chết (75 người).',
      findings: [{ evidence: '14' }],
    },
    {
      text: 'Số hồ sơ tiếp nhận trực tuyến là 45.600 hồ sơ, tăng 16% so với cùng kỳ năm trước (40.000 hồ sơ).',
      findings: [{ evidence: '45.600' }],
    },
  ],
  silent: [
    'Chỉ số cải cách hành chính đạt 85,6/100 điểm, tăng 2,1 điểm so với năm 2024.',
    'Số vụ tai nạn lao động là 42 vụ; tỷ lệ xử lý đạt 95%, tăng 2%.',
    'Năm 2025 phát hiện 120 vụ; đã xử lý 100 vụ, tăng 25%.',
  ],
  unverifiable: [
    'Doanh thu dịch vụ lưu trú ước đạt 1.250 tỷ đồng, tăng 8,5% so với cùng kỳ.',
    'Số lượt khách du lịch ước đạt 1,2 triệu lượt, tăng 15% so với cùng kỳ năm trước.',
  ],
});

tester.run('excess', excess, {
  consistent: [
    'Thu tiền sử dụng đất đạt 1.380 tỷ đồng, vượt 15% dự toán (dự toán 1.200 tỷ đồng).',
    'Sản lượng lương thực đạt 565.000 tấn, vượt 2,7% so với kế hoạch (kế hoạch 550.000 tấn).',
    'Số lao động được tạo việc làm mới là 23.100 người, vượt 5% kế hoạch (kế hoạch 22.000 người).',
    'Kế hoạch năm 2025 thu hút 2,5 triệu lượt khách du lịch; cả năm ước đón 2,8 triệu lượt khách, vượt 12% kế hoạch.',
    'Tổng thu ngân sách ước đạt 5.250 tỷ đồng, vượt 5% dự toán Hội đồng nhân dân tỉnh giao (5.000 tỷ đồng).',
    'Kế hoạch giao 1.200 hộ; đã hỗ trợ 1.320 hộ, vượt 10% kế hoạch.',
    'Số lượt khách quốc tế đạt 132.000 lượt, vượt 10% kế hoạch năm (120.000 lượt).',
  ],
  inconsistent: [
    { text: 'Thu tiền sử dụng đất đạt 1.308 tỷ đồng, vượt 15% dự toán (dự toán 1.200 tỷ đồng).', findings: [{ evidence: '1.308' }] },
    {
      text: 'Sản lượng lương thực đạt 556.000 tấn, vượt 2,7% so với kế hoạch (kế hoạch 550.000 tấn).',
      findings: [{ evidence: '556.000' }],
    },
    {
      text: 'Số lao động được tạo việc làm mới là 23.540 người, vượt 5% kế hoạch (kế hoạch 22.000 người).',
      findings: [{ evidence: '23.540' }],
    },
    {
      text: 'Kế hoạch năm 2025 thu hút 2,5 triệu lượt khách du lịch; cả năm ước đón 2,8 triệu lượt khách, vượt 21% kế hoạch.',
      findings: [{ evidence: '2,8' }],
    },
    {
      text: 'Tổng thu ngân sách ước đạt 5.250 tỷ đồng, vượt 7% dự toán Hội đồng nhân dân tỉnh giao (5.000 tỷ đồng).',
      findings: [{ evidence: '5.250' }],
    },
    { text: 'Kế hoạch giao 1.200 hộ; đã hỗ trợ 1.320 hộ, vượt 12% kế hoạch.', findings: [{ evidence: '1.320' }] },
    { text: 'Số lượt khách quốc tế đạt 132.000 lượt, vượt 12% kế hoạch năm (120.000 lượt).', findings: [{ evidence: '132.000' }] },
  ],
});
