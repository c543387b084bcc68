import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/**
 * A total that names its groups by coordination (`A và B`) and a parenthesis naming each group once
 * with its figure: the groups are the whole (issue 14 §2, complete breakdowns). Our own sentences.
 */
const sums = (text: string): Finding[] => check(text, rules).filter((f) => f.rule === 'sum' || f.rule === 'part-whole');
const flagged = (found: readonly Finding[]): Finding[] => found.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const show = (found: readonly Finding[]): string => found.map((f) => `${f.rule} ${f.status}: ${f.message.en}`).join('\n');

const cases: Array<{ name: string; good: string; bad: string; total: string }> = [
  {
    name: 'labels before the figures, one part with a nested parenthesis',
    good: 'Đến cuối năm, huyện quản lý 2.410 người nghiện và người sử dụng trái phép chất ma túy (người nghiện 905 (tại cộng đồng 402), người sử dụng 1.505).',
    bad: 'Đến cuối năm, huyện quản lý 2.410 người nghiện và người sử dụng trái phép chất ma túy (người nghiện 905 (tại cộng đồng 402), người sử dụng 1.550).',
    total: '2.410',
  },
  {
    name: 'labels after the figures',
    good: 'Toàn thành phố có 730 người nghiện và người sử dụng ma túy (512 người nghiện, 218 người sử dụng).',
    bad: 'Toàn thành phố có 730 người nghiện và người sử dụng ma túy (512 người nghiện, 228 người sử dụng).',
    total: '730',
  },
  {
    name: 'households, a bare count noun',
    good: 'Qua rà soát, xã còn 96 hộ nghèo và hộ cận nghèo (hộ nghèo 31, hộ cận nghèo 65) cần hỗ trợ.',
    bad: 'Qua rà soát, xã còn 96 hộ nghèo và hộ cận nghèo (hộ nghèo 31, hộ cận nghèo 56) cần hỗ trợ.',
    total: '96',
  },
  {
    name: 'three conjuncts separated by a comma and "và"',
    good: 'Năm 2025, phường đã hỗ trợ 118 hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo (hộ nghèo 40, hộ cận nghèo 51, hộ mới thoát nghèo 27).',
    bad: 'Năm 2025, phường đã hỗ trợ 118 hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo (hộ nghèo 40, hộ cận nghèo 51, hộ mới thoát nghèo 72).',
    total: '118',
  },
];

describe('a total naming its groups, split in a parenthesis', () => {
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
  it('one group named of two is a part, not the whole', () => {
    const found = sums('Toàn thành phố có 730 người nghiện và người sử dụng ma túy (người nghiện 512).');
    expect(flagged(found), show(found)).toEqual([]);
  });
  it('a "trong đó" parenthesis stays a subset even when it names both groups partly', () => {
    const found = sums('Toàn thành phố có 730 người nghiện và người sử dụng ma túy (trong đó người nghiện 312, người sử dụng 100).');
    expect(flagged(found), show(found)).toEqual([]);
  });
  it('past a comma, a parenthesis naming places, not the conjuncts, claims nothing', () => {
    const found = sums('Sở đã tổ chức 45 lớp tập huấn, hội nghị và tọa đàm chuyên đề (12 huyện, 3 sở).');
    expect(flagged(found), show(found)).toEqual([]);
    expect(found.filter((f) => f.rule === 'sum')).toEqual([]);
  });
  it('parts that match no conjunct claim no partition', () => {
    const found = sums('Toàn thành phố có 730 người nghiện và người sử dụng ma túy (nam 512, nữ 200).');
    expect(flagged(found), show(found)).toEqual([]);
  });
});

describe('a count fraction whose numerator exceeds its denominator', () => {
  it('split by "gồm", its numerator is the whole the parts must make', () => {
    const found = flagged(
      sums('Thanh tra tỉnh đã kiểm tra 27/25 trường học, cơ sở giáo dục (gồm: 10 trường tiểu học và 15 trường trung học cơ sở).'),
    );
    expect(
      found.map((f) => f.actual),
      show(found),
    ).toEqual(['27']);
  });
  it('in a footnote splitting a fraction, its numerator is one of the parts', () => {
    const text =
      'Đã hoàn thành cấp mã định danh điện tử cho 71/96 xã, phường⁷.\n\nCác nội dung khác.\n\n⁷ Tỉnh C (cũ): hoàn thành tại 40/60 xã, phường; Tỉnh D (cũ): hoàn thành tại 32/31 xã, phường.';
    const found = flagged(sums(text));
    expect(
      found.map((f) => f.actual),
      show(found),
    ).toEqual(['71']);
  });
  it('the same sentence with a written complete fraction verifies', () => {
    const found = sums(
      'Thanh tra tỉnh đã kiểm tra 25/25 trường học, cơ sở giáo dục (gồm: 10 trường tiểu học và 15 trường trung học cơ sở).',
    );
    expect(flagged(found), show(found)).toEqual([]);
    expect(found.some((f) => f.rule === 'sum' && f.status === 'consistent')).toBe(true);
  });
});
