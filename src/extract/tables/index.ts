import type { ParsedReport, Fact } from '../../model/index.js';
import { tableFacts } from './cells.js';

export { numberCell } from './cells.js';

/**
 * The facts of every table, numbered after the facts already found (`after`): ids `f{after+1}…` in
 * table order, row by row.
 */
export function extractTableFacts(report: ParsedReport, after: number): Fact[] {
  const out: Fact[] = [];
  for (const table of report.tables) {
    const drafts = tableFacts(table);
    const base = after + out.length;
    drafts.forEach((draft, i) => {
      draft.fact.id = `f${base + i + 1}`;
      draft.fact.links.partOf = draft.partOf >= 0 ? `f${base + draft.partOf + 1}` : null;
      draft.fact.links.referenceFact = draft.referenceFact >= 0 ? `f${base + draft.referenceFact + 1}` : null;
    });
    out.push(...drafts.map((d) => d.fact));
  }
  return out;
}
