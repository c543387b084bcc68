import { defineCheck } from '../define-check.js';
import { type Interval, canBeAtMost, meets, total } from '../../arith/index.js';
import { type Breakdown, commonScale, shown, operandOf } from '../../claims/index.js';
import { asCount } from './sum.js';

/** The parts add up exactly to the whole: the sum rule reports that, once. */
function sumsExactly(b: Breakdown, index: Parameters<typeof operandOf>[2]): boolean {
  const whole = asCount(operandOf('whole', b.owner, index)).interval;
  const parts = b.members.map((m) => asCount(operandOf('part', m, index)).interval);
  if (!whole || parts.some((p) => !p)) return false;
  return meets(total(parts as Interval[]), whole);
}

/**
 * A part never exceeds its whole: `9.806 tàu cá, trong đó tàu khai thác xa bờ là 3.896 tàu`;
 * `hoàn thành 1.367 nhiệm vụ (trong đó trễ hạn 298 nhiệm vụ …)`.
 */
export default defineCheck({
  id: 'part-whole',
  meta: {
    description: 'A figure introduced as part of another ("trong đó", a qualified figure in parentheses) does not exceed it.',
    name: { vi: 'Phần không vượt tổng', en: 'Part within whole' },
    claims: ['sum'],
    messages: {
      consistent: {
        vi: '{{part}} ≤ {{whole}} ✓',
        en: '{{part}} ≤ {{whole}} ✓',
      },
      exceeds: {
        vi: 'Phần {{part}} lớn hơn tổng {{whole}}',
        en: 'The part {{part}} is larger than its whole {{whole}}',
      },
    },
  },
  check(context) {
    const { index } = context;
    for (const b of context.relations.breakdowns()) {
      if (b.promise !== 'subset' || b.ownerIsDenominator || b.agreement === 'different') continue;
      // Disjoint parts are checked together by the sum rule (their sum fits, so each one does).
      if (b.disjoint && b.members.length >= 2) continue;
      if (b.members.length >= 2 && sumsExactly(b, index)) continue;
      const whole = asCount(operandOf('whole', b.owner, index));
      if (!whole.interval) continue;
      for (const m of b.members) {
        const part = asCount(operandOf('part', m, index));
        if (!part.interval) continue;
        const mixed = commonScale([whole, part]) === null;
        const data = { part: shown(part, mixed), whole: shown(whole, mixed) };
        const base = { cue: b.cue, evidence: [whole, part], expected: `≤ ${data.whole}`, actual: part.display, reason: null };
        if (canBeAtMost(part.interval, whole.interval)) {
          context.report({ ...base, messageId: 'consistent', status: 'consistent', data, arithmetic: `${data.part} ≤ ${data.whole}` });
        } else {
          context.report({ ...base, messageId: 'exceeds', status: 'inconsistent', data, arithmetic: `${data.part} > ${data.whole}` });
        }
      }
    }
  },
});
