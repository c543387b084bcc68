import { defineCheck } from '../define-check.js';
import {
  displayedSum,
  inScaleOf,
  type Operand,
  type TableModel,
  type TableRow,
  cellOperand as tableCell,
  cellPlace,
  factOperand,
  findScoreGroups,
} from '../../claims/index.js';
import { type Interval, canBeAtMost, meets, point, total } from '../../arith/index.js';

/** Points are awarded exactly as written (`2,25` is two and a quarter points, not a rounded figure). */
function cellOperand(role: string, model: TableModel, row: TableRow, col: number): Operand | null {
  const operand = tableCell(role, model, row, col);
  return operand?.exact ? { ...operand, interval: point(operand.exact) } : null;
}

/**
 * Score sheets (the administrative-reform and other index self-assessments): a score never exceeds
 * the maximum of its row, and a criterion's score and maximum are the sums of its numbered
 * sub-criteria (`1 = 1.1 + 1.2 + 1.3`). Scores are never added as amounts by the other table rules.
 */
export default defineCheck({
  id: 'table-score',
  meta: {
    description: 'In a score sheet, each score is at most its maximum, and a criterion equals the sum of its numbered sub-criteria.',
    name: { vi: 'Điểm trong bảng chấm điểm', en: 'Score sheet' },
    claims: ['table-score-total', 'table-score'],
    messages: {
      withinMax: {
        vi: '{{where}}: điểm {{score}} không vượt điểm tối đa {{max}} ✓',
        en: '{{where}}: the score {{score}} does not exceed the maximum {{max}} ✓',
      },
      exceedsMax: {
        vi: '{{where}}: điểm {{score}} vượt điểm tối đa {{max}}',
        en: '{{where}}: the score {{score}} exceeds the maximum {{max}}',
      },
      sumConsistent: {
        vi: '{{where}}: {{parts}} = {{total}} ✓',
        en: '{{where}}: {{parts}} = {{total}} ✓',
      },
      sumMismatch: {
        vi: '{{where}}: các tiêu chí thành phần cộng lại {{parts}} = {{sum}}, nhưng tiêu chí ghi {{total}}',
        en: '{{where}}: the sub-criteria add up to {{parts}} = {{sum}}, but the criterion says {{total}}',
      },
      sumUnverified: {
        vi: '{{where}}: các tiêu chí thành phần cộng lại {{parts}} = {{sum}}, chỉ số chung ghi {{total}} ({{reason}})',
        en: '{{where}}: the sub-criteria add up to {{parts}} = {{sum}}, the composite index says {{total}} ({{reason}})',
      },
    },
    reasons: {
      weighted: {
        vi: 'chỉ số tổng hợp có thể tính theo trọng số, không phải tổng cộng',
        en: 'a composite index may weight its components rather than add them',
      },
    },
  },
  check(context) {
    for (const model of context.relations.tables()) {
      const max = model.roles.indexOf('maxScore');
      const scores = model.roles.map((r, i) => (r === 'score' ? i : -1)).filter((i) => i >= 0);
      if (max < 0 && scores.length === 0) continue;
      if (max >= 0) {
        for (const row of model.rows) {
          const limit = cellOperand('maximum', model, row, max);
          for (const col of scores) {
            const score = cellOperand('score', model, row, col);
            if (!limit?.interval || !score?.interval) continue;
            const data = { where: cellPlace(model, row, col), score: score.display, max: limit.display };
            const report = {
              cue: model.headers[max] ?? null,
              reason: null,
              data,
              expected: `≤ ${limit.display}`,
              actual: score.display,
              evidence: [score, limit],
            };
            if (canBeAtMost(score.interval, limit.interval))
              context.report({
                ...report,
                messageId: 'withinMax',
                status: 'consistent',
                arithmetic: `${score.display} ≤ ${limit.display}`,
              });
            else
              context.report({
                ...report,
                messageId: 'exceedsMax',
                status: 'inconsistent',
                arithmetic: `${score.display} > ${limit.display}`,
              });
          }
        }
      }
      for (const parent of model.rows) {
        const children = model.rows.filter((r) => r.parent === parent.index && !r.subset && !r.inWhich);
        if (children.length < 2 || parent.tt === '' || children.some((c) => c.tt === '')) continue;
        for (const col of [...(max >= 0 ? [max] : []), ...scores]) judgeSum(context, parent, children, col, model);
      }
      // Criteria over unnumbered sub-criteria, and the sheet's total over its top-level criteria.
      for (const g of findScoreGroups(model)) judgeSum(context, g.parent, g.children, g.col, model, g.cue, g.weighted);
    }
    // Published index tables write `score/ maximum` in one cell: the scores add up to the total's
    // score and the maxima to its maximum. Those scores are rounded displays (83,11 shows as 83,1).
    for (const model of context.relations.tables()) {
      for (const t of context.relations.scoreTotals(model)) {
        for (const k of [0, 1] as const) {
          // Maxima are set by the scheme, exact; scores are rounded displays.
          const whole = factOperand(k === 0 ? 'total' : 'maximum', model, t.total, t.col, t.totalPair[k], k === 1);
          const parts = t.pairs.map((p, i) => factOperand('part', model, t.rows[i] as TableRow, t.col, p[k], k === 1));
          if (!whole?.interval || parts.some((p) => !p?.interval)) continue;
          const ops = parts as Operand[];
          const partsText = ops.map((p) => p.display).join(' + ');
          const shown = inScaleOf(displayedSum(ops), [whole]);
          const data = { where: cellPlace(model, t.total, t.col), parts: partsText, sum: shown, total: whole.display };
          const report = {
            cue: `${t.total.label} = ${t.rows.map((r) => r.tt).join(' + ')}`,
            reason: null,
            data,
            expected: shown,
            actual: whole.display,
            evidence: [whole, ...ops],
          };
          if (meets(total(ops.map((p) => p.interval as Interval)), whole.interval))
            context.report({ ...report, messageId: 'sumConsistent', status: 'consistent', arithmetic: `${partsText} = ${whole.display}` });
          else
            context.report({
              ...report,
              messageId: 'sumMismatch',
              status: 'inconsistent',
              arithmetic: `${partsText} = ${shown} ≠ ${whole.display}`,
            });
        }
      }
    }
  },
});

function judgeSum(
  context: Parameters<Parameters<typeof defineCheck>[0]['check']>[0],
  parent: TableRow,
  children: TableRow[],
  col: number,
  model: Parameters<typeof cellOperand>[1],
  cue?: string,
  weighted = false,
): void {
  const whole = cellOperand('total', model, parent, col);
  const parts = children.map((c) => cellOperand('part', model, c, col));
  if (!whole?.interval || parts.some((p) => !p?.interval)) return;
  const ops = parts as Operand[];
  const sum = total(ops.map((p) => p.interval as Interval));
  const partsText = ops.map((p) => p.display).join(' + ');
  const shown = inScaleOf(displayedSum(ops), [whole]);
  const data = { where: cellPlace(model, parent, col), parts: partsText, sum: shown, total: whole.display };
  const report = {
    cue: cue ?? `${parent.tt} = ${children.map((c) => c.tt).join(' + ')}`,
    reason: null,
    data,
    expected: shown,
    actual: whole.display,
    evidence: [whole, ...ops],
  };
  if (meets(sum, whole.interval))
    context.report({ ...report, messageId: 'sumConsistent', status: 'consistent', arithmetic: `${partsText} = ${whole.display}` });
  else if (weighted)
    context.report({
      ...report,
      messageId: 'sumUnverified',
      status: 'unverifiable',
      reasonId: 'weighted',
      arithmetic: `${partsText} = ${shown} ≠ ${whole.display}`,
    });
  else
    context.report({
      ...report,
      messageId: 'sumMismatch',
      status: 'inconsistent',
      arithmetic: `${partsText} = ${shown} ≠ ${whole.display}`,
    });
}
