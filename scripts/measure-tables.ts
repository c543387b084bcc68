/**
 * Table facts on real reports: per file and per table, the figure cells (a cell showing one number,
 * outside the label, numbering and unit columns) and how many became facts, and the table checks'
 * findings. Reads the folder given (default ../shared/corpus-real) in place; prints figures, asserts
 * nothing.
 *
 *   node --import tsx scripts/measure-tables.ts [folder] [--tables]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles } from './lib/corpus-files.js';
import { parserFor } from '../src/parsers/registry.js';
import { buildReport } from '../src/structure/index.js';
import { extractAll } from '../src/extract/index.js';
import { runChecks } from '../src/checks/index.js';
import { looksNumeric } from '../src/structure/table.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { tables: { type: 'boolean', default: false } } });
const dir = resolve(positionals[0] ?? '../shared/corpus-real');
let allCells = 0;
let allFacts = 0;
for (const { name, bytes, source } of corpusFiles(dir)) {
  const { format } = source;
  try {
    const report = buildReport(await parserFor(format).parse(bytes, source, { ocr: 'never' } as never));
    const extraction = extractAll(report);
    const facts = extraction.facts.filter((f) => f.table?.cell === 'number');
    const prose = extraction.facts.filter((f) => f.table?.cell === 'prose').length;
    const findings = runChecks({ ...report, ...extraction }).filter((f) => f.rule.startsWith('table-'));
    let cells = 0;
    let asFacts = 0;
    const lines: string[] = [];
    for (const table of report.tables) {
      const s = table.structure;
      if (!s) continue;
      let n = 0;
      let got = 0;
      for (const cell of s.cells) {
        const role = s.columns[cell.column]?.role;
        if (cell.header || role === 'numbering' || role === 'label' || role === 'unit' || !looksNumeric(cell.text)) continue;
        n += 1;
        if (facts.some((f) => f.table?.table === table.id && f.table.row === cell.row && f.table.column === cell.column)) got += 1;
      }
      cells += n;
      asFacts += got;
      if (n > 0) lines.push(`    ${table.id} ${(table.caption ?? '').slice(0, 50)}: ${got}/${n}`);
    }
    allCells += cells;
    allFacts += asFacts;
    const verdicts: Record<string, number> = {};
    for (const f of findings) verdicts[`${f.rule} ${f.status}`] = (verdicts[`${f.rule} ${f.status}`] ?? 0) + 1;
    console.log(
      `${name}: ${report.tables.length} tables, figure cells ${asFacts}/${cells}${cells ? ` (${((100 * asFacts) / cells).toFixed(1)} %)` : ''}, prose-cell facts ${prose}, findings ${JSON.stringify(verdicts)}`,
    );
    if (values.tables) console.log(lines.join('\n'));
  } catch (error) {
    console.log(`${name}: refused (${(error as { code?: string }).code ?? (error as Error).message})`);
  }
}
console.log(`all: figure cells ${allFacts}/${allCells}${allCells ? ` (${((100 * allFacts) / allCells).toFixed(1)} %)` : ''}`);
