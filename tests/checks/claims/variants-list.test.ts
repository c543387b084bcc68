import difference from '../../../src/checks/rules/difference.js';
import listCount from '../../../src/checks/rules/list-count.js';
import { tester } from '../tester.js';

/**
 * Own variants of list counts and differences as agencies other than the ones of our gold write
 * them: other nouns, numbers, word orders, cues and line shapes, counts written in words. Each
 * consistent sentence has a twin with one figure changed that must come out inconsistent.
 */
tester.run('list-count', listCount, {
  consistent: [
    // counts written in words
    'Công tác phòng, chống ma túy bảo đảm cả ba tiêu chí “giảm cung”, “giảm cầu”, “giảm tác hại”.',
    'Sở Y tế tập trung hai nhiệm vụ: tiêm chủng mở rộng; phòng, chống dịch sốt xuất huyết.',
    'Bảo hiểm xã hội tỉnh rà soát bốn nhóm đối tượng: hưu trí, ốm đau, thai sản, tai nạn lao động.',
    'Thanh tra tỉnh tiến hành năm cuộc thanh tra: Sở Xây dựng; Sở Tài chính; Sở Công Thương; Ban Quản lý dự án; UBND huyện Đức Linh.',
    'Ngành giáo dục triển khai ba cấp học: mầm non – tiểu học – trung học cơ sở.',
    'Cục Thuế đã phối hợp với cả ba cơ quan (Kho bạc Nhà nước tỉnh, Sở Tài chính, Công an tỉnh) để đôn đốc thu nợ.',
    // counts in digits with other cues, nouns and agencies
    'Sở Lao động - Thương binh và Xã hội đã kiểm tra 06 doanh nghiệp, gồm: Công ty TNHH Hòa Bình; Công ty CP May Sông Hồng; Công ty TNHH Phú Gia; Công ty CP Gỗ Trường Thành; Công ty TNHH Tân Phú; Công ty CP Dệt Nam Định.',
    'Kho bạc Nhà nước tỉnh thực hiện 3 nhóm thủ tục: kiểm soát chi – thanh toán – quyết toán.',
    'Cục Thống kê hoàn thành 4 cuộc điều tra (điều tra lao động việc làm, điều tra doanh nghiệp, điều tra giá, điều tra nông thôn).',
    'UBND xã giao 2 tổ dân phố thực hiện chỉnh trang đô thị là tổ dân phố Tân An và tổ dân phố Phú Hòa.',
    'Công an tỉnh triển khai 03 đợt cao điểm: đợt Tết Nguyên đán, đợt mùa hè, đợt cuối năm.',
    'Sở Nông nghiệp và Môi trường tập trung chỉ đạo 05 loại cây trồng chủ lực “cà phê, hồ tiêu, sầu riêng, điều, lúa”.',
    'Xã triển khai mô hình “Tổ tự quản 3 trong 1: An ninh – Môi trường – Vệ sinh” tại 12 thôn.',
    // an ordinal in words (`thứ hai`) is no count; the digits after it are
    'Ngày thứ hai của đợt kiểm tra, đoàn làm việc với 3 đơn vị: Sở Y tế, Sở Tư pháp, Sở Xây dựng.',
    'Hai nhiệm vụ chưa hoàn thành là nhiệm vụ xây dựng cơ sở dữ liệu ngành và nhiệm vụ số hóa hồ sơ lưu trữ.',
    'Kho bạc Nhà nước tỉnh đã kiểm soát chi cho 3 nhóm đơn vị (đơn vị hành chính; đơn vị sự nghiệp; Ban quản lý dự án).',
    'Cục Thuế triển khai 02 nội dung trọng tâm, gồm: (1) chống thất thu thuế thương mại điện tử; (2) hoàn thuế giá trị gia tăng.',
    'Có 03 bệnh viện tuyến tỉnh chưa kết nối liên thông, gồm Bệnh viện Đa khoa tỉnh, Bệnh viện Y học cổ truyền và Bệnh viện Phổi.',
    'Công an tỉnh phát động hai phong trào: “Toàn dân bảo vệ an ninh Tổ quốc” và “Vì an ninh Tổ quốc”.',
    'Sở Tài chính đã ban hành 03 văn bản hướng dẫn, cụ thể: hướng dẫn lập dự toán; hướng dẫn quyết toán; hướng dẫn tự chủ tài chính.',
    'Huyện có 02 xã đạt chuẩn nông thôn mới nâng cao (bao gồm: xã Tân Hà, xã Đạ Đờn).',
    'Cục Thống kê phối hợp với cả bốn sở: Sở Tài chính, Sở Công Thương, Sở Xây dựng, Sở Y tế.',
    'Kết quả thực hiện ba nhiệm vụ trọng tâm:\n\n- Nhiệm vụ chuyển đổi số;\n\n- Nhiệm vụ cải cách hành chính;\n\n- Nhiệm vụ thu ngân sách.',
    // items one a line
    'Sở Giáo dục và Đào tạo đã tổ chức 3 hội thi:\n\n- Hội thi giáo viên dạy giỏi cấp tỉnh;\n\n- Hội thi giáo viên chủ nhiệm lớp giỏi;\n\n- Hội thi khoa học kỹ thuật dành cho học sinh trung học.',
    'Bảo hiểm xã hội tỉnh đề ra 04 giải pháp trọng tâm:\n\na) Đẩy mạnh tuyên truyền chính sách bảo hiểm xã hội tự nguyện;\n\nb) Phối hợp thu hồi nợ đọng;\n\nc) Mở rộng thanh toán không dùng tiền mặt;\n\nd) Cải cách thủ tục hành chính.',
  ],
  inconsistent: [
    {
      text: 'Công tác phòng, chống ma túy bảo đảm cả bốn tiêu chí “giảm cung”, “giảm cầu”, “giảm tác hại”.',
      findings: [{ actual: 'bốn', expected: '3' }],
    },
    {
      text: 'Sở Y tế tập trung ba nhiệm vụ: tiêm chủng mở rộng; phòng, chống dịch sốt xuất huyết.',
      findings: [{ actual: 'ba', expected: '2' }],
    },
    {
      text: 'Bảo hiểm xã hội tỉnh rà soát năm nhóm đối tượng: hưu trí, ốm đau, thai sản, tai nạn lao động.',
      findings: [{ actual: 'năm', expected: '4' }],
    },
    {
      text: 'Thanh tra tỉnh tiến hành sáu cuộc thanh tra: Sở Xây dựng; Sở Tài chính; Sở Công Thương; Ban Quản lý dự án; UBND huyện Đức Linh.',
      findings: [{ actual: 'sáu', expected: '5' }],
    },
    { text: 'Ngành giáo dục triển khai bốn cấp học: mầm non – tiểu học – trung học cơ sở.', findings: [{ actual: 'bốn', expected: '3' }] },
    {
      text: 'Cục Thuế đã phối hợp với cả hai cơ quan (Kho bạc Nhà nước tỉnh, Sở Tài chính, Công an tỉnh) để đôn đốc thu nợ.',
      findings: [{ actual: 'hai', expected: '3' }],
    },
    {
      text: 'Sở Lao động - Thương binh và Xã hội đã kiểm tra 07 doanh nghiệp, gồm: Công ty TNHH Hòa Bình; Công ty CP May Sông Hồng; Công ty TNHH Phú Gia; Công ty CP Gỗ Trường Thành; Công ty TNHH Tân Phú; Công ty CP Dệt Nam Định.',
      findings: [{ actual: '07', expected: '6' }],
    },
    {
      text: 'Kho bạc Nhà nước tỉnh thực hiện 4 nhóm thủ tục: kiểm soát chi – thanh toán – quyết toán.',
      findings: [{ actual: '4', expected: '3' }],
    },
    {
      text: 'Kho bạc Nhà nước tỉnh đã kiểm soát chi cho 4 nhóm đơn vị (đơn vị hành chính; đơn vị sự nghiệp; Ban quản lý dự án).',
      findings: [{ actual: '4', expected: '3' }],
    },
    {
      text: 'Cục Thuế triển khai 03 nội dung trọng tâm, gồm: (1) chống thất thu thuế thương mại điện tử; (2) hoàn thuế giá trị gia tăng.',
      findings: [{ actual: '03', expected: '2' }],
    },
    {
      text: 'Có 04 bệnh viện tuyến tỉnh chưa kết nối liên thông, gồm Bệnh viện Đa khoa tỉnh, Bệnh viện Y học cổ truyền và Bệnh viện Phổi.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      text: 'Công an tỉnh phát động bốn phong trào: “Toàn dân bảo vệ an ninh Tổ quốc” và “Vì an ninh Tổ quốc”.',
      findings: [{ actual: 'bốn', expected: '2' }],
    },
    {
      text: 'Sở Tài chính đã ban hành 04 văn bản hướng dẫn, cụ thể: hướng dẫn lập dự toán; hướng dẫn quyết toán; hướng dẫn tự chủ tài chính.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      text: 'Huyện có 03 xã đạt chuẩn nông thôn mới nâng cao (bao gồm: xã Tân Hà, xã Đạ Đờn).',
      findings: [{ actual: '03', expected: '2' }],
    },
    {
      text: 'Cục Thống kê phối hợp với cả sáu sở: Sở Tài chính, Sở Công Thương, Sở Xây dựng, Sở Y tế.',
      findings: [{ actual: 'sáu', expected: '4' }],
    },
    {
      text: 'Kết quả thực hiện bốn nhiệm vụ trọng tâm:\n\n- Nhiệm vụ chuyển đổi số;\n\n- Nhiệm vụ cải cách hành chính;\n\n- Nhiệm vụ thu ngân sách.',
      findings: [{ actual: 'bốn', expected: '3' }],
    },
    {
      text: 'Ba nhiệm vụ chưa hoàn thành là nhiệm vụ xây dựng cơ sở dữ liệu ngành và nhiệm vụ số hóa hồ sơ lưu trữ.',
      findings: [{ actual: 'Ba', expected: '2' }],
    },
    {
      text: 'UBND xã giao 3 tổ dân phố thực hiện chỉnh trang đô thị là tổ dân phố Tân An và tổ dân phố Phú Hòa.',
      findings: [{ actual: '3', expected: '2' }],
    },
    {
      text: 'Công an tỉnh triển khai 04 đợt cao điểm: đợt Tết Nguyên đán, đợt mùa hè, đợt cuối năm.',
      findings: [{ actual: '04', expected: '3' }],
    },
    {
      text: 'Sở Nông nghiệp và Môi trường tập trung chỉ đạo 06 loại cây trồng chủ lực “cà phê, hồ tiêu, sầu riêng, điều, lúa”.',
      findings: [{ actual: '06', expected: '5' }],
    },
    {
      text: 'Xã triển khai mô hình “Tổ tự quản 4 trong 1: An ninh – Môi trường – Vệ sinh” tại 12 thôn.',
      findings: [{ actual: '4', expected: '3' }],
    },
    {
      text: 'Sở Giáo dục và Đào tạo đã tổ chức 4 hội thi:\n\n- Hội thi giáo viên dạy giỏi cấp tỉnh;\n\n- Hội thi giáo viên chủ nhiệm lớp giỏi;\n\n- Hội thi khoa học kỹ thuật dành cho học sinh trung học.',
      findings: [{ actual: '4', expected: '3' }],
    },
    {
      text: 'Bảo hiểm xã hội tỉnh đề ra 05 giải pháp trọng tâm:\n\na) Đẩy mạnh tuyên truyền chính sách bảo hiểm xã hội tự nguyện;\n\nb) Phối hợp thu hồi nợ đọng;\n\nc) Mở rộng thanh toán không dùng tiền mặt;\n\nd) Cải cách thủ tục hành chính.',
      findings: [{ actual: '05', expected: '4' }],
    },
  ],
  silent: [
    // words that are no counts: `một số`, ordinals, months, years, durations, compounds
    'Một số đơn vị chưa hoàn thành: Sở Y tế, Sở Xây dựng và Sở Tư pháp.',
    'Trong năm đơn vị đã giải quyết các hồ sơ: cấp mới, cấp đổi, cấp lại.',
    'Kế hoạch thực hiện trong ba năm: 2024, 2025 và 2026.',
    'Tổng cộng có hai mươi ba nhiệm vụ: đã hoàn thành, đang thực hiện.',
    'Tháng ba đơn vị tổ chức kiểm tra tại các xã: Phú Hội, Phú Sơn.',
    // lower-case phrases at commas in a parenthesis may hold commas themselves: they only confirm
    'Cục Thống kê hoàn thành 5 cuộc điều tra (điều tra lao động việc làm, điều tra doanh nghiệp, điều tra giá, điều tra nông thôn).',
    // `ba`, `năm`, `chín` before a word the lexicon does not know: no count (`ba mẹ`, `năm học`)
    'Ba mẹ học sinh được mời dự họp: Trường Kim Đồng, Trường Lê Lợi.',
    // `cả năm` may be the whole year: `năm` after `cả` is no count
    'Cục Thống kê phối hợp với cả năm sở: Sở Tài chính, Sở Công Thương, Sở Xây dựng, Sở Y tế.',
    // `3 trong 1` without a list of its functions
    'Xã duy trì mô hình “3 trong 1” tại 12 thôn, đạt kết quả tốt.',
  ],
});

tester.run('difference', difference, {
  consistent: [
    'Sở Tài chính thẩm định dự toán 58,6 tỷ đồng; giá trị được duyệt 55,1 tỷ đồng, thấp hơn giá trị đề nghị 3,5 tỷ đồng (giá trị đề nghị 58,6 tỷ đồng).',
    'Giá gạo xuất khẩu tăng 15 USD/tấn, từ 520 USD/tấn lên 535 USD/tấn.',
    'Giá phân bón urê giảm 1.200 đồng/kg, từ 13.500 đồng/kg xuống còn 12.300 đồng/kg.',
    'Tổng giá trị trúng thầu 1.215,4 tỷ đồng, tiết kiệm 84,6 tỷ đồng so với giá gói thầu (giá gói thầu 1.300 tỷ đồng).',
    'Số hộ nghèo giảm 312 hộ, từ 2.140 hộ xuống còn 1.828 hộ.',
    'Số lao động được giải quyết việc làm tăng từ 12.400 người lên 13.150 người, tăng 750 người.',
    'Năm học 2025-2026 tuyển sinh được 1.250 học viên, nhiều hơn kế hoạch 50 học viên (kế hoạch 1.200 học viên).',
    'Trường Cao đẳng Y tế tuyển sinh được 1.150 học viên, ít hơn kế hoạch 50 học viên (kế hoạch 1.200 học viên).',
    'Thu ngân sách huyện đạt 412,5 tỷ đồng, vượt dự toán 12,5 tỷ đồng (dự toán 400 tỷ đồng).',
    'Dư nợ tín dụng chính sách giảm từ 4.250 tỷ đồng xuống còn 4.100 tỷ đồng, giảm 150 tỷ đồng.',
    'Số thu bảo hiểm y tế đạt 320 tỷ đồng, vượt 20 tỷ đồng so với dự toán (dự toán 300 tỷ đồng).',
    'Kim ngạch xuất khẩu đạt 1.520 triệu USD, thấp hơn 80 triệu USD so với kế hoạch (1.600 triệu USD).',
    'Tỷ lệ hộ nghèo giảm từ 3,12% xuống còn 2,45%, giảm 0,67 điểm phần trăm.',
    'Diện tích gieo trồng tăng 1.250 ha, từ 45.300 ha lên 46.550 ha.',
  ],
  inconsistent: [
    {
      text: 'Sở Tài chính thẩm định dự toán 58,6 tỷ đồng; giá trị được duyệt 55,1 tỷ đồng, thấp hơn giá trị đề nghị 4,5 tỷ đồng (giá trị đề nghị 58,6 tỷ đồng).',
      findings: [{ actual: '4,5', expected: '3,5' }],
    },
    { text: 'Giá gạo xuất khẩu tăng 25 USD/tấn, từ 520 USD/tấn lên 535 USD/tấn.', findings: [{ actual: '25', expected: '15' }] },
    {
      text: 'Giá phân bón urê giảm 1.300 đồng/kg, từ 13.500 đồng/kg xuống còn 12.300 đồng/kg.',
      findings: [{ actual: '1.300', expected: '1.200' }],
    },
    {
      text: 'Tổng giá trị trúng thầu 1.215,4 tỷ đồng, tiết kiệm 48,6 tỷ đồng so với giá gói thầu (giá gói thầu 1.300 tỷ đồng).',
      findings: [{ actual: '48,6', expected: '84,6' }],
    },
    { text: 'Số hộ nghèo giảm 321 hộ, từ 2.140 hộ xuống còn 1.828 hộ.', findings: [{ actual: '321', expected: '312' }] },
    {
      text: 'Số lao động được giải quyết việc làm tăng từ 12.400 người lên 13.150 người, tăng 570 người.',
      findings: [{ actual: '570', expected: '750' }],
    },
    {
      text: 'Năm học 2025-2026 tuyển sinh được 1.250 học viên, nhiều hơn kế hoạch 40 học viên (kế hoạch 1.200 học viên).',
      findings: [{ actual: '40', expected: '50' }],
    },
    {
      text: 'Trường Cao đẳng Y tế tuyển sinh được 1.150 học viên, ít hơn kế hoạch 60 học viên (kế hoạch 1.200 học viên).',
      findings: [{ actual: '60', expected: '50' }],
    },
    {
      text: 'Thu ngân sách huyện đạt 412,5 tỷ đồng, vượt dự toán 21,5 tỷ đồng (dự toán 400 tỷ đồng).',
      findings: [{ actual: '21,5', expected: '12,5' }],
    },
    {
      text: 'Dư nợ tín dụng chính sách giảm từ 4.250 tỷ đồng xuống còn 4.100 tỷ đồng, giảm 250 tỷ đồng.',
      findings: [{ actual: '250', expected: '150' }],
    },
    {
      text: 'Số thu bảo hiểm y tế đạt 320 tỷ đồng, vượt 25 tỷ đồng so với dự toán (dự toán 300 tỷ đồng).',
      findings: [{ actual: '25', expected: '20' }],
    },
    {
      text: 'Kim ngạch xuất khẩu đạt 1.520 triệu USD, thấp hơn 60 triệu USD so với kế hoạch (1.600 triệu USD).',
      findings: [{ actual: '60', expected: '80' }],
    },
    {
      text: 'Tỷ lệ hộ nghèo giảm từ 3,12% xuống còn 2,45%, giảm 0,76 điểm phần trăm.',
      findings: [{ actual: '0,76', expected: '0,67' }],
    },
    { text: 'Diện tích gieo trồng tăng 1.520 ha, từ 45.300 ha lên 46.550 ha.', findings: [{ actual: '1.520', expected: '1.250' }] },
  ],
  silent: [
    // a change against the same period: the difference rule leaves it to the change rule
    'Thanh tra tỉnh tiếp nhận 126 đơn, ít hơn cùng kỳ 16 đơn.',
    // a gap with no base named or written: nothing to compare it with
    'Doanh thu đạt 95 tỷ đồng, cao hơn 10 tỷ đồng.',
    // two rates before a change of another measure are no levels of it
    'Tỷ lệ bao phủ đạt 92,5%, tỷ lệ khám đạt 80,1%, giảm 1,2 tỷ đồng chi phí.',
  ],
});
