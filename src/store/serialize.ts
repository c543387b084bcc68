import type { StoredEvidence } from './schema.js';
import type { Cell, Row } from './rows.js';

/** Excel needs the byte-order mark to read UTF-8 (Vietnamese letters) correctly. */
export const UTF8_BOM = '\uFEFF';

const isEvidence = (value: unknown): value is StoredEvidence =>
  typeof value === 'object' && value !== null && 'role' in value && 'raw' in value;

function flatten(cell: Cell): string {
  if (cell === null) return '';
  if (Array.isArray(cell)) {
    return cell
      .map((item: string | StoredEvidence) =>
        isEvidence(item) ? `${item.role}: ${item.raw}${item.page === null ? '' : ` (p. ${item.page})`}` : item,
      )
      .join('; ');
  }
  return String(cell);
}

// A text cell starting like a formula would be evaluated by spreadsheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(cell: Cell): string {
  let text = flatten(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text) && !/^[-+]?\d+([.,]\d+)?%?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a BOM, a header line, CRLF line ends (RFC 4180). */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] ?? null)).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** One JSON object per line, keys in column order. */
export function toJsonl(columns: readonly string[], rows: readonly Row[]): string {
  return (
    rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))).join('\n') + (rows.length ? '\n' : '')
  );
}

/** toCsv, streamed: the BOM and header, then one CRLF line per row as rows arrive. */
export async function* csvRows(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield `${UTF8_BOM}${columns.join(',')}\r\n`;
  for await (const row of rows) yield `${columns.map((c) => csvField(row[c] ?? null)).join(',')}\r\n`;
}

/** toJsonl, streamed. */
export async function* jsonlRows(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string> {
  for await (const row of rows) yield `${JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))}\n`;
}
