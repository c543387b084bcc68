/**
 * Markdown pipe tables, the form PDF-to-text converters write: `|a|b|` rows, a `|---|---|` rule under
 * the head, `<br>` for a line break inside a cell, `**bold**` and `_italic_` marks, `Col1` for an
 * empty head cell. A page break shows as blank lines and a page number between two parts of one
 * table, the second part repeating the head; the parts are joined and the repeat dropped.
 */

export interface PipeTable {
  rows: string[][];
  /** Rows above the `|---|` rule. */
  headerRows: number;
  /** Index of the line after the table's last line. */
  end: number;
}

const RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;
const PAGE_NUMBER = /^(?:-\s*)?(?:trang\s+)?\d{1,4}(?:\s*-)?$/iu;

export const isPipeRow = (line: string): boolean => {
  const t = line.trim();
  return t.length >= 3 && t.startsWith('|') && t.endsWith('|');
};

/** Cells of one `|…|…|` line: split on unescaped bars, `<br>` to a space, emphasis marks off. */
export function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split(/(?<!\\)\|/u).map((cell) =>
    cell
      .replace(/\\\|/gu, '|')
      .replace(/<br\s*\/?>/giu, ' ')
      .replace(/\*\*|__/gu, '')
      .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=$|[\s).,;:])/gu, '$1')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/^Col\d+$/u, ''),
  );
}

const sameRow = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((cell, i) => cell === b[i]);

/** Reads the pipe table starting at `lines[start]` (a pipe row), parts across page breaks joined. */
export function readPipeTable(lines: readonly string[], start: number): PipeTable {
  const rows: string[][] = [];
  let headerRows = 0;
  let at = start;
  let head: string[] | null = null;
  for (;;) {
    const partStart = at;
    while (at < lines.length && (isPipeRow(lines[at] ?? '') || (at > partStart && RULE.test((lines[at] ?? '').trim())))) {
      const line = (lines[at] ?? '').trim();
      if (RULE.test(line)) {
        if (head === null) {
          headerRows = rows.length;
          head = rows[0] ?? null;
        }
      } else rows.push(pipeCells(line));
      at += 1;
    }
    // Blank lines and a page number, then the same head again: the table goes on.
    let next = at;
    while (next < lines.length && ((lines[next] ?? '').trim() === '' || PAGE_NUMBER.test((lines[next] ?? '').trim()))) next += 1;
    if (head === null || next === at || next >= lines.length || !isPipeRow(lines[next] ?? '')) break;
    if (!sameRow(pipeCells(lines[next] ?? ''), head)) break;
    at = next + headerRows;
    // Skip the repeated rule too.
    while (at < lines.length && RULE.test((lines[at] ?? '').trim())) at += 1;
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return { rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]), headerRows, end: at };
}
