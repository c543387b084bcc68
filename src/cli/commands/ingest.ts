import { text } from 'node:stream/consumers';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { isSolieuError } from '../../errors/index.js';
import type { IngestEvent } from '../../ingest/index.js';
import { defaultConcurrency, renderNote, renderProgress, renderSummary, type ProgressState } from '../../ingest/cli-entry.js';
import { EXIT } from '../exit-codes.js';
import { langOption, type Lang } from '../lang.js';
import { describeError } from '../report-error.js';
import { storeNotice, storeOption } from '../store-option.js';

interface IngestCliOptions {
  store: string;
  out: string;
  concurrency?: number;
  timeout: number;
  maxMemory: number;
  password?: string;
  maxPages?: number;
  maxBytes?: number;
  ocr: 'auto' | 'always' | 'never';
  force?: boolean;
  json?: boolean;
  lang: Lang;
  reviewed: string;
  allFindings?: boolean;
}

/** Commander parser for counts and limits: a positive integer or a usage error (exit 2). */
export function positiveInteger(value: string): number {
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError('expected a whole number of at least 1');
  }
  return Number(value);
}

const INGEST_HELP = `
Inputs: files (any extension; the content decides the format), folders (walked recursively for
.pdf .docx .doc .txt .text; symlink loops and links leaving the folder are skipped with a note),
quoted globs ('reports/**/*.pdf'), or - to read one path per line from stdin.

A file whose content, solieu version and options are unchanged since the last run is skipped;
changed and previously failed files are redone (--force redoes everything).

Output: <out>/<name>.json per document, and the store (--store) that query and export read.
With --json, stdout carries only NDJSON: one event per file ({"event":"ok"|"skipped"|"failed",...})
and a final {"event":"summary",...}.

Exit codes:
  0   every file processed, no report has an inconsistent claim
  1   at least one report has an inconsistent claim
  2   usage error (bad option, missing input path), or the store is locked or unreadable
  3   at least one file failed (bad input, timeout, out_of_memory); the others were processed
  70  internal error (a bug: please report it)`;

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('process files, folders or globs into the store, incrementally, in parallel')
    .argument('<inputs...>', 'files, folders, quoted globs, or - for paths on stdin')
    .addOption(storeOption('the store to write'))
    .option('-o, --out <dir>', 'folder for per-document JSON', 'out')
    .option('-j, --concurrency <n>', `worker threads (default: ${defaultConcurrency()}, the cores)`, positiveInteger)
    .option(
      '--timeout <ms>',
      'per-file deadline (OCR of a scan takes ~10 s a page); a file past it fails with timeout',
      positiveInteger,
      300_000,
    )
    .option('--max-memory <MB>', 'heap cap per worker; a file past it fails with out_of_memory', positiveInteger, 1024)
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--max-pages <n>', "refuse PDFs with more pages (too_many_pages); default: the parser's cap", positiveInteger)
    .option('--max-bytes <n>', "refuse larger files (too_large); default: the parser's cap", positiveInteger)
    .addOption(
      new Option('--ocr <mode>', 'OCR PDFs without a text layer (auto), every PDF (always), or none (never)')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .option('--force', 'redo every file, even unchanged ones')
    .option('--json', 'stream NDJSON events on stdout instead of a progress bar and text summary')
    .addOption(langOption('language of the summary: vi (default) or en'))
    .option(
      '--reviewed <file>',
      'the review file: findings a reviewer accepted or dismissed are set aside (see solieu triage)',
      'solieu-reviewed.json',
    )
    .option('--all-findings', 'also list the inconsistencies a reviewer already decided on')
    .addHelpText('after', INGEST_HELP)
    .action(async (inputs: string[], options: IngestCliOptions, command: Command) => {
      if (inputs.filter((i) => i === '-').length > 1) command.error('error: - (stdin) may be given once', { exitCode: EXIT.usage });
      const output = new IngestOutput(Boolean(options.json), options.lang);
      try {
        const [{ readReviewFile }, { setAsideReviewed, runIngest }, { openStore }] = await Promise.all([
          import('../../triage/index.js'),
          import('../../ingest/index.js'), // loaded on use: `solieu --help` starts fast
          import('../../store/index.js'),
        ]);
        const reviewed = options.allFindings ? [] : await readReviewFile(options.reviewed);
        const store = await openStore(options.store, { notify: storeNotice });
        const summary = await runIngest({
          inputs,
          cwd: process.cwd(),
          outDir: options.out,
          store,
          concurrency: options.concurrency ?? defaultConcurrency(),
          timeoutMs: options.timeout,
          maxMemoryMb: options.maxMemory,
          processOptions: {
            check: true,
            ocr: options.ocr,
            ...(options.password ? { password: options.password } : {}),
            ...(options.maxPages ? { maxPages: options.maxPages } : {}),
            ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
          },
          force: Boolean(options.force),
          readStdin: () => text(process.stdin),
          onPlan: (total) => output.plan(total),
          onEvent: (event) => output.event(event),
        }).finally(() => store.close());
        const shown = setAsideReviewed(summary, reviewed);
        output.finish(shown);
        process.exitCode = shown.exitCode;
      } catch (error) {
        output.clear();
        // Missing inputs and the like are usage errors: commander reports them and main exits 2.
        if (isSolieuError(error) && error.code === 'usage') command.error(`error: ${error.message}`, { exitCode: EXIT.usage });
        // A store that is locked or unreadable is refused input, not a bug.
        if (isSolieuError(error)) {
          process.stderr.write(`${describeError(options.store, error)}\n`);
          process.exitCode = EXIT.badInput;
          return;
        }
        throw error;
      }
    });
}

/** Everything ingest prints: NDJSON on stdout, or a progress bar (TTY only) and a summary on stderr. */
class IngestOutput {
  readonly #bar: boolean;
  readonly #state: ProgressState = { total: 0, done: 0, failed: 0, current: '' };

  constructor(
    private readonly json: boolean,
    private readonly lang: Lang = 'vi',
  ) {
    this.#bar = !json && Boolean(process.stderr.isTTY);
  }

  plan(total: number): void {
    this.#state.total = total;
    this.#draw();
  }

  event(event: IngestEvent): void {
    if (this.json) {
      process.stdout.write(`${JSON.stringify(event)}\n`);
      return;
    }
    const note = renderNote(event, this.lang);
    // Piped: stay quiet except for walk notes; failures come once, in the summary.
    if (note && (this.#bar || event.event === 'skipped')) {
      this.clear();
      process.stderr.write(`${note}\n`);
    }
    if (event.event !== 'skipped' || event.reason === 'unchanged') {
      this.#state.done += 1;
      if (event.event === 'failed') this.#state.failed += 1;
      this.#state.current = event.file;
    }
    this.#draw();
  }

  finish(summary: Parameters<typeof renderSummary>[0]): void {
    this.clear();
    if (this.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else process.stderr.write(renderSummary(summary, this.lang));
  }

  clear(): void {
    if (this.#bar) process.stderr.write('\r\x1b[2K');
  }

  #draw(): void {
    if (!this.#bar) return;
    process.stderr.write(`\r\x1b[2K${renderProgress(this.#state, process.stderr.columns ?? 80, this.lang)}`);
  }
}
