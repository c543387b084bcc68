import change from '../../../src/checks/rules/change.js';
import { tester } from '../tester.js';

/**
 * An amount of change, then the comparison words, then both levels in a parenthesis:
 * `giảm 9 vụ so với cùng kỳ (45/54)` — this period over the earlier one.
 */
tester.run('change', change, {
  consistent: [
    'Toàn huyện xảy ra 27 vụ cháy, giảm 6 vụ so với cùng kỳ (27/33).',
    'Lực lượng chức năng bắt giữ 95 đối tượng, tăng 14 đối tượng so với cùng kỳ năm trước (95/81).',
    'Phát hiện 212 trường hợp vi phạm, tăng 40 trường hợp so với cùng kỳ năm 2024 (212/172).',
  ],
  inconsistent: [
    { text: 'Toàn huyện xảy ra 27 vụ cháy, giảm 8 vụ so với cùng kỳ (27/33).', findings: [{ actual: '8' }] },
    { text: 'Phát hiện 212 trường hợp vi phạm, tăng 40 trường hợp so với cùng kỳ năm 2024 (212/182).', findings: [{ actual: '40' }] },
  ],
  silent: [
    // Other words than the comparison between the amount and the fraction: not the two levels.
    'Xử lý 60 vụ, giảm 5 vụ so với cùng kỳ, trong đó đã khởi tố một số vụ (12/60).',
  ],
});
