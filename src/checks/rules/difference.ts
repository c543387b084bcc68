import { defineCheck } from '../define-check.js';
import { commonScale, shown, operandOf } from '../../claims/index.js';
import { meets } from '../../arith/index.js';
import { difference, pointText } from '../verify.js';

/**
 * A stated gap equals the difference of the figures it compares: `huy động vốn toàn xã hội hụt
 * 3.366 tỷ đồng so với dự kiến` with `đạt 16.428 tỷ đồng … (kế hoạch 19.794 tỷ đồng)` stated in
 * another section; `cao hơn giá khởi điểm 41,27 tỷ đồng (giá khởi điểm 227,08 tỷ đồng)`.
 */
export default defineCheck({
  id: 'difference',
  meta: {
    description:
      'A stated shortfall, excess or remainder ("hụt", "cao hơn", "để hoàn thành dự toán") equals the difference of the two figures it compares.',
    name: { vi: 'Chênh lệch', en: 'Difference' },
    messages: {
      consistent: {
        vi: '{{arithmetic}} ✓',
        en: '{{arithmetic}} ✓',
      },
      mismatch: {
        vi: '{{arithmetic}}, nhưng văn bản ghi {{stated}}',
        en: '{{arithmetic}}, but the text says {{stated}}',
      },
      unverifiable: {
        vi: 'Không kiểm tra được chênh lệch {{stated}}: {{reason}}',
        en: 'Cannot check the gap {{stated}}: {{reason}}',
      },
    },
    reasons: {
      operandsUnsure: {
        vi: 'không xác định chắc chắn hai số liệu được so sánh',
        en: 'the two compared figures could not be identified with certainty',
      },
    },
  },
  check(context) {
    const { index } = context;
    for (const claim of context.relations.differences()) {
      const stated = operandOf('difference', claim.stated, index);
      if (!stated.interval) continue;
      const tried = claim.pairs.map((p) => {
        const subject = operandOf('actual', p.subject, index);
        const base = operandOf('base', p.base, index);
        const computed = difference(subject, base, claim.sign);
        return {
          ...p,
          subjectOp: subject,
          baseOp: base,
          computed,
          ok: computed !== null && meets(computed.interval, stated.interval as NonNullable<typeof stated.interval>),
        };
      });
      const hit = tried.find((t) => t.ok);
      const target = hit ?? (tried[0]?.named ? tried[0] : undefined);
      if (!target || !target.computed) {
        context.report({
          messageId: 'unverifiable',
          status: 'unverifiable',
          reasonId: 'operandsUnsure',
          cue: claim.cue,
          reason: null,
          data: { stated: claim.stated.fact.raw },
          expected: null,
          actual: stated.display,
          arithmetic: null,
          evidence: [
            stated,
            ...tried.flatMap((t) => [
              { ...t.subjectOp, role: 'candidate' },
              { ...t.baseOp, role: 'candidate' },
            ]),
          ],
        });
        continue;
      }
      const mixed = commonScale([target.subjectOp, target.baseOp, stated]) === null;
      const [left, right] = claim.sign === 1 ? [target.subjectOp, target.baseOp] : [target.baseOp, target.subjectOp];
      const result = pointText(target.computed, claim.stated);
      const arithmetic = `${shown(left, mixed)} − ${shown(right, mixed)} = ${result}`;
      const data = { arithmetic, stated: claim.stated.fact.raw, computed: result };
      const base = {
        cue: claim.cue,
        reason: null,
        expected: result,
        actual: stated.display,
        arithmetic,
        data,
        evidence: [stated, target.subjectOp, target.baseOp],
      };
      if (target.ok) context.report({ ...base, messageId: 'consistent', status: 'consistent' });
      else context.report({ ...base, messageId: 'mismatch', status: 'inconsistent' });
    }
  },
});
