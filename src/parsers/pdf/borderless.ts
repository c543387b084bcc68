import { finalizeText } from './hygiene.js';
import type { Line } from './types.js';

/**
 * Tables drawn without borders, from positions alone: three or more consecutive lines cut into
 * three or more segments whose left edges fall into the same columns. Two segments are not enough
 * (the head and the signature block are two-column layouts, handled as regions), and a justified
 * line never splits into segments (see lines.ts), so body text does not qualify.
 */

/** Rows needed to call a run of lines a table. */
const MIN_ROWS = 3;
const MIN_COLUMNS = 3;
/** Segment starts closer than this (points) are one column. */
const COLUMN_SNAP = 6;
/** A column must start a segment on at least this share of the rows. */
const COLUMN_SUPPORT = 0.5;

export interface BorderlessTable {
  /** Index of the first and last line of the table in the input. */
  from: number;
  to: number;
  top: number;
  rows: string[][];
}

export function findBorderlessTables(lines: readonly Line[]): BorderlessTable[] {
  const tables: BorderlessTable[] = [];
  let start = 0;
  while (start < lines.length) {
    if ((lines[start]?.segments.length ?? 0) < MIN_COLUMNS) {
      start += 1;
      continue;
    }
    let end = start;
    while (end + 1 < lines.length && (lines[end + 1]?.segments.length ?? 0) >= 2) end += 1;
    const table = end - start + 1 >= MIN_ROWS ? tableOf(lines, start, end) : null;
    if (table) tables.push(table);
    start = end + 1;
  }
  return tables;
}

function tableOf(lines: readonly Line[], from: number, to: number): BorderlessTable | null {
  const starts: number[] = [];
  for (let i = from; i <= to; i++) for (const s of lines[i]?.segments ?? []) starts.push(s.x);
  starts.sort((a, b) => a - b);
  const columns: { x: number; hits: number }[] = [];
  for (const x of starts) {
    const last = columns[columns.length - 1];
    if (last && x - last.x <= COLUMN_SNAP) last.hits += 1;
    else columns.push({ x, hits: 1 });
  }
  const rowsCount = to - from + 1;
  const kept = columns.filter((c) => c.hits >= COLUMN_SUPPORT * rowsCount).map((c) => c.x);
  if (kept.length < MIN_COLUMNS) return null;
  const rows = [];
  for (let i = from; i <= to; i++) {
    const row = kept.map(() => '');
    for (const segment of lines[i]?.segments ?? []) {
      let column = 0;
      while (column + 1 < kept.length && segment.x >= (kept[column + 1] ?? Infinity) - COLUMN_SNAP) column += 1;
      const text = finalizeText(segment.text, []).text;
      row[column] = row[column] ? `${row[column]} ${text}` : text;
    }
    rows.push(row);
  }
  return { from, to, top: lines[from]?.y ?? 0, rows };
}
