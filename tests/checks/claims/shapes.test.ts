import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/checks/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { check } from '../tester.js';

/**
 * Issue 14 §2, in our own sentences: each shape is verified as written, and a one-figure edit of
 * it is flagged naming the edited figure.
 */
const statuses = (text: string): Finding[] => check(text, rules);
const show = (found: readonly Finding[]): string => found.map((f) => `${f.rule} ${f.status}: ${f.message.en}`).join('\n');

const SHAPES: Array<{ name: string; text: string; edit: [string, string] }> = [
  {
    name: 'a breakdown in parentheses after a total',
    text: 'Trong kỳ phát sinh 7.200 hồ sơ hộ tịch (5.150 hồ sơ khai sinh và 2.050 hồ sơ khai tử).',
    edit: ['2.050', '2.150'],
  },
  {
    name: 'a breakdown with late and on-time parts',
    text: 'Đã giải quyết 28.000 hồ sơ (trong hạn 26.400 hồ sơ và 1.600 hồ sơ quá hạn).',
    edit: ['1.600', '1.700'],
  },
  {
    name: 'shares stated for each part',
    text: 'Đã giải quyết 28.000 hồ sơ, trong đó trong hạn 26.400 hồ sơ (tỷ lệ 94,29%), trễ hạn 1.600 hồ sơ (tỷ lệ 5,71%).',
    edit: ['94,29', '95,29'],
  },
  {
    name: 'progress counts of one whole',
    text: 'Trong 24 nhiệm vụ trọng tâm, đã triển khai 15/24 nhiệm vụ, đang triển khai 06 nhiệm vụ, 03 nhiệm vụ chưa triển khai.',
    edit: ['06', '07'],
  },
  {
    name: 'progress as two fractions of one whole',
    text: 'Toàn tỉnh có 96 xã; đã hoàn thành số hóa tại 52/96 xã, còn 44/96 xã chưa hoàn thành.',
    edit: ['44/96', '45/96'],
  },
  {
    name: 'an explicit fraction and its share',
    text: 'Đến nay đã có 6.420/7.010 tàu cá lắp thiết bị giám sát hành trình, đạt tỷ lệ 91,58%.',
    edit: ['91,58', '92,58'],
  },
  {
    name: 'a fraction with words between the parts',
    text: 'Tiếp nhận, giải quyết 31.600 hồ sơ trực tuyến/33.900 tổng hồ sơ tiếp nhận, đạt tỷ lệ 93,22%.',
    edit: ['31.600', '32.600'],
  },
  { name: 'a count and a dash list', text: 'Kết nối liên thông 04 cấp: Trung ương – tỉnh – xã – thôn.', edit: ['04', '05'] },
];

describe('claim shapes of real reports', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: verified as written`, () => {
      const found = statuses(shape.text);
      expect(
        found.filter((f) => f.status === 'inconsistent' || f.status === 'warning'),
        show(found),
      ).toEqual([]);
      expect(
        found.some((f) => f.status === 'consistent'),
        show(found),
      ).toBe(true);
    });
    it(`${shape.name}: a one-figure edit is flagged naming the figure`, () => {
      const [from, to] = shape.edit;
      const found = statuses(shape.text.replace(from, to));
      const hit = found.filter((f) => f.status === 'inconsistent' && f.evidence.some((e) => e.raw.includes(to)));
      expect(hit.length, show(found)).toBeGreaterThan(0);
    });
  }
});
