import type { Fact } from '../../model/index.js';
import { defineCheck } from '../define-check.js';
import { meets, rational } from '../../arith/index.js';
import { intervalOf, isPercent, fold, type TableModel, type TableRow, cellFact, cellPlace, type Operand } from '../../claims/index.js';

/**
 * A figure the text states for what a table row names agrees with that row: `tổng sản lượng thuỷ
 * sản 9 tháng đầu năm ước đạt 4.735 ngàn tấn` against the row `Tổng sản lượng thủy sản` (unit
 * `1000 tấn`) in the table's one actual column. The row is named when its whole label (two words or
 * more, parentheses left out) stands in the words before the figure; the figure must state a level
 * (`đạt`, `là`, none), not a change or a share, with no month, plan or earlier period of its own.
 * Units compare in base units. A figure naming two rows, or a table with several actual columns
 * whose periods the report does not single out, is left alone.
 */
export default defineCheck({
  id: 'table-text',
  meta: {
    description: "A figure the text states for what a table row names equals that row's figure in the table.",
    name: { vi: 'Số liệu bảng và lời văn', en: 'Table figure restated in the text' },
    messages: {
      consistent: {
        vi: '{{where}}: văn bản ghi {{text}}, bảng ghi {{table}} ✓',
        en: '{{where}}: the text says {{text}}, the table {{table}} ✓',
      },
      mismatch: {
        vi: '{{where}}: văn bản ghi {{text}}, nhưng bảng ghi {{table}}',
        en: '{{where}}: the text says {{text}}, but the table says {{table}}',
      },
    },
  },
  check(context) {
    const { index, relations } = context;
    const rows = namedRows(relations.tables());
    if (rows.length === 0) return;
    for (const unit of index.orderedUnits()) {
      if (unit.kind === 'table' || unit.kind === 'footnote') continue;
      for (const fact of index.factsIn(unit.id)) {
        if (!statesLevel(fact)) continue;
        const subject = fold(fact.measure.subject ?? '');
        const named = rows.filter((r) => subject.includes(r.key));
        const longest = Math.max(0, ...named.map((r) => r.key.length));
        const chosen = named.filter((r) => r.key.length === longest);
        if (chosen.length !== 1) continue;
        const { model, row, cells, single } = chosen[0] as NamedRow;
        const stated = intervalOf(fact);
        const comparable = cells.filter((c) => c.unit === fact.unit && isPercent(c) === isPercent(fact) && intervalOf(c) !== null);
        if (!stated || comparable.length === 0) continue;
        // Any period column the text may mean agrees: consistent. A mismatch is asserted only where the row has one figure.
        const agreeing = comparable.find((c) => meets(stated, intervalOf(c) as NonNullable<ReturnType<typeof intervalOf>>));
        const cell = agreeing ?? (single && comparable.length === 1 ? comparable[0] : undefined);
        if (!cell) continue;
        const where = cellPlace(model, row, cell.table?.column ?? null);
        const text = operandOf('text', fact, fact.raw, unit.text.slice(fact.sentence.start, fact.sentence.end));
        const table = operandOf('table', cell, cell.raw, where);
        const data = { where, text: fact.raw, table: `${cell.raw} ${cell.displayUnit ?? ''}`.trim() };
        const report = {
          cue: row.label,
          reason: null,
          data,
          expected: cell.raw,
          actual: fact.raw,
          evidence: [text, table],
          arithmetic: `${fact.raw} ↔ ${data.table}`,
        };
        if (agreeing) context.report({ ...report, messageId: 'consistent', status: 'consistent' });
        else context.report({ ...report, messageId: 'mismatch', status: 'inconsistent' });
      }
    }
  },
});

interface NamedRow {
  model: TableModel;
  row: TableRow;
  /** The row's figures in amount columns (not `%`, not scores). */
  cells: Fact[];
  /** The table has one such column: the row states one figure. */
  single: boolean;
  key: string;
}

const AMOUNT_ROLES = new Set(['actual', 'cumulative', 'previous', 'plan', 'total', 'other', 'done', 'pending', 'onTime', 'late']);

/** Rows with figures, keyed by their folded label. */
function namedRows(models: readonly TableModel[]): NamedRow[] {
  const out: NamedRow[] = [];
  for (const model of models) {
    const columns = model.roles.map((r, i) => (AMOUNT_ROLES.has(r) ? i : -1)).filter((i) => i >= 0);
    for (const row of model.rows) {
      const cells = columns.map((c) => cellFact(model, row, c)).filter((f): f is Fact => f !== null);
      const key = fold(row.label.replace(/\([^()]*\)/gu, ' '))
        .replace(/[-–:;,.]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim();
      if (cells.length === 0 || key.split(' ').length < 2 || key.length < 8) continue;
      out.push({ model, row, cells, single: columns.length === 1, key });
    }
  }
  return out;
}

/** A level stated for a thing (`… ước đạt 4.735 ngàn tấn`), not a change, a share, a plan or a month's figure. */
function statesLevel(fact: Fact): boolean {
  if (fact.table || fact.status !== 'ok' || fact.value === null || fact.bound !== null) return false;
  if (!['number', 'money', 'quantity', 'percent'].includes(fact.kind) || fact.number?.ambiguous) return false;
  if (fact.measure.reference !== null || fact.links.parenthetical) return false;
  const predicate = fold(fact.measure.predicate ?? '');
  if (predicate !== '' && !/^(ước đạt|đạt|là|được|có|ước|ước tính|đạt khoảng)$/u.test(predicate)) return false;
  // `tháng 9 ước đạt 2,76 tỷ USD` is a month's figure; a table column sums months.
  return !/(?<!\d\s)tháng\s+\d{1,2}(?!\s*tháng)|cùng kỳ|năm trước|kế hoạch|dự toán/u.test(fold(fact.measure.subject ?? ''));
}

function operandOf(role: string, fact: Fact, raw: string, sentence: string): Operand {
  const number = fact.number;
  return {
    role,
    fact,
    raw,
    display: number?.text ?? raw,
    value: fact.value,
    interval: intervalOf(fact),
    exact: null,
    scale: rational(1n),
    decimals: number?.decimals ?? 0,
    position: fact.position,
    sentence,
  };
}
