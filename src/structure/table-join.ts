import type { LayoutItem } from '../parsers/index.js';

type TableItem = Extract<LayoutItem, { type: 'table' }>;

/**
 * A table broken by a page break comes as two tables with nothing between them: the second part
 * repeats the head (dropped here), or, in a paged format, starts on the next page with as many
 * columns. The parts are joined into one table, so a criterion on one page and its last
 * sub-criteria on the next are one table.
 */
export function joinContinuedTables(items: readonly LayoutItem[]): LayoutItem[] {
  const out: LayoutItem[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (item.type === 'table' && last?.type === 'table' && continues(last, item)) out[out.length - 1] = join(last, item);
    else out.push(item);
  }
  return out;
}

const width = (t: TableItem): number => Math.max(0, ...t.rows.map((r) => r.length));
const sameRow = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  a.length === b.length &&
  a.every((c, i) => c.trim() === (b[i] ?? '').trim()) &&
  a.some((c) => /\p{L}/u.test(c));

function continues(first: TableItem, next: TableItem): boolean {
  if (width(first) !== width(next) || width(first) < 2) return false;
  if (sameRow(first.rows[0], next.rows[0])) return true;
  // Paged formats: the next part starts on the following page.
  return first.page !== null && next.page !== null && next.page === lastPage(first) + 1 && !sameRow(next.rows[0], next.rows[1]);
}

const pages = new WeakMap<TableItem, number>();
const lastPage = (t: TableItem): number => pages.get(t) ?? t.page ?? 0;

function join(first: TableItem, next: TableItem): TableItem {
  // A repeated head (as many rows as the first part's stated head, or its first row) is dropped.
  const headRows = first.headerRows ?? 1;
  let drop = 0;
  while (drop < headRows && sameRow(first.rows[drop], next.rows[drop])) drop += 1;
  const offset = first.rows.length - drop;
  const shift = <T extends { row: number }>(list: readonly T[] | undefined): T[] =>
    (list ?? []).filter((x) => x.row >= drop).map((x) => ({ ...x, row: x.row + offset }));
  const spans = [...(first.spans ?? []), ...shift(next.spans)];
  const indents = [...(first.indents ?? []), ...shift(next.indents)];
  const hiddenRows = [...(first.hidden?.rows ?? []), ...(next.hidden?.rows ?? []).filter((r) => r >= drop).map((r) => r + offset)];
  const joined: TableItem = {
    ...first,
    rows: [...first.rows, ...next.rows.slice(drop)],
    ...(first.confidence || next.confidence
      ? {
          confidence: [
            ...(first.confidence ?? first.rows.map((r) => r.map(() => []))),
            ...(next.confidence ?? next.rows.map((r) => r.map(() => []))).slice(drop),
          ],
        }
      : {}),
    ...(spans.length > 0 ? { spans } : {}),
    ...(indents.length > 0 ? { indents } : {}),
    ...(first.hidden || next.hidden ? { hidden: { rows: hiddenRows, columns: first.hidden?.columns ?? next.hidden?.columns ?? [] } } : {}),
  };
  pages.set(joined, next.page ?? lastPage(first));
  return joined;
}
