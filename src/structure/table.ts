import type { TableColumn, TableColumnRole, TableStructure } from '../model/index.js';
import { columnRole, headerPeriod, headerUnit, periodKey, unitLine } from './table-columns.js';
import { coverage, gridCells, type Span } from './table-grid.js';
import { type RowDraft, leadingNumbering, linkRows, readNumbering } from './table-rows.js';

/**
 * The one place a grid becomes a structured table, whatever reader made it (PDF, OCR, DOCX, DOC,
 * text, spreadsheet): header rows, column header paths with role, unit and period, body rows with
 * label, numbering and parent.
 */

export interface GridInput {
  rows: readonly (readonly string[])[];
  spans?: readonly Span[] | undefined;
  /** Header rows the format marks (Word's repeating header, a markdown head); content decides otherwise. */
  headerRows?: number | undefined;
  hidden?: { rows: readonly number[]; columns: readonly number[] } | undefined;
  indents?: ReadonlyArray<{ row: number; column: number; indent: number }> | undefined;
  caption: string | null;
}

const clean = (text: string): string =>
  text
    .replace(/[*_]{1,2}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
/** A figure cell: digits with separators, a sign, a percent sign (`1.234`, `12,5%`, `(120)`). */
export const looksNumeric = (text: string): boolean => /^[-+(]?\s*\d[\d.,\s]*\)?\s*%?$/u.test(clean(text));
const hasLetters = (text: string): boolean => /\p{L}{2}/u.test(text);

/** `(1) (2) (3)`, `A B 1 2 3 = 1+2`: the row that numbers the columns, part of the head. */
function isColumnNumbering(row: readonly string[]): boolean {
  const cells = row.map(clean).filter((c) => c !== '');
  if (cells.length < 3) return false;
  if (!cells.every((c) => /^\(?[0-9A-Z]{1,3}\)?(?:\s*[=+\-*/x×:]\s*\(?[0-9A-Z]{1,3}\)?)*$/u.test(c))) return false;
  const numbers = cells
    .map((c) => /^\(?(\d{1,3})\)?$/u.exec(c)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return numbers.length >= 2 && numbers.every((n, i) => i === 0 || n > (numbers[i - 1] as number));
}

const YEAR = /^(?:19|20)\d{2}$/u;
function onlyYears(row: readonly string[]): boolean {
  const numeric = row.filter((c) => c !== '' && looksNumeric(c));
  return numeric.length > 0 && numeric.every((c) => YEAR.test(clean(c)));
}

function detectHeaderRows(rows: readonly (readonly string[])[], stated: number | undefined): number {
  if (stated !== undefined && stated > 0 && stated < rows.length) {
    let n = stated;
    while (n < rows.length && isColumnNumbering(rows[n] ?? [])) n += 1;
    return n;
  }
  for (let r = 0; r < rows.length; r += 1) {
    const row = (rows[r] ?? []).map(clean);
    if (isColumnNumbering(row)) continue;
    const first = row.find((c) => c !== '') ?? '';
    // `năm | năm | 2019`: a head row stacking the words of a period; its years are no figures.
    const figures = row.slice(1).some((c) => c !== '' && looksNumeric(c)) && !onlyYears(row);
    if (
      figures ||
      (readNumbering(first) !== null && readNumbering(first)?.kind !== 'inWhich') ||
      (r > 0 && leadingNumbering(first) !== null)
    ) {
      return r;
    }
  }
  // No figure anywhere: a list with one title row.
  return rows.length > 1 ? 1 : 0;
}

export function structureTable(input: GridInput): TableStructure {
  const rows = input.rows;
  const height = rows.length;
  const width = Math.max(0, ...rows.map((r) => r.length));
  let headerRows = detectHeaderRows(rows, input.headerRows);
  // A stated merge that starts in the head and reaches lower keeps the rows it covers in the head.
  for (const span of input.spans ?? []) {
    if (span.row < headerRows && span.row + span.rowSpan > headerRows) headerRows = Math.min(height, span.row + span.rowSpan);
  }
  const cells = gridCells(rows, input.spans, headerRows);
  const owner = coverage(cells, height, width);
  const hiddenRows = new Set(input.hidden?.rows ?? []);
  const hiddenColumns = new Set(input.hidden?.columns ?? []);

  // A unit line standing alone in a head row (`ĐVT: triệu đồng`) is the table's unit, not a header.
  let tableUnit = input.caption ? (unitLine(input.caption) ?? captionUnit(input.caption)) : null;
  const pathRows: number[] = [];
  for (let r = 0; r < headerRows; r += 1) {
    const texts = (rows[r] ?? []).map(clean).filter((t) => t !== '');
    const unit = texts.length === 1 ? unitLine(texts[0] as string) : null;
    if (unit) tableUnit ??= unit;
    else if (!isColumnNumbering(rows[r] ?? [])) pathRows.push(r);
  }

  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c += 1) {
    const header: string[] = [];
    let last = -1;
    for (const r of pathRows) {
      const k = owner[r]?.[c] ?? -1;
      if (k < 0 || k === last) continue;
      last = k;
      const text = clean(cells[k]?.text ?? '');
      // A title cell spanning every column is the table's name, not a header of each column.
      if (text !== '' && !((cells[k]?.colSpan ?? 1) === width && width > 2)) header.push(text);
    }
    const role = columnRole(header);
    columns.push({ index: c, header, role, unit: null, period: headerPeriod(header), hidden: hiddenColumns.has(c) });
  }
  guessUnlabelledColumns(columns, rows, headerRows);
  earlierActualIsPrevious(columns);
  for (const column of columns) {
    const stated = headerUnit(column.header);
    column.unit = PERCENT_ROLES.has(column.role)
      ? '%'
      : (stated ?? (SCORE_ROLES.has(column.role) ? 'điểm' : FIGURE_ROLES.has(column.role) ? tableUnit : null));
  }

  const numberingCol = columns.find((c) => c.role === 'numbering')?.index ?? null;
  const labelCol =
    columns.find((c) => c.role === 'label')?.index ?? columns.find((c) => c.role !== 'numbering' && c.role !== 'unit')?.index ?? null;
  const unitCol = columns.find((c) => c.role === 'unit')?.index ?? null;
  // Labels written one column further right for a sub-row (spreadsheets): every headerless word column up to the first figure column.
  const zone = labelZone(columns, rows, headerRows, labelCol);
  const indentOf = new Map((input.indents ?? []).map((i) => [`${i.row}:${i.column}`, i.indent]));
  const drafts: RowDraft[] = [];
  const depth: Array<number | null> = [];
  for (let r = headerRows; r < height; r += 1) {
    const row = rows[r] ?? [];
    const text = (c: number | null): string => (c === null ? '' : clean(row[c] ?? ''));
    const at = zone.find((c) => text(c) !== '') ?? labelCol;
    let label = text(at);
    depth.push(at === null || text(at) === '' ? null : zone.indexOf(at) * 4 + (indentOf.get(`${r}:${at}`) ?? 0));
    let numbering = numberingCol !== null ? readNumbering(text(numberingCol)) : null;
    if (numbering === null) {
      const lead = leadingNumbering(label);
      if (lead) {
        numbering = lead.numbering;
        label = lead.rest;
      } else if (readNumbering(label)?.kind === 'inWhich') numbering = readNumbering(label);
    }
    if (numbering === null && numberingCol !== null && text(numberingCol) !== '' && label === '') label = text(numberingCol);
    const hasFigures = row.some(
      (cell, c) => !zone.includes(c) && c !== labelCol && c !== numberingCol && c !== unitCol && looksNumeric(cell),
    );
    // `"`, `“`, `-nt-` in the unit column: the same unit as the row above.
    const unit = DITTO.test(text(unitCol)) ? (drafts.at(-1)?.unit ?? null) : text(unitCol) || null;
    drafts.push({ index: r, label, numbering, unit, hidden: hiddenRows.has(r), hasFigures });
  }
  const headRows = Array.from({ length: headerRows }, (_, r) => ({
    index: r,
    header: true,
    label: null,
    numbering: null,
    numberingKind: null,
    level: null,
    parent: null,
    total: false,
    subset: false,
    unit: null,
    hidden: hiddenRows.has(r),
  }));
  // Unnumbered rows get a depth from their indentation when the table indents some of them.
  if (new Set(depth.filter((d, i) => d !== null && drafts[i]?.numbering === null)).size >= 2) {
    drafts.forEach((d, i) => {
      const k = depth[i];
      if (d.numbering === null && k !== null && k !== undefined) d.numbering = { text: '', kind: 'indent', level: 12 + k };
    });
  }
  return { headerRows, unit: tableUnit, cells, rows: [...headRows, ...linkRows(drafts)], columns };
}

const DITTO = /^(?:["“”'〃]+|-?\s*nt\s*-?|như trên)$/iu;
/** `Tổng`, `Tổng cộng`, `Cộng`, `Toàn tỉnh`: a total row's label, in any column of words. */
const TOTAL_WORD = /^(?:tổng|tổng cộng|tổng số|cộng|toàn tỉnh|toàn ngành)\.?:?$/iu;

/**
 * `Thực hiện 15/09/2013 | Thực hiện 15/09/2014 | % so với C.kỳ 2013`: with a `%` of the same period
 * last year and no column named so, the actual column of the earlier period is that period's figure.
 */
function earlierActualIsPrevious(columns: TableColumn[]): void {
  if (!columns.some((c) => c.role === 'percentPrevious') || columns.some((c) => c.role === 'previous')) return;
  const actuals = columns.filter((c) => c.role === 'actual' && c.period !== null && periodKey(c.period) !== null);
  if (actuals.length !== 2) return;
  const [a, b] = actuals as [TableColumn, TableColumn];
  const ka = periodKey(a.period as string) as number;
  const kb = periodKey(b.period as string) as number;
  if (ka !== kb) (ka < kb ? a : b).role = 'previous';
}

/** A caption ending on a scaled unit alone (`… Tỷ đồng`, `… Nghìn ha`, `Triệu USD`): the table's unit. */
function captionUnit(caption: string): string | null {
  if (/(?:^|\s)%(?:\s|$)/u.test(caption)) return '%';
  const m = /(?:^|\s)((?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)+(?:đồng|usd|ha|tấn|người|lượt|hộ|con|m3|m2|km|lít|tạ|khách|lao động)|%)$/iu.exec(
    caption.trim(),
  );
  return m?.[1] ?? null;
}

/** The label column and the headerless word columns next to it, before the first figure column. */
function labelZone(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  headerRows: number,
  labelCol: number | null,
): number[] {
  if (labelCol === null) return [];
  const body = rows.slice(headerRows);
  const figureColumn = (c: number): boolean => body.some((r) => looksNumeric(r[c] ?? ''));
  const zone = [labelCol];
  for (const column of columns.slice(labelCol + 1)) {
    if ((column.role !== 'other' && column.role !== 'label') || column.header.length > 0 || figureColumn(column.index)) break;
    zone.push(column.index);
  }
  return zone;
}

const PERCENT_ROLES = new Set<TableColumnRole>(['percentPlan', 'percentPrevious', 'percent']);
const SCORE_ROLES = new Set<TableColumnRole>(['maxScore', 'score']);
const FIGURE_ROLES = new Set<TableColumnRole>(['actual', 'plan', 'previous', 'cumulative', 'total', 'difference', 'other']);

/** Columns without a header: a first column of row numbers, and a column of words, describe the rows. */
function guessUnlabelledColumns(columns: TableColumn[], rows: readonly (readonly string[])[], headerRows: number): void {
  const body = rows.slice(headerRows);
  const share = (c: number, test: (t: string) => boolean): number => {
    const texts = body.map((r) => clean(r[c] ?? '')).filter((t) => t !== '');
    return texts.length === 0 ? 0 : texts.filter(test).length / texts.length;
  };
  // `Đơn vị` heads a column of agencies or of units: units are short (`1000 ha`, `Tr.USD`, `"`).
  for (const column of columns) {
    if (column.role !== 'label' || !/^đơn vị$/iu.test(column.header.at(-1) ?? '')) continue;
    // A wide form's `Tổng` row says nothing of what the column holds (agencies over a total, c11 forms).
    const texts = body.map((r) => clean(r[column.index] ?? '')).filter((t) => t !== '' && !TOTAL_WORD.test(t));
    const short = texts.filter((t) => t.length <= 12 || DITTO.test(t)).length;
    if (texts.length > 0 && short / texts.length >= 0.8) column.role = 'unit';
  }
  const hasLabel = columns.some((c) => c.role === 'label');
  const hasNumbering = columns.some((c) => c.role === 'numbering');
  for (const column of columns.slice(0, 3)) {
    if (column.role !== 'other') continue;
    if (!hasNumbering && column.index === 0 && share(0, (t) => readNumbering(t) !== null) >= 0.6) {
      column.role = 'numbering';
      continue;
    }
    if (!hasLabel && share(column.index, hasLetters) >= 0.6) {
      column.role = 'label';
      return;
    }
  }
}
