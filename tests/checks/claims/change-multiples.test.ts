import change from '../../../src/checks/rules/change.js';
import share from '../../../src/checks/rules/share.js';
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

/**
 * A multiple: `gấp 2,5 lần so với cùng kỳ (cùng kỳ 120 tỷ đồng)` is current / earlier rounded to its
 * shown decimals; an integer multiple is loose (`gấp 2 lần` for 1,5 to 2,5) unless `đúng`; `tăng gấp
 * N lần` read as ×(N + 1) is a loose usage the grammar does not rule out.
 */
tester.run('change', change, {
  consistent: [
    'Tổng thu ngân sách trên địa bàn huyện đạt 318 tỷ đồng, gấp 2,5 lần so với cùng kỳ (cùng kỳ 127 tỷ đồng).',
    'Kim ngạch xuất khẩu hàng dệt may đạt 74 triệu USD, bằng 1,8 lần cùng kỳ năm trước (41 triệu USD).',
    'Số doanh nghiệp thành lập mới là 460 doanh nghiệp, gấp 2 lần so với cùng kỳ năm 2024 (205 doanh nghiệp).',
    'Số vụ vi phạm bị phát hiện là 96 vụ, tăng gấp 3 lần so với cùng kỳ (32 vụ).',
    'Sản lượng thủy sản nuôi trồng đạt 1.260 tấn, gấp đúng 3 lần so với cùng kỳ (420 tấn).',
  ],
  inconsistent: [
    {
      text: 'Tổng thu ngân sách trên địa bàn huyện đạt 318 tỷ đồng, gấp 2,8 lần so với cùng kỳ (cùng kỳ 127 tỷ đồng).',
      findings: [{ actual: '2,8', expected: '2,5' }],
    },
    {
      text: 'Kim ngạch xuất khẩu hàng dệt may đạt 74 triệu USD, bằng 1,5 lần cùng kỳ năm trước (41 triệu USD).',
      findings: [{ actual: '1,5' }],
    },
    // 460 / 150 = 3,07: no rounding of 2 reaches it.
    {
      text: 'Số doanh nghiệp thành lập mới là 460 doanh nghiệp, gấp 2 lần so với cùng kỳ năm 2024 (150 doanh nghiệp).',
      findings: [{ actual: '2' }],
    },
    // `đúng` makes the multiple exact: 1.300 / 420 is not 3.
    { text: 'Sản lượng thủy sản nuôi trồng đạt 1.300 tấn, gấp đúng 3 lần so với cùng kỳ (420 tấn).', findings: [{ actual: '3' }] },
    // Neither ×3 nor ×4: 200 / 32 = 6,25.
    { text: 'Số vụ vi phạm bị phát hiện là 200 vụ, tăng gấp 3 lần so với cùng kỳ (32 vụ).', findings: [{ actual: '3' }] },
  ],
  silent: [
    // `lần` counting occurrences, and `gấp rút`: no multiple.
    'Đoàn đã thực hiện 03 lần kiểm tra tại 12 xã, gấp rút hoàn thiện 5 hồ sơ trong năm 2025.',
  ],
  unverifiable: [
    // 128 / 32 = 4: `tăng gấp 3 lần` may be meant as ×4.
    'Số vụ vi phạm bị phát hiện là 128 vụ, tăng gấp 3 lần so với cùng kỳ (32 vụ).',
    // The earlier figure is not stated.
    'Diện tích rừng trồng mới là 2.140 ha, gấp 1,6 lần so với cùng kỳ năm trước.',
  ],
});

/** A multiple is no quantity of its own: it is neither a part nor a whole of a share. */
tester.run('share', share, {
  consistent: ['Đoàn đã tổ chức 12 lần kiểm tra, trong đó 3 lần kiểm tra đột xuất, chiếm 25%.'],
  inconsistent: [{ text: 'Đoàn đã tổ chức 12 lần kiểm tra, trong đó 4 lần kiểm tra đột xuất, chiếm 25%.', findings: [{ actual: '25' }] }],
  silent: [
    'Các thị trường có giá trị nhập khẩu tăng mạnh là Lào (gấp 2,1 lần), Campuchia (gấp 2,4 lần), Thái Lan (27,5%), Hàn Quốc (11,3%).',
  ],
});
