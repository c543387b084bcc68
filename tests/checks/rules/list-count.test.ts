import listCount from '../../../src/checks/rules/list-count.js';
import { tester } from '../tester.js';

tester.run('list-count', listCount, {
  consistent: [
    'Các huyện còn lại: 05/11 huyện đã phê duyệt quy hoạch (gồm: Gò Quao, Giồng Riềng, Tân Hiệp, Vĩnh Thuận và Kiên Lương).',
    '(i) 4/24 chỉ tiêu đạt và vượt kế hoạch (tỷ lệ xã đạt chuẩn quốc gia về y tế; số huyện đạt tiêu chí nông thôn mới; tỷ lệ dân cư đô thị được sử dụng nước sạch; tỷ lệ che phủ rừng).',
    'Tiến độ lập quy hoạch sử dụng đất của cấp huyện là rất chậm, đến nay 9/15 huyện, thành phố²⁴ chưa phê duyệt.\n\n²⁴ Rạch Giá, Phú Quốc, Hà Tiên, Kiên Lương, Hòn Đất, Tân Hiệp, U Minh Thượng, Châu Thành, Kiên Hải.',
    'Đã trình HĐND tỉnh quyết định chủ trương đầu tư 03 dự án⁶.\n\n⁶ Nghị quyết số 64/NQ-HĐND về dự án Chống sạt lở bờ biển; Nghị quyết số 65/NQ-HĐND về dự án Nâng cấp Trung tâm Bảo trợ xã hội tỉnh, Nghị quyết số 66/NQ-HĐND về dự án Kè xử lý sạt lở bờ Tây kênh Ông Hiến.',
  ],
  inconsistent: [
    {
      text: 'Có 04/11 huyện, thị xã, thành phố giải ngân trên 60% kế hoạch vốn được giao⁶.\n\n⁶ Châu Đốc (68,4%), Tân Châu (64,1%), Thoại Sơn (71,2%), Tri Tôn (62,7%), Chợ Mới (60,9%).',
      findings: [{ actual: '04', expected: '5', evidence: '04/11' }],
    },
    {
      text: 'Các huyện còn lại: 06/11 huyện đã phê duyệt quy hoạch (gồm: Gò Quao, Giồng Riềng, Tân Hiệp, Vĩnh Thuận và Kiên Lương).',
      findings: [{ actual: '06', expected: '5' }],
    },
    {
      text: '(ii) 08/24 chỉ tiêu đạt trên 90% kế hoạch¹².\n\n¹² Tỷ lệ đô thị hóa; Tỷ lệ trường đạt chuẩn quốc gia; Tỷ lệ huy động học sinh từ 6-14 tuổi đến trường; Tỷ lệ bác sĩ trên vạn dân; Tỷ lệ giường bệnh trên vạn dân; Tỷ lệ bao phủ bảo hiểm y tế; Tỷ lệ dân cư nông thôn được sử dụng nước sạch.',
      findings: [{ actual: '08', expected: '7' }],
    },
  ],
  silent: [
    // Items that each count the same things share the count out: a breakdown, not a list of 2.
    'Trong quý, Trung tâm Phục vụ hành chính công tiếp nhận 58 hồ sơ:\n\n- Lĩnh vực tư pháp: 31 hồ sơ;\n\n- Lĩnh vực đất đai: 26 hồ sơ.',
    // Figures after the items' words make the parenthesis a breakdown of the count, not a list of 2.
    'Tổng số đối tượng bị truy nã: 37 (kỳ trước chuyển sang 21; phát sinh mới 16).',
    // Examples (`như:`) and lists ending in `...` are not complete lists.
    'Vẫn còn 22 đơn vị giải ngân thấp, dưới 30% kế hoạch, đáng lưu ý là một số ngành như: Giáo dục (15,5%), Du lịch (11,9%).',
    'Còn 05 đơn vị chưa chủ động phối hợp (Sở Y tế, Công an tỉnh, Hà Tiên, Giồng Riềng ...).',
    // A note in a footnote is not a list of the counted things.
    'Chủ tịch UBND tỉnh đã xử phạt 07 trường hợp vi phạm IUU, với tổng số tiền đã nộp phạt là 3,69 tỷ đồng¹⁶.\n\n¹⁶ Các vụ việc vi phạm trong năm 2021',
  ],
});
