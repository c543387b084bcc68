import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/** `N X …, cụ thể: a X …; b X …`: a partition cue ending in its colon opens a list whose items `;` separates. Our own sentences. */
const sums = (text: string): Finding[] => check(text, rules).filter((f) => f.rule === 'sum' || f.rule === 'part-whole');
const flagged = (found: readonly Finding[]): Finding[] => found.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const show = (found: readonly Finding[]): string => found.map((f) => `${f.rule} ${f.status}: ${f.message.en}`).join('\n');

describe('"cụ thể:" lists split by semicolons', () => {
  const good =
    'Đến nay trên địa bàn tỉnh còn 06 ổ dịch tả lợn châu Phi chưa qua 21 ngày, cụ thể: 03 ổ dịch tại xã Tân Lập và xã Hòa Bình; 02 ổ dịch tại phường Bắc Sơn và 01 ổ dịch tại xã Đồng Tâm.';
  it('the items add up to the total', () => {
    const found = sums(good);
    expect(flagged(found), show(found)).toEqual([]);
    expect(
      found.some((f) => f.rule === 'sum' && f.status === 'consistent' && f.message.en.includes('03 + 02 + 01')),
      show(found),
    ).toBe(true);
  });
  it('a changed item is flagged against the total', () => {
    const found = flagged(sums(good.replace('02 ổ dịch', '03 ổ dịch')));
    expect(
      found.map((f) => f.actual),
      show(found),
    ).toEqual(['06']);
  });
  it('a changed total is flagged', () => {
    const found = flagged(sums(good.replace('06 ổ dịch', '07 ổ dịch')));
    expect(
      found.map((f) => f.actual),
      show(found),
    ).toEqual(['07']);
  });
  it('an item in another unit after the semicolon is no part', () => {
    const found = sums(
      'Toàn tỉnh còn 05 ổ dịch chưa qua 21 ngày, cụ thể: 03 ổ dịch tại huyện Yên Thành; tiêu hủy 240 con lợn tại huyện Diễn Châu.',
    );
    expect(flagged(found), show(found)).toEqual([]);
  });
});
