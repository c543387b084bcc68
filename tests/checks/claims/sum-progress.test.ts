import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/**
 * Progress counts (issue 14 §2): a fraction and the rest of its denominator, in one sentence (`còn
 * M … không <verb>`) or across sections (done a/N here, not done b/N there, for one task). Our own sentences.
 */
const sums = (text: string): Finding[] => check(text, rules).filter((f) => f.rule === 'sum');
const flagged = (found: readonly Finding[]): Finding[] => found.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const show = (found: readonly Finding[]): string => found.map((f) => `${f.rule} ${f.status}: ${f.message.en}`).join('\n');

const remainder = (rest: number): string =>
  `Quý III có 41/48 đơn vị cập nhật dữ liệu lên hệ thống đúng thời hạn, còn ${rest} đơn vị chưa cập nhật dữ liệu.`;

const sections = (pending: string, task = 'làm sạch dữ liệu hộ tịch'): string =>
  [
    '1. Kết quả',
    'Dữ liệu dân cư: Đã hoàn thành làm sạch dữ liệu hộ tịch của 88/102 xã, phường.',
    '2. Nhiệm vụ thời gian tới',
    `Tiếp tục đôn đốc ${task} đối với ${pending}/102 xã, phường chưa hoàn thành.`,
  ].join('\n\n');

describe('progress counts', () => {
  it('a fraction and "còn M … chưa <its verb>" split the denominator', () => {
    const found = sums(remainder(7));
    expect(flagged(found), show(found)).toEqual([]);
    expect(
      found.some((f) => f.status === 'consistent' && f.actual === '48'),
      show(found),
    ).toBe(true);
  });
  it('a changed remainder is flagged against the denominator', () => {
    const found = flagged(sums(remainder(6)));
    expect(
      found.map((f) => f.actual),
      show(found),
    ).toEqual(['48']);
  });
  it("a remainder that does not negate the fraction's verb claims nothing", () => {
    const found = sums('Quý III có 41/48 đơn vị cập nhật dữ liệu lên hệ thống đúng thời hạn, còn 6 đơn vị chậm tiến độ.');
    expect(found, show(found)).toEqual([]);
  });
  it('done a/N in one section and not done b/N of the same task in another split N', () => {
    const found = sums(sections('14'));
    expect(flagged(found), show(found)).toEqual([]);
    expect(
      found.some((f) => f.status === 'consistent' && f.actual === '102'),
      show(found),
    ).toBe(true);
    const bad = flagged(sums(sections('41')));
    expect(
      bad.map((f) => f.expected),
      show(bad),
    ).toEqual(['129']);
  });
  it('a fraction under "trong đó" and its remainder complete the denominator, before any status reading', () => {
    const text = (rest: number): string =>
      `Toàn tỉnh có 1.520 đơn vị mở tài khoản, trong đó 1.490/1.520 đơn vị đã thực hiện thanh toán điện tử, còn ${rest} đơn vị chưa thực hiện.`;
    const ok = sums(text(30));
    expect(flagged(ok), show(ok)).toEqual([]);
    expect(
      ok.some((f) => f.status === 'consistent' && f.expected === '1.520'),
      show(ok),
    ).toBe(true);
    const bad = flagged(sums(text(20)));
    expect(
      bad.map((f) => f.expected),
      show(bad),
    ).toEqual(['1.510']);
  });
  it('a remainder written over its own denominator must complete it too', () => {
    const ok = sums('Thanh tra tỉnh đã thanh tra tại 09/14 đơn vị (còn 05/14 đơn vị chưa thanh tra).');
    expect(flagged(ok), show(ok)).toEqual([]);
    const bad = flagged(sums('Thanh tra tỉnh đã thanh tra tại 09/15 đơn vị (còn 05/14 đơn vị chưa thanh tra).'));
    expect(
      bad.map((f) => f.actual),
      show(bad),
    ).toEqual(['15']);
  });
  it('a remainder of another group over another denominator claims nothing', () => {
    const found = sums('Sở đã kiểm tra 06/14 đơn vị cấp tỉnh, còn 3/20 đơn vị cấp xã chưa kiểm tra.');
    expect(found, show(found)).toEqual([]);
  });
  it('"Trong N X, có a X …, b X …, c X …": the groups fit in N', () => {
    const text = (last: string): string =>
      `Trong 24 nhiệm vụ trọng tâm năm 2026 của Sở, đến nay có 15 nhiệm vụ hoàn thành đúng tiến độ, 06 nhiệm vụ chậm tiến độ, ${last} nhiệm vụ chưa triển khai.`;
    const ok = sums(text('03'));
    expect(flagged(ok), show(ok)).toEqual([]);
    expect(
      ok.some((f) => f.status === 'consistent' && f.actual === '24'),
      show(ok),
    ).toBe(true);
    const bad = flagged(sums(text('05')));
    expect(
      bad.map((f) => f.expected),
      show(bad),
    ).toEqual(['26']);
  });
  it('a group of a group under "trong đó" is not one more group', () => {
    const found = sums('Trong 10 chỉ tiêu chủ yếu, có 8 chỉ tiêu đạt kế hoạch, trong đó 5 chỉ tiêu vượt kế hoạch.');
    expect(flagged(found), show(found)).toEqual([]);
  });
  it('two pending fractions of the task leave the pairing open', () => {
    const text = [
      '1. Kết quả',
      'Về lập quy hoạch sử dụng đất cấp huyện: đã phê duyệt được 5/14 huyện; đang thẩm định 9/14.',
      '2. Tồn tại',
      'Tiến độ lập quy hoạch sử dụng đất cấp huyện còn chậm, đến nay 9/14 huyện chưa phê duyệt.',
    ].join('\n\n');
    const found = sums(text);
    expect(found, show(found)).toEqual([]);
  });
  it('fractions of two different tasks over one denominator are not paired', () => {
    const found = sums(sections('41', 'cấp chữ ký số cho cán bộ'));
    expect(found, show(found)).toEqual([]);
  });
});
