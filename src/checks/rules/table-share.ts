import { defineCheck } from '../define-check.js';
import { REASONS } from '../reasons.js';
import { type Interval, exactly, formatVi, meets, total, truncated } from '../../arith/index.js';
import { cellFact, cellOperand, cellPlace, displayedSum, findShareColumns, inScaleOf, type Operand } from '../../claims/index.js';
import { ratioPercent, verdictOf } from '../verify.js';

/**
 * Share columns (`Cơ cấu (%)`, `Tỷ trọng (%)`): each part's share is its amount over the total
 * row's amount × 100, the total's own share is 100, and the shares of parts that split the total
 * make 100. The amount is the figure column right before the share column, under the same header.
 */
export default defineCheck({
  id: 'table-share',
  meta: {
    description:
      "In a table's share column (Cơ cấu, Tỷ trọng), each share equals its row's amount over the total row's, and the shares make 100%.",
    name: { vi: 'Cơ cấu trong bảng', en: 'Table share column' },
    messages: {
      consistent: {
        vi: '{{where}}: {{arithmetic}} ✓',
        en: '{{where}}: {{arithmetic}} ✓',
      },
      truncated: {
        vi: '{{where}}: {{arithmetic}}; bảng ghi {{stated}}: {{reason}}',
        en: '{{where}}: {{arithmetic}}; the table says {{stated}}: {{reason}}',
      },
      mismatch: {
        vi: '{{where}}: {{arithmetic}}, nhưng bảng ghi {{stated}}',
        en: '{{where}}: {{arithmetic}}, but the table says {{stated}}',
      },
      sumConsistent: {
        vi: '{{where}}: cơ cấu các thành phần {{parts}} = {{sum}} ✓',
        en: '{{where}}: the parts’ shares {{parts}} = {{sum}} ✓',
      },
      sumMismatch: {
        vi: '{{where}}: cơ cấu các thành phần cộng lại {{parts}} = {{sum}}, không phải 100',
        en: '{{where}}: the parts’ shares add up to {{parts}} = {{sum}}, not 100',
      },
      totalNotHundred: {
        vi: '{{where}}: cơ cấu của dòng tổng phải là 100, bảng ghi {{stated}}',
        en: '{{where}}: the total row’s share must be 100, the table says {{stated}}',
      },
    },
    reasons: {
      truncated: REASONS.truncated,
    },
  },
  check(context) {
    const { index, relations } = context;
    const hundred = exactly('100');
    for (const model of relations.tables()) {
      for (const share of findShareColumns(model)) {
        const whole = cellOperand('whole', model, share.total, share.amount, index);
        if (!whole) continue;
        const cue = share.cue;
        // The total's own share.
        const own = cellOperand('percent', model, share.total, share.col, index);
        if (own?.interval) {
          const where = cellPlace(model, share.total, share.col);
          const data = { where, stated: own.display, arithmetic: `${own.display} = 100` };
          const base = { cue, reason: null, data, expected: '100', actual: own.display, evidence: [own] };
          if (meets(own.interval, hundred))
            context.report({ ...base, messageId: 'consistent', status: 'consistent', arithmetic: data.arithmetic });
          else context.report({ ...base, messageId: 'totalNotHundred', status: 'inconsistent', arithmetic: `${own.display} ≠ 100` });
        }
        // Each part's share of the total.
        const stated: Operand[] = [];
        for (const row of share.parts) {
          const percent = cellOperand('percent', model, row, share.col, index);
          const part = cellOperand('part', model, row, share.amount, index);
          const number = cellFact(model, row, share.col)?.number;
          if (!percent?.interval || !number) continue;
          stated.push(percent);
          if (!part) continue;
          const ratio = ratioPercent(part, whole);
          if (!ratio) continue;
          const v = verdictOf(ratio.interval, percent.interval, truncated(number.exact, number.decimals));
          const plain = formatVi(ratio.point, number.decimals);
          const result =
            v === 'truncated' || (v === 'inconsistent' && plain === percent.display) ? formatVi(ratio.point, number.decimals + 2) : plain;
          const arithmetic = `${part.display} / ${whole.display} × 100 = ${result}`;
          const where = cellPlace(model, row, share.col);
          const data = { where, arithmetic, stated: percent.display };
          const base = { cue, reason: null, data, arithmetic, expected: plain, actual: percent.display, evidence: [percent, part, whole] };
          if (v === 'consistent') context.report({ ...base, messageId: 'consistent', status: 'consistent' });
          else if (v === 'truncated') context.report({ ...base, messageId: 'truncated', status: 'warning', reasonId: 'truncated' });
          else context.report({ ...base, messageId: 'mismatch', status: 'inconsistent' });
        }
        // Parts that split the total make 100 %.
        if (share.partition && stated.length === share.parts.length) {
          const sum = total(stated.map((p) => p.interval as Interval));
          const shown = inScaleOf(displayedSum(stated), stated);
          const partsText = stated.map((p) => p.display).join(' + ');
          const where = cellPlace(model, share.total, share.col);
          const data = { where, parts: partsText, sum: shown };
          const base = { cue, reason: null, data, expected: '100', actual: shown, evidence: stated };
          if (meets(sum, hundred))
            context.report({ ...base, messageId: 'sumConsistent', status: 'consistent', arithmetic: `${partsText} = ${shown} ≈ 100` });
          else context.report({ ...base, messageId: 'sumMismatch', status: 'inconsistent', arithmetic: `${partsText} = ${shown} ≠ 100` });
        }
      }
    }
  },
});
