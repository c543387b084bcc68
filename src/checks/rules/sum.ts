import { defineCheck } from '../define-check.js';
import {
  type Breakdown,
  commonScale,
  displayedSum,
  inScaleOf,
  sumText,
  denominatorOperand,
  operandOf,
  type Operand,
} from '../../claims/index.js';
import { canBeAtMost, meets, point, total } from '../../arith/index.js';

/**
 * A bare integer a finder put in a breakdown (`- Số đang trong cơ sở cai nghiện: 1109.`) counts the
 * things its label names: an exact count.
 */
export const asCount = (o: Operand): Operand =>
  o.interval || !o.exact || o.decimals !== 0 || o.fact?.kind !== 'number' ? o : { ...o, interval: point(o.exact) };

/**
 * A total and the parts the text names for it add up:
 * `đã giao 2.307 nhiệm vụ …, đã hoàn thành 1.367 nhiệm vụ …, đang thực hiện 940 nhiệm vụ`;
 * `hoàn thành 14 nhiệm vụ (10 đúng hạn, 04 trễ hạn)`; `04 đề án trễ hạn: Sở A (01), Sở B (01), Sở C (02)`;
 * `hoàn thành 04/12 đề án, đang thực hiện 10 đề án`. Under `trong đó` the parts only have to fit.
 */
export default defineCheck({
  id: 'sum',
  meta: {
    description: 'A stated total equals the sum of the parts the text names for it (or, under "trong đó", is not exceeded by them).',
    name: { vi: 'Tổng các phần', en: 'Sum of parts' },
    messages: {
      consistent: {
        vi: '{{arithmetic}} ✓',
        en: '{{arithmetic}} ✓',
      },
      consistentAtMost: {
        vi: '{{arithmetic}} ✓ (các phần không vượt tổng)',
        en: '{{arithmetic}} ✓ (the parts do not exceed the whole)',
      },
      mismatch: {
        vi: '{{parts}} = {{sum}}, nhưng tổng ghi {{total}}',
        en: '{{parts}} = {{sum}}, but the total is stated as {{total}}',
      },
      exceeds: {
        vi: '{{parts}} = {{sum}}, vượt tổng {{total}}',
        en: '{{parts}} = {{sum}}, more than the whole {{total}}',
      },
      unverifiable: {
        vi: '{{parts}} = {{sum}}, tổng ghi {{total}}: {{reason}}',
        en: '{{parts}} = {{sum}}, total stated as {{total}}: {{reason}}',
      },
    },
    reasons: {
      mayOverlap: {
        vi: 'các phần là những nhóm có thể trùng nhau (trong đó), nên tổng của chúng có thể vượt tổng chung',
        en: 'the parts are groups that may overlap (trong đó), so together they may exceed the whole',
      },
      carriedOver: {
        vi: 'một phần đã vượt số tiếp nhận trong kỳ, nên các phần có cả số kỳ trước chuyển sang',
        en: 'one part alone exceeds what came in during the period, so the parts hold cases carried over from before',
      },
      nounsDiffer: {
        vi: 'các phần đếm {{partNoun}}, còn tổng đếm {{totalNoun}}',
        en: 'the parts count {{partNoun}}, the total counts {{totalNoun}}',
      },
    },
  },
  check(context) {
    const { index } = context;
    // `kỳ trước chuyển sang 14, tiếp nhận mới 52, đã giải quyết 49, còn 18`: the new figure is no
    // total of the resolved and the remaining when a carried-over figure opens the balance.
    const balances = context.relations.balances().filter((c) => c.terms.some((t) => t.role === 'opening'));
    const inBalance = (b: Breakdown): boolean =>
      balances.some((c) => {
        const ids = new Set([c.stated.fact.id, ...c.terms.map((t) => t.token?.fact.id)]);
        return ids.has(b.owner.fact.id) && b.members.every((m) => ids.has(m.fact.id));
      });
    for (const b of context.relations.breakdowns()) {
      if (b.promise === 'subset' && b.members.length < 2) continue;
      if (inBalance(b)) continue;
      const whole: Operand = b.ownerIsDenominator
        ? denominatorOperand('total', b.owner, index)
        : asCount(operandOf('total', b.owner, index));
      const parts = b.members.map((m) =>
        b.partsAreDenominators ? denominatorOperand('part', m, index) : asCount(operandOf('part', m, index)),
      );
      if (!whole.interval || parts.some((p) => !p.interval)) continue;
      const partSum = total(parts.map((p) => p.interval as NonNullable<Operand['interval']>));
      const all = [whole, ...parts];
      const data = {
        parts: sumText(parts, all),
        sum: inScaleOf(displayedSum(parts), commonScale(parts) ? parts : [whole]),
        total: whole.display,
        partNoun: b.members.find((m) => m !== b.owner)?.fact.unit ?? '—',
        totalNoun: b.owner.fact.unit ?? '—',
      };
      const evidence = [whole, ...parts];
      const base = { cue: b.cue, evidence, expected: data.sum, actual: whole.display, reason: null };
      const equal = meets(partSum, whole.interval);
      // `tiếp nhận 48 đơn, đã giải quyết 51 đơn, còn 12 đơn`: older cases were resolved too; the period's
      // intake is no total of what became of everything.
      const carriedOver =
        b.inflow === true &&
        !equal &&
        parts.some((p) => !canBeAtMost(p.interval as NonNullable<Operand['interval']>, whole.interval as NonNullable<Operand['interval']>));
      if (carriedOver) {
        context.report({
          ...base,
          messageId: 'unverifiable',
          status: 'unverifiable',
          data,
          reasonId: 'carriedOver',
          arithmetic: `${data.parts} = ${data.sum} ≠ ${whole.display}`,
        });
        continue;
      }
      if (b.promise === 'partition') {
        if (equal) {
          context.report({ ...base, messageId: 'consistent', status: 'consistent', data, arithmetic: `${data.parts} = ${whole.display}` });
        } else if (b.agreement === 'different') {
          context.report({
            ...base,
            messageId: 'unverifiable',
            status: 'unverifiable',
            data,
            reasonId: 'nounsDiffer',
            arithmetic: `${data.parts} = ${data.sum} ≠ ${whole.display}`,
          });
        } else {
          context.report({
            ...base,
            messageId: 'mismatch',
            status: 'inconsistent',
            data,
            arithmetic: `${data.parts} = ${data.sum} ≠ ${whole.display}`,
          });
        }
        continue;
      }
      // Parts that may overlap (`nữ`, `dân tộc thiểu số`) promise nothing about their sum unless it is exact.
      if (!b.disjoint && !equal) {
        if (!canBeAtMost(partSum, whole.interval) && b.agreement !== 'different')
          context.report({
            ...base,
            messageId: 'unverifiable',
            status: 'unverifiable',
            data,
            reasonId: 'mayOverlap',
            arithmetic: `${data.parts} = ${data.sum} > ${whole.display}`,
          });
        continue;
      }
      if (canBeAtMost(partSum, whole.interval)) {
        const arithmetic = equal ? `${data.parts} = ${whole.display}` : `${data.parts} = ${data.sum} ≤ ${whole.display}`;
        context.report({ ...base, messageId: equal ? 'consistent' : 'consistentAtMost', status: 'consistent', data, arithmetic });
      } else if (b.agreement !== 'different') {
        context.report({
          ...base,
          messageId: 'exceeds',
          status: 'inconsistent',
          data,
          arithmetic: `${data.parts} = ${data.sum} > ${whole.display}`,
        });
      }
    }
  },
});
