import attainment from '../../../src/checks/rules/attainment.js';
import change from '../../../src/checks/rules/change.js';
import { tester } from '../tester.js';

/**
 * The earlier figure written beside the comparison in words the cue lexicon does not list: after
 * `so với năm 2024`, `so với năm học trước`, `so với vụ Đông Xuân năm trước` in a parenthesis, or in a
 * parenthesis after the subject (`(cùng kỳ 2.492 doanh nghiệp), tăng 14,2%`). A subject whose own
 * breakdown stands in parentheses before the predicate is still the subject.
 */
tester.run('change', change, {
  consistent: [
    // 2.104.530 / 1.968.200 − 1 = 6,93 %.
    'Số lượt khám chữa bệnh đạt 2.104.530 lượt, tăng 6,93% so với năm 2024 (1.968.200 lượt).',
    // 97,4 − 101,9 = −4,5.
    'Diện tích lúa Thu Đông đạt 97,4 nghìn ha, giảm 4,5 nghìn ha so với vụ Thu Đông năm trước (101,9 nghìn ha).',
    // 612.480 / 598.330 − 1 = 2,36 %.
    'Toàn tỉnh có 612.480 học sinh phổ thông, tăng 2,36% so với năm học trước (598.330 học sinh).',
    // 1.905 / 1.712 − 1 = 11,27 %.
    'Trong kỳ có 1.905 hợp tác xã thành lập mới (cùng kỳ 1.712 hợp tác xã), tăng 11,27% so với cùng kỳ.',
  ],
  inconsistent: [
    {
      text: 'Số lượt khám chữa bệnh đạt 2.104.530 lượt, tăng 9,63% so với năm 2024 (1.968.200 lượt).',
      findings: [{ actual: '9,63', evidence: '1.968.200' }],
    },
    {
      text: 'Diện tích lúa Thu Đông đạt 97,4 nghìn ha, giảm 5,4 nghìn ha so với vụ Thu Đông năm trước (101,9 nghìn ha).',
      findings: [{ actual: '5,4', evidence: '101,9' }],
    },
    {
      text: 'Trong kỳ có 1.905 hợp tác xã thành lập mới (cùng kỳ 1.712 hợp tác xã), tăng 12,27% so với cùng kỳ.',
      findings: [{ actual: '12,27', evidence: '1.712' }],
    },
  ],
  silent: [
    // A plan, not an earlier period: no change is claimed against the parenthesis.
    'Doanh thu đạt 520 tỷ đồng, tăng 4% so với kế hoạch năm 2025 (500 tỷ đồng).',
  ],
});

tester.run('attainment', attainment, {
  consistent: [
    // 19.842,6 / 27.300 = 72,68 %: the breakdown in parentheses sits between the figure and its predicate.
    'Lũy kế 9 tháng, tổng thu ngân sách đạt 19.842,6 tỷ đồng (thu nội địa 17.020,1 tỷ đồng; thu xuất nhập khẩu 2.822,5 tỷ đồng), bằng 72,68% dự toán (dự toán 27.300 tỷ đồng).',
  ],
  inconsistent: [
    {
      text: 'Lũy kế 9 tháng, tổng thu ngân sách đạt 19.842,6 tỷ đồng (thu nội địa 17.020,1 tỷ đồng; thu xuất nhập khẩu 2.822,5 tỷ đồng), bằng 76,28% dự toán (dự toán 27.300 tỷ đồng).',
      findings: [{ actual: '76,28', evidence: '27.300' }],
    },
  ],
});

/** `cùng kì` is `cùng kỳ` in another spelling: a cue of the lexicon, not a special case of the finder. */
tester.run('change', change, {
  consistent: [
    // 1.260 / 1.200 − 1 = 5 %.
    'Sản lượng chè búp tươi đạt 1.260 tấn (cùng kì năm trước 1.200 tấn), tăng 5% so với cùng kì năm trước.',
    // 2.160 / 2.000 − 1 = 8 %.
    'Sản lượng cà phê nhân đạt 2.160 tấn, tăng 8% so với cùng kì (cùng kì 2.000 tấn).',
  ],
  inconsistent: [
    { text: 'Sản lượng cà phê nhân đạt 2.160 tấn, tăng 9% so với cùng kì (cùng kì 2.000 tấn).', findings: [{ actual: '9' }] },
    {
      text: 'Sản lượng chè búp tươi đạt 1.360 tấn (cùng kì năm trước 1.200 tấn), tăng 5% so với cùng kì năm trước.',
      findings: [{ evidence: '1.360' }],
    },
  ],
});

/** A series of indices separated by `;` names its comparison once, after its last item. */
tester.run('change', change, {
  consistent: [
    // 98,3 / 100 = 98,3 %; 16,6 / 16,8 = 98,8 %.
    'Đến ngày 15/10, diện tích gieo trồng ngô đạt 98,3 nghìn ha (cùng kỳ 100 nghìn ha), bằng 98,3%; khoai lang đạt 16,6 nghìn ha (cùng kỳ 16,8 nghìn ha), bằng 98,8% cùng kỳ.',
    // 41,2 / 40 = 103 %; 12 / 15 = 80 %.
    'Tháng 9, sản lượng cá tra đạt 41,2 nghìn tấn (cùng kỳ 40 nghìn tấn), bằng 103%; tôm nước lợ đạt 12 nghìn tấn (cùng kỳ 15 nghìn tấn), bằng 80% so với cùng kỳ năm trước.',
  ],
  inconsistent: [
    {
      text: 'Đến ngày 15/10, diện tích gieo trồng ngô đạt 98,3 nghìn ha (cùng kỳ 100 nghìn ha), bằng 97,3%; khoai lang đạt 16,6 nghìn ha (cùng kỳ 16,8 nghìn ha), bằng 98,8% cùng kỳ.',
      findings: [{ actual: '97,3' }],
    },
    {
      text: 'Tháng 9, sản lượng cá tra đạt 41,2 nghìn tấn (cùng kỳ 40 nghìn tấn), bằng 105%; tôm nước lợ đạt 12 nghìn tấn (cùng kỳ 15 nghìn tấn), bằng 80% so với cùng kỳ năm trước.',
      findings: [{ actual: '105' }],
    },
  ],
  silent: [
    // the series ends with a plan, not an earlier period: no change is read into it
    'Đến ngày 15/10, diện tích gieo trồng ngô đạt 98,3 nghìn ha (kế hoạch 100 nghìn ha), bằng 97,3%; khoai lang đạt 16,6 nghìn ha, bằng 98,8% kế hoạch.',
  ],
});
