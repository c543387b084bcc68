import type { Fact } from '../../model/index.js';
import { defineCheck } from '../define-check.js';
import { type Interval, exactly, isPoint, meets, rational, rounded } from '../../arith/index.js';
import {
  intervalOf,
  fold,
  scaleOf,
  cellPlace,
  findTextRowFigures,
  unitsCompatible,
  type Operand,
  type TextRowCandidate,
} from '../../claims/index.js';

/**
 * A figure the text states for what a table row names agrees with that row: `tổng sản lượng thuỷ
 * sản 9 tháng đầu năm ước đạt 4.735 ngàn tấn` against the row `Tổng sản lượng thủy sản` (unit
 * `1000 tấn`) in the table's one actual column. The row is named when its whole label (two words or
 * more, parentheses left out) stands in the words before the figure; the figure must state a level
 * (`đạt`, `là`, none), not a change or a share, with no month, plan or earlier period of its own.
 * Units compare in base units. A figure naming two rows, or a table with several actual columns
 * whose periods the report does not single out, is left alone. A form read by its columns (`Biểu số
 * 2b`: `Tiếp nhận: 03` against its `Tổng` row) is asserted only where the column's whole header is
 * the figure's subject phrase and no other column is named before the figure.
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
    for (const item of findTextRowFigures(index, relations.tables())) {
      const { figure } = item;
      const fact = withScaleWord(item.fact);
      const stated = figure === 'denominator' ? denominatorInterval(fact) : intervalOf(fact);
      if (!stated) continue;
      const shown =
        figure === 'denominator'
          ? (fact.fraction?.denominator?.text ?? fact.raw)
          : fact.kind === 'fraction'
            ? (fact.number?.text ?? fact.raw)
            : fact.raw;
      const comparable = (c: Fact, strict: boolean): boolean => intervalOf(c) !== null && unitsCompatible(fact, c, strict);
      const agrees = (c: Fact): boolean =>
        comparable(c, false) && meets(stated, intervalOf(c) as NonNullable<ReturnType<typeof intervalOf>>);
      // The best-named row holding the figure: the text restates it.
      // A row or column named closely comes before others named as well (`đã xử lý được 137 hồ sơ`: `Đã xử lý`, not `Số lượng tiếp nhận`).
      // A fraction's whole (`45/45 nhiệm vụ đề ra`) is named by the words after it, not as the figure's subject.
      const agreeing =
        (figure === 'value' ? item.candidates.find((c) => c.strong && c.cells.some(agrees)) : undefined) ??
        item.candidates.find((c) => c.cells.some(agrees));
      let chosen: { candidate: TextRowCandidate; cell: Fact; ok: boolean } | null = null;
      if (agreeing) chosen = { candidate: agreeing, cell: agreeing.cells.find(agrees) as Fact, ok: true };
      else if (figure === 'denominator' || fact.kind !== 'fraction') {
        // A mismatch only where the text names exactly one row, closely, with one figure of its unit, for the same kind of level.
        const strong = item.candidates.filter((c) => c.strong);
        const first = strong.length === 1 ? (strong[0] as TextRowCandidate) : null;
        // `Số đơn vị có vi phạm/số đơn vị được thanh tra: 01` names two of a form's columns in full: neither is sure.
        const rival = first?.column && item.candidates.some((c) => c !== first && c.column && c.subject);
        const only = rival ? null : first;
        const cells = only ? only.cells.filter((c) => comparable(c, true) || countsHeaderNoun(only, fact, c)) : [];
        if (only && cells.length === 1 && statesLevel(fact)) chosen = { candidate: only, cell: cells[0] as Fact, ok: false };
      }
      if (!chosen) continue;
      const { candidate, cell, ok } = chosen;
      const where = cellPlace(candidate.model, candidate.row, cell.table?.column ?? null);
      const text = operandOf('text', fact, shown, index.sentenceOf(fact), stated);
      const table = operandOf('table', cell, cell.raw, where, intervalOf(cell));
      const data = {
        where,
        text: shown === fact.raw ? shown : `${shown}${fact.displayUnit ? ` ${fact.displayUnit}` : ''}`,
        table: `${cell.raw} ${cell.displayUnit ?? ''}`.trim(),
      };
      const report = {
        cue: candidate.row.label,
        reason: null,
        data,
        expected: cell.raw,
        actual: shown,
        evidence: [text, table],
        arithmetic: `${shown} ↔ ${data.table}`,
      };
      if (ok) context.report({ ...report, messageId: 'consistent', status: 'consistent' });
      else context.report({ ...report, messageId: 'mismatch', status: 'inconsistent' });
    }
  },
});

/**
 * `tiếp nhận 45 đơn` against a form's column `Số đơn tiếp nhận` whose cells state no unit: the header
 * names the noun the text counts, so both count the same thing.
 */
function countsHeaderNoun(candidate: TextRowCandidate, text: Fact, cell: Fact): boolean {
  if (!candidate.column || cell.unit !== null || !text.unit || !unitsCompatible(text, cell, false)) return false;
  const header = ` ${fold(candidate.column.join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const noun = fold(text.unit)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return noun !== '' && header.includes(` ${noun} `);
}

/** Scale words a unit may lead with (`tỷ đồng`), as a fraction's figures carry them. */
const SCALE_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/^ty\b/u, 1e9],
  [/^trieu\b/u, 1e6],
  [/^(?:nghin|ngan)\b/u, 1e3],
];

/**
 * `9.037/17.454 tỷ đồng`: a fraction's facts may keep the scale word in the displayed unit only;
 * its figures then stand in that scale, so both sides compare in base units.
 */
function withScaleWord(fact: Fact): Fact {
  if (fact.kind !== 'fraction' || fact.scale !== 1 || !fact.displayUnit || fact.displayUnit === fact.unit) return fact;
  const shownUnit = fold(fact.displayUnit).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
  const scale = SCALE_WORDS.find(([re]) => re.test(shownUnit))?.[1];
  return scale ? { ...fact, scale } : fact;
}

/** The whole of a fraction `a/b` in its unit: exact for counts, its rounding interval otherwise. */
function denominatorInterval(fact: Fact): Interval | null {
  const d = fact.fraction?.denominator;
  if (!d || d.ambiguous) return null;
  const scale = scaleOf(fact);
  const exact = intervalOf(fact);
  return exact && isPoint(exact) && d.decimals === 0 ? exactly(d.exact, scale) : rounded(d.exact, d.decimals, scale);
}

/** A level stated for a thing (`… ước đạt 4.735 ngàn tấn`), not a change, a share of a plan, an earlier period or a month's figure. */
function statesLevel(fact: Fact): boolean {
  // A part of a breakdown in the text (`cấp xã 04 TTHC` inside parentheses) counts a subset of something else.
  if (fact.measure.reference !== null || fact.links.partOf !== null || fact.links.parenthetical) return false;
  const predicate = fold(fact.measure.predicate ?? '');
  if (/tăng|giảm|vượt|hụt|chiếm|bằng/u.test(predicate)) return false;
  // `tháng 9 ước đạt 2,76 tỷ USD` is a month's figure; a table column sums months.
  return !/(?<!\d\s)tháng\s+\d{1,2}(?!\s*tháng)|cùng kỳ|năm trước|kế hoạch|dự toán/u.test(fold(fact.measure.subject ?? ''));
}

function operandOf(role: string, fact: Fact, raw: string, sentence: string, interval: Interval | null): Operand {
  const number = fact.number;
  return {
    role,
    fact,
    raw,
    display: raw,
    value: fact.value,
    interval,
    exact: null,
    scale: rational(1n),
    decimals: number?.decimals ?? 0,
    position: fact.position,
    sentence,
  };
}
