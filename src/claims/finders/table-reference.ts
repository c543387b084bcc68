import type { Analysis, Token } from '../analysis.js';
import { findCues, fold } from '../lexicon.js';
import { operandOf } from '../operands.js';
import { unitAgreement } from './classify.js';
import { type PlanFigure, planFigures } from './plan-figures.js';
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
  /**
   * The plan was found by the words describing it in another section, not by a table row: a
   * mismatch is not asserted (another plan may be meant), and the subject is the text's own figure.
   */
  described?: boolean;
  /** The plan is a figure of the text, not a table cell: the subject operand is the text's own figure. */
  fromText?: boolean;
  /** A plan summed from several stated plans: each of them, for the evidence. */
  parts?: Operand[];
}

/**
 * Whether the column header names the plan the text means: whoever set the plan, when the text says
 * (`dự toán Trung ương giao`, `kế hoạch điều chỉnh`; lexicon `planIssuer`), must be in the header too.
 */
export function headerNamesReference(header: string, after: string): boolean {
  const named = fold(header);
  return findCues(after, 'planIssuer').every((m) => named.includes(m.phrase));
}

/**
 * The operands a ratio claim's sentence leaves to elsewhere: the appendix or indicator table row
 * (below), else, for a plan, a figure another section states as the plan (`statedPlan`), given the
 * document's tokens.
 */
export function appendixOperands(
  claim: RatioClaim,
  tables: readonly TableModel[],
  index: DocumentIndex,
  analysis?: Analysis,
): AppendixPair | null {
  const fromTable = tableOperands(claim, tables, index);
  if (fromTable !== undefined) return fromTable;
  if (!analysis) return null;
  return claim.kind === 'change' ? statedEarlier(claim, index, analysis) : statedPlan(claim, index, analysis);
}

/** From a table row; undefined when no row holds the figure (null when rows disagree). */
function tableOperands(claim: RatioClaim, tables: readonly TableModel[], index: DocumentIndex): AppendixPair | null | undefined {
  const subject = claim.subject;
  if (!subject) return null;
  if (claim.absolute) return undefined;
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
  if (found.length === 0) return undefined;
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
  const word = unifyKy(fold(claim.referenceWord ?? ''));
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

/** A figure the text introduces as a plan, with the words that describe what it is the plan of. */
interface PlanStatement {
  token: Token;
  /** The words of its own clause (`vốn trong nước` for a part). */
  own: Set<string>;
  /** Its own words, its sentence up to it, its whole's description, and its section headings. */
  topic: Set<string>;
  part: boolean;
  place: string;
}

/** Words that say nothing of what a figure is about (measures, periods, predicates). */
const TOPIC_NOISE_PHRASES = [
  'trong đó',
  'trong số đó',
  'trong tháng',
  'trong năm',
  'trong kỳ',
  'khối lượng',
  'thực hiện',
  'ước đạt',
  'giải ngân',
  'kế hoạch',
  'dự toán',
  'tỷ đồng',
  'triệu đồng',
  'được giao',
  'tổng số',
];
const TOPIC_NOISE = new Set([
  'toàn',
  'tỉnh',
  'vốn',
  'ước',
  'đạt',
  'bằng',
  'năm',
  'tháng',
  'số',
  'là',
  'của',
  'các',
  'và',
  'được',
  'giao',
  'với',
  'so',
  'đã',
  'đến',
  'nay',
  'tại',
  'cho',
  'theo',
  'về',
  'việc',
  'ngày',
  'quyết',
  'định',
  'tổng',
  'đó',
  'kh',
]);

function topicWords(text: string): Set<string> {
  let folded = fold(text);
  for (const phrase of TOPIC_NOISE_PHRASES) folded = folded.split(phrase).join(' ');
  return new Set(folded.split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !TOPIC_NOISE.has(w)));
}

/** The headings over a unit, the numbered levels its section label leaves out included (`5.1` of `5.1.1`). */
function headingPaths(section: readonly string[]): string[][] {
  const paths: string[][] = [];
  section.forEach((label, i) => {
    const parts = label.split('.').filter(Boolean);
    for (let k = 1; k < parts.length; k += 1) paths.push([...section.slice(0, i), parts.slice(0, k).join('.')]);
    paths.push(section.slice(0, i + 1));
  });
  return paths;
}

const headingOf = (index: DocumentIndex, path: readonly string[]): string => {
  const title = index.sectionTitles(path).at(-1) ?? '';
  // `5.1. Vốn Ngân sách tập trung`: the label is no word of the heading.
  return title.replace(/^[\dIVXivx.)\s]+/u, '');
};

function headingText(index: DocumentIndex, section: readonly string[]): string {
  return headingPaths(section)
    .map((p) => headingOf(index, p))
    .join(' ');
}

/** The section a numbered section belongs to: `5.1` for `5.1.2`, the level above otherwise. */
function parentOf(section: readonly string[]): string {
  const last = section.at(-1) ?? '';
  const parts = last.split('.').filter(Boolean);
  return parts.length > 1 ? [...section.slice(0, -1), parts.slice(0, -1).join('.')].join('›') : section.slice(0, -1).join('›');
}

/**
 * Whether the text ties the plan to the subject firmly enough to call a mismatch wrong: the plan
 * stands in the subject's own section or in a sibling of it (`5.1.1 Phân bổ vốn` beside `5.1.2 Kết quả
 * thực hiện`), or the subject's item names the heading the plan stands under and the subject does not
 * (`Vốn ngân sách tập trung, thực hiện …` and `5.1 Vốn Ngân sách tập trung › 5.1.1 …`).
 */
function tiedPlan(plan: PlanStatement, subject: Token, said: ReadonlySet<string>, index: DocumentIndex): boolean {
  const mine = subject.unit.section;
  const theirs = plan.token.unit.section;
  const key = (p: readonly string[]): string => p.join('›');
  // Same or sibling section, when the item names nothing the plan's description does not.
  const near = key(mine) === key(theirs) || (mine.length > 0 && parentOf(mine) === parentOf(theirs));
  if (near && [...said].every((w) => plan.topic.has(w))) return true;
  const own = new Set(headingPaths(mine).map(key));
  const exclusive = topicWords(
    headingPaths(theirs)
      .filter((p) => !own.has(key(p)))
      .map((p) => headingOf(index, p))
      .join(' '),
  );
  return said.size >= 2 && [...said].every((w) => exclusive.has(w));
}

const planCache = new WeakMap<DocumentIndex, PlanStatement[]>();

/**
 * The document's plan statements: `Tổng số vốn kế hoạch năm 2014 được giao là 4.660,18 tỷ đồng, trong
 * đó vốn trong nước 2.960,18 tỷ đồng, vốn ngoài nước 1.700 tỷ đồng`. A figure is a plan when a plan
 * word stands in its clause with nothing reporting an achievement after it (`đạt 73,74% kế hoạch, trong
 * đó: Vốn … ước đạt 4.834,47` is no plan), and the plan word is assigned (`giao`, `là`, `:`) or stands
 * right before it; the figures a `trong đó` right after it lists are its parts.
 */
function planStatements(index: DocumentIndex, analysis: Analysis): PlanStatement[] {
  const cached = planCache.get(index);
  if (cached) return cached;
  const found: PlanStatement[] = [];
  const statements = new Map<PlanFigure, PlanStatement>();
  for (const figure of planFigures(index, analysis)) {
    const { token: t, unit, clause } = figure;
    const own = topicWords(clause);
    const place = index.sectionTitles(unit.section).at(-1) ?? '';
    const whole = figure.whole ? statements.get(figure.whole) : undefined;
    if (figure.whole) {
      if (whole) found.push({ token: t, own, topic: new Set([...own, ...whole.topic]), part: true, place });
      continue;
    }
    const topic = new Set([
      ...own,
      ...topicWords(unit.text.slice(t.sentence.start, t.numberStart)),
      ...topicWords(headingText(index, unit.section)),
    ]);
    const statement: PlanStatement = { token: t, own, topic, part: false, place };
    statements.set(figure, statement);
    found.push(statement);
  }
  planCache.set(index, found);
  return found;
}

/**
 * `Vốn trái phiếu Chính phủ, thực hiện ước đạt 3.543 tỷ đồng, bằng 52,88% kế hoạch`, the plan stated
 * in its own section (`Kế hoạch vốn đầu tư nguồn trái phiếu Chính phủ năm 2014 được … giao là 6.700,2 tỷ
 * đồng`): the plan statement in the same unit whose description shares the most words with the
 * subject's item (two at least, half of them), a part only when the subject names it (`vốn trong
 * nước`); the one best, or none. The grammar does not tie the two sentences, so only a match is
 * reported as such (see `described`).
 */
function statedPlan(claim: RatioClaim, index: DocumentIndex, analysis: Analysis): AppendixPair | null {
  const subject = claim.subject;
  if (!subject || claim.reference || (claim.kind !== 'attainment' && claim.kind !== 'excess')) return null;
  if (subject.percent || subject.fraction || subject.interval === null || subject.fact.bound !== null) return null;
  const text = subject.unit.text;
  // The item: since the last `;` or the colon of a list (`trong đó:`); a label before a colon
  // (`Đầu tư Thủy lợi: Khối lượng thực hiện …`) names the item and stays.
  const colon = text.lastIndexOf(':', subject.numberStart);
  const listColon =
    colon >= 0 && /(?:trong đó|trong số đó|gồm|bao gồm|cụ thể|như sau)[\s*_]*$/u.test(fold(text.slice(Math.max(0, colon - 30), colon)));
  const itemStart = Math.max(subject.sentence.start, text.lastIndexOf(';', subject.numberStart) + 1, listColon ? colon + 1 : 0);
  const said = topicWords(text.slice(itemStart, subject.numberStart));
  // Nothing named but the act: the section's plan; one word named (`vốn ODA`): a sub-item, found not tied.
  if (said.size < 2) return sectionPlan(subject, index, analysis, said.size === 0);
  let best: PlanStatement[] = [];
  let bestScore = 0;
  for (const plan of planStatements(index, analysis)) {
    if (plan.token === subject || unitAgreement(plan.token, subject) !== 'same') continue;
    if (plan.part && [...plan.own].some((w) => !said.has(w))) continue;
    const score = [...said].filter((w) => plan.topic.has(w)).length;
    if (score < 2 || score * 2 < said.size) continue;
    if (score > bestScore) {
      best = [plan];
      bestScore = score;
    } else if (score === bestScore) best.push(plan);
  }
  const plan = best.length === 1 ? best[0] : undefined;
  // Words the item says that no plan statement shares: its section's one plan, found but not tied.
  if (!plan) return best.length === 0 ? sectionPlan(subject, index, analysis, false) : null;
  return {
    subject: operandOf('actual', subject, index),
    reference: operandOf('plan', plan.token, index),
    table: plan.place,
    header: '',
    described: !tiedPlan(plan, subject, said, index),
    fromText: true,
  };
}

/**
 * `Kế hoạch vốn năm 2025 giao 1.500 tỷ đồng. … Đến nay đã giải ngân 613,65 tỷ đồng, đạt 40,91% kế
 * hoạch`: an item that names nothing but the act (`giải ngân`) takes the one plan its own section
 * states before it, in its unit (CHECKER.md: a named quantity's scope is its section).
 */
function sectionPlan(subject: Token, index: DocumentIndex, analysis: Analysis, bare: boolean): AppendixPair | null {
  const section = subject.unit.section.join('›');
  const order = new Map(index.orderedUnits().map((u, i) => [u.id, i]));
  const at = (t: Token): number => (order.get(t.unit.id) ?? 0) * 1e7 + t.start;
  const plans = planStatements(index, analysis).filter(
    (p) => !p.part && p.token.unit.section.join('›') === section && at(p.token) < at(subject) && unitAgreement(p.token, subject) === 'same',
  );
  const plan = plans.length === 1 ? plans[0] : undefined;
  if (!plan || (plan.token.sentence.start === subject.sentence.start && plan.token.unit === subject.unit)) return null;
  return {
    subject: operandOf('actual', subject, index),
    reference: operandOf('plan', plan.token, index),
    table: plan.place,
    header: '',
    // A document without sections has no scope narrower than itself, and a paragraph opening with
    // its own number (`6.1.2.1 …`) is a subsection the structure missed: found, not tied.
    described: section === '' || !bare || /^[\s*_]*\d+(?:\.\d+)+/u.test(subject.unit.text),
    fromText: true,
  };
}

/** The words that open an earlier-period statement, for the comparison the claim names. */
function earlierOpening(word: string): RegExp | null {
  const year = /(\d{4})\s*$/u.exec(word)?.[1];
  if (/^năm học/u.test(word)) return /^năm học \d{4}\s*[-–]\s*\d{4}/u;
  if (year) return new RegExp(`^(?:cùng kỳ )?năm ${year}(?!\\s*[-–]\\s*\\d)`, 'u');
  if (word.includes('cùng kỳ') || /^năm (?:trước|ngoái)/u.test(word))
    return /^(?:cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?|năm (?:trước|ngoái))(?![\p{L}])/u;
  return null;
}

const EARLIER_NOISE = new Set([
  'ghi',
  'nhận',
  'có',
  'toàn',
  'tỉnh',
  'là',
  'và',
  'của',
  'các',
  'tổng',
  'số',
  'đạt',
  'ước',
  'trong',
  'năm',
  'tháng',
  'cùng',
  'kỳ',
  'so',
  'với',
  'tăng',
  'giảm',
  'học',
  'mắc',
  'ca',
  'người',
  'vụ',
]);
const descriptive = (text: string): Set<string> =>
  new Set(
    unifyKy(fold(text))
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 1 && !EARLIER_NOISE.has(w)),
  );
const unifyKy = (folded: string): string => folded.replace(/(^|[^\p{L}])kì(?![\p{L}])/gu, '$1kỳ');

/**
 * `Cùng kỳ năm 2025, toàn tỉnh ghi nhận 547 ca mắc sốt xuất huyết và 414 ca tay chân miệng. … Bệnh tay
 * chân miệng ghi nhận 318 ca, giảm 96 ca so với cùng kỳ`; `Năm học 2024 - 2025 toàn tỉnh có 827.410 học
 * sinh; năm học 2025 - 2026 tổng số 842.316 học sinh, tăng 1,8% so với năm học trước`: the earlier
 * figure stated by a clause that opens with the period compared with, in the subject's paragraph or
 * the two before it in its section, in the subject's unit; among several, the one whose words the
 * subject's sentence says (and no other's). Tied (a mismatch is inconsistent) within the paragraph.
 */
function statedEarlier(claim: RatioClaim, index: DocumentIndex, analysis: Analysis): AppendixPair | null {
  const subject = claim.subject;
  if (!subject || claim.reference || claim.amount || claim.levels || subject.percent || subject.fraction) return null;
  if (subject.interval === null || subject.fact.bound !== null) return null;
  const opening = earlierOpening(unifyKy(fold(claim.referenceWord ?? '')));
  if (!opening) return null;
  const units = index.orderedUnits();
  const at = units.findIndex((u) => u.id === subject.unit.id);
  const section = subject.unit.section.join('›');
  const scope = units.slice(Math.max(0, at - 2), at + 1).filter((u) => u.section.join('›') === section);
  const clauses: Array<{ unit: string; tokens: Token[] }> = [];
  for (const unit of scope) {
    const tokens = analysis.unitTokens(unit.id);
    const text = unit.text;
    // Clauses: sentences, split again at `;`.
    const bounds = new Set<number>([0]);
    for (const t of tokens) bounds.add(t.sentence.start);
    for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) bounds.add(i + 1);
    const starts = [...bounds].sort((a, b) => a - b);
    starts.forEach((start, k) => {
      const end = starts[k + 1] ?? text.length;
      const head = unifyKy(fold(text.slice(start, end))).replace(/^[\s*_\-–+•]+/u, '');
      if (!opening.test(head)) return;
      const inClause = tokens.filter((t) => t.start >= start && t.end <= end && (unit.id !== subject.unit.id || t.start < subject.start));
      clauses.push({ unit: unit.id, tokens: inClause });
    });
  }
  const candidates = clauses.flatMap((c) =>
    c.tokens.filter(
      (t) =>
        t !== subject &&
        !t.percent &&
        !t.fraction &&
        t.interval !== null &&
        t.fact.bound === null &&
        t.depth === 0 &&
        unitAgreement(t, subject) === 'same',
    ),
  );
  if (candidates.length === 0) return null;
  let chosen: Token | undefined = candidates.length === 1 ? candidates[0] : undefined;
  if (!chosen) {
    const said = descriptive(subject.unit.text.slice(subject.sentence.start, claim.stated.numberStart));
    const scored = candidates.map((t) => {
      // `547 ca mắc sốt xuất huyết và 414 ca tay chân miệng`: a figure's noun follows it; the words
      // before it are the previous figure's as often as its own.
      const after = descriptive(t.after);
      const own = after.size > 0 ? after : descriptive(t.before);
      return { t, score: [...own].filter((w) => said.has(w)).length };
    });
    const best = Math.max(...scored.map((x) => x.score));
    const top = scored.filter((x) => x.score === best);
    if (best > 0 && top.length === 1) chosen = top[0]?.t;
  }
  if (!chosen) return null;
  return {
    subject: operandOf('current', subject, index),
    reference: operandOf('previous', chosen, index),
    table: index.sectionTitles(chosen.unit.section).at(-1) ?? '',
    header: '',
    described: chosen.unit.id !== subject.unit.id,
    fromText: true,
  };
}
