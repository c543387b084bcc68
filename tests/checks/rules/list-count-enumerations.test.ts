import listCount from '../../../src/checks/rules/list-count.js';
import { tester } from '../tester.js';

/**
 * Counts followed by their enumeration, in shapes where the grammar fixes the items: a list closed
 * by its final `và` item before a phrase about the whole list, quotations one after another, dash
 * pieces that echo each other right after the noun, places of the counted level after `gồm:`, and
 * `trong đó:` naming more places than counted. Each shape with its guards.
 */
tester.run('list-count', listCount, {
  consistent: [
    // A final `và` item closes the list; the phrase after it is about the whole list.
    'Công an huyện áp dụng đồng bộ 03 nhóm biện pháp: giáo dục, hành chính và hình sự trong phòng chống tội phạm...',
    'Ngành y tế triển khai 4 nhóm giải pháp: truyền thông, tầm soát, điều trị và phục hồi chức năng đối với người bệnh.',
    // Quotations one after another: each is one item, commas inside it included.
    'Kết quả đảm bảo theo cả 03 tiêu chí "giảm cung", "giảm cầu", "giảm tác hại" trong năm.',
    'Đoàn viên tham gia 02 phong trào “Ngày thứ Bảy tình nguyện, sạch đẹp” và “Ngày Chủ nhật xanh” suốt quý III.',
    'Nhân rộng 4 mô hình “Dân vận khéo”; “Camera an ninh”; “Khu dân cư an toàn” – “Tổ tự quản” tại các xã.',
    // Dash pieces that repeat the opening word of the last piece of the noun phrase.
    'Đối với 02 thủ tục liên thông đăng ký tạm trú - tạm vắng, đã tiếp nhận đầy đủ hồ sơ.',
    'Hướng dẫn 03 thủ tục cấp mới – cấp đổi – cấp lại giấy phép lái xe trên cổng dịch vụ công.',
    // Places of the counted level after `gồm:`; a piece placing the one before (`thuộc …`) is no item.
    'Đã chuyển hóa 04 địa bàn cấp xã (có 23 thôn, tổ dân phố) gồm: Phường 3, Phường 7 thuộc thành phố Bảo Lộc (nay là phường Bảo Lộc 2); xã Đạ Oai, thuộc huyện Đạ Huoai (nay là xã Đạ Huoai) và thị trấn Cát Tiên.',
    'Năm 2026 có 3 xã là xã Quảng Tín, xã Đắk Ru thuộc huyện Đắk R’lấp và xã Nghĩa Thắng đạt chuẩn nông thôn mới.',
    // Items each opening with the counted noun, whatever figures they hold.
    'Trong quý đã tổ chức 02 hội nghị: Hội nghị sơ kết 6 tháng và Hội nghị tập huấn nghiệp vụ hộ tịch.',
    'UBND huyện ban hành 03 kế hoạch gồm: Kế hoạch chuyển đổi số năm 2026, Kế hoạch cải cách hành chính; Kế hoạch phòng chống thiên tai.',
    // Items one a paragraph after the colon that closes the count's paragraph.
    'Trong quý, Sở Tư pháp tập trung 03 nhiệm vụ trọng tâm:\n\n- rà soát văn bản quy phạm pháp luật;\n\n- kiểm tra công tác hộ tịch;\n\n- phổ biến pháp luật cho đồng bào vùng sâu.\n\nCác đơn vị đã chủ động phối hợp.',
    'Kế hoạch gồm 4 nội dung:\n\na) Xây dựng cơ sở dữ liệu hộ tịch;\n\nb) Kết nối liên thông;\n\n+ với cổng dịch vụ công quốc gia;\n\nc) Đào tạo nhân lực;\n\nd) Bảo đảm kinh phí.\n\nSở Tài chính chủ trì.',
    // Items written as sentences of their own only confirm a count they agree with.
    'Ban Chỉ đạo giao 02 nhiệm vụ:\n\n- Công an tỉnh rà soát dữ liệu dân cư.\n\n- Sở Y tế cập nhật hồ sơ sức khỏe điện tử.\n\nKết quả sẽ báo cáo vào tháng 12.',
  ],
  inconsistent: [
    // `tổ chức` is no body of members: its list names the organisations.
    { text: 'Huyện có 04 tổ chức chính trị: Hội Nông dân, Đoàn Thanh niên và Hội Phụ nữ.', findings: [{ actual: '04', expected: '3' }] },
    {
      text: 'Công an huyện áp dụng đồng bộ 04 nhóm biện pháp: giáo dục, hành chính và hình sự trong phòng chống tội phạm...',
      findings: [{ actual: '04', expected: '3' }],
    },
    // A final `và` may join two items or one: 2 or 3 terms, never 4.
    {
      text: 'Triển khai 04 nhóm giải pháp: tuyên truyền vận động, kiểm tra giám sát và xử lý vi phạm.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      text: 'Kết quả đảm bảo theo cả 04 tiêu chí "giảm cung", "giảm cầu", "giảm tác hại" trong năm.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      text: 'Đoàn viên tham gia 03 phong trào “Ngày thứ Bảy tình nguyện, sạch đẹp” và “Ngày Chủ nhật xanh” suốt quý III.',
      findings: [{ actual: '03', expected: '2' }],
    },
    {
      text: 'Đối với 03 thủ tục liên thông đăng ký tạm trú - tạm vắng, đã tiếp nhận đầy đủ hồ sơ.',
      findings: [{ actual: '03', expected: '2' }],
    },
    {
      text: 'Hướng dẫn 02 thủ tục cấp mới – cấp đổi – cấp lại giấy phép lái xe trên cổng dịch vụ công.',
      findings: [{ actual: '02', expected: '3' }],
    },
    {
      text: 'Đã chuyển hóa 05 địa bàn cấp xã (có 23 thôn, tổ dân phố) gồm: Phường 3, Phường 7 thuộc thành phố Bảo Lộc (nay là phường Bảo Lộc 2); xã Đạ Oai, thuộc huyện Đạ Huoai (nay là xã Đạ Huoai) và thị trấn Cát Tiên.',
      findings: [{ actual: '05', expected: '4' }],
    },
    {
      text: 'Năm 2026 có 2 xã là xã Quảng Tín, xã Đắk Ru thuộc huyện Đắk R’lấp và xã Nghĩa Thắng đạt chuẩn nông thôn mới.',
      findings: [{ actual: '2', expected: '3' }],
    },
    // `trong đó:` may detail only some of the places, but never more distinct ones than counted.
    {
      text: 'Diện tích cà phê của 2 huyện trọng điểm đạt 52.300 ha. Trong đó: Tại huyện Di Linh đạt 21.000 ha; tại huyện Bảo Lâm đạt 18.100 ha; tại huyện Lâm Hà đạt 13.200 ha.',
      findings: [{ actual: '2', expected: '3' }],
    },
    {
      text: 'Trong quý đã tổ chức 03 hội nghị: Hội nghị sơ kết 6 tháng và Hội nghị tập huấn nghiệp vụ hộ tịch.',
      findings: [{ actual: '03', expected: '2' }],
    },
    {
      text: 'UBND huyện ban hành 02 kế hoạch gồm: Kế hoạch chuyển đổi số năm 2026, Kế hoạch cải cách hành chính; Kế hoạch phòng chống thiên tai.',
      findings: [{ actual: '02', expected: '3' }],
    },
    {
      text: 'Trong quý, Sở Tư pháp tập trung 04 nhiệm vụ trọng tâm:\n\n- rà soát văn bản quy phạm pháp luật;\n\n- kiểm tra công tác hộ tịch;\n\n- phổ biến pháp luật cho đồng bào vùng sâu.\n\n- Về công tác bồi thường nhà nước: chưa phát sinh.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      text: 'Trong quý, Sở đã kiểm tra 04 đơn vị, cụ thể:\n\n- Sở Y tế;\n\n- Sở Xây dựng;\n\n- Sở Tư pháp.\n\nCác đơn vị chấp hành tốt.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      text: 'Kế hoạch gồm 5 nội dung:\n\na) Xây dựng cơ sở dữ liệu hộ tịch;\n\nb) Kết nối liên thông;\n\n+ với cổng dịch vụ công quốc gia;\n\nc) Đào tạo nhân lực;\n\nd) Bảo đảm kinh phí.\n\nSở Tài chính chủ trì.',
      findings: [{ actual: '5', expected: '4' }],
    },
  ],
  silent: [
    // A body of members (`tổ`, `đoàn`, `ban` …): the list may name the bodies or their members.
    'Thành lập 02 tổ công tác liên ngành gồm: Công an tỉnh, Sở Tư pháp, Sở Y tế.',
    'Thành lập 01 đoàn kiểm tra gồm:\n\n- Đồng chí Nguyễn Văn An, Phó Giám đốc Sở, trưởng đoàn;\n\n- Đồng chí Trần Thị Bình, thành viên.\n\nĐoàn làm việc trong 05 ngày.',
    // A piece not opening with the noun may be another kind of item: the noun-opened ones no longer fix the count.
    'Sở đã ban hành 04 văn bản: văn bản hướng dẫn hộ tịch, văn bản đôn đốc chứng thực và Kế hoạch kiểm tra liên ngành.',
    // The head says why or where (`do`, `tại`): the items are causes or places, not the counted things.
    'Năm 2025 tiếp nhận 120 hồ sơ, trong đó có 03 hồ sơ trễ hạn do:\n\n- thiếu thành phần hồ sơ;\n\n- chậm xác minh nguồn gốc đất.\n\nSở đã chấn chỉnh.',
    // After a colon too: the list names where or for whom, not the counted things.
    'Tổ chức 02 đợt kiểm tra tại các xã: Đạ Oai, Mỹ Đức, Đạ Tẻh và thị trấn Cát Tiên.',
    'Đã cấp 05 giấy phép cho các doanh nghiệp: Công ty TNHH Minh Long, Công ty cổ phần Chè Cầu Đất.',
    // An item ending in a colon opens a list of its own: the levels cannot be told apart.
    'Đã triển khai 02 nhóm nhiệm vụ:\n\n- Nhóm thể chế:\n\n- ban hành quy chế;\n\n- sửa đổi quy định.\n\n- Nhóm hạ tầng.',
    // Items as sentences of their own may run on into the section's next points: no contradiction.
    'Ban Chỉ đạo giao 03 nhiệm vụ:\n\n- Công an tỉnh rà soát dữ liệu dân cư.\n\n- Sở Y tế cập nhật hồ sơ sức khỏe điện tử.\n\n- Về kinh phí: Sở Tài chính bố trí.\n\n- Về tiến độ: chậm so với kế hoạch.',
    // A run of items broken before its full stop is no closed enumeration.
    'Đoàn kiểm tra 04 đơn vị:\n\n- Sở Y tế;\n\n- Sở Xây dựng;\n\nKết quả kiểm tra cho thấy các đơn vị thực hiện tốt.',
    // A list that trails off without a closing `và` may go on.
    'Áp dụng đồng bộ 04 nhóm biện pháp: giáo dục, hành chính, hình sự...',
    // Quotations after a longer phrase may be titles the counted things earned.
    'Năm 2026 có 03 xã được công nhận danh hiệu “Xã văn hóa”, “Xã an toàn về an ninh trật tự”.',
    // Quotations followed by more items unquoted: the list goes on past them.
    'Nhân rộng 05 mô hình “Dân vận khéo”, “Camera an ninh” và các mô hình tự quản khác.',
    // Dash pairs that may be one compound, a route, a span of years: no list.
    'Kiện toàn 03 tổ chức chính trị - xã hội cấp xã trong quý.',
    'Ban hành 05 chỉ tiêu phát triển kinh tế - xã hội năm 2026.',
    'Hoàn thành 05 dự án phát triển kinh tế - văn hóa - xã hội vùng đồng bào.',
    'Khai thác 03 chuyến bay Hà Nội - Đà Lạt mỗi ngày.',
    'Thực hiện 04 chương trình giai đoạn 2021 - 2025 trên địa bàn.',
    // The count is of groups or of tasks: the list after the colon may name either.
    'Triển khai 03 nhóm giải pháp gồm 12 nhiệm vụ: tuyên truyền, kiểm tra, xử lý vi phạm.',
    'Tập trung 02 lĩnh vực với 5 nhiệm vụ: thể chế, hạ tầng, nhân lực.',
    // A piece neither a place of the counted level nor placing one: a nested list, no count fixed.
    'Đã công nhận 03 huyện gồm: huyện Lạc Dương có xã Đạ Sar, xã Đạ Nhim và huyện Đam Rông.',
    // `trong đó:` naming fewer places than counted details only some of them.
    'Diện tích cà phê của 4 huyện trọng điểm đạt 52.300 ha. Trong đó: Tại huyện Di Linh đạt 21.000 ha; tại huyện Bảo Lâm đạt 18.100 ha; tại huyện Lâm Hà đạt 13.200 ha.',
  ],
});
