import type { BlockKind } from '../../model/index.js';
import type { ParsedReport } from '../../model/index.js';

/**
 * One piece of text an extractor reads: a block, a footnote body, or a table cell. Positions of
 * what is found in `text` are `offset + index` in `block`: for a cell, `block` is the table's
 * placeholder block and `offset` the cell's place in that block's text when the block text is the
 * rows joined by tabs and line breaks; otherwise offsets are into the cell text itself (offset 0).
 */
export interface TextSource {
  block: string;
  page: number | null;
  text: string;
  kind: BlockKind | 'footnote' | 'table-cell';
  offset: number;
  /** For a table cell: which table (id), row and column (0-based). */
  cell?: { table: string; row: number; column: number };
}

function tableCells(report: ParsedReport, tableBlock: string, blockText: string | null): TextSource[] {
  const sources: TextSource[] = [];
  for (const table of report.tables) {
    if (table.block !== tableBlock) continue;
    const joined = table.rows.map((row) => row.join('\t')).join('\n');
    const aligned = blockText === joined;
    let offset = 0;
    table.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        sources.push({
          block: table.block,
          page: table.page,
          text: cell,
          kind: 'table-cell',
          offset: aligned ? offset : 0,
          cell: { table: table.id, row: r, column: c },
        });
        offset += cell.length + 1;
      });
    });
  }
  return sources;
}

/** Blocks in reading order (tables cell by cell where they stand), then footnotes by number. */
export function* textSources(report: ParsedReport): Generator<TextSource> {
  const seenTables = new Set<string>();
  for (const block of report.blocks) {
    if (block.kind === 'table') {
      seenTables.add(block.id);
      yield* tableCells(report, block.id, block.text);
      continue;
    }
    yield { block: block.id, page: block.page, text: block.text, kind: block.kind, offset: 0 };
  }
  for (const table of report.tables) {
    if (!seenTables.has(table.block)) {
      seenTables.add(table.block);
      yield* tableCells(report, table.block, null);
    }
  }
  const footnotes = [...report.footnotes].sort((a, b) => a.number - b.number);
  for (const footnote of footnotes) {
    yield { block: footnote.id, page: footnote.page, text: footnote.text, kind: 'footnote', offset: 0 };
  }
}
