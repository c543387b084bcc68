import path from 'node:path';
import { Option, type Command } from 'commander';
import { writeFileDurable } from '../../store/atomic-write.js';
import type { QueryFilters, QueryTarget } from '../../store/query.js';
import { COLUMNS, toRows } from '../../store/rows.js';
import { toCsv, toJsonl } from '../../store/serialize.js';
import { exitCodeHelp } from '../exit-codes.js';
import { refuseStore } from './query.js';

interface ExportCliOptions extends QueryFilters {
  store: string;
  format: 'jsonl' | 'csv';
  what: QueryTarget;
  output?: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write store rows as JSONL or CSV (UTF-8 with BOM, RFC 4180) with stable column names')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .addOption(
      new Option('--what <rows>', 'which rows').choices(['facts', 'findings', 'documents', 'references', 'agencies']).default('facts'),
    )
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('--store <path>', 'store file', 'out/solieu.json')
    .option('--document <name>', 'only rows of this document (name, or part of its name or path)')
    .option('--agency <name>', 'filter as in query')
    .option('--unit <unit>', 'filter as in query')
    .option('--kind <kind>', 'filter as in query')
    .option('--status <status>', 'filter as in query')
    .option('--number <number>', 'filter as in query')
    .option('--rule <id>', 'filter as in query')
    .addHelpText(
      'after',
      `\nColumns (stable; new ones are only ever appended):\n${Object.entries(COLUMNS)
        .map(([what, columns]) => `  ${what}: ${columns.join(', ')}`)
        .join('\n')}`,
    )
    .addHelpText('after', exitCodeHelp('export'))
    .action(async (options: ExportCliOptions) => {
      const { store: storePath, format, what, output, ...filters } = options;
      const [{ queryStore }, { JsonReportStore }] = await Promise.all([import('../../store/query.js'), import('../../store/json-store.js')]); // loaded on use: `solieu --help` starts fast
      const data = await new JsonReportStore(storePath).load().catch((error: unknown) => refuseStore(storePath, error));
      if (data === null) return;
      const rows = toRows(what, queryStore(data, what, filters));
      const columns = COLUMNS[what];
      const text = format === 'csv' ? toCsv(columns, rows) : toJsonl(columns, rows);
      if (output === undefined) {
        process.stdout.write(text);
        return;
      }
      await writeFileDurable(path.resolve(output), text);
      process.stderr.write(`solieu: ${rows.length} ${what} rows → ${output}\n`);
    });
}
