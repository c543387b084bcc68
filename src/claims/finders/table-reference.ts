import type { Token } from '../analysis.js';
import { findCues, fold } from '../lexicon.js';
import type { DocumentIndex } from '../document-index.js';
import { type Interval, type Rational, add, fromDecimal, meets, mul, pow10, rational, sub } from '../../arith/index.js';
import { periodPair } from './table-relations.js';
import { intervalOf, scaleOf } from '../quantity.js';
import type { Operand } from '../types.js';
import type { RatioClaim } from './ratio.js';
import { type ColumnRole, type TableModel, type TableRow, cellFact, cellOperand, tableName } from './tables.js';

/**
 * `Tổng thu NSNN … là 1.448.367 triệu đồng, đạt 61% dự toán … (Chi tiết như Biểu số 60/CK-NSNN)`:
 * the text states the actual and the share, the appendix states the plan. The appendix row is found
 * by the actual's displayed digits: a distinctive figure (four digits or more) standing in a row of
 * an appendix table; the plan is that row's value under its plan columns (its earlier-period
 * columns for a change). Both figures then come from the same row, so the table's unit does not
 * matter. Every row holding the figure must give one and the same plan value, or nothing is said.
 */

const MIN_DIGITS = 4;
const ACTUAL_ROLES: readonly ColumnRole[] = ['actual', 'cumulative', 'total', 'other'];

export interface AppendixPair {
  subject: Operand;
  reference: Operand;
  table: string;
  /** The header of the column the plan (or earlier figure) came from. */
  header: string;
}

/**
 * Whether the column header names the plan the text means: whoever set the plan, when the text says
 * (`dự toán Trung ương giao`, `kế hoạch điều chỉnh`; lexicon `planIssuer`), must be in the header too.
 */
export function headerNamesReference(header: string, after: string): boolean {
  const named = fold(header);
  return findCues(after, 'planIssuer').every((m) => named.includes(m.phrase));
}

export function appendixOperands(claim: RatioClaim, tables: readonly TableModel[], index: DocumentIndex): AppendixPair | null {
  const subject = claim.subject;
  if (!subject || claim.absolute) return null;
  const referenceRole: ColumnRole = claim.kind === 'change' ? 'previous' : 'plan';
  const found: AppendixPair[] = [];
  const cells = distinctive(subject) ? (actualCells(tables).get(subject.fact.number?.exact ?? '') ?? []) : [];
  const named = cells.length > 0 ? [] : namedRowCells(subject, tables);
  // The row named in other words than its label (`giá trị xuất khẩu … 22,66 tỷ USD` for `Kim ngạch xuất
  // khẩu | Tr.USD | … | 22.661`), for a same-period comparison only: the table's earlier column is one.
  const described = cells.length > 0 || named.length > 0 || !samePeriod(claim) ? [] : describedRowCells(claim, subject, tables);
  for (const { model, row, col } of cells.length > 0 ? cells : named.length > 0 ? named : described) {
    const pair = periodPair(model);
    model.roles.forEach((role, referenceCol) => {
      // `6 tháng năm 2025 | 6 tháng năm 2026`: the earlier of the same period is the one compared with.
      const isReference =
        role === referenceRole || (referenceRole === 'previous' && pair?.previous === referenceCol && pair.actual === col);
      if (!isReference) return;
      const actual = cellOperand(claim.kind === 'change' ? 'current' : 'actual', model, row, col, index);
      const reference = cellOperand(referenceRole, model, row, referenceCol, index);
      if (actual && reference)
        found.push({ subject: actual, reference, table: tableName(model.table), header: model.headers[referenceCol] ?? '' });
    });
  }
  const values = new Set(found.map((p) => p.reference.display));
  return values.size === 1 ? (found[0] ?? null) : null;
}

interface CellAt {
  model: TableModel;
  row: TableRow;
  col: number;
}

const cellIndexes = new WeakMap<readonly TableModel[], Map<string, CellAt[]>>();

/** The document's appendix cells of actual values by their exact digits, built once per document. */
function actualCells(tables: readonly TableModel[]): Map<string, CellAt[]> {
  let byExact = cellIndexes.get(tables);
  if (byExact) return byExact;
  byExact = new Map();
  for (const model of tables) {
    for (const row of model.rows) {
      model.roles.forEach((role, col) => {
        if (!ACTUAL_ROLES.includes(role)) return;
        const exact = cellFact(model, row, col)?.number?.exact;
        if (!exact) return;
        const list = byExact.get(exact) ?? [];
        // One cell per row: the first actual column holding the figure.
        if (!list.some((c) => c.model === model && c.row === row)) list.push({ model, row, col });
        byExact.set(exact, list);
      });
    }
  }
  cellIndexes.set(tables, byExact);
  return byExact;
}

/**
 * `diện tích ngô đạt 1.054 ngàn ha, tăng 0,8%` beside an indicator table row `Ngô | 1000 ha |
 * 1.046,0 | 1.053,9 | 100,8`: the row is the one whose whole label (two words or more) the words
 * before the figure name, the only such row, and the figure is that row's actual value as the text
 * rounds it, in the same unit. Label, unit and value together fix the row, as a figure's digits do.
 */
function namedRowCells(subject: Token, tables: readonly TableModel[]): CellAt[] {
  const fact = subject.fact;
  const said = fold(fact.measure.subject ?? '')
    .replace(/[-–:;,.]+/gu, ' ')
    .replace(/\s+/gu, ' ');
  const stated = intervalOf(fact);
  if (!said || !stated || subject.percent || subject.fraction) return [];
  let best: CellAt[] = [];
  let bestKey = 0;
  let ties = 0;
  for (const model of tables) {
    for (const row of model.rows) {
      const key = fold(row.label.replace(/\([^()]*\)/gu, ' '))
        .replace(/[-–:;,.]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim();
      if (key.split(' ').length < 2 || key.length < 8 || !said.includes(key) || key.length < bestKey) continue;
      const cells: CellAt[] = [];
      const pair = periodPair(model);
      model.roles.forEach((role, col) => {
        if (role !== 'actual' && role !== 'cumulative' && pair?.actual !== col) return;
        const cell = cellFact(model, row, col);
        const value = cell ? intervalOf(cell) : null;
        if (cell && value && cell.unit === fact.unit && meets(stated, value)) cells.push({ model, row, col });
      });
      if (cells.length === 0) continue;
      if (key.length > bestKey) {
        best = cells;
        bestKey = key.length;
        ties = 0;
      } else ties += 1;
    }
  }
  return ties === 0 ? best : [];
}

/** A figure unlikely to recur by chance: four digits or more, not a percentage or a fraction. */
function distinctive(token: Token): boolean {
  const number = token.fact.number;
  if (!number || token.percent || token.fraction || token.fact.bound !== null) return false;
  return number.text.replace(/\D/gu, '').length >= MIN_DIGITS;
}

/** A comparison with the same period of an earlier year (`cùng kỳ`, `năm trước`, `cùng kỳ năm 2013`). */
function samePeriod(claim: RatioClaim): boolean {
  if (claim.kind !== 'change') return false;
  const word = fold(claim.referenceWord ?? '');
  return word.includes('cùng kỳ') || /^năm (trước|ngoái)$/u.test(word);
}

const LABEL_FILLER = new Set(['trong', 'đó', 'chia', 'ra', 'ở', 'của', 'và', 'các', 'tổng', 'số', 'là', 'có']);

const wordsOf = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0 && !LABEL_FILLER.has(w));

/**
 * The interval a figure allows when it names a row: `khoảng 1.810` and `gần 500` as far as their
 * trailing zeros let them (1.805–1.815, 450–550), `hơn 625` from 625 up to the next unit.
 */
function lookupInterval(subject: Token): Interval | null {
  const number = subject.fact.number;
  if (!number) return null;
  const approximate = /(?:khoảng|gần|xấp xỉ|trên|hơn|chừng)\s*$/u.test(fold(subject.before));
  if (!approximate && subject.fact.bound === null) return intervalOf(subject.fact);
  const digits = number.text.replace(/\D/gu, '');
  const zeros = number.decimals > 0 ? 0 : (/0*$/u.exec(digits)?.[0].length ?? 0);
  const step: Rational = mul(rational(pow10(zeros), pow10(number.decimals)), scaleOf(subject.fact));
  const value = mul(fromDecimal(number.exact), scaleOf(subject.fact));
  const half = mul(step, rational(1n, 2n));
  if (subject.fact.bound === 'above' || subject.fact.bound === 'at-least') return { lo: value, hi: add(value, step) };
  if (subject.fact.bound === 'below' || subject.fact.bound === 'at-most') return { lo: sub(value, step), hi: value };
  return { lo: sub(value, half), hi: add(value, half) };
}

/**
 * `trên địa bàn các tỉnh miền Nam đã thu hoạch được khoảng 1.810 ngàn ha lúa hè thu, … bằng 99,4% so
 * với cùng kỳ` beside a row `Thu hoạch lúa hè thu miền Nam | 1000 ha | 1.819,7 | 1.809,6`: the row
 * whose actual value the text's figure gives (as rounded or approximated), in the same unit, and
 * whose label's words the sentence says, most of them (two in three); the one such row that says
 * the most, or none.
 */
function describedRowCells(claim: RatioClaim, subject: Token, tables: readonly TableModel[]): CellAt[] {
  const fact = subject.fact;
  const wanted = lookupInterval(subject);
  if (!wanted || subject.percent || subject.fraction || !fact.unit) return [];
  const text = subject.unit.text;
  const said = new Set(wordsOf(text.slice(subject.sentence.start, Math.max(subject.numberEnd, claim.stated.numberStart))));
  let best: CellAt[] = [];
  let bestScore = 0;
  let tie = false;
  for (const model of tables) {
    const pair = periodPair(model);
    for (const row of model.rows) {
      const label = [...new Set(wordsOf(row.label.replace(/\([^()]*\)/gu, ' ')))];
      if (label.length === 0) continue;
      const hits = label.filter((w) => said.has(w)).length;
      if (hits * 3 < label.length * 2) continue;
      const cells: CellAt[] = [];
      model.roles.forEach((role, col) => {
        if (role !== 'actual' && role !== 'cumulative' && pair?.actual !== col) return;
        const cell = cellFact(model, row, col);
        const value = cell ? intervalOf(cell) : null;
        if (cell && value && cell.unit === fact.unit && meets(wanted, value)) cells.push({ model, row, col });
      });
      if (cells.length === 0) continue;
      const score = hits / label.length + hits / 100;
      if (score > bestScore) {
        best = cells;
        bestScore = score;
        tie = false;
      } else if (score === bestScore) tie = true;
    }
  }
  return tie ? [] : best;
}
