import { parseVietnameseNumber } from '../../extract/numbers/index.js';
import type { Table } from '../../model/block.js';
import type { DocumentIndex } from '../document-index.js';
import { exactly, rounded } from '../interval/interval.js';
import { fromDecimal } from '../interval/rational.js';
import { findCues, fold, hasCue, isMeasuredUnit } from '../lexicon.js';
import type { Operand } from '../types.js';

export type ColumnRole = 'index' | 'label' | 'unit' | 'plan' | 'actual' | 'cumulative' | 'previous'
  | 'percentPlan' | 'percentPrevious' | 'percentOther' | 'total' | 'done' | 'pending' | 'onTime' | 'late' | 'other';

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
}

export interface TableModel {
  table: Table;
  header: number;
  headers: string[];
  roles: ColumnRole[];
  rows: TableRow[];
  /** The document-wide unit line (`ĐVT: triệu đồng`) or null. */
  unit: string | null;
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

export const cellNumber = (raw: string): ReturnType<typeof parseVietnameseNumber> => {
  const text = raw.replace(/[*_\s]/gu, '');
  if (text === '' || text === '-') return null;
  return parseVietnameseNumber(text);
};

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
  const short = /^(biểu số\s*[\p{N}\p{L}/.-]+|phụ lục(?:\s+(?:số\s+)?(?:\d+|[IVX]+)\b)?)/iu.exec(caption);
  if (short) return short[1]?.trim() ?? caption;
  const title = caption.split(/\s*\(/u)[0] ?? '';
  return title.length > 60 ? `${title.slice(0, 57)}…` : title || table.id;
}

/** Reads a table's header, column roles and row hierarchy; null for tables without figures. */
export function modelTable(table: Table, index: DocumentIndex): TableModel | null {
  const header = table.rows.findIndex((row, i) => row.filter((c) => c.trim() && !cellNumber(c)).length >= 2
    && table.rows.slice(i + 1).some((r) => r.some((c) => cellNumber(c) !== null)));
  if (header < 0) return null;
  const headers = table.rows[header] ?? [];
  const roles = headers.map(roleOf);
  const ttCol = roles.indexOf('index');
  const labelCol = roles.indexOf('label') >= 0 ? roles.indexOf('label') : ttCol + 1;
  const unitCol = roles.indexOf('unit');
  const rows: TableRow[] = table.rows.slice(header + 1).map((cells, k) => {
    const tt = ttCol >= 0 ? (cells[ttCol] ?? '').trim() : '';
    const label = (cells[labelCol] ?? '').trim();
    const folded = fold(label);
    const hasNumbers = cells.some((c, col) => col !== ttCol && col !== labelCol && cellNumber(c) !== null);
    return {
      index: header + 1 + k, tt, label, level: levelOf(tt),
      inWhich: !hasNumbers && /^(trong đó|trong số đó)\s*:?$/u.test(folded.trim()),
      grandTotal: tt === '' && /^(tổng số|tổng cộng|cộng|tổng)(?![\p{L}])/u.test(folded.trim()),
      unit: unitCol >= 0 ? (cells[unitCol] ?? '').trim() || null : null, hasNumbers,
    };
  });
  return { table, header, headers, roles, rows, unit: unitLineOf(table, index) };
}

/** Whether a row's figures are exact counts (a count noun as its unit) or rounded measurements. */
export function rowIsCount(model: TableModel, row: TableRow): boolean {
  const unit = row.unit ?? model.unit;
  if (!unit) return model.roles.some((r) => ['total', 'done', 'pending', 'onTime', 'late'].includes(r));
  const u = fold(unit);
  return !isMeasuredUnit(unit) && !/(đồng|usd|tấn|ha|nghìn|triệu|tỷ|%)/u.test(u);
}

/** A table cell as an operand: its text as displayed, located in the table's block. */
export function cellOperand(role: string, model: TableModel, row: TableRow, col: number, index: DocumentIndex): Operand | null {
  const raw = model.table.rows[row.index]?.[col] ?? '';
  const number = cellNumber(raw);
  if (!number || number.ambiguous) return null;
  const exact = fromDecimal(number.exact);
  const interval = rowIsCount(model, row) && number.decimals === 0 ? exactly(number.exact) : rounded(number.exact, number.decimals);
  const block = index.unit(model.table.block);
  const text = block?.text ?? '';
  const joined = model.table.rows.map((r) => r.join('\t')).join('\n');
  let start = 0;
  if (joined === text) {
    for (let r = 0; r < row.index; r += 1) start += (model.table.rows[r] ?? []).join('\t').length + 1;
    for (let c = 0; c < col; c += 1) start += (model.table.rows[row.index]?.[c] ?? '').length + 1;
  } else {
    start = Math.max(0, text.indexOf(raw));
  }
  return {
    role, fact: null, raw: raw.trim(), display: number.text, value: number.value, interval, exact,
    scale: fromDecimal('1'), decimals: number.decimals,
    position: { block: model.table.block, start, end: start + raw.length, page: model.table.page },
    sentence: `${tableName(model.table)} — ${row.tt ? `${row.tt} ` : ''}${row.label} — ${model.headers[col] ?? ''}`.trim(),
  };
}
