import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/** A breakdown in parentheses after its total, past the total's noun phrase (issue 14 §2). Our own sentences. */
const sums = (text: string): Finding[] => check(text, rules).filter((f) => f.rule === 'sum' || f.rule === 'part-whole');
const flagged = (found: readonly Finding[]): Finding[] => found.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const show = (found: readonly Finding[]): string => found.map((f) => `${f.rule} ${f.status}: ${f.message.en}`).join('\n');

const cases: Array<{ name: string; good: string; bad: string; total: string }> = [
  {
    name: 'a "cụ thể:" list after a long noun phrase',
    good: 'Tỉnh hiện có 27 đơn vị sự nghiệp công lập trực thuộc Sở Nông nghiệp và Môi trường (cụ thể: 15 trạm khuyến nông thuộc Trung tâm Dịch vụ nông nghiệp, 9 đơn vị thuộc Chi cục Kiểm lâm, 03 ban quản lý rừng phòng hộ).',
    bad: 'Tỉnh hiện có 27 đơn vị sự nghiệp công lập trực thuộc Sở Nông nghiệp và Môi trường (cụ thể: 15 trạm khuyến nông thuộc Trung tâm Dịch vụ nông nghiệp, 8 đơn vị thuộc Chi cục Kiểm lâm, 03 ban quản lý rừng phòng hộ).',
    total: '27',
  },
  {
    name: 'a complete label set after a long noun phrase',
    good: 'Sở tiếp nhận 35 hồ sơ đăng ký thành lập hội và quỹ xã hội của tỉnh (20 trực tuyến, 15 trực tiếp).',
    bad: 'Sở tiếp nhận 35 hồ sơ đăng ký thành lập hội và quỹ xã hội của tỉnh (20 trực tuyến, 13 trực tiếp).',
    total: '35',
  },
  {
    name: 'groups named by percentage bounds',
    good: 'Số đơn vị tự bảo đảm một phần chi thường xuyên là 84 đơn vị (nhóm tự bảo đảm từ 70% đến dưới 100% chi thường xuyên là 21 đơn vị, nhóm tự bảo đảm từ 10% đến dưới 70% là 48 đơn vị, nhóm tự bảo đảm dưới 10% là 15 đơn vị).',
    bad: 'Số đơn vị tự bảo đảm một phần chi thường xuyên là 84 đơn vị (nhóm tự bảo đảm từ 70% đến dưới 100% chi thường xuyên là 21 đơn vị, nhóm tự bảo đảm từ 10% đến dưới 70% là 48 đơn vị, nhóm tự bảo đảm dưới 10% là 51 đơn vị).',
    total: '84',
  },
  {
    name: 'a complete set after the change of the total',
    good: 'Ước sản lượng tôm nước lợ quý III đạt 318 ngàn tấn, giảm 2,4% so với quý III năm 2024 (tôm sú là 121 ngàn tấn, tôm thẻ chân trắng là 197 ngàn tấn).',
    bad: 'Ước sản lượng tôm nước lợ quý III đạt 328 ngàn tấn, giảm 2,4% so với quý III năm 2024 (tôm sú là 121 ngàn tấn, tôm thẻ chân trắng là 197 ngàn tấn).',
    total: '328',
  },
  {
    name: 'a list closed by "the rest" after the change of the total',
    good: 'Doanh thu dịch vụ ước đạt 8.420,5 tỷ đồng, tăng 6,2% so với cùng kỳ (bán lẻ hàng hóa 6.100,2 tỷ đồng, lưu trú ăn uống 1.210,3 tỷ đồng, dịch vụ khác 1.110 tỷ đồng).',
    bad: 'Doanh thu dịch vụ ước đạt 8.420,5 tỷ đồng, tăng 6,2% so với cùng kỳ (bán lẻ hàng hóa 6.100,2 tỷ đồng, lưu trú ăn uống 1.210,3 tỷ đồng, dịch vụ khác 1.010 tỷ đồng).',
    total: '8.420,5',
  },
  {
    name: 'a footnote splitting a fraction by former province',
    good: 'Đã hoàn thành số hóa hồ sơ hộ tịch của 58/102 xã, phường⁴.\n\nCác nội dung khác.\n\n⁴ Tỉnh A (cũ): hoàn thành tại 31/40 xã, phường; Tỉnh B (cũ): hoàn thành tại 27/35 xã, phường.',
    bad: 'Đã hoàn thành số hóa hồ sơ hộ tịch của 58/102 xã, phường⁴.\n\nCác nội dung khác.\n\n⁴ Tỉnh A (cũ): hoàn thành tại 31/40 xã, phường; Tỉnh B (cũ): hoàn thành tại 29/35 xã, phường.',
    total: '58',
  },
];

describe('breakdowns in parentheses', () => {
  for (const c of cases) {
    it(`${c.name}: the parts add up`, () => {
      const found = sums(c.good);
      expect(flagged(found), show(found)).toEqual([]);
      expect(
        found.some((f) => f.rule === 'sum' && f.status === 'consistent'),
        show(found),
      ).toBe(true);
    });
    it(`${c.name}: a changed part is flagged against the total`, () => {
      const found = flagged(sums(c.bad));
      expect(
        found.map((f) => f.actual),
        show(found),
      ).toEqual([c.total]);
    });
  }
  it('a parenthesis after a change that is not a complete set claims nothing', () => {
    const found = sums('Sản lượng lúa đạt 433 ngàn tấn, tăng 1,7% so với cùng kỳ (riêng vụ mùa đạt 226 ngàn tấn).');
    expect(
      found.filter((f) => f.rule === 'sum'),
      show(found),
    ).toEqual([]);
  });
  it('far from the figure, a parenthesis with only some parts and no cue claims nothing', () => {
    const text = 'Sở tiếp nhận 35 hồ sơ đăng ký thành lập hội và quỹ xã hội của tỉnh (20 hồ sơ trực tuyến qua Cổng dịch vụ công).';
    const found = sums(text);
    expect(flagged(found), show(found)).toEqual([]);
    expect(found.filter((f) => f.rule === 'sum')).toEqual([]);
  });
  it('far from the figure, a list with a group whose count is not given claims nothing', () => {
    // The number in `vùng 8` names a region, it counts nothing: the groups' sizes are not all stated.
    const text =
      'Tỉnh hiện có 27 đơn vị sự nghiệp công lập trực thuộc Sở Nông nghiệp và Môi trường (cụ thể: 15 trạm khuyến nông thuộc Trung tâm Dịch vụ nông nghiệp, các hạt kiểm lâm thuộc Chi cục Kiểm lâm vùng 8, 03 ban quản lý rừng phòng hộ).';
    const found = sums(text);
    expect(flagged(found), show(found)).toEqual([]);
  });
});
