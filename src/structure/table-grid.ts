import type { TableCell } from '../model/index.js';

/**
 * Cells of a grid with their spans. Formats that state merges (DOCX, XLSX) pass them; the others
 * (PDF, OCR, DOC, text) leave a merged cell's text in its top-left position and '' where it
 * reaches, so a header cell followed by blanks over a row of sub-headers is read as spanning them
 * (`Thực hiện` over `6 tháng 2023 | 6 tháng 2024`), and a header cell over blanks down to the
 * last header row as spanning down.
 */

export interface Span {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
}

export function gridCells(rows: readonly (readonly string[])[], stated: readonly Span[] | undefined, headerRows: number): TableCell[] {
  const height = rows.length;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const covered = new Set<number>();
  const spans = new Map<number, Span>();
  const key = (r: number, c: number): number => r * width + c;
  for (const span of stated ?? inferredSpans(rows, width, headerRows)) {
    if (span.row >= height || span.column >= width) continue;
    spans.set(key(span.row, span.column), span);
    for (let r = span.row; r < Math.min(height, span.row + span.rowSpan); r += 1) {
      for (let c = span.column; c < Math.min(width, span.column + span.colSpan); c += 1) {
        if (r !== span.row || c !== span.column) covered.add(key(r, c));
      }
    }
  }
  const cells: TableCell[] = [];
  for (let r = 0; r < height; r += 1) {
    for (let c = 0; c < width; c += 1) {
      if (covered.has(key(r, c))) continue;
      const span = spans.get(key(r, c));
      const rowSpan = Math.max(1, Math.min(span?.rowSpan ?? 1, height - r));
      const colSpan = Math.max(1, Math.min(span?.colSpan ?? 1, width - c));
      cells.push({ row: r, column: c, rowSpan, colSpan, text: (rows[r]?.[c] ?? '').trim(), header: r < headerRows });
    }
  }
  return cells;
}

/** Spans read from blanks in the header rows only: in the body a blank is an empty cell. */
function inferredSpans(rows: readonly (readonly string[])[], width: number, headerRows: number): Span[] {
  const out: Span[] = [];
  const text = (r: number, c: number): string => (rows[r]?.[c] ?? '').trim();
  const taken = new Set<string>();
  for (let r = 0; r < headerRows; r += 1) {
    for (let c = 0; c < width; c += 1) {
      if (text(r, c) === '' || taken.has(`${r}:${c}`)) continue;
      let colSpan = 1;
      // Blanks to the right span when the next header row has its own headers under them.
      if (r + 1 < headerRows) {
        while (c + colSpan < width && text(r, c + colSpan) === '' && text(r + 1, c + colSpan) !== '') colSpan += 1;
      }
      let rowSpan = 1;
      while (r + rowSpan < headerRows && rangeBlank(rows, r + rowSpan, c, colSpan)) rowSpan += 1;
      if (colSpan > 1 || rowSpan > 1) {
        out.push({ row: r, column: c, rowSpan, colSpan });
        for (let dr = 0; dr < rowSpan; dr += 1) for (let dc = 0; dc < colSpan; dc += 1) taken.add(`${r + dr}:${c + dc}`);
      }
    }
  }
  return out;
}

function rangeBlank(rows: readonly (readonly string[])[], r: number, c: number, colSpan: number): boolean {
  for (let k = c; k < c + colSpan; k += 1) if ((rows[r]?.[k] ?? '').trim() !== '') return false;
  return true;
}

/** The cell covering each position: `owner[r][c]` is the index in `cells`. */
export function coverage(cells: readonly TableCell[], height: number, width: number): number[][] {
  const owner = Array.from({ length: height }, () => new Array<number>(width).fill(-1));
  cells.forEach((cell, i) => {
    for (let r = cell.row; r < Math.min(height, cell.row + cell.rowSpan); r += 1) {
      for (let c = cell.column; c < Math.min(width, cell.column + cell.colSpan); c += 1) (owner[r] as number[])[c] = i;
    }
  });
  return owner;
}
