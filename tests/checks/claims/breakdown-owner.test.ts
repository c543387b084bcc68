import partWhole from '../../../src/checks/rules/part-whole.js';
import sum from '../../../src/checks/rules/sum.js';
import { tester } from '../tester.js';

/**
 * Issue 14 §4: `trong đó` belongs to the total it qualifies, not to the nearest figure. A change
 * amount (`tăng 410 ha so với cùng kỳ`) is not the whole of levels; changes of mixed sign bound
 * nothing; parts alternating between two measures belong to the total of their own measure.
 */
tester.run('sum', sum, {
  consistent: [
    'Diện tích nuôi tôm toàn tỉnh ước đạt 9.620 ha, tăng 410 ha so với cùng kỳ, trong đó: nuôi thâm canh đạt 6.100 ha; nuôi quảng canh đạt 3.520 ha.',
    'Vốn năm nay ước thực hiện 2.410,5 tỷ đồng, giải ngân ước đạt 1.980,2 tỷ đồng, trong đó: nguồn ngân sách tỉnh, khối lượng thực hiện ước đạt 1.500,5 tỷ đồng, giải ngân ước đạt 1.300 tỷ đồng; nguồn trung ương, khối lượng thực hiện ước đạt 910 tỷ đồng, giải ngân ước đạt 680,2 tỷ đồng.',
  ],
  inconsistent: [
    {
      // `trong đó` promises a subset: the parts may not exceed the level they belong to.
      text: 'Diện tích nuôi tôm toàn tỉnh ước đạt 9.620 ha, tăng 410 ha so với cùng kỳ, trong đó: nuôi thâm canh đạt 6.100 ha; nuôi quảng canh đạt 4.020 ha.',
      findings: [{ evidence: '9.620' }],
    },
    {
      text: 'Vốn năm nay ước thực hiện 2.410,5 tỷ đồng, giải ngân ước đạt 1.980,2 tỷ đồng, trong đó: nguồn ngân sách tỉnh, khối lượng thực hiện ước đạt 1.500,5 tỷ đồng, giải ngân ước đạt 1.400 tỷ đồng; nguồn trung ương, khối lượng thực hiện ước đạt 910 tỷ đồng, giải ngân ước đạt 680,2 tỷ đồng.',
      findings: [{ evidence: '1.400' }],
    },
  ],
  silent: [
    'Sản lượng cà phê cả năm đạt khoảng 210 nghìn tấn, tăng gần 12 nghìn tấn so với năm trước, trong đó vùng Di Linh tăng 15 nghìn tấn, vùng Bảo Lộc giảm khoảng 4 nghìn tấn.',
  ],
});

tester.run('part-whole', partWhole, {
  consistent: ['Diện tích nuôi tôm toàn tỉnh ước đạt 9.620 ha, tăng 410 ha so với cùng kỳ, trong đó: nuôi thâm canh đạt 6.100 ha.'],
  inconsistent: [],
  silent: [
    'Sản lượng cà phê cả năm đạt khoảng 210 nghìn tấn, tăng gần 12 nghìn tấn so với năm trước, trong đó vùng Di Linh tăng 15 nghìn tấn, vùng Bảo Lộc giảm khoảng 4 nghìn tấn.',
  ],
});

/** A `trong đó` list whose parts carry a complete set of labels (levels, organisations/persons) splits its whole. */
tester.run('sum', sum, {
  consistent: [
    'Tổng số thủ tục hành chính đang áp dụng là 1.530 thủ tục (trong đó, cấp tỉnh 1.210 thủ tục, cấp xã 320 thủ tục).',
    'Đã cấp 6.240 chứng thư số, trong đó có 1.040 chứng thư tổ chức, 5.200 chứng thư cá nhân.',
  ],
  inconsistent: [
    {
      text: 'Tổng số thủ tục hành chính đang áp dụng là 1.530 thủ tục (trong đó, cấp tỉnh 1.210 thủ tục, cấp xã 330 thủ tục).',
      findings: [{ evidence: '330' }],
    },
    { text: 'Đã cấp 6.240 chứng thư số, trong đó có 1.040 chứng thư tổ chức, 5.100 chứng thư cá nhân.', findings: [{ evidence: '5.100' }] },
  ],
  silent: [
    // one level named: a part, not the split
    'Tổng số thủ tục hành chính đang áp dụng là 1.530 thủ tục, trong đó cấp tỉnh 1.210 thủ tục.',
  ],
});

/** Parts right after a figure, in its unit, carrying a complete label set split it without a cue. */
tester.run('sum', sum, {
  consistent: [
    'Giá trị giải ngân 6 tháng ước đạt 1.540,5 tỷ đồng, bằng 48,2% kế hoạch, vốn trong nước đạt 1.200,3 tỷ đồng, vốn ngoài nước đạt 340,2 tỷ đồng.',
  ],
  inconsistent: [
    {
      text: 'Giá trị giải ngân 6 tháng ước đạt 1.540,5 tỷ đồng, bằng 48,2% kế hoạch, vốn trong nước đạt 1.210,3 tỷ đồng, vốn ngoài nước đạt 340,2 tỷ đồng.',
      findings: [{ evidence: '1.210,3' }],
    },
  ],
  silent: [
    // two separate measures, no complete set of labels: nothing is claimed
    'Giá trị giải ngân ước đạt 1.540,5 tỷ đồng, vốn trong nước đạt 1.200,3 tỷ đồng, vốn vay đạt 40,2 tỷ đồng.',
  ],
});

/** A sentence splitting work by status, its total in the sentence before. */
tester.run('sum', sum, {
  consistent: [
    'Ban Chỉ đạo triển khai 28 mô hình chuyển đổi số. Đến nay đã hoàn thành 19 mô hình, 7 mô hình đang triển khai, 2 mô hình đang chờ kinh phí.',
  ],
  inconsistent: [
    {
      text: 'Ban Chỉ đạo triển khai 28 mô hình chuyển đổi số. Đến nay đã hoàn thành 19 mô hình, 8 mô hình đang triển khai, 2 mô hình đang chờ kinh phí.',
      findings: [{ evidence: '28' }],
    },
  ],
  silent: [
    // two figures before: which one is split is not said
    'Năm 2024 có 28 mô hình, năm 2025 có 31 mô hình. Đến nay đã hoàn thành 19 mô hình, 7 mô hình đang triển khai.',
  ],
});

/** A fraction split into fractions in the parenthesis after its share: the numerators add up. */
tester.run('sum', sum, {
  consistent: ['Đã kiểm tra 36/110 cơ quan, đơn vị, đạt tỷ lệ 32,7% (6/18 sở, ngành và 30/92 xã, phường).'],
  inconsistent: [
    {
      text: 'Đã kiểm tra 36/110 cơ quan, đơn vị, đạt tỷ lệ 32,7% (6/18 sở, ngành và 31/92 xã, phường).',
      findings: [{ evidence: '31/92' }],
    },
  ],
  silent: [
    // `trong đó` inside the parenthesis: a subset, not the split
    'Đã kiểm tra 36/110 cơ quan, đơn vị (trong đó 6/18 sở, ngành).',
  ],
});
