import { defineCheck } from '../define-check.js';
import {
  displayedSum,
  inScaleOf,
  blankOperand,
  cellOperand,
  cellPlace,
  numericCols,
  findNoteSums,
  factOperand,
  type Operand,
  type TableRow,
} from '../../claims/index.js';
import { canBeAtMost, isPoint, meets, total } from '../../arith/index.js';

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
    claims: ['table-total', 'table-row-sum'],
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
      consistentLeading: {
        vi: '{{where}}: {{arithmetic}} ✓ ({{outside}} không thuộc tổng)',
        en: '{{where}}: {{arithmetic}} ✓ ({{outside}} is not part of the total)',
      },
      consistentNested: {
        vi: '{{where}}: {{arithmetic}} ✓ ({{outside}} là chi tiết của dòng trên)',
        en: '{{where}}: {{arithmetic}} ✓ ({{outside}} detail the row above them)',
      },
      unverified: {
        vi: '{{where}}: {{parts}} = {{sum}}, dòng tổng ghi {{total}} ({{reason}})',
        en: '{{where}}: {{parts}} = {{sum}}, the total row says {{total}} ({{reason}})',
      },
    },
    reasons: {
      layoutOnly: {
        vi: 'chỉ vị trí dòng cho thấy các dòng sau là thành phần của dòng tổng',
        en: 'only the row layout suggests that the rows after it are its parts',
      },
    },
  },
  check(context) {
    const { index, relations } = context;
    const judge = (whole: Operand, parts: Operand[], partition: boolean, where: string, cue: string, options: JudgeOptions = {}): void => {
      const sum = total(parts.map((p) => p.interval as NonNullable<Operand['interval']>));
      const partsText = parts.map((p) => p.display).join(' + ');
      const data = { where, parts: partsText, sum: inScaleOf(displayedSum(parts), [whole]), total: whole.display };
      const base = {
        cue,
        evidence: [...(options.wholes ?? [whole]), ...parts],
        expected: data.sum,
        actual: whole.display,
        reason: null,
        data,
      };
      const equal = meets(sum, whole.interval as NonNullable<Operand['interval']>);
      const leading = equal || !partition ? null : leadingPartsThatFit(whole, parts, options.outside ?? []);
      const nested = equal || leading || !partition ? null : nestedRuns(parts);
      if (equal) context.report({ ...base, messageId: 'consistent', status: 'consistent', arithmetic: `${partsText} = ${whole.display}` });
      else if (nested) {
        // `Khu vực có vốn đầu tư NN 14480` then `Dầu thô 180`, `Hàng hoá khác 14300` at one depth: rows that add up to
        // the row above them detail it; the total adds the others.
        const kept = parts.filter((_, i) => !nested.has(i));
        const keptText = kept.map((p) => p.display).join(' + ');
        const keptSum = total(kept.map((p) => p.interval as NonNullable<Operand['interval']>));
        const detail = parts
          .filter((_, i) => nested.has(i))
          .map((p) => p.display)
          .join(', ');
        const fits = meets(keptSum, whole.interval as NonNullable<Operand['interval']>);
        const keptData = { ...data, parts: keptText, sum: inScaleOf(displayedSum(kept), [whole]), outside: detail };
        context.report({
          ...base,
          evidence: [...(options.wholes ?? [whole]), ...kept],
          data: keptData,
          messageId: fits ? 'consistentNested' : 'mismatch',
          status: fits ? 'consistent' : 'inconsistent',
          arithmetic: fits ? `${keptText} = ${whole.display}` : `${keptText} = ${keptData.sum} ≠ ${whole.display}`,
        });
      } else if (leading) {
        // `1.4 = 1.4.1 + 1.4.2` exactly, `1.4.3 Số TTHC ngành dọc` listed after: the last rows are beside the total, not in it.
        const kept = parts.slice(0, leading.count);
        const keptText = kept.map((p) => p.display).join(' + ');
        context.report({
          ...base,
          evidence: [whole, ...kept],
          data: { ...data, outside: leading.outside },
          messageId: 'consistentLeading',
          status: 'consistent',
          arithmetic: `${keptText} = ${whole.display}`,
        });
      } else if (options.weak) {
        context.report({
          ...base,
          messageId: 'unverified',
          status: 'unverifiable',
          reasonId: 'layoutOnly',
          arithmetic: `${partsText} = ${data.sum} ≠ ${whole.display}`,
        });
      } else if (!partition && canBeAtMost(sum, whole.interval as NonNullable<Operand['interval']>)) {
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
        // Only numbered parts can leave their last rows out: unnumbered rows may be any grouping.
        const outside = sum.children.every((c) => c.tt !== '') ? sum.children.map((c) => `${c.tt} ${c.label}`.trim()) : [];
        for (const col of sum.columns ?? numericCols(model, sum.parent.grandTotal)) {
          const whole = cellOperand('total', model, sum.parent, col, index);
          const parts = sum.children.map((c) => cellOperand('part', model, c, col, index));
          if (!whole || parts.some((p) => p === null)) continue;
          judge(whole, parts as Operand[], sum.partition, cellPlace(model, sum.parent, col), sum.cue, { weak: sum.weak, outside });
        }
      }
      // A note cell listing the parts of its row's figure (`bao gồm 265 … và 01 …`).
      for (const note of findNoteSums(model, index)) {
        const whole = cellOperand('total', model, note.row, note.valueCol, index);
        const parts = note.parts.map((f) => factOperand('part', model, note.row, note.noteCol, f));
        if (!whole || parts.some((p) => p === null)) continue;
        judge(whole, parts as Operand[], true, cellPlace(model, note.row, note.valueCol), note.cue);
      }
      for (const sum of relations.rowSums(model)) {
        // A rule the form states reads its blank cells as 0; otherwise a blank cell is no figure.
        const read = (role: string, row: TableRow, col: number): Operand | null =>
          cellOperand(role, model, row, col, index) ?? (sum.stated ? blankOperand(role, model, row, col) : null);
        for (const row of sum.rows ? model.rows.filter((r) => sum.rows?.includes(r.index)) : model.rows) {
          const wholes = (sum.totalCols ?? [sum.totalCol]).map((c) => read('total', row, c));
          const parts = sum.partCols.map((c) => read('part', row, c));
          if (wholes.some((w) => w === null) || parts.some((p) => p === null)) continue;
          // A total left blank was not filled in: nothing is stated to check.
          if ((wholes as Operand[]).every((w) => w.fact === null)) continue;
          const whole = wholes.length === 1 ? (wholes[0] as Operand) : sumOperand(wholes as Operand[]);
          judge(whole, parts as Operand[], true, cellPlace(model, row, sum.totalCol), sum.cue, { wholes: wholes as Operand[] });
        }
      }
    }
  },
});

/** Columns that together make the whole (`cột (7) + cột (14)`), as one figure. */
function sumOperand(wholes: readonly Operand[]): Operand {
  const first = wholes[0] as Operand;
  const display = `(${wholes.map((w) => w.display).join(' + ')})`;
  return {
    ...first,
    role: 'total',
    raw: display,
    display: inScaleOf(displayedSum(wholes), [first]),
    value: wholes.reduce((n, w) => n + (w.value ?? 0), 0),
    interval: total(wholes.map((w) => w.interval as NonNullable<Operand['interval']>)),
    exact: null,
  };
}

interface JudgeOptions {
  /** The cells that make the whole, when it is a sum of columns. */
  wholes?: Operand[];
  /** The total is linked to its parts by the layout only. */
  weak?: boolean | undefined;
  /** Names of the numbered part rows, in order; empty when the parts are not numbered. */
  outside?: readonly string[];
}

/**
 * Numbered parts whose first rows sum to the total exactly while the rows after them are not zero
 * (`Số TTHC cấp tỉnh`, `cấp xã`, then `ngành dọc`): the form lists a related figure beside the
 * breakdown. Needs at least two parts kept, counts shown exactly, and every left-out row non-zero.
 */
function leadingPartsThatFit(
  whole: Operand,
  parts: readonly Operand[],
  names: readonly string[],
): { count: number; outside: string } | null {
  if (names.length !== parts.length) return null;
  const exact = (o: Operand): boolean => o.interval !== null && isPoint(o.interval);
  if (!exact(whole) || parts.some((p) => !exact(p))) return null;
  for (let count = parts.length - 1; count >= 2; count -= 1) {
    const kept = parts.slice(0, count);
    if (parts.slice(count).some((p) => p.value === 0)) continue;
    const sum = total(kept.map((p) => p.interval as NonNullable<Operand['interval']>));
    if (meets(sum, whole.interval as NonNullable<Operand['interval']>)) return { count, outside: names.slice(count).join('; ') };
  }
  return null;
}

/**
 * Runs of two or more parts that add up exactly to the part right before them: a sub-breakdown
 * listed at the same depth. Returns the indices of the detail rows, or null when there is none.
 */
function nestedRuns(parts: readonly Operand[]): Set<number> | null {
  const nested = new Set<number>();
  for (let j = 0; j < parts.length - 2; j += 1) {
    const head = parts[j] as Operand;
    if (nested.has(j) || !head.interval || head.value === 0) continue;
    for (let k = j + 2; k < parts.length; k += 1) {
      const run = parts.slice(j + 1, k + 1);
      if (run.some((p) => !p.interval)) break;
      if (meets(total(run.map((p) => p.interval as NonNullable<Operand['interval']>)), head.interval)) {
        for (let i = j + 1; i <= k; i += 1) nested.add(i);
        j = k;
        break;
      }
    }
  }
  return nested.size > 0 && nested.size < parts.length - 1 ? nested : null;
}
