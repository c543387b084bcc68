import type { Command } from 'commander';
import { isSolieuError } from '../../errors/index.js';
import type { SeriesView } from '../../series/index.js';
import { EXIT, exitCodeHelp } from '../exit-codes.js';
import { langOption } from '../lang.js';
import { describeError } from '../report-error.js';

interface SeriesCliOptions {
  indicator?: string;
  json?: boolean;
  csv?: boolean;
  store?: string;
  all?: boolean;
  lang: 'vi' | 'en';
}

const DEFAULT_STORE = 'out/solieu.json';

export function registerSeriesCommand(program: Command): void {
  program
    .command('series')
    .description('follow the same indicators across periodic reports (months, quarters) and flag contradictions between reports')
    .argument('[inputs...]', 'report files, per-document JSONs, or folders of them (e.g. out/)')
    .option(
      '--store <path|url>',
      `read the documents of a store, a file or postgres://… (default $SOLIEU_STORE, else ${DEFAULT_STORE}, when no inputs are given)`,
    )
    .option('--indicator <text>', 'only indicators whose id or label contains this text (accents optional)')
    .option(
      '--all',
      'the full period → value table of every indicator, also those seen in one report only, and consistent cross-report claims',
    )
    .option('--json', 'print series, indicators and findings as JSON')
    .option('--csv', 'print one row per indicator value as CSV (UTF-8 with BOM)')
    .addOption(langOption('language of the output: vi (default) or en'))
    .addHelpText(
      'after',
      `
Reports of one issuer and one kind (same subject but for the period) form a series, ordered by
period. Rules: series/cumulative-decrease, series/restatement, series/stale-copy,
series/change-mismatch, series/denominator-change (docs/checks/series-*.md).
${exitCodeHelp('series')}`,
    )
    .action(async (inputs: string[], options: SeriesCliOptions) => {
      if (options.json && options.csv) {
        process.stderr.write('solieu: choose one of --json and --csv\n');
        process.exitCode = EXIT.usage;
        return;
      }
      const store = options.store ?? (inputs.length === 0 ? process.env['SOLIEU_STORE'] || DEFAULT_STORE : undefined);
      const [{ analyseSeries }, { loadSeriesInputs }, { selectView, seriesCsv, seriesJson, seriesTable }] = await Promise.all([
        import('../../series/run.js'),
        import('../../series/load.js'),
        import('../../series/render.js'),
      ]); // loaded on use: `solieu --help` starts fast
      let loaded;
      try {
        loaded = await loadSeriesInputs(inputs, store ? { store } : {});
      } catch (error) {
        if (!isSolieuError(error)) throw error;
        process.stderr.write(`${describeError(store ?? '', error)}\n`);
        process.exitCode = EXIT.badInput;
        return;
      }
      for (const note of loaded.notes) process.stderr.write(`solieu: ${note}\n`);
      for (const { file, error } of loaded.problems) process.stderr.write(`${describeError(file, error)}\n`);
      if (loaded.reports.length === 0) {
        process.stderr.write('solieu: no reports to compare; pass report files, an out/ folder, or --store\n');
        process.exitCode = EXIT.badInput;
        return;
      }
      const results = analyseSeries(loaded.reports);
      const documents = new Map(loaded.reports.map((r) => [r.name, r.doc] as const));
      const view: SeriesView = {
        ...(options.indicator ? { indicator: options.indicator } : {}),
        all: options.all === true,
        language: options.lang,
        documents,
      };
      process.stdout.write(options.json ? seriesJson(results, view) : options.csv ? seriesCsv(results, view) : seriesTable(results, view));
      const flagged = selectView(results, view).some((r) => r.findings.some((f) => f.status === 'inconsistent'));
      process.exitCode = loaded.problems.length > 0 ? EXIT.badInput : flagged ? EXIT.inconsistent : EXIT.ok;
    });
}
