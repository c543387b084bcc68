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
      text: 'Ủy ban nhân dân tỉnh đã ban hành 08 Quyết định quy phạm pháp luật (từ Quyết định số 21/2025/QĐ-UBND đến Quyết định số 29/2025/QĐ-UBND).',
      findings: [{ expected: '9' }],
    },
  ],
  silent: [
    // the colon introduces figures, not a list of names
    'Kết quả đạt 03 chỉ tiêu: tăng trưởng 7,2%, thu ngân sách 12.500 tỷ đồng, giải ngân 95%.',
    // a list that trails off proves nothing
    'Có 06 đơn vị chưa hoàn thành: Sở Y tế, Sở Xây dựng, ...',
    // a loosely split list of phrases never contradicts: an item may hold commas (`giải pháp, sáng tạo`)
    'Tỉnh tập trung tháo gỡ 05 lĩnh vực: thể chế, hạ tầng số, nguồn nhân lực, dữ liệu dùng chung.',
    'Triển khai 04 nhóm giải pháp: tuyên truyền vận động, kiểm tra giám sát và xử lý vi phạm.',
  ],
});
