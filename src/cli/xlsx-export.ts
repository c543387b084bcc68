import { InvalidArgumentError, Option } from 'commander';
import type { QueryRow, QueryTarget, Row, StoredEvidence } from '../store/index.js';

type Cell = Row[string];

/** What `export --what` accepts, in the order sheets are written. */
export const EXPORT_TARGETS = ['documents', 'facts', 'findings', 'references', 'agencies'] as const satisfies readonly QueryTarget[];

/** `--what facts,findings` or `--what facts --what findings`: one sheet each in a workbook (one only for csv and jsonl). */
export function parseWhat(value: string, previous: QueryTarget[] | undefined): QueryTarget[] {
  const chosen = new Set(previous ?? []);
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (!(EXPORT_TARGETS as readonly string[]).includes(part)) {
      throw new InvalidArgumentError(`unknown rows "${part}"; expected ${EXPORT_TARGETS.join(', ')} (several, comma-separated, for xlsx)`);
    }
    chosen.add(part as QueryTarget);
  }
  return EXPORT_TARGETS.filter((t) => chosen.has(t));
}

export const whatOption = (): Option =>
  new Option(
    '--what <rows>',
    `which rows: ${EXPORT_TARGETS.join(', ')} (default facts; xlsx: several, comma-separated, one sheet each)`,
  ).argParser(parseWhat);

/** One sheet: its name (the --what), its stable columns, its rows. */
export interface SheetData {
  name: string;
  columns: readonly string[];
  rows: readonly Row[];
}

const isEvidence = (value: unknown): value is StoredEvidence =>
  typeof value === 'object' && value !== null && 'role' in value && 'raw' in value;

/** A cell as a spreadsheet types it: numbers and booleans stay typed, ISO dates become dates, lists are joined. */
function cellValue(cell: Cell | undefined): string | number | boolean | Date | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : String(cell);
  if (typeof cell === 'boolean') return cell;
  if (Array.isArray(cell)) {
    return cell
      .map((item: string | StoredEvidence) =>
        isEvidence(item) ? `${item.role}: ${item.raw}${item.page === null ? '' : ` (p. ${item.page})`}` : item,
      )
      .join('; ');
  }
  // A calendar date (`2022-07-05`) is a date to a spreadsheet: it sorts and filters as one.
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) {
    const date = new Date(`${cell}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(cell)) return date;
  }
  return cell;
}

const MAX_WIDTH = 60;

/**
 * An .xlsx workbook (exceljs): one sheet per row kind, a bold frozen header row with filters,
 * numbers as numbers (grouped; decimals shown only where there are some), dates as dates.
 * Strings are stored as text, never as formulas, so a cell starting with `=` is harmless.
 */
export async function xlsxWorkbook(sheets: readonly SheetData[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on use: `solieu --help` starts fast
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'solieu';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...sheet.columns]);
    const widths = sheet.columns.map((c) => c.length);
    for (const row of sheet.rows) {
      const values = sheet.columns.map((c) => cellValue(row[c]));
      const added = ws.addRow(values);
      values.forEach((value, i) => {
        const cell = added.getCell(i + 1);
        if (typeof value === 'number') cell.numFmt = Number.isInteger(value) ? '#,##0' : '#,##0.0#########';
        else if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
        const length = value === null ? 0 : value instanceof Date ? 10 : String(value).length;
        widths[i] = Math.max(widths[i] ?? 0, Math.min(MAX_WIDTH, length));
      });
    }
    ws.getRow(1).font = { bold: true };
    widths.forEach((width, i) => (ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, width + 2)));
    if (sheet.columns.length > 0)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * `export --format xlsx`: the rows of each `--what`, one sheet each, with export's stable columns.
 * A workbook is one zip written at the end, so its rows are gathered first (unlike CSV and JSONL).
 */
export async function xlsxExport(
  whats: readonly QueryTarget[],
  query: <T extends QueryTarget>(what: T) => AsyncIterable<QueryRow<T>>,
): Promise<{ bytes: Uint8Array; rows: number }> {
  const { COLUMNS, toRow } = await import('../store/index.js');
  const sheets: SheetData[] = [];
  for (const what of whats) {
    const rows: Row[] = [];
    for await (const item of query(what)) rows.push(toRow(what, item));
    sheets.push({ name: what, columns: COLUMNS[what], rows });
  }
  return { bytes: await xlsxWorkbook(sheets), rows: sheets.reduce((n, s) => n + s.rows.length, 0) };
}
