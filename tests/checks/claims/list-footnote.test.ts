import listCount from '../../../src/checks/rules/list-count.js';
import { tester } from '../tester.js';

/**
 * Issue 14 §2: items in a footnote. The marker may stand far from its count when every item names
 * the counted noun; `02 Quyết định, 06 văn bản¹` gives each count its own documents; items split by
 * `;` and by a final `và` are two readings of one footnote, and a count that matches neither is
 * unverifiable, not wrong.
 */
tester.run('list-count', listCount, {
  consistent: [
    // Far from the marker, but each item names the counted noun (`mô hình`).
    'Ủy ban nhân dân tỉnh đã chỉ đạo thí điểm 03 mô hình, sáng kiến nhằm nâng cao mức độ hài lòng của người dân đối với cơ quan nhà nước trên địa bàn tỉnh².\n\n² Mô hình “Một cửa số”; mô hình “Hồ sơ không giấy”; mô hình “Không hẹn” đối với thủ tục thuộc thẩm quyền của Sở Tư pháp.',
    // Two groups of documents: the decisions open their items, the rest are the other documents.
    'Trong tháng, đã ban hành 03 Quyết định, 02 văn bản chỉ đạo¹.\n\n¹ Quyết định số 101/QĐ-UBND ngày 02/3/2026 về kiện toàn Ban chỉ đạo; Công văn số 220/UBND-NC ngày 05/3/2026 về rà soát dữ liệu; Quyết định số 115/QĐ-UBND ngày 09/3/2026 phê duyệt danh mục; Kế hoạch số 40/KH-UBND ngày 12/3/2026 về chuyển đổi số; Quyết định số 120/QĐ-UBND ngày 20/3/2026 ban hành quy chế.',
    // `;` gives 3 items, a final `và` inside one of them 4: the count picks the reading.
    'Sở Tư pháp đã góp ý 03 dự thảo văn bản⁵ theo đề nghị của cơ quan soạn thảo.\n\n⁵ Dự thảo Nghị định về hộ tịch điện tử; Dự thảo Tờ trình và Quyết định phê duyệt Đề án công dân số; Dự thảo Thông tư hướng dẫn chứng thực.',
  ],
  inconsistent: [
    {
      text: 'Ủy ban nhân dân tỉnh đã chỉ đạo thí điểm 04 mô hình, sáng kiến nhằm nâng cao mức độ hài lòng của người dân đối với cơ quan nhà nước trên địa bàn tỉnh².\n\n² Mô hình “Một cửa số”; mô hình “Hồ sơ không giấy”; mô hình “Không hẹn” đối với thủ tục thuộc thẩm quyền của Sở Tư pháp.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      // 4 decisions + 2 others = 6 ≠ 5 listed: the decisions' count is wrong.
      text: 'Trong tháng, đã ban hành 04 Quyết định, 02 văn bản chỉ đạo¹.\n\n¹ Quyết định số 101/QĐ-UBND ngày 02/3/2026 về kiện toàn Ban chỉ đạo; Công văn số 220/UBND-NC ngày 05/3/2026 về rà soát dữ liệu; Quyết định số 115/QĐ-UBND ngày 09/3/2026 phê duyệt danh mục; Kế hoạch số 40/KH-UBND ngày 12/3/2026 về chuyển đổi số; Quyết định số 120/QĐ-UBND ngày 20/3/2026 ban hành quy chế.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      text: 'Trong tháng, đã ban hành 03 Quyết định, 04 văn bản chỉ đạo¹.\n\n¹ Quyết định số 101/QĐ-UBND ngày 02/3/2026 về kiện toàn Ban chỉ đạo; Công văn số 220/UBND-NC ngày 05/3/2026 về rà soát dữ liệu; Quyết định số 115/QĐ-UBND ngày 09/3/2026 phê duyệt danh mục; Kế hoạch số 40/KH-UBND ngày 12/3/2026 về chuyển đổi số; Quyết định số 120/QĐ-UBND ngày 20/3/2026 ban hành quy chế.',
      findings: [{ actual: '04', expected: '2' }],
    },
  ],
  unverifiable: [
    // 3 items by `;`, 4 with the `và`: a count of 5 matches no reading.
    'Sở Tư pháp đã góp ý 05 dự thảo văn bản⁵ theo đề nghị của cơ quan soạn thảo.\n\n⁵ Dự thảo Nghị định về hộ tịch điện tử; Dự thảo Tờ trình và Quyết định phê duyệt Đề án công dân số; Dự thảo Thông tư hướng dẫn chứng thực.',
  ],
  silent: [
    // Items that do not name the noun, far from the marker, with another count in the clause: no link.
    'Năm 2025, toàn tỉnh tổ chức 05 hội nghị và 12 lớp tập huấn cho cán bộ cấp xã trên toàn địa bàn tỉnh⁹.\n\n⁹ Xã Đạ Tẻh; xã Cát Tiên; phường Bảo Lộc.',
  ],
});
