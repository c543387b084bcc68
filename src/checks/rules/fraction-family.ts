import { defineCheck } from '../define-check.js';
import { displayedSum, sumText, denominatorOperand, operandOf, type Operand } from '../../claims/index.js';
import { canBeAtMost, meets, total, formatVi } from '../../arith/index.js';

/**
 * Fractions of one whole add up to it: `05/11 huyện … 01/11 huyện … 05/11 huyện còn lại`;
 * `Trong 24 chỉ tiêu …: (i) 4/24 … (ii) 07/24 … (iii) 03/24 … (iv) 01 chỉ tiêu … (v) 9/24`.
 * Without a sign that the list is complete, the fractions only have to fit in the whole.
 */
export default defineCheck({
  id: 'fraction-family',
  meta: {
    description: 'Fractions a/N, b/N … of one whole that split it add up to N (or, when the list may be partial, do not exceed it).',
    name: { vi: 'Các tỷ số cùng mẫu', en: 'Fractions of one whole' },
    messages: {
      consistent: {
        vi: '{{arithmetic}} ✓',
        en: '{{arithmetic}} ✓',
      },
      consistentAtMost: {
        vi: '{{arithmetic}} ✓ (các phần không vượt {{total}})',
        en: '{{arithmetic}} ✓ (the parts do not exceed {{total}})',
      },
      mismatch: {
        vi: '{{parts}} = {{sum}}, nhưng tổng là {{total}}',
        en: '{{parts}} = {{sum}}, but the whole is {{total}}',
      },
      exceeds: {
        vi: '{{parts}} = {{sum}}, vượt tổng {{total}}',
        en: '{{parts}} = {{sum}}, more than the whole {{total}}',
      },
      short: {
        vi: 'Văn bản nói chưa đủ, nhưng {{parts}} = {{total}} (đã đủ)',
        en: 'The text says it falls short, but {{parts}} = {{total}} (the whole)',
      },
      shortOk: {
        vi: '{{parts}} < {{total}} ✓ (chưa đủ, như văn bản nói)',
        en: '{{parts}} < {{total}} ✓ (short of the whole, as the text says)',
      },
      wholes: {
        vi: 'Các phần của cùng một tổng ghi tổng khác nhau: {{wholes}}',
        en: 'Parts of one whole state different wholes: {{wholes}}',
      },
    },
  },
  check(context) {
    const { index } = context;
    for (const unit of index.orderedUnits()) {
      for (const family of context.relations.families(unit.id)) {
        const first = family.members.find((m) => m.fraction) ?? family.wholeFrom;
        if (!first) continue;
        if (family.strays.length > 0) {
          // Which copy of the whole is wrong the text does not say: every copy is evidence, the strays first.
          const copies = [
            ...family.strays,
            ...family.members.filter((m) => !family.strays.includes(m)),
            ...(family.total ? [family.total] : []),
          ];
          const evidence = copies.map((m) => operandOf(m.fraction ? 'part' : 'total', m, index));
          const shown = (m: (typeof copies)[number]): string =>
            m.fraction ? (m.fact.fraction?.denominator.text ?? m.fact.raw) : (m.fact.number?.text ?? m.fact.raw);
          const stray = family.strays[0] as (typeof copies)[number];
          // The family's whole as the text writes it (`2.450`), from a member over it.
          const kept = family.members.find((m) => m.fact.fraction?.denominator.exact === family.denominator);
          const wholeText = kept?.fact.fraction?.denominator.text ?? family.denominator;
          const data = { wholes: copies.map((m) => m.fact.raw).join(', ') };
          context.report({
            messageId: 'wholes',
            status: 'inconsistent',
            data,
            cue: family.cue,
            evidence,
            expected: wholeText,
            actual: shown(stray),
            reason: null,
            arithmetic: `${shown(stray)} ≠ ${wholeText}`,
          });
          continue;
        }
        const whole: Operand = family.total ? operandOf('total', family.total, index) : denominatorOperand('total', first, index);
        const parts = family.members.map((m) => operandOf('part', m, index));
        if (parts.some((p) => !p.interval)) continue;
        const partSum = total(parts.map((p) => p.interval as NonNullable<Operand['interval']>));
        const data = { parts: sumText(parts), sum: formatVi(displayedSum(parts), 0), total: whole.display, whole: whole.raw };
        const base = { cue: family.cue, evidence: [whole, ...parts], expected: data.sum, actual: whole.display, reason: null };
        const equal = meets(partSum, family.whole);
        if (family.shortfall) {
          // `chỉ mới … a/N`: short of N, so a < N; a part that reaches N contradicts the words.
          const short = !canBeAtMost(family.whole, partSum);
          context.report({
            ...base,
            messageId: short ? 'shortOk' : 'short',
            status: short ? 'consistent' : 'inconsistent',
            data,
            arithmetic: short ? `${data.parts} < ${data.total}` : `${data.parts} ≥ ${data.total}`,
          });
          continue;
        }
        if (family.promise === 'partition') {
          if (equal)
            context.report({ ...base, messageId: 'consistent', status: 'consistent', data, arithmetic: `${data.parts} = ${data.total}` });
          else
            context.report({
              ...base,
              messageId: 'mismatch',
              status: 'inconsistent',
              data,
              arithmetic: `${data.parts} = ${data.sum} ≠ ${data.total}`,
            });
        } else if (canBeAtMost(partSum, family.whole)) {
          context.report({
            ...base,
            messageId: equal ? 'consistent' : 'consistentAtMost',
            status: 'consistent',
            data,
            arithmetic: equal ? `${data.parts} = ${data.total}` : `${data.parts} = ${data.sum} ≤ ${data.total}`,
          });
        } else {
          context.report({
            ...base,
            messageId: 'exceeds',
            status: 'inconsistent',
            data,
            arithmetic: `${data.parts} = ${data.sum} > ${data.total}`,
          });
        }
      }
    }
  },
});
