import { describe, expect, it } from 'vitest';
import { check } from '../tester.js';
import { roleName } from '../../../src/output/messages/index.js';

describe('a base split into the done and the remaining', () => {
  it('is reported once, by the sum rule, not again as a balance', () => {
    const flagged = check('Trong năm, Thanh tra huyện đã thụ lý 87 đơn, đã giải quyết 64 đơn, đang giải quyết 27 đơn.').filter(
      (f) => f.status === 'inconsistent',
    );
    expect(flagged.map((f) => f.rule)).toEqual(['sum']);
  });
  it('a balance with an inflow is still the balance rule’s', () => {
    const flagged = check(
      'Số đơn kỳ trước chuyển sang 14 đơn, tiếp nhận mới 52 đơn, đã giải quyết 49 đơn, còn 18 đơn đang giải quyết.',
    ).filter((f) => f.status === 'inconsistent');
    expect(flagged.map((f) => f.rule)).toEqual(['balance']);
  });
});

describe('balance roles in the output', () => {
  it('are named in both languages', () => {
    for (const role of ['opening', 'inflow', 'outflow', 'remaining', 'base']) {
      expect(roleName('vi', role)).not.toBe(role);
      expect(roleName('en', role)).not.toBe(role);
    }
  });
});
