import { defineCheck } from '../define-check.js';
import { REASONS } from '../reasons.js';
import { type Interval, canBeAtMost, minus, point, total, formatVi, HUNDRED, add, sub, truncated } from '../../arith/index.js';
import { cellFact, cellOperand, cellPlace, factOperand, type Operand } from '../../claims/index.js';
import { type Computed, ratioPercent, verdictOf } from '../verify.js';

/**
 * Appendix `%` cells agree with their operands: `% so với KH` = thực hiện / kế hoạch × 100,
 * `% so với cùng kỳ` = thực hiện / cùng kỳ × 100 (or the growth, − 100), `Tỷ lệ trước và đúng hạn
 * (%)` = (trước hạn + đúng hạn) / đã giải quyết × 100, and in score sheets the index beside a score
 * written over its maximum (`9,49/ 9,5 | 99,9%`) = score / maximum × 100.
 */
export default defineCheck({
  id: 'table-percent',
  meta: {
    description: 'In an appendix table, each percentage cell equals the ratio of the cells it is computed from.',
    name: { vi: 'Tỷ lệ trong bảng', en: 'Table percentage' },
    claims: ['table-percent', 'table-rate', 'table-score-ratio'],
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
    },
    reasons: {
      truncated: REASONS.truncated,
    },
  },
  check(context) {
    const { index, relations } = context;
    /** Reports a `%` cell against the ratio its operands give. */
    const judge = (
      stated: Operand,
      number: { exact: string; decimals: number },
      ratio: Computed,
      formula: string,
      where: string,
      cue: string,
      evidence: Operand[],
    ): void => {
      const v = verdictOf(ratio.interval, stated.interval as Interval, truncated(number.exact, number.decimals));
      const plain = formatVi(ratio.point, number.decimals);
      const result =
        v === 'truncated' || (v === 'inconsistent' && plain === stated.display) ? formatVi(ratio.point, number.decimals + 2) : plain;
      const arithmetic = `${formula} = ${result}`;
      const data = { where, arithmetic, stated: stated.display, computed: result };
      const report = { cue, reason: null, data, arithmetic, expected: plain, actual: stated.display, evidence };
      if (v === 'consistent') context.report({ ...report, messageId: 'consistent', status: 'consistent' });
      else if (v === 'truncated') context.report({ ...report, messageId: 'truncated', status: 'warning', reasonId: 'truncated' });
      else context.report({ ...report, messageId: 'mismatch', status: 'inconsistent' });
    };
    for (const model of relations.tables()) {
      for (const cell of relations.percentCells(model)) {
        for (const row of model.rows) {
          const stated = cellOperand('percent', model, row, cell.col, index);
          const base = cellOperand(
            cell.kind === 'previous' ? 'previous' : cell.kind === 'plan' ? 'plan' : 'whole',
            model,
            row,
            cell.denominator,
            index,
          );
          const number = cellFact(model, row, cell.col)?.number;
          if (!stated?.interval || !base || !number) continue;
          const cut = truncated(number.exact, number.decimals);
          const tries = cell.numerators
            .map((cols) => {
              const parts = cols.map((c) => cellOperand('actual', model, row, c, index));
              if (parts.some((p) => p === null)) return null;
              const ops = parts as Operand[];
              const numerator: Operand =
                ops.length === 1
                  ? (ops[0] as Operand)
                  : {
                      ...(ops[0] as Operand),
                      raw: ops.map((p) => p.raw).join(' + '),
                      display: `(${ops.map((p) => p.display).join(' + ')})`,
                      interval: total(ops.map((p) => p.interval as Interval)),
                      exact: ops.map((p) => p.exact).reduce((a, b) => (a && b ? add(a, b) : null)),
                    };
              const ratio = ratioPercent(numerator, base);
              if (!ratio) return null;
              const options: Array<{ c: Computed; growth: boolean }> = [{ c: ratio, growth: false }];
              if (cell.kind === 'previous')
                options.push({ c: { interval: minus(ratio.interval, point(HUNDRED)), point: sub(ratio.point, HUNDRED) }, growth: true });
              const verdicts = options.map((o) => ({ ...o, v: verdictOf(o.c.interval, stated.interval as Interval, cut) }));
              const best = verdicts.find((x) => x.v === 'consistent') ?? verdicts.find((x) => x.v === 'truncated') ?? verdicts[0];
              return best ? { numerator, parts: ops, ...best } : null;
            })
            .filter((t): t is NonNullable<typeof t> => t !== null);
          const chosen = tries.find((t) => t.v === 'consistent') ?? tries.find((t) => t.v === 'truncated') ?? tries[0];
          if (!chosen) continue;
          const plain = formatVi(chosen.c.point, number.decimals);
          const result =
            chosen.v === 'truncated' || (chosen.v === 'inconsistent' && plain === stated.display)
              ? formatVi(chosen.c.point, number.decimals + 2)
              : plain;
          const arithmetic = `${chosen.numerator.display} / ${base.display} × 100${chosen.growth ? ' − 100' : ''} = ${result}`;
          const data = { where: cellPlace(model, row, cell.col), arithmetic, stated: stated.display, computed: result };
          const report = {
            cue: model.headers[cell.col] ?? '%',
            reason: null,
            data,
            arithmetic,
            expected: formatVi(chosen.c.point, number.decimals),
            actual: stated.display,
            evidence: [stated, ...chosen.parts, base],
          };
          if (chosen.v === 'consistent') context.report({ ...report, messageId: 'consistent', status: 'consistent' });
          else if (chosen.v === 'truncated')
            context.report({ ...report, messageId: 'truncated', status: 'warning', reasonId: 'truncated' });
          else context.report({ ...report, messageId: 'mismatch', status: 'inconsistent' });
        }
      }
      for (const r of relations.rateRows(model)) {
        model.roles.forEach((role, col) => {
          if (['index', 'label', 'unit', 'note'].includes(role) || role.startsWith('percent')) return;
          const stated = cellOperand('percent', model, r.parent, col, index);
          const part = cellOperand('part', model, r.part, col, index);
          const whole = cellOperand('whole', model, r.whole, col, index);
          const number = cellFact(model, r.parent, col)?.number;
          if (!stated?.interval || !part?.interval || !whole?.interval || !number) return;
          // The part of a base never exceeds it: rows listed the other way round (part first) are read so
          // when that reading fits; otherwise the rate may be of a base the form does not list (`Tỷ lệ hộ
          // nghèo` over `Số hộ nghèo`, `Số hộ cận nghèo`), and nothing is asserted.
          if (!canBeAtMost(part.interval, whole.interval)) {
            const swapped = ratioPercent(whole, part);
            if (!swapped) return;
            const cut = truncated(number.exact, number.decimals);
            if (verdictOf(swapped.interval, stated.interval, cut) !== 'inconsistent') {
              judge(
                stated,
                number,
                swapped,
                `${whole.display} / ${part.display} × 100`,
                cellPlace(model, r.parent, col),
                `${r.parent.tt} = ${r.whole.tt} / ${r.part.tt}`,
                [stated, whole, part],
              );
            }
            return;
          }
          const ratio = ratioPercent(part, whole);
          if (!ratio) return;
          judge(
            stated,
            number,
            ratio,
            `${part.display} / ${whole.display} × 100`,
            cellPlace(model, r.parent, col),
            `${r.parent.tt} = ${r.part.tt} / ${r.whole.tt}`,
            [stated, part, whole],
          );
        });
      }
      for (const r of relations.scoreRatios(model)) {
        const stated = cellOperand('percent', model, r.row, r.percentCol, index);
        const score = factOperand('score', model, r.row, r.scoreCol, r.score);
        // The maximum is set by the scheme, not measured: it stands for itself.
        const max = factOperand('maxScore', model, r.row, r.scoreCol, r.max, true);
        const number = cellFact(model, r.row, r.percentCol)?.number;
        if (!stated?.interval || !score || !max || !number) continue;
        const ratio = ratioPercent(score, max);
        if (!ratio) continue;
        judge(
          stated,
          number,
          ratio,
          `${score.display} / ${max.display} × 100`,
          cellPlace(model, r.row, r.percentCol),
          `${model.headers[r.scoreCol] ?? ''} → ${model.headers[r.percentCol] ?? '%'}`,
          [stated, score, max],
        );
      }
    }
  },
});
