import { describe, expect, it } from 'vitest';
import share from '../../../src/checks/rules/share.js';
import { check, tester } from '../tester.js';

/**
 * Issue 14 §2–§4: the grammar decides a share's whole before the arithmetic. A written denominator
 * (`A …/B`, `A … trên tổng số B`, `(a/b)` after the percentage) or the one candidate of the
 * sentence fixes it; then a one-digit edit is inconsistent, never unverifiable.
 */
tester.run('share', share, {
  consistent: [
    // a denominator with words between the parts
    'Trung tâm tiếp nhận, giải quyết 48.210 hồ sơ trực tuyến/51.300 tổng hồ sơ tiếp nhận, đạt tỷ lệ 93,98%.',
    'Đã cấp 7.315 phiếu lý lịch tư pháp trên tổng số 8.020 hồ sơ tiếp nhận từ các nguồn, đạt tỷ lệ 91,21%.',
    'Huyện đã vận động 1.312.400 tài khoản định danh /1.640.500 công dân từ đủ 14 tuổi, đạt 80%.',
    // the fraction after the percentage
    'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 88,42% (20.150/22.789 hồ sơ).',
    // the one candidate of the sentence
    'Toàn tỉnh có 1.640.500 tài khoản đăng ký, kích hoạt 1.312.400 tài khoản (đạt tỷ lệ 80%).',
    // a comma inside the counted noun does not hide the named denominator
    'Đã xây dựng 3.120 khu dân cư, tổ dân phố không ma túy trên tổng số 3.300 khu dân cư, tổ dân phố của tỉnh, chiếm 94,55%.',
    // a number inside the numerator's noun (`mức 1, 2`) is a label, not the numerator
    'Công an huyện đã kích hoạt 45.600 tài khoản định danh mức 1, 2 trên tổng số 57.000 hồ sơ đã thu nhận, đạt tỷ lệ 80%.',
  ],
  inconsistent: [
    {
      text: 'Trung tâm tiếp nhận, giải quyết 48.210 hồ sơ trực tuyến/51.300 tổng hồ sơ tiếp nhận, đạt tỷ lệ 94,98%.',
      findings: [{ actual: '94,98', expected: '93,98%', evidence: '51.300' }],
    },
    {
      text: 'Đã cấp 7.315 phiếu lý lịch tư pháp trên tổng số 8.020 hồ sơ tiếp nhận từ các nguồn, đạt tỷ lệ 92,21%.',
      findings: [{ expected: '91,21%', evidence: '8.020' }],
    },
    {
      text: 'Toàn tỉnh có 1.640.500 tài khoản đăng ký, kích hoạt 1.412.400 tài khoản (đạt tỷ lệ 80%).',
      findings: [{ evidence: '1.412.400' }],
    },
    { text: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 88,42% (21.150/22.789 hồ sơ).', findings: [{ evidence: '21.150' }] },
    {
      text: 'Công an huyện đã kích hoạt 46.600 tài khoản định danh mức 1, 2 trên tổng số 57.000 hồ sơ đã thu nhận, đạt tỷ lệ 80%.',
      findings: [{ expected: '82%', evidence: '46.600' }],
    },
    {
      text: 'Công an huyện đã kích hoạt 45.600 tài khoản định danh mức 1, 2 trên tổng số 58.000 hồ sơ đã thu nhận, đạt tỷ lệ 80%.',
      findings: [{ evidence: '58.000' }],
    },
    {
      text: 'Công an huyện đã kích hoạt 45.600 tài khoản định danh mức 1, 2 trên tổng số 57.000 hồ sơ đã thu nhận, đạt tỷ lệ 81%.',
      findings: [{ actual: '81', evidence: '57.000' }],
    },
  ],
  silent: [
    // a whole named but not stated: the nearby total is not it
    'Diện tích thu hoạch ngô đạt 2.400 ha, chiếm 35% diện tích gieo trồng, trong đó huyện Đức Trọng thu hoạch 800 ha, chiếm 40% diện tích gieo trồng.',
    // `trên tổng số hồ sơ đã giải quyết` is not the received total
    'Tiếp nhận 6.000 hồ sơ; số hồ sơ trễ hạn là 150 hồ sơ, chiếm 3,1% trên tổng số hồ sơ đã giải quyết.',
  ],
  unverifiable: [
    'Diện tích thu hoạch ngô đạt 2.400 ha, chiếm 35% diện tích gieo trồng, trong đó huyện Đức Trọng thu hoạch 800 ha, chiếm 40% diện tích gieo trồng.',
  ],
});

describe('share: wholes the grammar allows equally', () => {
  const text = 'Đã giao 1.850 nhiệm vụ, đã hoàn thành 1.200 nhiệm vụ (trong đó trễ hạn 90 nhiệm vụ, chiếm tỷ lệ {{x}}).';
  it('takes the one that fits and says so', () => {
    // 90 / 1.200 = 7,5 %; 90 / 1.850 = 4,86 %: either whole is allowed by the text.
    for (const x of ['7,5%', '4,86%']) {
      const found = check(text.replace('{{x}}', x), [share]);
      const ok = found.find((f) => f.status === 'consistent');
      expect(ok, found.map((f) => f.message.en).join('\n')).toBeDefined();
    }
  });
  it('is inconsistent when it fits neither', () => {
    const found = check(text.replace('{{x}}', '9,5%'), [share]);
    expect(found.filter((f) => f.status === 'inconsistent')).toHaveLength(1);
  });
});

describe('share: a written fraction decides its whole', () => {
  it('a comma inside the fraction noun does not detach the percentage', () => {
    const found = check('Đến nay đã có 1.730/2.050 cơ quan, tổ chức (đạt tỷ lệ 84,39%).', [share]);
    expect(found.map((f) => f.status)).toEqual(['consistent']);
    const edited = check('Đến nay đã có 1.730/2.050 cơ quan, tổ chức (đạt tỷ lệ 85,39%).', [share]);
    expect(edited.map((f) => f.status)).toEqual(['inconsistent']);
  });
  it('a fraction of an unnamed noun is still a fraction', () => {
    const found = check('Đã cập nhật 40.512/52.300 thông tin hộ gia đình vào phần mềm, đạt tỷ lệ 77,46%.', [share]);
    expect(found.map((f) => f.status)).toEqual(['consistent']);
  });
});

/**
 * A `trong đó:` list right after a total: each item's share is of that total, even when the first
 * item names its records otherwise (`dữ liệu` among `trường hợp`) and an item's noun holds a comma.
 * The parenthesis after a percentage may state both operands by their words.
 */
tester.run('share', share, {
  consistent: [
    // 2.415.300 / 3.108.900 = 77,69 %; 551.200 / 3.108.900 = 17,73 %; 142.400 / 3.108.900 = 4,58 %.
    'Đã đối soát 3.108.900 trường hợp; trong đó: 2.415.300 dữ liệu công dân có thông tin trùng khớp (chiếm tỷ lệ 77,69%), 551.200 trường hợp chưa có thông tin (chiếm tỷ lệ 17,73%); 142.400 trường hợp sai lệch cần rà soát, bổ sung (chiếm tỷ lệ 4,58%).',
    // 61.480 / 62.150 = 98,92 %: the part repeats the percentage's predicate, the whole opens the parenthesis.
    'Kết quả thu hồi tiền vi phạm đã thực hiện 98,92% (trong đó: số tiền kiến nghị thu hồi là 62.150 triệu đồng, số tiền đã thực hiện là 61.480 triệu đồng, số tiền chưa thực hiện là 670 triệu đồng).',
  ],
  inconsistent: [
    {
      text: 'Đã đối soát 3.108.900 trường hợp; trong đó: 2.415.300 dữ liệu công dân có thông tin trùng khớp (chiếm tỷ lệ 77,69%), 551.200 trường hợp chưa có thông tin (chiếm tỷ lệ 17,73%); 142.400 trường hợp sai lệch cần rà soát, bổ sung (chiếm tỷ lệ 5,58%).',
      findings: [{ actual: '5,58', evidence: '3.108.900' }],
    },
    {
      text: 'Đã đối soát 3.108.900 trường hợp; trong đó: 2.415.300 dữ liệu công dân có thông tin trùng khớp (chiếm tỷ lệ 76,69%), 551.200 trường hợp chưa có thông tin (chiếm tỷ lệ 17,73%).',
      findings: [{ actual: '76,69', evidence: '3.108.900' }],
    },
    {
      text: 'Kết quả thu hồi tiền vi phạm đã thực hiện 98,92% (trong đó: số tiền kiến nghị thu hồi là 62.150 triệu đồng, số tiền đã thực hiện là 60.480 triệu đồng, số tiền chưa thực hiện là 670 triệu đồng).',
      findings: [{ actual: '98,92', evidence: '60.480' }],
    },
  ],
  silent: [
    // A status after the comma opens a clause of its own: the share is not of the figure before.
    'Đã giải quyết 1.240 hồ sơ, đúng hạn (chiếm 97%).',
  ],
});

/**
 * A rate named by its qualifier (`tỷ lệ hồ sơ trực tuyến 88,64%`, `tỷ lệ khám bảo hiểm y tế chiếm
 * 85,61%`): the part is the one earlier figure of the sentence described by all of those words, its
 * whole the total its breakdown belongs to.
 */
tester.run('share', share, {
  consistent: [
    'Trong quý, Trung tâm tiếp nhận 2.615 hồ sơ (trực tuyến 2.318 hồ sơ, trực tiếp 297 hồ sơ), tỷ lệ hồ sơ trực tuyến 88,64%; đã giải quyết 2.570 hồ sơ.',
    'Tổng số lượt khám bệnh là 1.204.530 lượt (khám bảo hiểm y tế 1.031.200 lượt, khám dịch vụ 173.330 lượt), tăng 4,1% so với cùng kỳ; tỷ lệ khám bảo hiểm y tế chiếm 85,61%.',
  ],
  inconsistent: [
    {
      text: 'Trong quý, Trung tâm tiếp nhận 2.615 hồ sơ (trực tuyến 2.318 hồ sơ, trực tiếp 297 hồ sơ), tỷ lệ hồ sơ trực tuyến 86,84%; đã giải quyết 2.570 hồ sơ.',
      findings: [{ actual: '86,84', evidence: '2.615' }],
    },
  ],
  silent: [
    // Two figures fit the rate's name: no part is chosen.
    'Tiếp nhận 900 hồ sơ trực tuyến và giải quyết 850 hồ sơ trực tuyến, tỷ lệ hồ sơ trực tuyến 94%.',
  ],
});

/**
 * A whole named before the part (`trong số vụ việc đã kết thúc có 29 …, chiếm X%`): the earlier figure
 * described by those words, never the sentence's received total; a named whole not stated leaves the
 * share unverifiable.
 */
tester.run('share', share, {
  consistent: [
    'Trung tâm thụ lý 186 vụ việc, trong đó đã kết thúc 141 vụ việc, đang thực hiện 45 vụ việc; trong số vụ việc đã kết thúc có 29 vụ việc tham gia tố tụng, chiếm 20,57%.',
  ],
  inconsistent: [
    {
      // 29 / 186 = 15,59 % would fit the received total, but the text names the closed cases.
      text: 'Trung tâm thụ lý 186 vụ việc, trong đó đã kết thúc 141 vụ việc, đang thực hiện 45 vụ việc; trong số vụ việc đã kết thúc có 29 vụ việc tham gia tố tụng, chiếm 15,59%.',
      findings: [{ actual: '15,59', evidence: '141' }],
    },
  ],
  unverifiable: ['Trung tâm thụ lý 186 vụ việc; trong số vụ việc được hòa giải thành có 29 vụ việc, chiếm 20,57%.'],
});

/**
 * The whole the percentage names, stated in another paragraph under the same words: taken only when
 * the arithmetic meets (another paragraph's figure may describe another whole), never asserted.
 */
tester.run('share', share, {
  consistent: [
    'Dân số trung bình toàn tỉnh năm 2025 là 1.512.300 người; lực lượng lao động trong độ tuổi 812.400 người.\n\nSố người tham gia bảo hiểm xã hội đạt 205.630 người, chiếm 25,31% lực lượng lao động trong độ tuổi.',
  ],
  inconsistent: [],
  unverifiable: [
    'Dân số trung bình toàn tỉnh năm 2025 là 1.512.300 người; lực lượng lao động trong độ tuổi 812.400 người.\n\nSố người tham gia bảo hiểm thất nghiệp đạt 180.000 người, chiếm 31,5% lực lượng lao động trong độ tuổi.',
    // Named, stated nowhere: the nearby figure is not it.
    'Diện tích lúa thu hoạch đạt 1.200 ha.\n\nDiện tích lúa chất lượng cao 840 ha, chiếm 21% diện tích lúa cả nước.',
  ],
});

/** A parenthesis listing a total's parts right after its clause (its own change between): shares of the total. */
const retail = (x: string): string =>
  `Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 98.450,2 tỷ đồng, tăng 8,1% so với cùng kỳ (bán lẻ hàng hóa 74.120,5 tỷ đồng, chiếm 75,29%; dịch vụ lưu trú, ăn uống 12.906,8 tỷ đồng, chiếm ${x}; dịch vụ khác 11.422,9 tỷ đồng).`;
tester.run('share', share, {
  consistent: [retail('13,11%')],
  inconsistent: [{ text: retail('11,31%'), findings: [{ actual: '11,31', evidence: '98.450,2' }] }],
});

/** A rate of a kind (`đạt tỷ lệ bao phủ X% dân số trung bình`) is a share of the whole named after it. */
const coverage = (x: string): string =>
  `Dân số trung bình toàn tỉnh năm 2025 là 1.512.300 người; lực lượng lao động trong độ tuổi 812.400 người.\n\nSố người tham gia bảo hiểm y tế 1.440.210 người, đạt tỷ lệ bao phủ ${x} dân số trung bình.`;
tester.run('share', share, {
  consistent: [coverage('95,23%')],
  inconsistent: [],
  unverifiable: [coverage('92,53%')],
});

tester.run('share', share, {
  consistent: [],
  inconsistent: [],
  silent: [
    // The part is counted like a figure before the list (`vụ`): the list's owner (`đối tượng`) is not its whole.
    'Phát hiện 120 vụ, 200 đối tượng; trong đó: 80 vụ mua bán trái phép chất ma túy (chiếm tỷ lệ 66,67%), 150 đối tượng (chiếm tỷ lệ 75%).',
  ],
});

// The parenthesis restates the plan and its parts: a share inside is of the plan, not of the actual before it.
const restatedPlan = (x: string): string =>
  `Giải ngân đạt 500 tỷ đồng, bằng 80% kế hoạch (kế hoạch 625 tỷ đồng; trong đó vốn ngân sách tỉnh 300 tỷ đồng, chiếm ${x}).`;
tester.run('share', share, {
  consistent: [restatedPlan('48%')],
  inconsistent: [{ text: restatedPlan('60%'), findings: [{ actual: '60', evidence: '625' }] }],
});

describe('share: a fraction whose numerator exceeds its denominator', () => {
  // The extractor leaves `27/26` ambiguous, yet the percentage right after it is of that fraction.
  it('is inconsistent with the share stated after it', () => {
    for (const text of [
      'Năm 2026, huyện đã hoàn thành 27/26 chỉ tiêu được giao (đạt 100%).',
      'Cấp xã có 215/210 đơn vị đã kết nối phần mềm quản lý văn bản (đạt 100%).',
    ]) {
      const found = check(text, [share]);
      expect(
        found.map((f) => f.status),
        text,
      ).toEqual(['inconsistent']);
    }
  });
  it('an ordinary full fraction stays consistent', () => {
    expect(check('Cấp xã có 210/210 đơn vị đã kết nối phần mềm quản lý văn bản (đạt 100%).', [share]).map((f) => f.status)).toEqual([
      'consistent',
    ]);
  });
  it('an increase written as two levels is no share', () => {
    // `(32/26)` after an amount of change compared with an earlier period: this period over the earlier one.
    const found = check('So với cùng kỳ năm 2025 tăng 6 vụ (32/26), tăng 23,08%.', [share]);
    expect(found.filter((f) => f.status === 'inconsistent')).toHaveLength(0);
  });
});

/** A bare count after a colon leaves its noun to the label; the label names the noun of the figure before it. */
tester.run('share', share, {
  consistent: [
    // 41.280 / 51.600 = 80 %.
    'Sở đã rà soát 51.600 hồ sơ đất đai của các xã (chủ yếu là hồ sơ cũ) qua đó số hồ sơ đã được số hóa: 41.280, đạt 80%.',
  ],
  inconsistent: [
    {
      text: 'Sở đã rà soát 51.600 hồ sơ đất đai của các xã (chủ yếu là hồ sơ cũ) qua đó số hồ sơ đã được số hóa: 42.280, đạt 80%.',
      findings: [{ evidence: '42.280' }],
    },
    {
      text: 'Sở đã rà soát 52.600 hồ sơ đất đai của các xã (chủ yếu là hồ sơ cũ) qua đó số hồ sơ đã được số hóa: 41.280, đạt 80%.',
      findings: [{ evidence: '52.600' }],
    },
  ],
  silent: [
    // the label names another noun: the figure before is not the whole
    'Sở đã rà soát 51.600 hồ sơ đất đai của các xã, điểm đánh giá trung bình: 42.280, đạt 80%.',
  ],
});

describe('share: a bare count after a colon with two figures of its noun before it', () => {
  it('does not take the nearer one as decided', () => {
    // 25 / 1.000 = 2,5 %; 25 / 900 = 2,78 %: the nearer figure is not the one whole the grammar fixes.
    const found = check('Đã tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ, số hồ sơ trễ hạn: 25, chiếm 2,5%.', [share]);
    expect(found.filter((f) => f.status === 'inconsistent')).toHaveLength(0);
  });
});
