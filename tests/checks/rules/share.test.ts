import share from '../../../src/checks/rules/share.js';
import { tester } from '../tester.js';

tester.run('share', share, {
  consistent: [
    'Đã giao 2.307 nhiệm vụ, đã hoàn thành 1.367 nhiệm vụ (trong đó trễ hạn 298 nhiệm vụ, chiếm tỷ lệ 12,92%), đang thực hiện 940 nhiệm vụ (trong đó quá hạn 144 nhiệm vụ, chiếm tỷ lệ 6,24%).',
    'Trung tâm tiếp nhận 28.705 hồ sơ, trong đó hồ sơ trực tuyến 17.942 hồ sơ, chiếm 62,5%.',
    'Tổng sản lượng thủy sản ước 436.850 tấn; trong đó sản lượng cá tra 382.640 tấn, chiếm 87,59% tổng sản lượng.',
    'Toàn tỉnh có 598 trường; đã có 351/598 trường đạt chuẩn quốc gia, đạt tỷ lệ 58,7%.',
    'Phạm pháp hình sự xảy ra 412 vụ, đã điều tra làm rõ 371 vụ, đạt tỷ lệ 90,05%.',
    'Giá trị đề nghị 412,38 tỷ đồng; giá trị thẩm định 398,74 tỷ đồng, cắt giảm 13,64 tỷ đồng (tỷ lệ 3,31%).',
  ],
  inconsistent: [
    {
      text: 'Đã giao 2.307 nhiệm vụ, đã hoàn thành 1.367 nhiệm vụ (trong đó trễ hạn 298 nhiệm vụ, chiếm tỷ lệ 14,92%), đang thực hiện 940 nhiệm vụ.',
      findings: [{ actual: '14,92', expected: '12,92%', evidence: '2.307' }],
    },
    {
      text: 'Đào tạo nghề cho 21.540 người, đạt 59,83% kế hoạch (kế hoạch 36.000 người); trong đó có bằng cấp, chứng chỉ 8.902 người, chiếm 42,33%.',
      findings: [{ actual: '42,33', expected: '41,33%', evidence: '21.540' }],
    },
    {
      text: 'Trong tổng số 119 xã, hiện có 96/119 xã đạt chuẩn nông thôn mới (tỷ lệ 80%).',
      findings: [{ status: 'warning', actual: '80', expected: '81%' }],
    },
    {
      text: 'Các đoàn kiểm tra đã kiểm tra 312 cơ sở sản xuất, kinh doanh thực phẩm, phát hiện 27 cơ sở vi phạm, chiếm 8,6%.',
      findings: [{ status: 'warning', actual: '8,6' }],
    },
  ],
  silent: [
    // `đạt X%` alone may be of an unstated plan: never asserted as wrong.
    'Nghị quyết số 116/NQ-CP hỗ trợ cho 70.201 người, số tiền là 161,4 tỷ đồng, đạt tỷ lệ 96%; Quyết định số 2727/QĐ-UBND hỗ trợ 60,2 tỷ đồng.',
    // The percentage's own clause names another subject.
    'Toàn tỉnh đã tiêm chủng 3.363.245 liều; 99,36% người từ 18 tuổi trở lên đã tiêm 2 mũi, tỷ lệ tiêm mũi 3 đạt 68,19%.',
  ],
});
