import path from 'node:path';
import { Option, type Command } from 'commander';
import { COLUMNS, csvRows, jsonlRows, toRow, writeFileDurable, type QueryFilters, type QueryTarget, type Row } from '../../store/index.js';
import { storeNotice, storeOption } from '../store-option.js';
import { EXIT, exitCodeHelp } from '../exit-codes.js';
import { whatOption } from '../xlsx-export.js';
import { refuseStore } from './query.js';

interface ExportCliOptions extends QueryFilters {
  store: string;
  format: 'jsonl' | 'csv' | 'xlsx';
  what?: QueryTarget[];
  output?: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write store rows as JSONL, CSV (UTF-8 with BOM, RFC 4180) or an xlsx workbook, with stable column names')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'xlsx']).default('jsonl'))
    .addOption(whatOption())
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(storeOption())
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
    .action(async (options: ExportCliOptions, command: Command) => {
      const { store: storePath, format, what: whats = ['facts'], output, ...filters } = options;
      const what = whats[0] ?? 'facts';
      if (format !== 'xlsx' && whats.length > 1)
        command.error('error: several --what need --format xlsx (one sheet each)', { exitCode: EXIT.usage });
      if (format === 'xlsx' && output === undefined && process.stdout.isTTY)
        command.error('error: an xlsx workbook is binary; write it to a file with -o <file.xlsx>', { exitCode: EXIT.usage });
      const { openExistingStore } = await import('../../store/index.js'); // loaded on use: `solieu --help` starts fast
      const store = await openExistingStore(storePath, { notify: storeNotice }).catch((error: unknown) => refuseStore(storePath, error));
      if (store === null) return;
      // Streamed from the store to the output: memory stays flat however many rows there are.
      const counted = { rows: 0 };
      if (format === 'xlsx') {
        const { xlsxExport } = await import('../xlsx-export.js');
        try {
          const { bytes, rows } = await xlsxExport(whats, (w) => store.query(w, filters));
          counted.rows = rows;
          if (output === undefined) process.stdout.write(bytes);
          else await writeFileDurable(path.resolve(output), bytes);
        } finally {
          await store.close();
        }
        if (output !== undefined) process.stderr.write(`solieu: ${counted.rows} rows of ${whats.join(', ')} → ${output}\n`);
        return;
      }
      async function* rows(): AsyncGenerator<Row> {
        for await (const item of store!.query(what, filters)) {
          counted.rows += 1;
          yield toRow(what, item);
        }
      }
      const columns = COLUMNS[what];
      const text = format === 'csv' ? csvRows(columns, rows()) : jsonlRows(columns, rows());
      try {
        if (output === undefined) {
          for await (const chunk of text)
            if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
          return;
        }
        await writeFileDurable(path.resolve(output), text);
      } catch (error) {
        refuseStore(storePath, error);
        return;
      } finally {
        await store.close();
      }
      const rowCount = counted.rows;
      process.stderr.write(`solieu: ${rowCount} ${what} rows → ${output}\n`);
    });
}
