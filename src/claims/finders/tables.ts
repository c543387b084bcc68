import type { Fact, Table, TableColumn } from '../../model/index.js';
import type { DocumentIndex } from '../document-index.js';
import { exactly, rounded, fromDecimal } from '../../arith/index.js';
import { findCues, fold, hasCue, isMeasuredUnit } from '../lexicon.js';
import type { Operand } from '../types.js';

export type ColumnRole =
  | 'index'
  | 'label'
  | 'unit'
  | 'plan'
  | 'actual'
  | 'cumulative'
  | 'previous'
  | 'percentPlan'
  | 'percentPrevious'
  | 'percentOther'
  | 'total'
  | 'done'
  | 'pending'
  | 'onTime'
  | 'late'
  | 'other'
  | 'difference'
  | 'maxScore'
  | 'score'
  | 'note';

export interface TableRow {
  index: number;
  tt: string;
  label: string;
  level: number;
  /** `Trong đó:` rows carry no figures; they turn the rows under them into a subset. */
  inWhich: boolean;
  /** `Tổng số`, `Tổng cộng`: a total of the rows above it. */
  grandTotal: boolean;
  unit: string | null;
  hasNumbers: boolean;
  /** The structure's parent row (grid index) and whether the row is a `Trong đó` subset of it. */
  parent: number | null;
  subset: boolean;
}

export interface TableModel {
  table: Table;
  header: number;
  headers: string[];
  roles: ColumnRole[];
  rows: TableRow[];
  /** The document-wide unit line (`ĐVT: triệu đồng`) or null. */
  unit: string | null;
  /** The table facts by `row:column`. */
  cells: ReadonlyMap<string, Fact>;
  /** Figures of cells holding more than one (`9,49/ 9,5`), by `row:column`, in reading order. */
  prose: ReadonlyMap<string, Fact[]>;
  /** Each column's header path, top level first (`Lâm Đồng › Điểm số`). */
  headerPaths: string[][];
  /** The period each column's header states (`9 tháng năm 2025`), or null. */
  periods: Array<string | null>;
  /** Lines right under the table that state a column rule (`Cột (1) = (2) + (3)`), where they stand. */
  notes: TableNote[];
}

export interface TableNote {
  text: string;
  block: string;
  start: number;
  end: number;
}

/** `Cột (10) = (12) + (14)`, `Tổng đơn cột số (7) + cột (14) = …`: a line that relates numbered columns. */
const COLUMN_RULE = /(?<!\p{L})cột(?!\p{L})[^=]*=/iu;

/** The `Lưu ý:` / `Ghi chú:` lines after a table (up to the next table or heading) that state a column rule. */
function notesOf(table: Table, index: DocumentIndex): TableNote[] {
  const units = index.orderedUnits().filter((u) => u.kind !== 'footnote' && u.kind !== 'cell');
  const at = units.findIndex((u) => u.id === table.block);
  const out: TableNote[] = [];
  // A workbook keeps the note in the sheet: a row whose one filled cell states the rule.
  table.rows.forEach((cells, row) => {
    const filled = cells.map((t, column) => ({ t: t.trim(), column })).filter((c) => c.t !== '');
    const only = filled.length === 1 ? filled[0] : undefined;
    if (!only || !COLUMN_RULE.test(only.t)) return;
    const start = cellOffset(table, row, only.column) + (cells[only.column] ?? '').indexOf(only.t);
    out.push({ text: only.t, block: table.block, start, end: start + only.t.length });
  });
  for (let k = at + 1; at >= 0 && k < units.length && k <= at + 10; k += 1) {
    const u = units[k];
    if (!u || u.kind === 'table' || u.kind === 'heading') break;
    // One line may hold several rules (`Cột (1) = … - Cột (10) = …`).
    for (const m of u.text.matchAll(/[^\n;]+/gu)) {
      const line = m[0].trim();
      if (COLUMN_RULE.test(line)) {
        const start = (m.index ?? 0) + m[0].indexOf(line);
        out.push({ text: line, block: u.id, start, end: start + line.length });
      }
    }
  }
  return out;
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/u;

/** Depth of a row number: `A` 0, `I` 1, `1` 2, `1.1` 3, `1.1.1` 4 …, `a` 10, `-`/`+` 11; none 12. */
export function levelOf(tt: string): number {
  const t = tt.trim().replace(/[.)]$/u, '');
  if (/^[A-H]$/u.test(t)) return 0;
  if (ROMAN.test(t)) return 1;
  if (/^\d+(?:\.\d+)*$/u.test(t)) return 2 + (t.match(/\./gu)?.length ?? 0);
  if (/^\p{Ll}$/u.test(t)) return 10;
  if (/^[-+*•]$/u.test(t)) return 11;
  return 12;
}

function roleOf(header: string): ColumnRole {
  const h = fold(header);
  const percent = /%|tỷ lệ|tỉ lệ|so sánh/u.test(h);
  if (/^(stt|tt|số tt)$/u.test(h.trim())) return 'index';
  if (/^(đvt|đơn vị tính)$/u.test(h.trim())) return 'unit';
  if (/^(chỉ tiêu|nội dung|lĩnh vực|đơn vị|tên [\p{L} ]+|danh mục|hạng mục)$/u.test(h.trim())) return 'label';
  if (percent) {
    if (findCues(h, 'previous').length > 0) return 'percentPrevious';
    if (findCues(h, 'plan').length > 0) return 'percentPlan';
    return 'percentOther';
  }
  if (findCues(h, 'previous').length > 0) return 'previous';
  if (hasCue(h, 'onTime')) return 'onTime';
  if (hasCue(h, 'late')) return 'late';
  if (hasCue(h, 'pending')) return 'pending';
  if (/^(đã giải quyết|đã hoàn thành|hoàn thành|đã xử lý)$/u.test(h.trim())) return 'done';
  if (/^(tiếp nhận|tổng số|tổng|được giao|phát sinh)$/u.test(h.trim())) return 'total';
  if (/lũy kế|luỹ kế/u.test(h)) return 'cumulative';
  if (/thực hiện|ước/u.test(h)) return 'actual';
  if (findCues(h, 'plan').length > 0) return 'plan';
  if (/chỉ tiêu|nội dung|lĩnh vực|đơn vị|tên/u.test(h)) return 'label';
  return 'other';
}

/** `ĐVT: triệu đồng` in the caption or in the title lines right above the table. */
function unitLineOf(table: Table, index: DocumentIndex): string | null {
  const inCaption = /đvt\s*:\s*([^\n()]+)/iu.exec(table.caption ?? '');
  if (inCaption) return (inCaption[1] ?? '').trim();
  const units = index.orderedUnits().filter((u) => u.kind !== 'footnote');
  const at = units.findIndex((u) => u.id === table.block);
  for (let k = at - 1; k >= 0 && k >= at - 5; k -= 1) {
    const u = units[k];
    if (!u || u.kind === 'table' || (u.kind !== 'heading' && u.kind !== 'paragraph')) break;
    const m = /^đvt\s*:\s*(.+)$/iu.exec(u.text.trim());
    if (m) return (m[1] ?? '').trim();
  }
  return null;
}

/** A short name for a table in messages: `Biểu số 01`, `Phụ lục`, or the start of its title. */
export function tableName(table: Table): string {
  const caption = (table.caption ?? '').trim();
  // `PHỤ LỤC … Biểu mẫu 1 Công tác …`: the form's own number names the table better than the appendix heading.
  const forms = [...caption.matchAll(/(?<!\p{L})(biểu(?:\s+mẫu)?(?:\s+số)?\s*\p{N}[\p{N}\p{L}/.-]*)/giu)];
  const form = forms[forms.length - 1];
  if (form?.[1]) return form[1].trim();
  const short = /^(biểu số\s*[\p{N}\p{L}/.-]+|phụ lục(?:\s+(?:số\s+)?(?:\d+|[IVX]+)\b)?)/iu.exec(caption);
  if (short) return short[1]?.trim() ?? caption;
  const title = caption.split(/\s*\(/u)[0] ?? '';
  return title.length > 60 ? `${title.slice(0, 57)}…` : title || table.id;
}

/**
 * The checker's view of a table, from the structure the parsers' grids became (header paths, row
 * numbering, totals, units) and the table facts (one per figure cell): rule code never reads cell
 * text. Roles come from the header words the checker's lexicon knows, refined by the structure
 * (an earlier period as `previous`, a `%` unit never an amount, score columns). Null for a table
 * without figures.
 */
export function modelTable(table: Table, index: DocumentIndex): TableModel | null {
  const structure = table.structure;
  if (!structure) return null;
  const cells = new Map<string, Fact>();
  const prose = new Map<string, Fact[]>();
  for (const fact of index.tableFacts(table.id)) {
    if (!fact.table || !fact.number) continue;
    const key = `${fact.table.row}:${fact.table.column}`;
    if (fact.table.cell === 'number') cells.set(key, fact);
    else if (fact.table.cell === 'prose') prose.set(key, [...(prose.get(key) ?? []), fact]);
  }
  for (const facts of prose.values()) facts.sort((a, b) => (a.position?.start ?? 0) - (b.position?.start ?? 0));
  if (cells.size === 0) return null;
  const headers = structure.columns.map((c) => c.header.join(' '));
  const bodyRows = structure.rows.filter((r) => !r.header);
  const roles = structure.columns.map((c, i) => {
    const role = columnRoleOf(headers[i] ?? '', c);
    // `Số đơn vị được thanh tra`, `Lĩnh vực hành chính › Tổng`: a header word, not the column's cells, said label.
    if (role !== 'label' || c.role === 'label') return role;
    const figures = bodyRows.filter((r) => cells.has(`${r.index}:${c.index}`)).length;
    const valued = ['actual', 'plan', 'previous', 'cumulative', 'total'].includes(c.role) ? (c.role as ColumnRole) : 'other';
    return figures > 0 && figures * 2 >= bodyRows.filter((r) => hasText(table, r.index, c.index)).length ? valued : role;
  });
  const describing = new Set(roles.map((r, i) => (r === 'index' || r === 'label' || r === 'unit' ? i : -1)));
  const rows: TableRow[] = structure.rows
    .filter((r) => !r.header)
    .map((r) => {
      const tt = r.numberingKind === 'indent' || r.numberingKind === 'inWhich' ? '' : (r.numbering ?? '');
      const hasNumbers = structure.columns.some((c) => !describing.has(c.index) && cells.has(`${r.index}:${c.index}`));
      return {
        index: r.index,
        tt,
        label: r.label ?? '',
        level: r.numberingKind === 'indent' ? (r.level ?? 12) : levelOf(tt),
        inWhich: r.numberingKind === 'inWhich' || (!hasNumbers && /^(trong đó|trong số đó)\s*:?$/u.test(fold(r.label ?? '').trim())),
        grandTotal: r.total && tt === '',
        unit: r.unit,
        hasNumbers,
        parent: r.parent,
        subset: r.subset,
      };
    });
  return {
    table,
    header: structure.headerRows - 1,
    headers,
    roles,
    rows,
    unit: structure.unit ?? unitLineOf(table, index),
    cells,
    prose,
    headerPaths: structure.columns.map((c) => [...c.header]),
    periods: structure.columns.map((c) => c.period ?? null),
    notes: notesOf(table, index),
  };
}

/** Whether a grid cell holds any text. */
const hasText = (table: Table, row: number, col: number): boolean => (table.rows[row]?.[col] ?? '').trim() !== '';

/** The lexicon's reading of a header, corrected by what the structure knows of the column. */
function columnRoleOf(header: string, column: TableColumn): ColumnRole {
  if (column.role === 'numbering') return 'index';
  if (column.role === 'label') return 'label';
  if (column.role === 'unit') return 'unit';
  // `Tăng, giảm (%)`: a change in percent is the index against the earlier column, less 100.
  if (column.role === 'difference' && (column.unit === '%' || /%/u.test(header))) return 'percentPrevious';
  if (column.role === 'maxScore' || column.role === 'score' || column.role === 'difference' || column.role === 'note') return column.role;
  const role = roleOf(header);
  if (column.role === 'previous' && (role === 'actual' || role === 'other')) return 'previous';
  // `Sơ bộ quý III`, `Cộng dồn cả năm`: words the structure's lexicon reads and the cue lexicon does not.
  if (role === 'other' && ['actual', 'plan', 'previous', 'cumulative', 'total'].includes(column.role)) return column.role as ColumnRole;
  // `% so với C.kỳ 2013`: the structure knows abbreviations the lexicon does not.
  if (role === 'percentOther' && (column.role === 'percentPrevious' || column.role === 'percentPlan')) return column.role;
  // `Cơ cấu (%)`, a `%` table unit: rates and shares, never amounts to add.
  if (column.unit === '%' && !role.startsWith('percent')) return 'percentOther';
  return role;
}

/** The fact of a cell, or null for an empty cell, words or a figure that reads two ways. */
export function cellFact(model: TableModel, row: TableRow, col: number): Fact | null {
  const fact = model.cells.get(`${row.index}:${col}`);
  if (!fact?.number) return null;
  return !fact.number.ambiguous || (fact.number.decimals > 0 && decimalDotOnly(fact.number.text)) ? fact : null;
}

/**
 * `104.9`, `5.385.9`: a dot before one or two final digits cannot group thousands (a group has three
 * digits), so a table written with dot decimals reads one way only, the decimal the fact already holds.
 */
const decimalDotOnly = (text: string): boolean => /^-?\d{1,3}(?:\.\d{3})*\.\d{1,2}$/u.test(text.trim());

/** Whether a row's figures are exact counts (a count noun as its unit) or rounded measurements. */
export function rowIsCount(model: TableModel, row: TableRow): boolean {
  const unit = row.unit ?? model.unit;
  if (!unit) return model.roles.some((r) => ['total', 'done', 'pending', 'onTime', 'late'].includes(r));
  const u = fold(unit);
  return !isMeasuredUnit(unit) && !/(đồng|usd|tấn|ha|nghìn|triệu|tỷ|%)/u.test(u);
}

/** `Biểu 4 › 1.5 Tổng số ĐVSNCL › Số lượng`: where a cell stands, in the table's own words. */
export function cellPlace(model: TableModel, row: TableRow, col: number | null): string {
  const label = `${row.tt ? `${row.tt} ` : ''}${row.label}`.trim();
  return [tableName(model.table), label, col === null ? '' : (model.headers[col] ?? '')].filter((p) => p !== '').join(' › ');
}

/** A table cell as an operand: its fact's displayed number, in the table's displayed units. */
export function cellOperand(role: string, model: TableModel, row: TableRow, col: number, _index?: DocumentIndex): Operand | null {
  const fact = cellFact(model, row, col);
  return fact ? factOperand(role, model, row, col, fact) : null;
}

/**
 * A figure of a table cell as an operand. `exact`: a figure that is set, not measured (a maximum
 * score), stands for itself rather than for its rounding interval.
 */
export function factOperand(role: string, model: TableModel, row: TableRow, col: number, fact: Fact, exact = false): Operand | null {
  const number = fact.number;
  if (!number || (number.ambiguous && !(number.decimals > 0 && decimalDotOnly(number.text)))) return null;
  const interval =
    exact || (rowIsCount(model, row) && number.decimals === 0) ? exactly(number.exact) : rounded(number.exact, number.decimals);
  return {
    role,
    fact,
    raw: fact.raw,
    display: number.text,
    value: Number(number.exact),
    interval,
    exact: fromDecimal(number.exact),
    scale: fromDecimal('1'),
    decimals: number.decimals,
    position: fact.position,
    sentence: cellPlace(model, row, col),
  };
}

/**
 * A blank cell (or `-`) of a rule the form states (`Cột (1) = (2) + (3)`), as the 0 the form means:
 * an exact zero placed at the cell in the table block's text. Null for a cell with a figure or words.
 */
/** Where a grid cell starts in its table block's text (cells joined by tabs, rows by newlines). */
function cellOffset(table: Table, row: number, col: number): number {
  let offset = 0;
  for (let r = 0; r < row; r += 1) {
    const cells = table.rows[r] ?? [];
    offset += cells.reduce((n, t) => n + t.length + 1, 0) + (cells.length === 0 ? 1 : 0);
  }
  return offset + (table.rows[row] ?? []).slice(0, col).reduce((n, t) => n + t.length + 1, 0);
}

export function blankOperand(role: string, model: TableModel, row: TableRow, col: number): Operand | null {
  const grid = model.table.rows;
  const text = (grid[row.index]?.[col] ?? '').trim();
  if (text !== '' && !/^[-–—]$/u.test(text)) return null;
  const offset = cellOffset(model.table, row.index, col);
  const zero = fromDecimal('0');
  return {
    role,
    fact: null,
    raw: text,
    display: '0',
    value: 0,
    interval: exactly('0'),
    exact: zero,
    scale: fromDecimal('1'),
    decimals: 0,
    position: { block: model.table.block, start: offset, end: offset + text.length, page: null },
    sentence: cellPlace(model, row, col),
  };
}
