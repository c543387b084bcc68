import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/**
 * Done a/N in one section and not done b/N of the same task in another (issue 14 §2): the two copies
 * of the whole N must agree, so a miswritten one (`b/112` beside `a/102`) is flagged. Our own sentences.
 */
const flagged = (found: readonly Finding[]): Finding[] => found.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const show = (found: readonly Finding[]): string => found.map((f) => `${f.rule} ${f.status}: ${f.message.en}`).join('\n');

const sections = (done: string, pending: string, task = 'số hóa hồ sơ địa chính'): string =>
  [
    '1. Kết quả thực hiện',
    `Dữ liệu đất đai: đã hoàn thành số hóa hồ sơ địa chính của ${done} xã, thị trấn.`,
    '2. Nhiệm vụ thời gian tới',
    `Tập trung đôn đốc ${task} đối với ${pending} xã, thị trấn chưa hoàn thành.`,
  ].join('\n\n');

describe('complement fractions over one whole', () => {
  it('done and not done over the same whole hold', () => {
    const found = check(sections('61/96', '35/96'), rules);
    expect(flagged(found), show(found)).toEqual([]);
  });
  it('a miswritten whole in the pending fraction is flagged', () => {
    const found = flagged(check(sections('61/96', '35/69'), rules));
    expect(found.length, show(found)).toBeGreaterThan(0);
    expect(
      found.some((f) => f.evidence.some((e) => e.raw.startsWith('35/69'))),
      show(found),
    ).toBe(true);
  });
  it('a miswritten whole in the done fraction is flagged', () => {
    const found = flagged(check(sections('61/98', '35/96'), rules));
    expect(
      found.some((f) => f.evidence.some((e) => e.raw.startsWith('61/98'))),
      show(found),
    ).toBe(true);
  });
  it('wholes further apart than one slip are two measures', () => {
    const found = check(sections('61/96', '35/140'), rules);
    expect(flagged(found), show(found)).toEqual([]);
  });
  it('another task over a whole one slip apart is not paired', () => {
    const found = check(sections('61/96', '35/69', 'cấp giấy chứng nhận quyền sử dụng đất'), rules);
    expect(flagged(found), show(found)).toEqual([]);
  });
});
