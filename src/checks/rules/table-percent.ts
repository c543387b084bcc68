import { defineCheck } from '../define-check.js';
import { type Interval, minus, point, total } from '../interval/interval.js';
import { formatVi } from '../interval/format.js';
import { HUNDRED, add, sub } from '../interval/rational.js';
import { truncated } from '../interval/interval.js';
import { cellFact, cellOperand, cellPlace } from '../relations/tables.js';
import type { Operand } from '../types.js';
import { type Computed, ratioPercent, verdictOf } from '../verify.js';

/**
 * Appendix `%` cells agree with their operands: `% so với KH` = thực hiện / kế hoạch × 100,
 * `% so với cùng kỳ` = thực hiện / cùng kỳ × 100 (or the growth, − 100), `Tỷ lệ trước và đúng hạn
 * (%)` = (trước hạn + đúng hạn) / đã giải quyết × 100.
 */
export default defineCheck({
  id: 'table-percent',
  meta: {
    description: 'In an appendix table, each percentage cell equals the ratio of the cells it is computed from.',
    messages: ['consistent', 'truncated', 'mismatch'],
    reasons: ['truncated'],
  },
  check(context) {
    const { index, relations } = context;
    for (const model of relations.tables()) {
      for (const cell of relations.percentCells(model)) {
        for (const row of model.rows) {
          const stated = cellOperand('percent', model, row, cell.col, index);
          const base = cellOperand(cell.kind === 'previous' ? 'previous' : cell.kind === 'plan' ? 'plan' : 'whole', model, row, cell.denominator, index);
          const number = cellFact(model, row, cell.col)?.number;
          if (!stated?.interval || !base || !number) continue;
          const cut = truncated(number.exact, number.decimals);
          const tries = cell.numerators.map((cols) => {
            const parts = cols.map((c) => cellOperand('actual', model, row, c, index));
            if (parts.some((p) => p === null)) return null;
            const ops = parts as Operand[];
            const numerator: Operand = ops.length === 1 ? (ops[0] as Operand) : {
              ...(ops[0] as Operand), raw: ops.map((p) => p.raw).join(' + '), display: `(${ops.map((p) => p.display).join(' + ')})`,
              interval: total(ops.map((p) => p.interval as Interval)), exact: ops.map((p) => p.exact).reduce((a, b) => (a && b ? add(a, b) : null)),
            };
            const ratio = ratioPercent(numerator, base);
            if (!ratio) return null;
            const options: Array<{ c: Computed; growth: boolean }> = [{ c: ratio, growth: false }];
            if (cell.kind === 'previous') options.push({ c: { interval: minus(ratio.interval, point(HUNDRED)), point: sub(ratio.point, HUNDRED) }, growth: true });
            const verdicts = options.map((o) => ({ ...o, v: verdictOf(o.c.interval, stated.interval as Interval, cut) }));
            const best = verdicts.find((x) => x.v === 'consistent') ?? verdicts.find((x) => x.v === 'truncated') ?? verdicts[0];
            return best ? { numerator, parts: ops, ...best } : null;
          }).filter((t): t is NonNullable<typeof t> => t !== null);
          const chosen = tries.find((t) => t.v === 'consistent') ?? tries.find((t) => t.v === 'truncated') ?? tries[0];
          if (!chosen) continue;
          const plain = formatVi(chosen.c.point, number.decimals);
          const result = chosen.v === 'truncated' || (chosen.v === 'inconsistent' && plain === stated.display) ? formatVi(chosen.c.point, number.decimals + 2) : plain;
          const arithmetic = `${chosen.numerator.display} / ${base.display} × 100${chosen.growth ? ' − 100' : ''} = ${result}`;
          const data = { where: cellPlace(model, row, cell.col), arithmetic, stated: stated.display, computed: result };
          const report = { cue: model.headers[cell.col] ?? '%', reason: null, data, arithmetic, expected: formatVi(chosen.c.point, number.decimals), actual: stated.display,
            evidence: [stated, ...chosen.parts, base] };
          if (chosen.v === 'consistent') context.report({ ...report, messageId: 'consistent', status: 'consistent' });
          else if (chosen.v === 'truncated') context.report({ ...report, messageId: 'truncated', status: 'warning', reasonId: 'truncated' });
          else context.report({ ...report, messageId: 'mismatch', status: 'inconsistent' });
        }
      }
    }
  },
});
