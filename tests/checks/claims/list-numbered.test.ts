import listCount from '../../../src/checks/rules/list-count.js';
import { tester } from '../tester.js';

/**
 * Issue 14 §2: a count whose noun phrase ends at a colon and the numbered items that follow it —
 * `(1) … (n)` or `(i) … (v)` in the same paragraph, in the paragraphs that follow, in a footnote, and
 * grouped under labels whose groups answer the sentence's counts in order.
 */
tester.run('list-count', listCount, {
  consistent: [
    'Công an tỉnh triển khai phương án phòng ngừa theo 04 tầng: (1)Tuyến biên giới; (2)Cửa khẩu, cảng biển; (3)Địa bàn giáp ranh; (4)Nội địa; đồng thời mở 03 đợt cao điểm.',
    'Trung tâm có 03 chức năng chính: (1) Tiếp nhận, quản lý học viên. (2) Tổ chức cai nghiện tự nguyện. (3) Tư vấn, hỗ trợ tái hòa nhập cộng đồng.',
    // The items are the paragraphs after the colon, each opening with the next marker.
    'Chương trình gồm có 3 hợp phần chính như sau:\n\n(i) Nâng cao năng lực cán bộ cơ sở.\n\n(ii) Truyền thông thay đổi hành vi.\n\n(iii) Giám sát, đánh giá thực hiện.\n\nCác hợp phần do Sở Tư pháp chủ trì.',
    // The count inside the parenthesis that closes its heading: `(05 nhiệm vụ):`.
    'Nhóm nhiệm vụ đã hoàn thành (05 nhiệm vụ): (1) Ban hành kế hoạch; (2) Kiện toàn tổ công tác; (3) Số hóa hồ sơ, kết quả giải quyết TTHC; (4) Kết nối dữ liệu dân cư; (5) Tập huấn cán bộ.',
    'Nhóm nhiệm vụ đang triển khai (04 nhiệm vụ):\n\n(1) Rà soát dữ liệu đất đai; (2) Làm sạch dữ liệu hộ tịch; (3) Cập nhật dữ liệu y tế, giáo dục; (4) Đồng bộ dữ liệu về Trung ương.',
    // A footnote grouped by labels: each group answers the count its label repeats.
    'Đến nay, đã hoàn thành 05/09 nhiệm vụ, đang thực hiện 03 nhiệm vụ, chưa thực hiện 01 nhiệm vụ⁷.\n\n⁷ 09 nhiệm vụ: - Nhiệm vụ đã hoàn thành: (1) Cấp phiếu lý lịch tư pháp; (2) Học bạ số; (3) Chi trả an sinh xã hội; (4) Vay tín chấp; (5) Kiosk y tế; - Nhiệm vụ đang thực hiện: (1) Sổ sức khỏe điện tử; (2) Đánh số nhà; (3) Dữ liệu đất đai. - Nhiệm vụ chưa thực hiện: (1) Liên thông công chứng - thuế.',
    // A footnote numbered from its start: counted by its numbers, `và` before the last changes nothing.
    'Tỉnh đã nhân rộng 04 mô hình cải cách hành chính trong năm³.\n\n³ (1) Mô hình “Một cửa số”; (2) mô hình “Hồ sơ không giấy”; (3) mô hình “Hẹn trả tận nhà” và (4) mô hình “Không chờ”.',
  ],
  inconsistent: [
    {
      text: 'Công an tỉnh triển khai phương án phòng ngừa theo 05 tầng: (1)Tuyến biên giới; (2)Cửa khẩu, cảng biển; (3)Địa bàn giáp ranh; (4)Nội địa; đồng thời mở 03 đợt cao điểm.',
      findings: [{ actual: '05', expected: '4' }],
    },
    {
      text: 'Chương trình gồm có 4 hợp phần chính như sau:\n\n(i) Nâng cao năng lực cán bộ cơ sở.\n\n(ii) Truyền thông thay đổi hành vi.\n\n(iii) Giám sát, đánh giá thực hiện.',
      findings: [{ actual: '4', expected: '3' }],
    },
    {
      text: 'Nhóm nhiệm vụ đã hoàn thành (06 nhiệm vụ): (1) Ban hành kế hoạch; (2) Kiện toàn tổ công tác; (3) Số hóa hồ sơ; (4) Kết nối dữ liệu dân cư; (5) Tập huấn cán bộ.',
      findings: [{ actual: '06', expected: '5' }],
    },
    {
      text: 'Đến nay, đã hoàn thành 06/09 nhiệm vụ, đang thực hiện 03 nhiệm vụ, chưa thực hiện 01 nhiệm vụ⁷.\n\n⁷ Nhiệm vụ: - Nhiệm vụ đã hoàn thành: (1) Cấp phiếu lý lịch tư pháp; (2) Học bạ số; (3) Chi trả an sinh xã hội; (4) Vay tín chấp; (5) Kiosk y tế; - Nhiệm vụ đang thực hiện: (1) Sổ sức khỏe điện tử; (2) Đánh số nhà; (3) Dữ liệu đất đai. - Nhiệm vụ chưa thực hiện: (1) Liên thông công chứng - thuế.',
      findings: [{ expected: '5', evidence: '06/09' }],
    },
    {
      text: 'Dự án có 10 nhiệm vụ trọng tâm: - Nhiệm vụ đã triển khai: (1) Số hóa hộ tịch; (2) Học bạ số; (3) Vay tín chấp; - Nhiệm vụ đang triển khai: (1) Dữ liệu đất đai; (2) Đánh số nhà.',
      findings: [{ actual: '10', expected: '5' }],
    },
  ],
  unverifiable: [
    // A nested list restarts the numbering: where the outer list ends is no longer sure.
    'Tập trung 03 nhóm nhiệm vụ: (1) Cải cách thể chế; (2) Hiện đại hóa hành chính, gồm: (1) số hóa hồ sơ; (2) dịch vụ công trực tuyến; (3) Nâng cao chất lượng công chức.',
  ],
  silent: [
    // Numbering that does not start at (1) is no list of the count.
    'Tỉnh tập trung 03 nội dung: (2) Cải cách thể chế; (3) Hiện đại hóa nền hành chính.',
    // Labels that do not repeat the words of their counts cannot pair groups with counts.
    'Đến nay, có 03 xã đạt chuẩn, 02 xã đang hoàn thiện hồ sơ⁴.\n\n⁴ Danh sách: - Khu vực phía Bắc: (1) Xã A Lưới; (2) Xã Hồng Thủy; - Khu vực phía Nam: (1) Xã Phú Lộc; (2) Xã Lộc An; (3) Xã Vinh Hiền.',
  ],
});

/** A slip in the author's numbering: one item bears its neighbour's number. */
tester.run('list-count', listCount, {
  consistent: ['Tổ chức phòng ngừa theo 03 vòng: (1) Biên giới; (2) Cửa khẩu; (3) Nội địa.'],
  inconsistent: [
    { text: 'Tổ chức phòng ngừa theo 03 vòng: (2) Biên giới; (2) Cửa khẩu; (3) Nội địa.', findings: [{ expected: '(1)', actual: '(2)' }] },
    {
      text: 'Trung tâm có 04 nhiệm vụ: (1) Tiếp nhận học viên; (3) Điều trị cắt cơn; (3) Giáo dục, lao động trị liệu; (4) Hỗ trợ tái hòa nhập.',
      findings: [{ expected: '(2)', actual: '(3)' }],
    },
    {
      text: 'Đã kiểm tra 03 xã⁴ trong quý.\n\n⁴ (1) Xã Đạ Tẻh; (1) xã Cát Tiên; (3) xã Đạ Huoai.',
      findings: [{ expected: '(2)', actual: '(1)' }],
    },
  ],
  silent: [
    // Several markers off: a nested or restarted list, not one slip.
    'Tổ chức phòng ngừa theo 03 vòng: (1) Biên giới; (2) Cửa khẩu gồm (1) đường bộ, (2) đường biển; (3) Nội địa.',
  ],
});
