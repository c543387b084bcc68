import type { Block, Fact, FindingStatus, Table } from '../model/index.js';
import { safeToken } from './escape.js';
import { type TextMarker, type TextSpan, renderSpans } from './highlight.js';

/**
 * A table block drawn as the table it is: header rows as header cells, merged cells spanning, figure
 * cells right-aligned, sentence cells left as text. A cell that holds a finding's evidence carries
 * the finding's index and worst status, so the page can tint it and outline it when the finding is
 * chosen, as it marks figures in running text.
 */

/** How the page treats a cell: a lone figure, sentences with figures in them, or anything else. */
type CellKind = 'num' | 'prose' | null;

const STATUS_RANK: Record<FindingStatus, number> = { consistent: 0, unverifiable: 1, warning: 2, inconsistent: 3 };

/** `cell-b8-3-2`: the element id of row 3, column 2 (0-based grid positions) of the table in block b8. */
export const cellElementId = (block: string, row: number, column: number): string => `cell-${safeToken(block)}-${row}-${column}`;

/**
 * Cell ranges in the table block's text, which the structure stage writes as cells joined by tabs
 * and rows by newlines. Null when the text was built another way: the caller then shows it raw.
 */
export function tableCells(text: string, rows: readonly (readonly string[])[]): [number, number][][] | null {
  if (rows.map((row) => row.join('\t')).join('\n') !== text) return null;
  const out: [number, number][][] = [];
  let offset = 0;
  for (const row of rows) {
    const cells: [number, number][] = [];
    for (const cell of row) {
      cells.push([offset, offset + cell.length]);
      offset += cell.length + 1;
    }
    out.push(cells);
  }
  return out;
}

/** The kind of each cell that holds table facts, keyed `row:column`. */
export function cellKinds(table: Table, facts: readonly Fact[]): Map<string, CellKind> {
  const kinds = new Map<string, CellKind>();
  for (const fact of facts) {
    if (fact.table?.table !== table.id) continue;
    const key = `${fact.table.row}:${fact.table.column}`;
    if (fact.table.cell === 'prose') kinds.set(key, 'prose');
    else if (!kinds.has(key)) kinds.set(key, 'num');
  }
  return kinds;
}

/**
 * Merged areas the page can draw: a structure cell spanning several grid positions whose other
 * positions are blank (a parser that repeated the text there keeps every position as it is).
 */
function merges(table: Table): { spans: Map<string, { rowSpan: number; colSpan: number }>; covered: Set<string> } {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const cell of table.structure?.cells ?? []) {
    if (cell.rowSpan === 1 && cell.colSpan === 1) continue;
    const inside: string[] = [];
    let blank = true;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) {
      for (let c = cell.column; c < cell.column + cell.colSpan; c += 1) {
        if (r === cell.row && c === cell.column) continue;
        const text = table.rows[r]?.[c];
        if (text === undefined || text.trim() !== '' || covered.has(`${r}:${c}`)) blank = false;
        inside.push(`${r}:${c}`);
      }
    }
    if (!blank) continue;
    spans.set(`${cell.row}:${cell.column}`, { rowSpan: cell.rowSpan, colSpan: cell.colSpan });
    for (const key of inside) covered.add(key);
  }
  return { spans, covered };
}

/** The HTML `<table>` of a table block, or null when its text is not its grid. */
export function renderTable(
  block: Pick<Block, 'id' | 'text'>,
  table: Table,
  facts: readonly Fact[],
  spans: readonly TextSpan[],
  markers: readonly TextMarker[],
): string | null {
  const cells = tableCells(block.text, table.rows);
  if (!cells) return null;
  const spansOf = bucketByCell(cells.flat(), spans);
  const kinds = cellKinds(table, facts);
  const { spans: merged, covered } = merges(table);
  const headerRows = Math.min(table.structure?.headerRows ?? 0, cells.length);
  let flat = 0;
  const rows = cells.map((row, r) => {
    const tds: string[] = [];
    row.forEach(([from, to], c) => {
      const own = spansOf[flat++] ?? [];
      if (covered.has(`${r}:${c}`)) return;
      // A span that only touches the cell's edge is another cell's.
      const inside = own.filter((s) => s.start < to && s.end > from);
      const tag = r < headerRows ? 'th' : 'td';
      const attrs: string[] = [`id="${cellElementId(block.id, r, c)}"`];
      const span = merged.get(`${r}:${c}`);
      if (span && span.rowSpan > 1) attrs.push(`rowspan="${span.rowSpan}"`);
      if (span && span.colSpan > 1) attrs.push(`colspan="${span.colSpan}"`);
      const classes: string[] = [];
      const kind = kinds.get(`${r}:${c}`);
      if (kind) classes.push(kind);
      const findings = [...new Set(inside.flatMap((s) => (s.finding === undefined ? [] : [s.finding])))].sort((a, b) => a - b);
      let worst: FindingStatus | null = null;
      for (const s of inside)
        if (s.finding !== undefined && s.status && (worst === null || STATUS_RANK[s.status] > STATUS_RANK[worst])) worst = s.status;
      if (findings.length > 0) classes.push('ev');
      if (worst) classes.push(`s-${worst}`);
      if (classes.length > 0) attrs.push(`class="${classes.join(' ')}"`);
      if (findings.length > 0) attrs.push(`data-findings="${findings.join(' ')}"`);
      tds.push(`<${tag} ${attrs.join(' ')}>${renderSpans(block.text, own, markers, from, to)}</${tag}>`);
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  const head = headerRows > 0 ? `<thead>${rows.slice(0, headerRows).join('')}</thead>` : '';
  return `<table>${head}<tbody>${rows.slice(headerRows).join('')}</tbody></table>`;
}

/**
 * The spans touching each cell (cells in text order), so a large table costs one pass over its
 * spans rather than one per cell.
 */
function bucketByCell(cells: readonly [number, number][], spans: readonly TextSpan[]): TextSpan[][] {
  const buckets: TextSpan[][] = cells.map(() => []);
  for (const span of spans) {
    let lo = 0;
    let hi = cells.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cells[mid] as [number, number])[1] < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < cells.length && (cells[i] as [number, number])[0] < span.end; i += 1) buckets[i]?.push(span);
  }
  return buckets;
}
