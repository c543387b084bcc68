import type { Line, Segment, TableBlock } from '../types.js';

/**
 * Tables without rules, from the alignment of word boxes. A scan has no text-layer structure, and
 * a borderless table reads as lines cut into segments by wide gaps. Where it is clear — at least
 * three consecutive lines of at least three segments, whose segments fall into the same columns
 * (overlapping spans), one segment per column per line — the lines become a table. The head of a
 * report and the signature block have two columns and never qualify; body text has no wide gaps.
 */

const MIN_COLUMNS = 3;
const MIN_ROWS = 3;
/** Lines further apart than this many of their sizes do not continue a table. */
const MAX_ROW_GAP = 2.5;

export function alignedTables(lines: readonly Line[]): { tables: TableBlock[]; lines: Line[] } {
  const tables: TableBlock[] = [];
  const kept: Line[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    const table = run.length >= MIN_ROWS ? tableOf(run) : null;
    if (table) tables.push(table);
    else kept.push(...run);
    run = [];
  };
  for (const line of lines) {
    const last = run[run.length - 1];
    const continues = last !== undefined && last.y - line.y <= MAX_ROW_GAP * Math.max(last.size, line.size);
    if (line.segments.length >= MIN_COLUMNS && (run.length === 0 || continues)) {
      run.push(line);
      continue;
    }
    flush();
    if (line.segments.length >= MIN_COLUMNS) run.push(line);
    else kept.push(line);
  }
  flush();
  kept.sort((a, b) => b.y - a.y);
  return { tables, lines: kept };
}

interface Column {
  x: number;
  end: number;
}

/** Columns as the union of overlapping segment spans; null unless every line fits them one to one. */
function tableOf(lines: readonly Line[]): TableBlock | null {
  const spans = lines.flatMap((l) => l.segments).sort((a, b) => a.x - b.x);
  const columns: Column[] = [];
  for (const s of spans) {
    const last = columns[columns.length - 1];
    if (last && s.x <= last.end) last.end = Math.max(last.end, s.end);
    else columns.push({ x: s.x, end: s.end });
  }
  if (columns.length < MIN_COLUMNS) return null;
  const rows: string[][] = [];
  for (const line of lines) {
    const row = columns.map(() => '');
    for (const segment of line.segments) {
      const k = columns.findIndex((c) => overlaps(c, segment));
      if (k < 0 || row[k] !== '') return null;
      row[k] = segment.text;
    }
    rows.push(row);
  }
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  return {
    top: first.y + first.size,
    bottom: last.y - 0.3 * last.size,
    left: (columns[0] as Column).x,
    right: (columns[columns.length - 1] as Column).end,
    rows,
    markers: lines.flatMap((l) => l.anchors.map((a) => a.footnote)),
  };
}

const overlaps = (c: Column, s: Segment): boolean => s.x <= c.end && s.end >= c.x;
