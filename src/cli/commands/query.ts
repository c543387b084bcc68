import { Option, type Command } from 'commander';
import type { QueryFilters, QueryResult, QueryTarget } from '../../store/index.js';
import { isSolieuError } from '../../errors/index.js';
import { EXIT, exitCodeHelp } from '../exit-codes.js';
import { describeError } from '../report-error.js';
import { formatTableRows } from '../number-format.js';
import { positiveInteger } from './ingest.js';
import { storeNotice, storeOption } from '../store-option.js';

const TARGETS = ['documents', 'facts', 'findings', 'references', 'agencies'] as const satisfies readonly QueryTarget[];

interface QueryCliOptions extends QueryFilters {
  store: string;
  json?: boolean;
  limit?: number;
  raw?: boolean;
}

type TableColumn<R> = [header: string, cell: (row: R) => unknown, maxWidth: number];

const join = (...parts: Array<string | null | undefined>): string => parts.filter((p) => p).join(' ');

const TABLES: { [K in QueryTarget]: Array<TableColumn<QueryResult[K][number]>> } = {
  documents: [
    ['document', (d) => d.name, 40],
    ['status', (d) => d.status, 12],
    ['format', (d) => d.format, 6],
    ['pages', (d) => d.counts.pages, 5],
    ['facts', (d) => d.counts.facts, 6],
    ['inconsistent', (d) => d.counts.findings.inconsistent, 12],
    ['number', (d) => d.meta?.documentNumber, 16],
    ['date', (d) => d.meta?.date, 10],
    ['error', (d) => (d.error ? `${d.error.code}: ${d.error.message}` : null), 50],
  ],
  facts: [
    ['document', (r) => r.document, 28],
    ['page', (r) => r.page, 4],
    ['raw', (r) => r.raw, 24],
    ['kind', (r) => r.kind, 8],
    ['value', (r) => r.value, 16],
    ['unit', (r) => r.unit, 14],
    ['agency', (r) => r.agency, 28],
    ['measure', (r) => join(r.predicate, r.noun, r.qualifiers.join(', ')), 36],
  ],
  findings: [
    ['document', (r) => r.document, 28],
    ['page', (r) => r.page, 4],
    ['rule', (r) => r.rule, 20],
    ['status', (r) => r.status, 12],
    ['message', (r) => r.messageVi, 80],
  ],
  references: [
    ['document', (r) => r.document, 28],
    ['page', (r) => r.page, 4],
    ['number', (r) => r.number, 20],
    ['type', (r) => r.type, 14],
    ['date', (r) => r.date, 10],
    ['issuer', (r) => r.issuer, 30],
  ],
  agencies: [
    ['document', (r) => r.document, 28],
    ['name', (r) => r.name, 50],
    ['kind', (r) => r.kind, 18],
    ['mentions', (r) => r.mentions, 8],
  ],
};

const cellText = (value: unknown, max: number): string => {
  // Cells are strings, numbers, booleans or null; anything else (never expected) shows as JSON, not `[object Object]`.
  const shown =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value as string | number | boolean | bigint);
  const text = shown.replace(/\s+/g, ' ');
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
};

/** A plain-text table: one header line, a rule, one line per row; long cells cut with `…`. */
export function renderTable<R>(columns: ReadonlyArray<TableColumn<R>>, rows: readonly R[]): string {
  const cells = rows.map((row) => columns.map(([, cell, max]) => cellText(cell(row), max)));
  const widths = columns.map(([header], i) => Math.max([...header].length, ...cells.map((line) => [...(line[i] ?? '')].length)));
  const pad = (text: string, i: number): string => text + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...text].length));
  const line = (texts: string[]): string => texts.map(pad).join('  ').trimEnd();
  return [line(columns.map(([h]) => h)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** A store that cannot be read is refused input (exit 2), reported on one line; other errors are bugs. */
export function refuseStore(file: string, error: unknown): null {
  if (!isSolieuError(error)) throw error;
  process.stderr.write(`${describeError(file, error)}\n`);
  process.exitCode = EXIT.badInput;
  return null;
}

export function registerQueryCommand(program: Command): void {
  program
    .command('query')
    .description('list documents, facts, findings, references or agencies from the store')
    .addArgument(program.createArgument('<what>', 'what to list').choices(TARGETS))
    .addOption(storeOption())
    .option('--document <name>', 'a document name, or part of its name or source path')
    .option('--agency <name>', 'agency named before the figure (facts), issuer (documents, references); marks and case optional')
    .option('--unit <unit>', 'unit or displayed unit, e.g. "hồ sơ", "tỷ đồng" ("ty dong"), "%"')
    .option('--kind <kind>', 'fact kind (percent, money, quantity…), reference type code (KH, QĐ…), agency kind')
    .option(
      '--status <status>',
      'documents: ok|inconsistent|failed; facts: ok|ambiguous|unclassified; findings: consistent|warning|inconsistent|unverifiable',
    )
    .option('--number <number>', 'a reference number, e.g. 17/KH-UBND')
    .option('--rule <id>', 'findings of one check rule')
    .addOption(new Option('--page <n>', 'rows on one page').argParser(positiveInteger))
    .addOption(new Option('--limit <n>', 'show at most n rows').argParser(positiveInteger))
    .option('--json', 'print the rows as a JSON array')
    .option('--raw', 'plain numbers in base units (11624800000000 đồng) instead of as the reports write them (11.624,8 tỷ đồng)')
    .addHelpText('after', exitCodeHelp('query'))
    .action(async (what: QueryTarget, options: QueryCliOptions) => {
      const { openExistingStore } = await import('../../store/index.js'); // loaded on use: `solieu --help` starts fast
      const { store: spec, json, limit, raw, ...filters } = options;
      const store = await openExistingStore(spec, { notify: storeNotice }).catch((error: unknown) => refuseStore(spec, error));
      if (store === null) return;
      // Rows are streamed from the store; only the shown ones are kept (a table needs its widths).
      const shown: unknown[] = [];
      let total = 0;
      try {
        for await (const row of store.query(what, filters)) {
          if (json) {
            process.stdout.write(`${total === 0 ? '[\n' : ',\n'}  ${JSON.stringify(row, null, 2).replace(/\n/g, '\n  ')}`);
            total += 1;
            if (total === limit) break;
            continue;
          }
          total += 1;
          // One row past the limit says there are more; the rest is never read.
          if (limit !== undefined && shown.length === limit) break;
          shown.push(row);
        }
      } catch (error) {
        if (json && total > 0) process.stdout.write('\n');
        refuseStore(spec, error);
        return;
      } finally {
        await store.close();
      }
      if (json) {
        process.stdout.write(total === 0 ? '[]\n' : '\n]\n');
        return;
      }
      const columns = TABLES[what] as Array<TableColumn<unknown>>;
      process.stdout.write(renderTable(columns, formatTableRows(shown, { raw: raw === true })));
      const more = shown.length < total ? ' (more match; raise --limit to see them)' : '';
      process.stdout.write(`${shown.length} ${shown.length === 1 ? 'row' : 'rows'}${more}\n`);
    });
}
