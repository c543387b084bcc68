import sum from '../../../src/checks/rules/sum.js';
import { tester } from '../tester.js';

tester.run('sum', sum, {
  consistent: [
    'Về tiến độ nhiệm vụ UBND tỉnh giao: 06 tháng đầu năm đã giao 2.307 nhiệm vụ cho các ngành và địa phương, đã hoàn thành 1.367 nhiệm vụ (trong đó trễ hạn 298 nhiệm vụ, chiếm tỷ lệ 12,92%), đang thực hiện 940 nhiệm vụ.',
    'Từ đầu năm đến ngày 23/6/2022, tỉnh được giao 45 nhiệm vụ, đã thực hiện hoàn thành 14 nhiệm vụ (10 đúng hạn, 04 trễ hạn); đang triển khai thực hiện 31 nhiệm vụ trong hạn.',
    'Kết quả, đã giải quyết 30.329 hồ sơ, trong đó, trước hạn 13.071 hồ sơ, đúng hạn 15.866 hồ sơ, trễ hạn 1.392 hồ sơ.',
    'Thực hiện Kế hoạch số 17/KH-UBND còn 04 đề án trễ hạn: Sở Văn hóa và Thể thao (01), Sở Xây dựng (01), Sở Kế hoạch và Đầu tư (02).',
    'Các cấp đã tiếp nhận 642 đơn, gồm: khiếu nại 218 đơn, tố cáo 47 đơn, kiến nghị, phản ánh 377 đơn; đã giải quyết 551 đơn thuộc thẩm quyền.',
    'Năm 2023, Sở Tư pháp tiếp nhận 1.250 hồ sơ lý lịch tư pháp, đã giải quyết 1.180 hồ sơ, đang giải quyết 70 hồ sơ.',
    'Kế hoạch vốn đầu tư công năm 2024 được giao 7.936,4 tỷ đồng, gồm vốn ngân sách địa phương 5.427,1 tỷ đồng và vốn ngân sách trung ương 2.509,3 tỷ đồng.',
    'Tổng số lượt khám bệnh trong tháng 268.430 lượt, trong đó khám bảo hiểm y tế 231.602 lượt, khám không có bảo hiểm y tế 36.828 lượt.',
    'Kế hoạch cải cách hành chính năm 2023 có 42 nhiệm vụ; đến nay đã hoàn thành 31 nhiệm vụ, đang thực hiện 11 nhiệm vụ.',
    'Tổng chi ngân sách địa phương 10 tháng ước 12.870,3 tỷ đồng. Trong đó:\n\n- Chi đầu tư phát triển 5.214,7 tỷ đồng, đạt 62,74% dự toán.\n\n- Chi thường xuyên 7.618,4 tỷ đồng, đạt 76,04% dự toán.',
    // A status named in the label before a colon (`chưa thực hiện: N`).
    'Giá trị kiến nghị xử lý về kinh tế là 8.245.000.000 đồng, giá trị đã thực hiện là 7.905.000.000 đồng, giá trị chưa thực hiện: 340.000.000 đồng.',
    // Hand-made and industrial salt exhaust the salt output: `trong đó` lists every part.
    'Sản lượng muối cả năm đạt 820.400 tấn, trong đó muối thủ công đạt 512.300 tấn, muối công nghiệp đạt 308.100 tấn.',
    // A parenthesis of counts, each with its own noun, right after a count: the count's sub-kinds.
    'Sở Thông tin và Truyền thông đã lắp đặt 186 điểm cầu trực tuyến (93 ủy ban nhân dân phường, xã và 93 đảng ủy phường, xã) trong quý III.',
    // Nouns the lexicon does not know (`USB Token`, `SIM ký số`): whole numbers counting them.
    'Năm 2024 cấp mới 4.730 chứng thư số cá nhân (3.915 USB Token, 815 SIM ký số).',
    // Labels before the figures, with or without a colon.
    'Huyện đã kết nối 46 điểm cầu (Đảng ủy xã: 23; Ủy ban nhân dân xã: 23).',
    // Labels first under `trong đó`, bare figures.
    'Tổng số người làm việc tại Ban Quản lý là 27 người, trong đó: viên chức 19; lao động hợp đồng 06.',
    // `;` items under `trong đó`, a decision number and a date inside an item are no parts.
    'Biên chế của Trung tâm có 41 người, trong đó: 36 viên chức; 02 lao động theo Quyết định số 215/QĐ-UBND ngày 12/3/2021 của UBND huyện; 03 hợp đồng khoán việc.',
  ],
  inconsistent: [
    {
      text: 'Về tiến độ nhiệm vụ UBND tỉnh giao: 06 tháng đầu năm đã giao 2.307 nhiệm vụ cho các ngành và địa phương, đã hoàn thành 1.367 nhiệm vụ, đang thực hiện 904 nhiệm vụ.',
      findings: [{ actual: '2.307', expected: '2.271', evidence: '904' }],
    },
    {
      text: 'Thực hiện Nghị quyết 01/NQ-CP, 06 tháng đầu năm đã hoàn thành đúng và trước hạn 04/12 đề án/nhiệm vụ, đang thực hiện 10 đề án/nhiệm vụ, trong đó có 04 đề án trễ hạn.',
      findings: [{ actual: '12', expected: '14', evidence: '10 đề án' }],
    },
    {
      text: 'Các cấp đã tiếp nhận 642 đơn, gồm: khiếu nại 218 đơn, tố cáo 47 đơn, kiến nghị, phản ánh 386 đơn; đã giải quyết 551 đơn thuộc thẩm quyền.',
      findings: [{ actual: '642', expected: '651', evidence: '386 đơn' }],
    },
    {
      text: 'Sở đã tham mưu UBND tỉnh ban hành 17 văn bản, gồm: 04 quyết định, 09 công văn và 03 báo cáo.',
      findings: [{ actual: '17', expected: '16' }],
    },
    {
      text: 'Vẫn còn 1.392 hồ sơ trễ hạn, trong đó: Sở Nông nghiệp và Phát triển nông thôn 782 hồ sơ, Sở Công Thương 204 hồ sơ, Sở Giao thông vận tải 149 hồ sơ, Sở Tư pháp 131 hồ sơ, Sở Tài nguyên và Môi trường 110 hồ sơ, Sở Xây dựng 41 hồ sơ, Công an tỉnh 29 hồ sơ.',
      findings: [{ actual: '1.392', expected: '1.446', evidence: '782 hồ sơ' }],
    },
    {
      text: 'Tổng số lượt khám bệnh trong tháng 268.430 lượt, trong đó khám bảo hiểm y tế 231.602 lượt, khám không có bảo hiểm y tế 36.282 lượt.',
      findings: [{ actual: '268.430', evidence: '36.282' }],
    },
    {
      text: 'Giá trị kiến nghị xử lý về kinh tế là 8.245.000.000 đồng, giá trị đã thực hiện là 7.905.000.000 đồng, giá trị chưa thực hiện: 430.000.000 đồng.',
      findings: [{ actual: '8.245.000.000', evidence: '430.000.000' }],
    },
    {
      text: 'Sản lượng thủy sản quý III ước đạt 2.310 nghìn tấn; trong đó: nuôi trồng 1.240 nghìn tấn, khai thác 1.170 nghìn tấn.',
      findings: [{ actual: '2.310', expected: '2.410' }],
    },
    {
      // Sub-kinds in the parenthesis of a count must add up to it: a wrong part …
      text: 'Sở Thông tin và Truyền thông đã lắp đặt 186 điểm cầu trực tuyến (93 ủy ban nhân dân phường, xã và 95 đảng ủy phường, xã) trong quý III.',
      findings: [{ actual: '186', expected: '188', evidence: '95' }],
    },
    {
      // … or a wrong total, with the parts written in nouns the lexicon does not know.
      text: 'Năm 2024 cấp mới 4.780 chứng thư số cá nhân (3.915 USB Token, 815 SIM ký số).',
      findings: [{ actual: '4.780', expected: '4.730' }],
    },
    {
      // A partition cue may open the list; the labels may come first.
      text: 'Trong kỳ đã cấp 1.350 thiết bị ký số (gồm 1.120 USB Token và 220 SIM PKI).',
      findings: [{ actual: '1.350', expected: '1.340' }],
    },
    {
      text: 'Trong kỳ đã cấp 1.350 thiết bị ký số (USB Token 1.120, SIM PKI 240).',
      findings: [{ actual: '1.350', expected: '1.360' }],
    },
    {
      text: 'Tổng số người làm việc tại Ban Quản lý là 27 người, trong đó: viên chức 22; lao động hợp đồng 06.',
      findings: [{ actual: '27', evidence: '22' }],
    },
    {
      // Disjoint sub-kinds under `trong đó` may stop short of the whole, never exceed it.
      text: 'Biên chế của Trung tâm có 41 người, trong đó: 37 viên chức; 02 lao động theo Quyết định số 215/QĐ-UBND ngày 12/3/2021 của UBND huyện; 03 hợp đồng khoán việc.',
      findings: [{ actual: '41', evidence: '37' }],
    },
    {
      // A fraction split into fractions of its groups: the denominators add up too.
      text: 'Năm 2024 thanh tra công vụ tại 27/96 cơ quan, đơn vị, đạt 28,1% (5/18 sở, ban, ngành và 22/79 UBND cấp xã).',
      findings: [{ actual: '96', expected: '97', evidence: '22/79' }],
    },
    // Grades of one verb (đạt và vượt / ước đạt / khó đạt) sort the whole by one scale.
    {
      text: 'Trong 26 chỉ tiêu chủ yếu năm 2026 do HĐND huyện giao, đến nay có 15 chỉ tiêu đạt và vượt kế hoạch, 07 chỉ tiêu ước đạt vào cuối năm, 05 chỉ tiêu khó đạt.',
      findings: [{ actual: '26' }],
    },
    // Groups sorted by one classification (`loại`, `nhóm`) cannot overlap: their sum is bounded.
    {
      text: 'Toàn huyện có 21 xã, trong đó: xã loại I 9 xã; xã loại II 8 xã; xã loại III 6 xã.',
      findings: [{ evidence: '21 xã' }],
    },
    // Lines set out under a labelled figure, the last one the rest (`do lý do khác: N`), are its classes.
    {
      text: '- Số người đang ở ngoài xã hội: 92.\n\n+ Số đang chờ quyết định đưa đi cai nghiện: 35.\n\n+ Số đang điều trị bằng thuốc thay thế: 61.\n\n+ Số đang ở ngoài xã hội do lý do khác: 4.',
      findings: [{ actual: '92', expected: '100' }],
    },
  ],
  silent: [
    // Qualifiers are no sub-kinds: online and late files overlap.
    'Bộ phận một cửa tiếp nhận 640 hồ sơ (410 trực tuyến, 260 trễ hạn).',
    // Attributes of people overlap (women, party members).
    'Huyện đã bồi dưỡng 150 cán bộ (85 nữ, 90 đảng viên).',
    'Đơn vị có 64 người, trong đó 40 đảng viên; 30 đoàn viên.',
    // The people and vehicles of the cases are not kinds of case.
    'Công an tỉnh phát hiện 31 vụ (52 đối tượng, 17 xe mô tô).',
    'Công an tỉnh phát hiện 31 vụ, trong đó 52 đối tượng, 17 xe mô tô.',
    // Eggs are counted in `quả` beside meat in `tấn`: no part of the tonnage.
    'Sản lượng thịt hơi xuất chuồng đạt 84.300 tấn (81.200 tấn thịt lợn, 415 triệu quả trứng).',
    // A plan beside the figure is no kind of it.
    'Năm nay mở 42 lớp bồi dưỡng (kế hoạch 45, đã mở 42).',
    // Parts of other months are no sub-kinds.
    'Trung tâm nhận 2.400 hồ sơ (1.300 hồ sơ tháng 7, 1.250 hồ sơ tháng 8).',
    // A parenthesis past a comma is not attached to the count.
    'Toàn tỉnh có 75 điểm cầu, đã nâng cấp hệ thống (40 đảng ủy xã, 40 ủy ban nhân dân xã).',
    // Overlapping categories under `trong đó` promise nothing about their sum.
    'Đào tạo nghề cho 21.540 người, trong đó lao động nữ 12.300 người, lao động dân tộc thiểu số 10.100 người.',
    // `như:` introduces examples, not a breakdown.
    'Trong 9 tháng tiếp nhận 3.856 hồ sơ; hồ sơ trễ hạn tập trung ở một số đơn vị như: Sở Xây dựng 12 hồ sơ, Sở Tài chính 9 hồ sơ.',
    // Growth rates of the components are not parts of the total.
    'Tổng sản phẩm trên địa bàn ước 33.271 tỷ đồng, tăng 4,42% cùng kỳ. Trong đó, khu vực công nghiệp và xây dựng tăng 8,99%; khu vực dịch vụ tăng 6,15%.',
  ],
  unverifiable: [
    // Groups of the whole's own kind told apart by descriptions may overlap: a sum over the whole proves nothing.
    'Toàn tỉnh có 24 xã, trong đó: xã biên giới 15 xã; xã vùng cao 20 xã.',
    'Bộ phận một cửa tiếp nhận 120 hồ sơ, trong đó: 80 hồ sơ trực tuyến; 70 hồ sơ giải quyết đúng hạn.',
    // The same verb with no grade names criteria, which may overlap.
    'Huyện có 30 xã, trong đó: 18 xã đạt chuẩn nông thôn mới, 16 xã đạt chuẩn văn hóa.',
  ],
});
