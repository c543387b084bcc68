import { defineCheck } from '../define-check.js';
import { meets } from '../../arith/index.js';
import { operandOf } from '../../claims/index.js';

/**
 * The same measure stated twice agrees with itself: `Tổng thu ngân sách nhà nước … lũy kế 10
 * tháng ước 11.624,8 tỷ đồng` in one section and `… 10 tháng ước đạt 11.642,8 tỷ đồng` in another
 * cannot both be right. Only pairs that are each other's single best match are compared.
 */
export default defineCheck({
  id: 'repeat',
  meta: {
    description: 'A measure stated in two places (same words, unit and period) has the same value in both.',
    name: { vi: 'Số liệu nêu lại', en: 'Restated figure' },
    messages: {
      consistent: {
        vi: '{{first}} được nêu lại đúng ✓',
        en: '{{first}} is restated identically ✓',
      },
      mismatch: {
        vi: 'Cùng một chỉ tiêu ({{measure}}) được ghi {{first}} và {{second}}',
        en: 'The same measure ({{measure}}) is stated as {{first}} and as {{second}}',
      },
    },
  },
  check(context) {
    const { index } = context;
    for (const claim of context.relations.repeats()) {
      const first = operandOf('stated', claim.first, index);
      const second = operandOf('restated', claim.second, index);
      if (!first.interval || !second.interval) continue;
      const data = { first: claim.first.fact.raw, second: claim.second.fact.raw, measure: claim.cue };
      const same = meets(first.interval, second.interval);
      context.report({
        messageId: same ? 'consistent' : 'mismatch',
        status: same ? 'consistent' : 'inconsistent',
        data,
        cue: claim.cue,
        reason: null,
        expected: first.display,
        actual: second.display,
        arithmetic: `${first.display} ${same ? '=' : '≠'} ${second.display}`,
        evidence: [first, second],
      });
    }
  },
});
