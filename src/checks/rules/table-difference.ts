import { defineCheck } from '../define-check.js';
import { type Interval, meets, minus, formatVi, sub } from '../../arith/index.js';
import { findCues, type ColumnRole, type TableModel, cellOperand, cellPlace } from '../../claims/index.js';

/**
 * A difference column equals the difference of the columns it names: `Tăng/giảm so với cùng kỳ` =
 * thực hiện − cùng kỳ, `Chênh lệch so với dự toán` = thực hiện − dự toán. The operands are fixed only
 * when the table has one actual column and the header (or the table, having only one) names the
 * other; otherwise nothing is said.
 */
export default defineCheck({
  id: 'table-difference',
  meta: {
    description: 'In a table, each difference cell (tăng/giảm, chênh lệch) equals the actual minus the column the header compares it with.',
    name: { vi: 'Cột chênh lệch trong bảng', en: 'Table difference column' },
    messages: {
      consistent: {
        vi: '{{where}}: {{arithmetic}} ✓',
        en: '{{where}}: {{arithmetic}} ✓',
      },
      mismatch: {
        vi: '{{where}}: {{arithmetic}}, nhưng bảng ghi {{stated}}',
        en: '{{where}}: {{arithmetic}}, but the table says {{stated}}',
      },
    },
  },
  check(context) {
    for (const model of context.relations.tables()) {
      model.roles.forEach((role, col) => {
        if (role !== 'difference') return;
        const pair = operandsOf(model, col);
        if (!pair) return;
        for (const row of model.rows) {
          const stated = cellOperand('difference', model, row, col);
          const actual = cellOperand('actual', model, row, pair.actual);
          const base = cellOperand(pair.role, model, row, pair.base);
          if (!stated?.interval || !actual?.interval || !base?.interval || !actual.exact || !base.exact) continue;
          // `Giảm` alone states the fall as a positive figure.
          const computed: Interval = pair.fallOnly ? minus(base.interval, actual.interval) : minus(actual.interval, base.interval);
          const point = pair.fallOnly ? sub(base.exact, actual.exact) : sub(actual.exact, base.exact);
          const result = formatVi(point, stated.decimals);
          const arithmetic = pair.fallOnly
            ? `${base.display} − ${actual.display} = ${result}`
            : `${actual.display} − ${base.display} = ${result}`;
          const data = { where: cellPlace(model, row, col), arithmetic, stated: stated.display };
          const report = {
            cue: model.headers[col] ?? null,
            reason: null,
            data,
            arithmetic,
            expected: result,
            actual: stated.display,
            evidence: [stated, actual, base],
          };
          if (meets(computed, stated.interval)) context.report({ ...report, messageId: 'consistent', status: 'consistent' });
          else context.report({ ...report, messageId: 'mismatch', status: 'inconsistent' });
        }
      });
    }
  },
});

interface Pair {
  actual: number;
  base: number;
  role: 'previous' | 'plan';
  fallOnly: boolean;
}

const columnsWith = (model: TableModel, roles: readonly ColumnRole[]): number[] =>
  model.roles.map((r, i) => (roles.includes(r) ? i : -1)).filter((i) => i >= 0);

function operandsOf(model: TableModel, col: number): Pair | null {
  const header = model.headers[col] ?? '';
  const actuals = columnsWith(model, ['actual']);
  const actual = actuals.length === 1 ? actuals[0] : actuals.length === 0 ? columnsWith(model, ['cumulative'])[0] : undefined;
  if (actual === undefined) return null;
  const names = { previous: findCues(header, 'previous').length > 0, plan: findCues(header, 'plan').length > 0 };
  const previous = columnsWith(model, ['previous']);
  const plan = columnsWith(model, ['plan']);
  let role: Pair['role'] | null = null;
  if (names.previous && !names.plan) role = 'previous';
  else if (names.plan && !names.previous) role = 'plan';
  else if (!names.previous && !names.plan)
    role = previous.length > 0 && plan.length === 0 ? 'previous' : plan.length > 0 && previous.length === 0 ? 'plan' : null;
  if (role === null) return null;
  const bases = role === 'previous' ? previous : plan;
  if (bases.length !== 1) return null;
  const folded = header.toLowerCase();
  return { actual, base: bases[0] as number, role, fallOnly: /giảm/u.test(folded) && !/tăng/u.test(folded) };
}
