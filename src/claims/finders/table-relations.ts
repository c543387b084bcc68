import type { Fact } from '../../model/index.js';
import type { DocumentIndex } from '../document-index.js';
import { fold, hasCue } from '../lexicon.js';
import { complementary } from './breakdown.js';
import { type ColumnRole, type TableModel, type TableRow, modelTable } from './tables.js';

/** A row whose figures are the sum of other rows (`A TỔNG THU (I+II)`, `Tổng số`, a row and its sub-rows). */
export interface ColumnSum {
  model: TableModel;
  parent: TableRow;
  children: TableRow[];
  partition: boolean;
  cue: string;
  /**
   * The columns the sum holds in. Set when the rows, not the columns, say what is summed: an
   * indicator form's one `Số liệu` column whose rows all count the same unit (`Văn bản`, `Đơn vị`).
   */
  columns?: number[];
  /**
   * The layout, not a word, links the rows (a `Tổng số …` row listed first among its siblings): a
   * sum that holds verifies, one that does not is left unverifiable rather than asserted.
   */
  weak?: boolean;
}

/** Within one row, a column that is the sum of others (`Tiếp nhận` = `Đã giải quyết` + `Đang giải quyết`). */
export interface RowSum {
  model: TableModel;
  totalCol: number;
  partCols: number[];
  cue: string;
  /** The whole is itself a sum of columns (`cột (7) + cột (14) = từ cột (20) đến cột (22)`): all of them, `totalCol` first. */
  totalCols?: number[];
  /**
   * The form states the rule (`Cột (1) = (2) + (3)`, a header cell `14= 15+16+17+18+19`): a blank
   * cell in it stands for nothing, 0, as the form means it.
   */
  stated?: boolean;
  /** The rows to check, by grid index; all body rows when absent. */
  rows?: number[];
}

/** A `%` cell and the columns it is computed from. */
export interface PercentCell {
  model: TableModel;
  col: number;
  numerators: number[][];
  denominator: number;
  /** `previous` columns may be written as an index (108,22) or as growth (8,22). */
  kind: 'plan' | 'previous' | 'ratio';
}

/** Columns of amounts the rows add up in: plan, actual, cumulative, earlier period, and the status counts. */
const SUMMABLE = new Set(['plan', 'actual', 'cumulative', 'previous', 'total', 'done', 'pending', 'onTime', 'late']);

/**
 * The columns a total row adds up. Indicator forms (`Nội dung | Kết quả`) mix rates, counts and
 * answers in one column: only named amount columns are summed, except under an explicit
 * `Tổng số` row, which totals whatever figures stand above it.
 */
const numericCols = (model: TableModel, grandTotal = false): number[] =>
  model.roles
    .map((r, i) => ({ r, i }))
    // A column headed by a period (`6 tháng năm 2025`) holds that period's amounts.
    .filter(({ r, i }) => SUMMABLE.has(r) || (r === 'other' && (grandTotal || model.periods[i] != null)))
    .map(({ i }) => i);

const SOME = /(?<!\p{L})(một số|chủ yếu|tiêu biểu|dẫn đầu|lớn nhất|trong đó)(?!\p{L})/u;

/** A row stating a rate, an index or a score is computed from its sub-rows, not their sum. */
const RATE_LABEL = /^(tỷ lệ|tỉ lệ|chỉ số|điểm|mức độ|bình quân|trung bình|xếp hạng|thứ hạng|hạng|năng suất|giá|tốc độ)(?![\p{L}])|%/u;

const RATE_START = /^(tỷ lệ|tỉ lệ|chỉ số|điểm|mức độ|bình quân|trung bình|xếp hạng|thứ hạng|hạng|năng suất|giá|tốc độ)(?![\p{L}])/u;

function formulaChildren(model: TableModel, parent: TableRow): TableRow[] | null {
  const m = /\(([A-Z0-9]{1,4}(?:\s*\+\s*[A-Z0-9]{1,4})+)\)/u.exec(parent.label);
  if (!m) return null;
  const labels = (m[1] ?? '').split('+').map((s) => s.trim());
  const after = model.rows.filter((r) => r.index > parent.index);
  const children = labels.map((l) => after.find((r) => r.tt.replace(/[.)]$/u, '') === l)).filter((r): r is TableRow => r !== undefined);
  return children.length === labels.length ? children : null;
}

/**
 * Indicator forms (`STT | Chỉ tiêu | Đơn vị tính | Số liệu`) give each row its own unit and keep one
 * unnamed value column. Where a parent and its parts count the same thing (one row unit, no `%`, no
 * coded answer such as `Có = 1; Không = 0`), that column holds amounts that add up.
 */
function rowUnitColumns(model: TableModel, sum: ColumnSum): number[] {
  const rows = [sum.parent, ...sum.children];
  const units = new Set(rows.map((r) => fold(r.unit ?? '').trim()));
  if (units.size !== 1) return [];
  const [unit] = [...units] as [string];
  if (unit === '' || /%|=|điểm|hạng|tỷ lệ|tỉ lệ/u.test(unit)) return [];
  // A `%` inside a label (`tự bảo đảm từ 70% - dưới 100% chi thường xuyên`) names a class; the row unit says what is counted.
  if (rows.some((r) => RATE_START.test(fold(r.label)))) return [];
  return model.roles.map((r, i) => (r === 'other' ? i : -1)).filter((i) => i >= 0);
}

/**
 * `2.1 Tổng số ĐVSN công lập` followed by `2.2 …`, `2.3 …` under one heading: the first numbered
 * sibling states the total of the siblings after it (forms list the total first, at the same depth).
 */
function leadingTotals(model: TableModel): ColumnSum[] {
  const found: ColumnSum[] = [];
  const rows = model.rows;
  rows.forEach((first, i) => {
    if (first.tt === '' || !first.hasNumbers || !/^(tổng số|tổng cộng|tổng)(?![\p{L}])/u.test(fold(first.label))) return;
    // The total heads its group: no sibling before it.
    if (rows.slice(0, i).some((r) => r.level === first.level && r.parent === first.parent && r.tt !== '')) return;
    const siblings: TableRow[] = [];
    for (const r of rows.slice(i + 1)) {
      if (r.level < first.level || r.grandTotal) break;
      if (r.level === first.level) siblings.push(r);
    }
    if (siblings.length < 2 || siblings.some((c) => !c.hasNumbers || c.tt === '' || c.parent !== first.parent)) return;
    if (siblings.some((c) => /^(tổng|cộng)(?![\p{L}])/u.test(fold(c.label)))) return;
    if (numberingGap([first, ...siblings]) || mixedUnits(first, siblings)) return;
    found.push({
      model,
      parent: first,
      children: siblings,
      partition: true,
      weak: true,
      cue: `${first.tt} = ${siblings.map((c) => c.tt).join(' + ')}`,
    });
  });
  return found;
}

/**
 * `Tổng thu | 12.500` heading the body, then rows numbered `1, 2, 3` (or `I, II`): the rows of the
 * top numbering level split it. Rate rows (`Tỷ lệ nữ (%)`) are never parts.
 */
function headTotal(model: TableModel): ColumnSum | null {
  const rows = model.rows;
  const i = rows.findIndex((r) => r.hasNumbers);
  const head = rows[i];
  if (!head || head.tt !== '' || !TOTAL_ROW.test(fold(head.label).trim())) return null;
  const after = rows.slice(i + 1).filter((r) => r.tt !== '' && !r.inWhich);
  if (rows.slice(i + 1).some((r) => r.inWhich || r.grandTotal || TOTAL_ROW.test(fold(r.label).trim()))) return null;
  if (after.length < 2) return null;
  const top = Math.min(...after.map((r) => r.level));
  const children = after.filter((r) => r.level === top && !RATE_START.test(fold(r.label)) && !/%/u.test(r.unit ?? ''));
  if (children.length < 2 || children.some((c) => !c.hasNumbers) || numberingGap(children) || mixedUnits(head, children)) return null;
  // `Tổng số`, `Tổng cộng` alone total the rows listed; `Tổng số hồ sơ` may head indicators that only share its noun.
  const bare = /^(tổng số|tổng cộng|tổng|cộng|toàn tỉnh|toàn thành phố|toàn quốc|cả nước)$/u.test(
    fold(head.label).replace(/[:.]/gu, '').trim(),
  );
  return { model, parent: head, children, partition: true, weak: !bare, cue: `${head.label} = ${children.map((c) => c.tt).join(' + ')}` };
}

export function findColumnSums(model: TableModel): ColumnSum[] {
  const found = findColumnSumsOnly(model);
  const taken = new Set(found.map((s) => s.parent.index));
  for (const s of leadingTotals(model)) if (!taken.has(s.parent.index)) found.push(s);
  const head = headTotal(model);
  if (head && !found.some((s) => s.parent.index === head.parent.index)) found.push(head);
  for (const sum of found) {
    const extra = rowUnitColumns(model, sum);
    if (extra.length > 0) sum.columns = [...new Set([...numericCols(model, sum.parent.grandTotal), ...extra])].sort((a, b) => a - b);
  }
  return found;
}

function findColumnSumsOnly(model: TableModel): ColumnSum[] {
  const found: ColumnSum[] = [];
  const rows = model.rows;
  rows.forEach((parent, i) => {
    if (!parent.hasNumbers || parent.inWhich || RATE_LABEL.test(fold(parent.label))) return;
    if (parent.grandTotal) {
      // The parts the structure gives the total: its child rows, or, under `Phân theo …` lines, each breakdown apart.
      const kids = rows.filter((r) => r.parent === parent.index && !r.subset && !r.inWhich);
      if (kids.length > 0) {
        // A `Trong đó:` among the rows the total covers lists some parts only: nothing is promised to add up.
        const last = Math.max(...kids.map((k) => k.index));
        if (rows.some((r) => r.inWhich && r.index > Math.min(parent.index, kids[0]?.index ?? parent.index) && r.index < last)) return;
        // Rows at one depth are one breakdown (`Cá, Tôm` and `Nuôi trồng, Khai thác` both total `Tổng số`).
        const byLevel = new Map<number, TableRow[]>();
        for (const k of kids) byLevel.set(k.level, [...(byLevel.get(k.level) ?? []), k]);
        // `Phân theo một số địa phương`, `… chủ yếu`: a heading that lists some parts only.
        const some = new Set(kids.filter((k) => !k.hasNumbers && SOME.test(fold(k.label))).map((k) => k.index));
        const groups = kids.every((k) => k.hasNumbers)
          ? [...byLevel.values()]
          : kids.filter((k) => !k.hasNumbers).map((g) => rows.filter((r) => r.parent === g.index && !r.subset));
        for (const children of groups) {
          if (children.some((c) => c.parent !== null && some.has(c.parent))) continue;
          if (children.length >= 2 && children.every((c) => c.hasNumbers) && !numberingGap(children) && !mixedUnits(parent, children)) {
            // Numbered rows (`1, 2, 3`, `a, b`) are the parts; an unnumbered list may name the largest only (`20 nước dẫn đầu`).
            // … or a list ending on the rest (`Dịch vụ khác`, `Các khoản còn lại`) names them all.
            // Rows indented one step under the total (spreadsheets) break it down as a whole.
            const indented = parent.level >= 12 && children.every((c) => c.level > parent.level);
            const partition = children.every((c) => c.tt !== '') || indented || children.some((c) => hasCue(c.label, 'remainder'));
            found.push({ model, parent, children, partition, cue: parent.label });
          }
        }
        return;
      }
      const previousTotal = rows
        .slice(0, i)
        .map((r) => r.grandTotal)
        .lastIndexOf(true);
      const above = rows.slice(previousTotal + 1, i).filter((r) => r.hasNumbers && !r.grandTotal);
      const top = Math.min(...above.map((r) => r.level));
      const children = above.filter((r) => r.level === top);
      if (children.length >= 2 && !numberingGap(children)) found.push({ model, parent, children, partition: true, cue: parent.label });
      return;
    }
    const formula = formulaChildren(model, parent);
    if (formula) {
      found.push({ model, parent, children: formula, partition: true, cue: parent.label.slice(parent.label.lastIndexOf('(')) });
      return;
    }
    if (parent.unit !== null && /%/u.test(parent.unit)) return;
    const linked = structureChildren(model, parent, i);
    if (linked) {
      found.push(linked);
      return;
    }
    const under: TableRow[] = [];
    for (const r of rows.slice(i + 1)) {
      if (!r.inWhich && (r.level <= parent.level || r.grandTotal)) break;
      under.push(r);
    }
    const first = under.find((r) => !r.inWhich && r.hasNumbers);
    if (!first || parent.level === 12) return;
    const children = under.filter((r) => r.level === first.level && !r.inWhich);
    if (children.length < 2 || children.some((c) => !c.hasNumbers)) return;
    // `4` then `6`: a sibling row was not recognised (its label unreadable, `Š` for `5` on a scan).
    if (numberingGap(children)) return;
    // `2.1. Tổng số ĐVSN …` under `2. …`: a sub-row that states the total is not a part.
    if (children.some((c) => /^(tổng|cộng)(?![\p{L}])/u.test(fold(c.label)))) return;
    if (parent.unit && children.some((c) => c.unit && fold(c.unit) !== fold(parent.unit as string))) return;
    const subset = under[0]?.inWhich === true;
    const remainder =
      children.some((c) => hasCue(c.label, 'remainder')) ||
      (children.length === 2 && complementary((children[0] as TableRow).label, (children[1] as TableRow).label));
    found.push({
      model,
      parent,
      children,
      partition: !subset || remainder,
      cue: subset ? 'Trong đó:' : `${parent.tt} ⊃ ${children.map((c) => c.tt).join(', ')}`,
    });
  });
  return found;
}

/**
 * The rows the table's structure places under a parent (`3. Gieo cấy lúa mùa` over `Chia ra: -
 * Miền Bắc`, `- Miền Nam`), or the dash rows right under an unnumbered `Tổng …` row. Under
 * `Trong đó:` they are a subset (fitting, not equal); otherwise they split the parent.
 */
function structureChildren(model: TableModel, parent: TableRow, at: number): ColumnSum | null {
  const rows = model.rows;
  let kids = rows.filter((r) => r.parent === parent.index && !r.inWhich);
  // An unnumbered indicator over dash rows (`Kim ngạch xuất khẩu` over `- Khu vực …`) is linked by layout only.
  let weak = false;
  if (kids.length === 0 && parent.level === 12 && parent.tt === '') {
    weak = !/^(tổng|cộng)(?![\p{L}])/u.test(fold(parent.label));
    kids = [];
    for (const r of rows.slice(at + 1)) {
      if (r.level !== 11 || r.parent !== null) break;
      kids.push(r);
    }
  }
  if (kids.length < 2 || kids.some((c) => !c.hasNumbers)) return null;
  // The children must follow their parent without a row of another level between them.
  const first = rows.indexOf(kids[0] as TableRow);
  const last = rows.indexOf(kids[kids.length - 1] as TableRow);
  if (first !== at + 1 && !(rows[at + 1]?.inWhich && first === at + 2)) return null;
  if (rows.slice(first, last + 1).some((r) => !kids.includes(r) && !r.inWhich)) return null;
  if (kids.some((c) => /^(tổng|cộng)(?![\p{L}])/u.test(fold(c.label)) || RATE_LABEL.test(fold(c.label)))) return null;
  if (mixedUnits(parent, kids) || numberingGap(kids)) return null;
  const subset = kids.some((c) => c.subset) || rows[at + 1]?.inWhich === true;
  const remainder =
    kids.some((c) => hasCue(c.label, 'remainder')) ||
    (kids.length === 2 && complementary((kids[0] as TableRow).label, (kids[1] as TableRow).label));
  const cue = subset ? 'Trong đó:' : `${parent.tt || parent.label} = ${kids.map((c) => c.tt || c.label).join(' + ')}`;
  return { model, parent, children: kids, partition: !subset || remainder, cue, ...(weak && !subset ? { weak } : {}) };
}

/** Rows measured in different units are no parts of one total. */
const mixedUnits = (parent: TableRow, children: readonly TableRow[]): boolean =>
  new Set([parent, ...children].map((r) => fold(r.unit ?? '')).filter((u) => u !== '')).size > 1;

/** Sibling rows numbered 1, 2, 3 … (or I, II …) with a number skipped. */
function numberingGap(children: readonly TableRow[]): boolean {
  const numbers = children.map((c) => arabicOrRoman(c.tt.replace(/[.)]$/u, '')));
  if (numbers.some((n) => n === null)) return false;
  return numbers.some((n, i) => i > 0 && n !== (numbers[i - 1] as number) + 1);
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function arabicOrRoman(tt: string): number | null {
  if (/^\d{1,3}$/u.test(tt)) return Number(tt);
  if (!/^[IVX]{1,6}$/u.test(tt)) return null;
  let value = 0;
  for (let i = 0; i < tt.length; i += 1) {
    const here = ROMAN_VALUES[tt[i] as string] as number;
    const next = ROMAN_VALUES[tt[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

const colsWith = (model: TableModel, role: ColumnRole): number[] => model.roles.map((r, i) => (r === role ? i : -1)).filter((i) => i >= 0);

/**
 * The row of column numbers forms print under their headers (`MS | 1 | 2 | 3 …`, or `(1) (2) (3)`,
 * some cells holding the rule: `1= 2+3 +4+5`): each number's grid column. The numbers must rise by
 * one from cell to cell, so that a row of small figures is never read as numbering.
 */
function columnNumbers(model: TableModel): { map: Map<number, number>; row: number } | null {
  const grid = model.table.rows;
  const firstBody = model.rows.find((r) => r.hasNumbers)?.index ?? grid.length - 1;
  for (let r = 0; r <= Math.min(firstBody, grid.length - 1); r += 1) {
    const map = new Map<number, number>();
    const sequence: number[] = [];
    let filled = 0;
    (grid[r] ?? []).forEach((text, c) => {
      const t = text.trim();
      if (t === '') return;
      filled += 1;
      const m = /^\(?(\d{1,2})\)?(?:\s*=.*)?$/su.exec(t);
      if (!m) return;
      const n = Number(m[1]);
      sequence.push(n);
      if (!map.has(n)) map.set(n, c);
    });
    const steps = sequence.filter((n, i) => i > 0 && n === (sequence[i - 1] as number) + 1).length;
    // Three numbers do when one cell states a rule (`(2) | (3) | (4)=(2)-(3)`).
    const rule = (grid[r] ?? []).some((t) => /^\(?\d{1,2}\)?\s*=/u.test(t.trim()));
    if (sequence.length >= (rule ? 3 : 4) && sequence.length * 10 >= filled * 7 && steps * 10 >= (sequence.length - 1) * 9)
      return { map, row: r };
  }
  return null;
}

type Side = Array<{ sign: 1 | -1; column: number }>;

/** One side of a column rule: `(2) + (3)`, `Cột (16) + Cột (18)`, `Tổng số đơn từ cột (20) đến cột (22)`. */
function parseSide(text: string): Array<{ sign: 1 | -1; number: number }> | null {
  const terms: Array<{ sign: 1 | -1; number: number }> = [];
  const ranged = text.replace(
    /từ\s*cột\s*(?:số\s*)?\(?(\d{1,2})\)?\s*(?:đến|tới|-)\s*cột\s*(?:số\s*)?\(?(\d{1,2})\)?/giu,
    (_, a: string, b: string) => {
      const [lo, hi] = [Number(a), Number(b)];
      return hi > lo && hi - lo < 20 ? Array.from({ length: hi - lo + 1 }, (_x, k) => `(${lo + k})`).join(' + ') : '?';
    },
  );
  if (ranged.includes('?')) return null;
  for (const m of ranged.matchAll(/([+-])?\s*(?:cột\s*(?:số\s*)?)?\(?(\d{1,2})\)?(?![\d.,%])/giu))
    terms.push({ sign: m[1] === '-' ? -1 : 1, number: Number(m[2]) });
  return terms.length > 0 ? terms : null;
}

/**
 * `Cột (1) = (2) + (3) = (4) + (5)`: each side after the first equals the first. Terms move across
 * so that both sides add (`(4)=(2)-(3)` is `(2) = (4) + (3)`); the side of one column is the whole.
 */
function ruleSums(model: TableModel, text: string, numbers: Map<number, number>, cue: string): RowSum[] {
  const sides = text.split('=').map(parseSide);
  if (sides.length < 2 || sides.some((s) => s === null)) return [];
  const toColumns = (side: Array<{ sign: 1 | -1; number: number }>): Side | null => {
    const out: Side = [];
    for (const t of side) {
      const column = numbers.get(t.number);
      if (column === undefined) return null;
      out.push({ sign: t.sign, column });
    }
    return out;
  };
  const found: RowSum[] = [];
  const first = toColumns(sides[0] as Array<{ sign: 1 | -1; number: number }>);
  if (!first) return [];
  for (const raw of sides.slice(1)) {
    const other = toColumns(raw as Array<{ sign: 1 | -1; number: number }>);
    if (!other) return [];
    const left = [...first.filter((t) => t.sign > 0), ...other.filter((t) => t.sign < 0)].map((t) => t.column);
    const right = [...other.filter((t) => t.sign > 0), ...first.filter((t) => t.sign < 0)].map((t) => t.column);
    if (left.length === 0 || right.length === 0 || left.some((c) => right.includes(c))) continue;
    if (new Set(left).size !== left.length || new Set(right).size !== right.length) continue;
    const [whole, parts] = left.length === 1 || right.length > 1 || left.length <= right.length ? [left, right] : [right, left];
    if (whole.length === 1 && parts.length === 1) continue;
    found.push({
      model,
      totalCol: whole[0] as number,
      totalCols: whole,
      partCols: parts,
      cue,
      stated: true,
      rows: ruleRows(model, [...whole, ...parts]),
    });
  }
  return found;
}

/** Body rows with a figure in the rule's columns; a row repeating another's cells there (a unit's row and `Tổng` of one unit) once. */
function ruleRows(model: TableModel, columns: readonly number[]): number[] {
  const seen = new Map<string, number>();
  for (const row of model.rows) {
    if (!columns.some((c) => model.cells.has(`${row.index}:${c}`))) continue;
    const key = columns.map((c) => model.cells.get(`${row.index}:${c}`)?.raw ?? '').join('|');
    seen.set(key, row.index);
  }
  return [...seen.values()].sort((a, b) => a - b);
}

/** The column rules a form states, in its column-number row or in the notes under it. */
function statedRowSums(model: TableModel): RowSum[] {
  const numbering = columnNumbers(model);
  if (!numbering) return [];
  const found: RowSum[] = [];
  for (const text of model.table.rows[numbering.row] ?? []) {
    const t = text.trim();
    if (/^\(?\d{1,2}\)?\s*=/u.test(t)) found.push(...ruleSums(model, t, numbering.map, t));
  }
  for (const note of model.notes) {
    const body = note.text.replace(/^[-–•*+\s]*/u, '');
    found.push(...ruleSums(model, body, numbering.map, note.text));
  }
  return found;
}

export function findRowSums(model: TableModel): RowSum[] {
  const stated = statedRowSums(model);
  if (stated.length > 0) return stated;
  const found: RowSum[] = [];
  const [total] = colsWith(model, 'total');
  const [done] = colsWith(model, 'done');
  const pending = colsWith(model, 'pending');
  const onTime = colsWith(model, 'onTime');
  const late = colsWith(model, 'late');
  if (total !== undefined && done !== undefined && pending.length > 0) {
    found.push({
      model,
      totalCol: total,
      partCols: [done, ...pending],
      cue: `${model.headers[total]} = ${[done, ...pending].map((c) => model.headers[c]).join(' + ')}`,
    });
  }
  if (done !== undefined && onTime.length > 0 && late.length > 0) {
    found.push({
      model,
      totalCol: done,
      partCols: [...onTime, ...late],
      cue: `${model.headers[done]} = ${[...onTime, ...late].map((c) => model.headers[c]).join(' + ')}`,
    });
  }
  return found;
}

/**
 * `9 tháng năm 2025 | 9 tháng năm 2026`, `Quý I/2025 | Quý I/2026`: the only two figure columns
 * that state a period, the same period of two years. The header grammar fixes them as the earlier
 * value and the actual one, when no column says which is which.
 */
export function periodPair(model: TableModel): { previous: number; actual: number } | null {
  const cols = model.periods
    .map((p, i) => ({ p, i }))
    .filter(
      ({ p, i }) =>
        p !== null &&
        !['index', 'label', 'unit', 'note', 'difference'].includes(model.roles[i] ?? '') &&
        !(model.roles[i] ?? '').startsWith('percent'),
    );
  if (cols.length !== 2) return null;
  const [a, b] = cols as [{ p: string; i: number }, { p: string; i: number }];
  const year = (p: string): number | null => {
    const all = [...p.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/gu)];
    return all.length === 1 ? Number(all[0]?.[0]) : null;
  };
  const [ya, yb] = [year(a.p), year(b.p)];
  if (ya === null || yb === null || ya === yb) return null;
  // Same period words apart from the year: like for like (`6 tháng` is not compared with `cả năm`).
  const rest = (p: string): string =>
    fold(p)
      .replace(/(?<!\d)(19|20)\d{2}(?!\d)/gu, '')
      .replace(/[\s/.-]+/gu, ' ')
      .trim();
  if (rest(a.p) !== rest(b.p)) return null;
  return ya < yb ? { previous: a.i, actual: b.i } : { previous: b.i, actual: a.i };
}

/** `So sánh (%)`, `So cùng kỳ (%)`: a percentage compared between two periods. */
const COMPARE = /^(so sánh|so cùng kỳ|so với cùng kỳ|tăng,? giảm|tăng \(\+\),? giảm \(-\))/u;

export function findPercentCells(model: TableModel): PercentCell[] {
  const found: PercentCell[] = [];
  const actuals = [...colsWith(model, 'cumulative'), ...colsWith(model, 'actual')];
  const [plan] = colsWith(model, 'plan');
  const [previous] = colsWith(model, 'previous');
  const pair = previous === undefined || actuals.length === 0 ? periodPair(model) : null;
  model.roles.forEach((role, col) => {
    if (role === 'percentPlan' && plan !== undefined && actuals.length > 0) {
      found.push({ model, col, numerators: actuals.map((a) => [a]), denominator: plan, kind: 'plan' });
    } else if (role === 'percentPrevious' && previous !== undefined && actuals.length > 0) {
      found.push({ model, col, numerators: actuals.map((a) => [a]), denominator: previous, kind: 'previous' });
    } else if (pair && (role === 'percentPrevious' || (role === 'percentOther' && COMPARE.test(fold(model.headers[col] ?? '').trim())))) {
      found.push({ model, col, numerators: [[pair.actual]], denominator: pair.previous, kind: 'previous' });
    } else if (role === 'percentOther' && hasCue(model.headers[col] ?? '', 'onTime')) {
      const [done] = colsWith(model, 'done');
      const onTime = colsWith(model, 'onTime');
      if (done !== undefined && onTime.length > 0) found.push({ model, col, numerators: [onTime], denominator: done, kind: 'ratio' });
    }
  });
  return found;
}

/** `9,49/ 9,5 | 99,9%`: a score over its maximum in one cell, and beside it, under the same group, its index in %. */
export interface ScoreRatio {
  model: TableModel;
  row: TableRow;
  scoreCol: number;
  percentCol: number;
  score: Fact;
  max: Fact;
}

/** The header of an index column: `Chỉ số`, `Tỷ lệ (%)`. */
const INDEX_HEADER = /^(chỉ số|tỷ lệ|tỉ lệ)(\s*\(%\))?$/u;

/**
 * Score sheets (PAR Index, PAPI) write each score over its maximum, `9,49/ 9,5`, with the index
 * beside it: the `%` column right after, under the same header group. The grammar fixing the
 * operands is the cell itself: exactly two figures joined by `/`. A rank (`12/63`) is no score.
 */
export function findScoreRatios(model: TableModel, index: DocumentIndex): ScoreRatio[] {
  const found: ScoreRatio[] = [];
  model.headerPaths.forEach((path, col) => {
    const left = col - 1;
    const leftPath = model.headerPaths[left];
    if (!leftPath || leftPath.length !== path.length) return;
    if (leftPath.slice(0, -1).map(fold).join('|') !== path.slice(0, -1).map(fold).join('|')) return;
    const leaf = fold(path[path.length - 1] ?? '').trim();
    if (!INDEX_HEADER.test(leaf) && !model.roles[col]?.startsWith('percent')) return;
    if (/hạng/u.test(fold(leftPath[leftPath.length - 1] ?? ''))) return;
    for (const row of model.rows) {
      const pair = scorePairAt(model, row, left, index);
      const stated = model.cells.get(`${row.index}:${col}`);
      if (!pair || !stated?.number || (stated.kind !== 'percent' && stated.unit !== '%' && !/%/u.test(leaf))) continue;
      const [score, max] = pair;
      found.push({ model, row, scoreCol: left, percentCol: col, score, max });
    }
  });
  return found;
}

/** `2. Tỷ lệ hoàn thành kế hoạch (%)` over `2.1 Số nhiệm vụ đề ra` and `2.2 Số nhiệm vụ đã hoàn thành`. */
export interface RateRow {
  model: TableModel;
  parent: TableRow;
  whole: TableRow;
  part: TableRow;
}

/**
 * Statistical forms state a rate row over exactly two sub-rows: the base first, then the part of it
 * the rate measures. The structure (numbering) fixes the operands: a `Tỷ lệ …` row in `%` whose
 * only children are two amounts in one unit.
 */
export function findRateRows(model: TableModel): RateRow[] {
  const found: RateRow[] = [];
  for (const parent of model.rows) {
    const label = fold(parent.label);
    if (!/^(tỷ lệ|tỉ lệ)(?![\p{L}])/u.test(label) || !(parent.unit === '%' || /\(%\)/u.test(label))) continue;
    const kids = model.rows.filter((r) => r.parent === parent.index && !r.inWhich);
    if (kids.length !== 2 || kids.some((k) => !k.hasNumbers || k.subset || RATE_LABEL.test(fold(k.label)) || /%/u.test(k.unit ?? '')))
      continue;
    const [whole, part] = kids as [TableRow, TableRow];
    if (whole.unit && part.unit && fold(whole.unit) !== fold(part.unit)) continue;
    found.push({ model, parent, whole, part });
  }
  return found;
}

/** A cell holding exactly a score and its maximum joined by `/` (`9,49/ 9,5`), or null. */
export function scorePairAt(model: TableModel, row: TableRow, col: number, index: DocumentIndex): [Fact, Fact] | null {
  const pair = model.prose.get(`${row.index}:${col}`);
  if (pair?.length !== 2) return null;
  const [score, max] = pair as [Fact, Fact];
  if (score.kind !== 'number' || max.kind !== 'number' || !score.position || !max.position || score.position.block !== max.position.block)
    return null;
  const between = index.text(score.position.block).slice(score.position.end, max.position.start);
  return /^\s*\/\s*$/u.test(between) ? [score, max] : null;
}

/** `CHỈ SỐ CHUNG | 83,1/ 100` under criteria `1 … 8` written `a/ b`: the scores and the maxima add up. */
export interface ScoreTotal {
  model: TableModel;
  total: TableRow;
  rows: TableRow[];
  col: number;
  totalPair: [Fact, Fact];
  pairs: Array<[Fact, Fact]>;
}

const TOTAL_LABEL = /^(chỉ số chung|tổng điểm|tổng cộng|tổng số|tổng|cộng)$/u;

/**
 * The unnumbered total row of a score sheet written `score/ maximum`, over the numbered rows of the
 * top level since the previous total: every one of them must hold such a cell, numbered without a gap.
 */
export function findScoreTotals(model: TableModel, index: DocumentIndex): ScoreTotal[] {
  const found: ScoreTotal[] = [];
  const rows = model.rows;
  rows.forEach((total, i) => {
    if (total.tt !== '' || !TOTAL_LABEL.test(fold(total.label).trim())) return;
    const previous = rows
      .slice(0, i)
      .map((r) => r.tt === '' && TOTAL_LABEL.test(fold(r.label).trim()))
      .lastIndexOf(true);
    const numbered = rows.slice(previous + 1, i).filter((r) => r.tt !== '');
    if (numbered.length < 2) return;
    const top = Math.min(...numbered.map((r) => r.level));
    const criteria = numbered.filter((r) => r.level === top);
    if (criteria.length < 2 || numberingGap(criteria)) return;
    model.headerPaths.forEach((_, col) => {
      const totalPair = scorePairAt(model, total, col, index);
      const pairs = criteria.map((r) => scorePairAt(model, r, col, index));
      if (!totalPair || pairs.some((p) => p === null)) return;
      found.push({ model, total, rows: criteria, col, totalPair, pairs: pairs as Array<[Fact, Fact]> });
    });
  });
  return found;
}

export function tableModels(index: DocumentIndex): TableModel[] {
  return index
    .tables()
    .map((t) => modelTable(t, index))
    .filter((m): m is TableModel => m !== null);
}

export { numericCols };

/** A score sheet's row whose score is the sum of the rows the sheet lists under it. */
export interface ScoreGroup {
  model: TableModel;
  parent: TableRow;
  children: TableRow[];
  col: number;
  cue: string;
  /** `CHỈ SỐ CHUNG`: a composite index (PCI, PAPI) may weight its components; only a sum that holds is asserted. */
  weighted: boolean;
}

/**
 * Score sheets whose rows the numbering does not link: a criterion (`V Mức độ hài lòng`) over
 * unnumbered sub-criteria, up to the next numbered row or the total; and the total row (`CHỈ SỐ
 * CHUNG`, `Tổng điểm`) over the top-level criteria, a criterion without a score of its own standing
 * for its numbered sub-groups (`III` by `III.1`, `III.2`). Each in a `score` column, every part scored.
 */
export function findScoreGroups(model: TableModel): ScoreGroup[] {
  const found: ScoreGroup[] = [];
  const rows = model.rows;
  const scored = (r: TableRow, col: number): boolean => model.cells.has(`${r.index}:${col}`);
  const isTotal = (r: TableRow): boolean => r.tt === '' && TOTAL_LABEL.test(fold(r.label).trim());
  model.roles.forEach((role, col) => {
    if (role !== 'score') return;
    rows.forEach((parent, i) => {
      if (parent.tt === '' || !scored(parent, col) || rows.some((r) => r.parent === parent.index)) return;
      const children: TableRow[] = [];
      for (const r of rows.slice(i + 1)) {
        if (r.tt !== '' || isTotal(r)) break;
        if (r.label.trim() === '' && !r.hasNumbers) continue;
        children.push(r);
      }
      if (children.length >= 2 && children.every((c) => scored(c, col)))
        found.push({ model, parent, children, col, cue: `${parent.tt} = ${children.map((c) => c.label).join(' + ')}`, weighted: false });
    });
    rows.forEach((totalRow, i) => {
      if (!isTotal(totalRow) || !scored(totalRow, col)) return;
      const previous = rows.slice(0, i).findLastIndex(isTotal);
      const span = rows.slice(previous + 1, i);
      const numbered = span.filter((r) => r.tt !== '');
      if (numbered.length < 2) return;
      const top = Math.min(...numbered.map((r) => r.level));
      const criteria = numbered.filter((r) => r.level === top);
      if (criteria.length < 2 || numberingGap(criteria)) return;
      const parts: TableRow[] = [];
      for (const c of criteria) {
        if (scored(c, col)) {
          parts.push(c);
          continue;
        }
        // `III Cung cấp dịch vụ trực tuyến` without a score: its groups `III.1`, `III.2` carry it.
        const groups = span.filter((r) => r.tt.startsWith(`${c.tt}.`) && !r.tt.slice(c.tt.length + 1).includes('.') && scored(r, col));
        if (groups.length < 2) return;
        parts.push(...groups);
      }
      found.push({
        model,
        parent: totalRow,
        children: parts,
        col,
        cue: `${totalRow.label} = ${parts.map((r) => r.tt).join(' + ')}`,
        weighted: /^chỉ số/u.test(fold(totalRow.label).trim()),
      });
    });
  });
  return found;
}

/** A share column (`Cơ cấu (%)`, `Tỷ trọng`): each part's amount over the total row's, in %. */
export interface ShareColumn {
  model: TableModel;
  /** The `%` column. */
  col: number;
  /** The amounts it is the share of: the figure column right before it, under the same header group. */
  amount: number;
  total: TableRow;
  parts: TableRow[];
  /** The parts split the total: their shares make 100. */
  partition: boolean;
  cue: string;
}

const SHARE_HEADER = /(?<!\p{L})(cơ cấu|tỷ trọng|tỉ trọng)(?!\p{L})/u;
const TOTAL_ROW = /^(tổng số|tổng cộng|tổng|cộng|toàn tỉnh|toàn thành phố|toàn quốc|cả nước)(?!\p{L})/u;

/**
 * A `Cơ cấu (%)` / `Tỷ trọng (%)` column beside an amount column, in a table whose total row the
 * structure breaks down: the header grammar fixes the operands (the row's amount, the total's).
 * Rate, score and index rows never take part.
 */
export function findShareColumns(model: TableModel): ShareColumn[] {
  const found: ShareColumn[] = [];
  const sums = findColumnSums(model);
  model.headers.forEach((header, col) => {
    if (!SHARE_HEADER.test(fold(header)) || !(model.roles[col] ?? '').startsWith('percent')) return;
    const path = model.headerPaths[col] ?? [];
    let amount = -1;
    for (let c = col - 1; c >= 0; c -= 1) {
      const role = model.roles[c] ?? '';
      if (['index', 'label', 'unit', 'note'].includes(role)) break;
      if (role.startsWith('percent')) continue;
      const group = (model.headerPaths[c] ?? []).slice(0, -1).map(fold).join('|');
      if (path.length > 1 && group !== path.slice(0, -1).map(fold).join('|')) break;
      amount = c;
      break;
    }
    if (amount < 0) return;
    for (const sum of sums) {
      const total = sum.parent;
      if (!(total.grandTotal || TOTAL_ROW.test(fold(total.label).trim()))) continue;
      if (!model.cells.has(`${total.index}:${amount}`)) continue;
      const parts = sum.children.filter((c) => !RATE_START.test(fold(c.label)) && model.cells.has(`${c.index}:${col}`));
      if (parts.length < 2) continue;
      // A total whose own share is 100 is the composition (`cơ cấu`) of the rows listed under it.
      const own = model.cells.get(`${total.index}:${col}`)?.number;
      const whole = own !== undefined && own !== null && Number(own.exact) === 100;
      if (sum.weak && !whole) continue;
      found.push({
        model,
        col,
        amount,
        total,
        parts,
        partition: (sum.partition || whole) && parts.length === sum.children.length,
        cue: `${model.headers[col]} = ${model.headers[amount]} / ${total.label} × 100`,
      });
    }
  });
  return found;
}

/** A note cell breaking its row's figure down: `bao gồm 265 đơn vị thuộc sở và 01 đơn vị thuộc chi cục`. */
export interface NoteSum {
  model: TableModel;
  row: TableRow;
  noteCol: number;
  valueCol: number;
  parts: Fact[];
  cue: string;
}

/**
 * The `Ghi chú` cell of a row that lists the parts of the row's figure: after `gồm`, `bao gồm`,
 * `chia ra`, as `label: figure` pairs (`Cấp tỉnh: 271 Cấp xã: 1.376`) or as `;`-separated items each
 * with one figure. Two or more whole counts, nothing else (no `%`, no date); a note naming a subset
 * (`trong đó`, `không tính`) is left out. The row's figure is its one value (all its value cells agree).
 */
export function findNoteSums(model: TableModel, index: DocumentIndex): NoteSum[] {
  const found: NoteSum[] = [];
  const valueCols = model.roles.map((r, i) => (SUMMABLE.has(r) || r === 'other' ? i : -1)).filter((i) => i >= 0);
  for (const [key, facts] of model.prose) {
    const [rowIndex, noteCol] = key.split(':').map(Number) as [number, number];
    if (model.roles[noteCol] !== 'note') continue;
    const row = model.rows.find((r) => r.index === rowIndex);
    if (!row || facts.length < 2) continue;
    if (facts.some((f) => !['number', 'quantity'].includes(f.kind) || f.unit === '%' || !f.number || f.number.decimals > 0)) continue;
    const values = valueCols.filter((c) => model.cells.has(`${row.index}:${c}`));
    const raws = new Set(values.map((c) => model.cells.get(`${row.index}:${c}`)?.number?.exact));
    if (values.length === 0 || raws.size !== 1) continue;
    const text = fold(index.sentenceOf(facts[0] as Fact));
    if (/trong đó|không tính|ngoài ra|chưa tính|%/u.test(text)) continue;
    const listed =
      /(?<!\p{L})(bao gồm|gồm|chia ra)(?!\p{L})/u.test(text) ||
      (text.match(/\p{L}\s*:\s*\d/gu)?.length ?? 0) >= facts.length ||
      text.split(';').filter((p) => /\d/u.test(p)).length === facts.length;
    if (!listed) continue;
    found.push({ model, row, noteCol, valueCol: values[0] as number, parts: facts, cue: model.headers[noteCol] ?? 'Ghi chú' });
  }
  return found;
}
