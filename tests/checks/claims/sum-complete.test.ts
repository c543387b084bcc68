import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/**
 * When the parts under `trong đó` are all the parts (issue 14 §2): a complete label set, two sets in
 * one list, a count of groups the whole names, work still going on (`tiếp tục triển khai`) beside
 * done work. Then a changed total is flagged, not only a part that grows past it. Our own sentences.
 */
const sums = (text: string): Finding[] => check(text, rules).filter((f) => f.rule === 'sum' || f.rule === 'part-whole');
const flagged = (found: readonly Finding[]): Finding[] => found.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const show = (found: readonly Finding[]): string => found.map((f) => `${f.rule} ${f.status}: ${f.message.en}`).join('\n');

const cases: Array<{ name: string; good: string; bad: string; total: string }> = [
  {
    name: 'two complete label sets in one list',
    good: 'Toàn tỉnh có 5.240 chứng thư số đang hoạt động, trong đó có 830 chứng thư tổ chức, 4.410 chứng thư cá nhân, với 2.100 chứng thư thuộc các đơn vị cấp tỉnh và 3.140 chứng thư ở cấp xã.',
    bad: 'Toàn tỉnh có 5.240 chứng thư số đang hoạt động, trong đó có 830 chứng thư tổ chức, 4.410 chứng thư cá nhân, với 2.100 chứng thư thuộc các đơn vị cấp tỉnh và 3.410 chứng thư ở cấp xã.',
    total: '5.240',
  },
  {
    name: 'a whole that counts its groups',
    good: 'Kinh phí hỗ trợ 4 xã biên giới năm 2024 là 2.250 triệu đồng, trong đó xã A 800 triệu đồng, xã B 650 triệu đồng, xã C 500 triệu đồng, xã D 300 triệu đồng.',
    bad: 'Kinh phí hỗ trợ 4 xã biên giới năm 2024 là 2.350 triệu đồng, trong đó xã A 800 triệu đồng, xã B 650 triệu đồng, xã C 500 triệu đồng, xã D 300 triệu đồng.',
    total: '2.350',
  },
  {
    name: 'farming, forestry and fishery',
    good: 'Giá trị sản xuất nông, lâm nghiệp và thủy sản 6 tháng đạt 312,4 nghìn tỷ đồng, tăng 3,1%, trong đó: nông nghiệp đạt 220,1 nghìn tỷ đồng, tăng 2,2%; lâm nghiệp đạt 12,5 nghìn tỷ đồng, tăng 5,8%; thủy sản đạt 79,8 nghìn tỷ đồng, tăng 5,0%.',
    bad: 'Giá trị sản xuất nông, lâm nghiệp và thủy sản 6 tháng đạt 322,4 nghìn tỷ đồng, tăng 3,1%, trong đó: nông nghiệp đạt 220,1 nghìn tỷ đồng, tăng 2,2%; lâm nghiệp đạt 12,5 nghìn tỷ đồng, tăng 5,8%; thủy sản đạt 79,8 nghìn tỷ đồng, tăng 5,0%.',
    total: '322,4',
  },
  {
    name: 'sea and inland catch',
    good: 'Sản lượng khai thác thủy sản quý I ước đạt 812 ngàn tấn, trong đó khai thác biển đạt 760 ngàn tấn, khai thác nội địa đạt 52 ngàn tấn.',
    bad: 'Sản lượng khai thác thủy sản quý I ước đạt 822 ngàn tấn, trong đó khai thác biển đạt 760 ngàn tấn, khai thác nội địa đạt 52 ngàn tấn.',
    total: '822',
  },
  {
    name: 'two shrimp species',
    good: 'Diện tích nuôi tôm nước lợ đạt 720 ngàn ha, tăng 1,5% (trong đó: tôm sú 610 ngàn ha, tôm thẻ chân trắng 110 ngàn ha).',
    bad: 'Diện tích nuôi tôm nước lợ đạt 730 ngàn ha, tăng 1,5% (trong đó: tôm sú 610 ngàn ha, tôm thẻ chân trắng 110 ngàn ha).',
    total: '730',
  },
  {
    name: 'done work and work still going on',
    good: 'Năm 2025, địa phương được giao 12 nhiệm vụ, đã hoàn thành 06 nhiệm vụ, tiếp tục triển khai 06 nhiệm vụ.',
    bad: 'Năm 2025, địa phương được giao 15 nhiệm vụ, đã hoàn thành 08 nhiệm vụ, tiếp tục triển khai 06 nhiệm vụ.',
    total: '15',
  },
  {
    name: 'done, under way and not started',
    good: 'Về tiến độ 15 công trình trọng điểm: 08 công trình đã hoàn thành, 05 công trình đang thi công và 02 công trình chưa khởi công.',
    bad: 'Về tiến độ 15 công trình trọng điểm: 08 công trình đã hoàn thành, 05 công trình đang thi công và 03 công trình chưa khởi công.',
    total: '15',
  },
];

describe('complete breakdowns under "trong đó"', () => {
  for (const c of cases) {
    it(`${c.name}: the parts add up`, () => {
      const found = sums(c.good);
      expect(flagged(found), show(found)).toEqual([]);
      expect(
        found.some((f) => f.rule === 'sum' && f.status === 'consistent'),
        show(found),
      ).toBe(true);
    });
    it(`${c.name}: a changed total is flagged`, () => {
      const found = flagged(sums(c.bad));
      expect(
        found.map((f) => f.actual),
        show(found),
      ).toEqual([c.total]);
    });
  }
  it('a list naming fewer groups than the whole counts only has to fit', () => {
    const text =
      'Kinh phí hỗ trợ 4 xã biên giới năm 2024 là 2.350 triệu đồng, trong đó xã A 800 triệu đồng, xã B 650 triệu đồng, xã C 500 triệu đồng.';
    const found = sums(text);
    expect(flagged(found), show(found)).toEqual([]);
  });
});
