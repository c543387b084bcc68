import change from '../../../src/checks/rules/change.js';
import { tester } from '../tester.js';

/** Issue 14 §2: a change stated as an amount and a percentage; the earlier figure is current − amount. */
tester.run('change', change, {
  consistent: [
    'Lực lượng chức năng phát hiện 2.460 vụ (so với cùng kỳ tăng 260 vụ, tương ứng 11,82%).',
    'Số người tử vong do tai nạn giao thông là 480 người, giảm 60 người, tương ứng 11,11%.',
    'Bắt giữ 5.210 đối tượng, tăng 610 đối tượng (tăng 13,26%) so với cùng kỳ.',
  ],
  inconsistent: [
    {
      text: 'Lực lượng chức năng phát hiện 2.460 vụ (so với cùng kỳ tăng 260 vụ, tương ứng 12,82%).',
      findings: [{ expected: '11,82%', evidence: '2.460' }],
    },
    { text: 'Số người tử vong do tai nạn giao thông là 480 người, giảm 70 người, tương ứng 11,11%.', findings: [{ evidence: '70' }] },
  ],
  silent: [
    // a percentage of another measure after the amount is not its restatement
    'Phát hiện 2.460 vụ, tăng 260 vụ; tỷ lệ điều tra làm rõ đạt 91,5%.',
  ],
});
