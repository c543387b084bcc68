import { defineCheck } from '../define-check.js';
import { displayedSum, inScaleOf, cellOperand, cellPlace, numericCols, type Operand } from '../../claims/index.js';
import { canBeAtMost, meets, total } from '../../arith/index.js';

/**
 * Appendix totals add up: `A TỔNG THU … (I+II)` against rows I and II, a row against its sub-rows
 * (only fitting, not equal, under `Trong đó:`), a `Tổng số` row against the rows above it, and
 * within a row `Tiếp nhận` = `Đã giải quyết` + `Đang giải quyết`.
 */
export default defineCheck({
  id: 'table-total',
  meta: {
    description: 'In an appendix table, total rows and total columns equal the sum of the rows or columns they total.',
    name: { vi: 'Dòng tổng của bảng', en: 'Table total row' },
    messages: {
      consistent: {
        vi: '{{where}}: {{arithmetic}} ✓',
        en: '{{where}}: {{arithmetic}} ✓',
      },
      consistentAtMost: {
        vi: '{{where}}: {{arithmetic}} ✓ (các dòng "trong đó" không vượt tổng)',
        en: '{{where}}: {{arithmetic}} ✓ (the "trong đó" rows do not exceed the total)',
      },
      mismatch: {
        vi: '{{where}}: {{parts}} = {{sum}}, nhưng dòng tổng ghi {{total}}',
        en: '{{where}}: {{parts}} = {{sum}}, but the total row says {{total}}',
      },
      exceeds: {
        vi: '{{where}}: {{parts}} = {{sum}}, vượt tổng {{total}}',
        en: '{{where}}: {{parts}} = {{sum}}, more than the total {{total}}',
      },
    },
  },
  check(context) {
    const { index, relations } = context;
    const judge = (whole: Operand, parts: Operand[], partition: boolean, where: string, cue: string): void => {
      const sum = total(parts.map((p) => p.interval as NonNullable<Operand['interval']>));
      const partsText = parts.map((p) => p.display).join(' + ');
      const data = { where, parts: partsText, sum: inScaleOf(displayedSum(parts), [whole]), total: whole.display };
      const base = { cue, evidence: [whole, ...parts], expected: data.sum, actual: whole.display, reason: null, data };
      const equal = meets(sum, whole.interval as NonNullable<Operand['interval']>);
      if (equal) context.report({ ...base, messageId: 'consistent', status: 'consistent', arithmetic: `${partsText} = ${whole.display}` });
      else if (!partition && canBeAtMost(sum, whole.interval as NonNullable<Operand['interval']>)) {
        context.report({
          ...base,
          messageId: 'consistentAtMost',
          status: 'consistent',
          arithmetic: `${partsText} = ${data.sum} ≤ ${whole.display}`,
        });
      } else {
        context.report({
          ...base,
          messageId: partition ? 'mismatch' : 'exceeds',
          status: 'inconsistent',
          arithmetic: `${partsText} = ${data.sum} ${partition ? '≠' : '>'} ${whole.display}`,
        });
      }
    };
    for (const model of relations.tables()) {
      for (const sum of relations.columnSums(model)) {
        for (const col of numericCols(model, sum.parent.grandTotal)) {
          const whole = cellOperand('total', model, sum.parent, col, index);
          const parts = sum.children.map((c) => cellOperand('part', model, c, col, index));
          if (!whole || parts.some((p) => p === null)) continue;
          judge(whole, parts as Operand[], sum.partition, cellPlace(model, sum.parent, col), sum.cue);
        }
      }
      for (const sum of relations.rowSums(model)) {
        for (const row of model.rows) {
          const whole = cellOperand('total', model, row, sum.totalCol, index);
          const parts = sum.partCols.map((c) => cellOperand('part', model, row, c, index));
          if (!whole || parts.some((p) => p === null)) continue;
          judge(whole, parts as Operand[], true, cellPlace(model, row, sum.totalCol), sum.cue);
        }
      }
    }
  },
});
