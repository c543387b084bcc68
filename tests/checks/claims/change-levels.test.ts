import change from '../../../src/checks/rules/change.js';
import difference from '../../../src/checks/rules/difference.js';
import { tester } from '../tester.js';

/**
 * An amount of change with both levels written beside it: `giảm 356 vụ (766/1122)` (this period
 * over the earlier one) and `tăng 200 đ/kg, từ 4.200 đ/kg lên 4.400 đ/kg`; a change heading a list
 * of labelled items holds for each of them.
 */
tester.run('change', change, {
  consistent: [
    'Toàn tỉnh phát hiện 512 vụ, 930 đối tượng, so với cùng kỳ năm 2024 giảm 148 vụ (512/660).',
    'Khởi tố mới 488 vụ, 802 bị can, tăng 37 vụ (488/451) so với năm 2024.',
    'Xử lý hành chính 14 vụ, 29 đối tượng, so với cùng kỳ giảm 9 vụ (14/23).',
  ],
  inconsistent: [
    { text: 'Toàn tỉnh phát hiện 512 vụ, 930 đối tượng, so với cùng kỳ năm 2024 giảm 184 vụ (512/660).', findings: [{ actual: '184' }] },
    { text: 'Khởi tố mới 488 vụ, 802 bị can, tăng 37 vụ (488/415) so với năm 2024.', findings: [{ actual: '37', evidence: '488/415' }] },
    // The text's own current figure is not the parenthesis' numerator.
    { text: 'Xử lý hành chính 15 vụ, 29 đối tượng, so với cùng kỳ giảm 9 vụ (14/23).', findings: [{ actual: '9', evidence: '15 vụ' }] },
  ],
  silent: [
    // No earlier period named: the fraction may be a share, nothing is said of a change.
    'Đã xử lý 148 vụ (512/660) trong năm.',
  ],
});

tester.run('difference', difference, {
  consistent: [
    'Tại An Giang, giá lúa IR50404 tăng 150 đ/kg, từ 5.350 đ/kg lên 5.500 đ/kg.',
    'Giá cà phê nhân xô giảm 1.500 đ/kg, từ 98.500 đ/kg xuống còn 97.000 đ/kg.',
    // The change heads two labelled items.
    'Giá thu mua của công ty tăng 300 đ/kg, loại ST25 từ 8.200 đ/kg lên 8.500 đ/kg; loại OM 18 từ 6.900 đ/kg lên 7.200 đ/kg.',
  ],
  inconsistent: [
    {
      text: 'Tại An Giang, giá lúa IR50404 tăng 150 đ/kg, từ 5.350 đ/kg lên 5.550 đ/kg.',
      findings: [{ actual: '150', evidence: '5.550' }],
    },
    {
      text: 'Giá thu mua của công ty tăng 300 đ/kg, loại ST25 từ 8.200 đ/kg lên 8.600 đ/kg; loại OM 18 từ 6.900 đ/kg lên 7.200 đ/kg.',
      findings: [{ actual: '300', evidence: '8.600' }],
    },
  ],
  silent: [
    // A sibling item without the label is no item of the change: its own rise is not checked against it.
    'Giá lúa tẻ giảm 200 đ/kg, từ 5.100 đ/kg xuống còn 4.900 đ/kg; lúa nếp từ 7.500 đ/kg xuống còn 7.100 đ/kg.',
  ],
});

/** A gap in percentage points between the rate before it and the one rate of the parenthesis after. */
tester.run('difference', difference, {
  consistent: [
    'Số người tham gia bảo hiểm y tế 1.624.318 người, đạt tỷ lệ bao phủ 93,46% dân số, vượt 0,66 điểm phần trăm so với chỉ tiêu giao (92,8%).',
    'Tỷ lệ giải ngân đạt 52,4% kế hoạch, cao hơn cùng kỳ 3,1 điểm phần trăm (cùng kỳ năm 2025 đạt 49,3% kế hoạch).',
    'Tỷ lệ hộ nghèo còn 2,14%, thấp hơn chỉ tiêu 0,36 điểm phần trăm (chỉ tiêu 2,5%).',
  ],
  inconsistent: [
    {
      text: 'Tỷ lệ giải ngân đạt 52,4% kế hoạch, cao hơn cùng kỳ 1,3 điểm phần trăm (cùng kỳ năm 2025 đạt 49,3% kế hoạch).',
      findings: [{ actual: '1,3', evidence: '49,3%' }],
    },
    {
      text: 'Số người tham gia bảo hiểm y tế 1.624.318 người, đạt tỷ lệ bao phủ 93,46% dân số, vượt 0,56 điểm phần trăm so với chỉ tiêu giao (92,8%).',
      findings: [{ actual: '0,56', evidence: '92,8%' }],
    },
  ],
});

/** Both levels and the amount are exact counts: a one-off amount is wrong, not truncated. */
tester.run('change', change, {
  consistent: ['Xử lý vi phạm hành chính 14 vụ so với cùng kỳ năm 2025 giảm 27 vụ (14/41).'],
  inconsistent: [
    { text: 'Xử lý vi phạm hành chính 14 vụ so với cùng kỳ năm 2025 giảm 27 vụ (14/42).', findings: [{ actual: '27' }] },
    { text: 'Xử lý vi phạm hành chính 14 vụ so với cùng kỳ năm 2025 giảm 28 vụ (14/41).', findings: [{ actual: '28' }] },
  ],
});
