import listCount from '../../../src/checks/rules/list-count.js';
import { tester } from '../tester.js';

/**
 * Issue 14 §2: counts followed by their enumeration — after a colon, split by spaced dashes, in
 * quotes, after `gồm`/`là`, separated by `;` inside a footnote-like line, a numbered range of
 * documents; an agency name holding commas or `và` is one item.
 */
tester.run('list-count', listCount, {
  consistent: [
    'Tỉnh tập trung tháo gỡ 04 lĩnh vực: thể chế, hạ tầng số, nguồn nhân lực, dữ liệu dùng chung.',
    'Vận hành thông suốt 03 cấp: tỉnh – xã – thôn.',
    'Thực hiện phương châm 04 nhóm “đúng, đủ, sạch, sống” trong toàn ngành.',
    'Quán triệt 05 nhóm: dân số, đất đai, doanh nghiệp, y tế, giáo dục; 03 cấp: tỉnh - xã - thôn; 02 việc: nhận thức - hành động.',
    'Phối hợp với 03 cơ quan gồm Sở Văn hóa, Thể thao và Du lịch; Sở Khoa học và Công nghệ; Công an tỉnh.',
    'Còn 3 huyện chưa gửi báo cáo là Lạc Dương, Đam Rông và Di Linh.',
    'Ủy ban nhân dân tỉnh đã ban hành 09 Quyết định quy phạm pháp luật (từ Quyết định số 21/2025/QĐ-UBND đến Quyết định số 29/2025/QĐ-UBND).',
    'Triển khai 03 nhóm giải pháp: tuyên truyền vận động, kiểm tra giám sát và xử lý vi phạm.',
    // Agency names holding commas, dashes or `và` are one item each (the agency extractor names them).
    'Đoàn kiểm tra làm việc với 04 đơn vị: Sở Lao động - Thương binh và Xã hội, Sở Văn hóa, Thể thao và Du lịch, Sở Kế hoạch và Đầu tư và Bảo hiểm xã hội tỉnh.',
    'Đã có 02 sở (Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo) hoàn thành số hóa hồ sơ.',
    'Còn 02 cơ quan chưa gửi báo cáo là Sở Văn hóa, Thể thao và Du lịch và Sở Y tế.',
    // Places named after `tại` and their level word confirm the count.
    'Trong tháng phát sinh 02 ổ dịch cúm gia cầm xảy ra tại xã Phú Lộc và Lộc An của huyện Phú Lộc.',
    'Đã xảy ra 03 vụ sạt lở tại các xã Trà Leng, Trà Dơn và Trà Tập thuộc huyện Nam Trà My.',
    // `trong đó:` clauses each opening with a place of the counted level confirm the count.
    'Sản lượng lúa của 3 huyện trọng điểm đạt 120.500 tấn. Trong đó: Tại huyện Đức Trọng đạt 50.100 tấn; tại huyện Di Linh đạt 40.200 tấn; tại huyện Lâm Hà đạt 30.200 tấn.',
    // `, gồm:` between the noun and its list.
    'Đoàn đã kiểm tra tại 04 đơn vị, gồm: Sở Y tế; Sở Xây dựng; Sở Tư pháp; Ban Dân tộc tỉnh.',
    // `;` items in a parenthesis may hold figures of another kind (an item's own result).
    'Năm 2025 còn 03 chỉ tiêu chưa đạt (tăng trưởng GRDP đạt 6,1%, kế hoạch 7%; thu hút vốn đầu tư trực tiếp nước ngoài; tỷ lệ đô thị hóa).',
    // A bare number still counts the lower-case noun after it.
    'Đến ngày 20/11, cả tỉnh có 02 nhà máy (Nhà máy chè Cầu Đất, Công ty cổ phần chè Bảo Lộc) đã vào vụ mới.',
    'Thực hiện nghiêm yêu cầu 4 đúng “đúng người, đúng việc, đúng thời gian, đúng quy trình” trong toàn ngành.',
    // Pieces split by spaced dashes inside the noun phrase confirm the count.
    'Đối với 03 dịch vụ công liên thông đăng ký khai sinh - thường trú - bảo hiểm y tế: đã tiếp nhận đầy đủ hồ sơ.',
    // The documents after `theo`, one a clause, confirm the count.
    'Đang tiến hành 02 cuộc kiểm tra theo Quyết định số 12/QĐ-STP ngày 04/3/2026 về kiểm tra công tác hộ tịch tại xã Đạ Huoai; Quyết định số 15/QĐ-STP ngày 10/3/2026 về kiểm tra công tác chứng thực.',
    // A list trailing off confirms its count; a list cut before the next figure's clause too.
    'Áp dụng đồng bộ 03 nhóm biện pháp: giáo dục, hành chính và hình sự trong phòng chống tội phạm...',
    'Còn 3 xã chưa nộp báo cáo là Đạ Tẻh, Cát Tiên và Đạ Huoai, có 45 xã đã nộp đúng hạn.',
    // A list cut by a page break (a lone page number between the two halves of one paragraph).
    'Có 41/44 xã nộp báo cáo đúng hạn, còn 3 xã chưa nộp là Lạc Dương, Đam\n\n12\n\nRông và Di Linh trong đó có 38 xã đã cập nhật phần mềm.',
  ],
  inconsistent: [
    {
      text: 'Tỉnh tập trung tháo gỡ 05 lĩnh vực: thể chế; hạ tầng số; nguồn nhân lực; dữ liệu dùng chung.',
      findings: [{ actual: '05', expected: '4' }],
    },
    { text: 'Vận hành thông suốt 04 cấp: tỉnh – xã – thôn.', findings: [{ expected: '3' }] },
    { text: 'Thực hiện phương châm 05 nhóm “đúng, đủ, sạch, sống” trong toàn ngành.', findings: [{ expected: '4' }] },
    {
      text: 'Phối hợp với 04 cơ quan gồm Sở Văn hóa, Thể thao và Du lịch; Sở Khoa học và Công nghệ; Công an tỉnh.',
      findings: [{ expected: '3' }],
    },
    {
      text: 'Ban Chỉ đạo giao 04 cơ quan là Sở Nông nghiệp và Phát triển nông thôn, Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh chủ trì thực hiện.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      text: 'Đoàn đã kiểm tra tại 05 đơn vị, bao gồm: Sở Y tế; Sở Xây dựng; Sở Tư pháp; Ban Dân tộc tỉnh.',
      findings: [{ actual: '05', expected: '4' }],
    },
    {
      text: 'Năm 2025 còn 02 chỉ tiêu chưa đạt (tăng trưởng GRDP đạt 6,1%, kế hoạch 7%; thu hút vốn đầu tư trực tiếp nước ngoài; tỷ lệ đô thị hóa).',
      findings: [{ actual: '02', expected: '3' }],
    },
    // Short lower-case terms of one kind: the commas fix the count.
    { text: 'Tỉnh tập trung tháo gỡ 05 lĩnh vực: thể chế, hạ tầng số, nguồn nhân lực, dữ liệu dùng chung.', findings: [{ expected: '4' }] },
    { text: 'Hoàn thiện 06 nhóm dữ liệu: dân cư, đất đai, doanh nghiệp, hộ tịch, y tế.', findings: [{ actual: '06', expected: '5' }] },
    {
      text: 'Ủy ban nhân dân tỉnh đã ban hành 08 Quyết định quy phạm pháp luật (từ Quyết định số 21/2025/QĐ-UBND đến Quyết định số 29/2025/QĐ-UBND).',
      findings: [{ expected: '9' }],
    },
  ],
  silent: [
    // the colon introduces figures, not a list of names
    'Kết quả đạt 03 chỉ tiêu: tăng trưởng 7,2%, thu ngân sách 12.500 tỷ đồng, giải ngân 95%.',
    // a list that trails off proves nothing
    'Có 06 đơn vị chưa hoàn thành: Sở Y tế, Sở Xây dựng, ...',
    // a loosely split list of long phrases never contradicts: an item may hold commas (`giải pháp, sáng tạo, đột phá …`)
    'Tập trung 02 việc: nâng cao nhận thức, trách nhiệm của người đứng đầu, đổi mới phương thức chỉ đạo điều hành sát thực tiễn địa phương.',
    // the sentence goes on past the list (`…, đúng quy định`): the commas no longer fix the count
    'Đã hỗ trợ 02 nhóm đối tượng: trẻ em, người cao tuổi, đúng quy định.',
    // dashed pieces, documents after `theo`, a trailing or cut list: they only confirm
    'Đối với 02 dịch vụ công liên thông đăng ký khai sinh - thường trú - bảo hiểm y tế: đã tiếp nhận đầy đủ hồ sơ.',
    'Đang tiến hành 03 cuộc kiểm tra theo Quyết định số 12/QĐ-STP ngày 04/3/2026 về kiểm tra công tác hộ tịch; Quyết định số 15/QĐ-STP ngày 10/3/2026 về kiểm tra công tác chứng thực.',
    'Áp dụng đồng bộ 04 nhóm biện pháp: giáo dục, hành chính, hình sự...',
    'Còn 4 xã chưa nộp báo cáo là Đạ Tẻh, Cát Tiên và Đạ Huoai, có 45 xã đã nộp đúng hạn.',
    // a dash inside a name joins it: `Vườn Quốc gia Bidoup - Núi Bà` is one place
    'Sắp xếp 2 đơn vị thuộc Vườn Quốc gia Bidoup - Núi Bà theo đề án được duyệt.',
    // `trong đó` may detail only some of the places: never a contradiction
    'Sản lượng lúa của 4 huyện trọng điểm đạt 120.500 tấn. Trong đó: Tại huyện Đức Trọng đạt 50.100 tấn; tại huyện Di Linh đạt 40.200 tấn; tại huyện Lâm Hà đạt 30.200 tấn.',
    // places after `tại` never contradict: one place may see several events
    'Đã xảy ra 03 vụ sạt lở tại các xã Trà Leng và Trà Dơn thuộc huyện Nam Trà My.',
    // figures of the counted thing inside the parenthesis make it a breakdown, not a list
    'Đã giải quyết 06 hồ sơ (04 hồ sơ đúng hạn; 01 hồ sơ trễ hạn).',
    // a number that names (`lớp 5`, `thôn 3`, `Phường 5`), an idiom (`3 trong 1`): no count
    'Học sinh lớp 5 trường Kim Đồng: Nguyễn Văn An, Trần Thị Bình.',
    'Thành lập tổ công tác “3 trong 1: Lắng nghe – Tuyên truyền – Hỗ trợ” tại Phường 5 (Quận 5).',
  ],
});
