import { readFile, readdir, stat, mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { SolieuError } from '../../errors/index.js';
import type { ReportDocument } from '../../model/index.js';
import type { ReviewCounts, ReviewIndexEntry } from '../../review/index.js';
import { say } from '../../output/index.js';
import type { ReviewEntry } from '../../triage/index.js';
import { EXIT, exitCodeHelp } from '../exit-codes.js';
import { langOption } from '../lang.js';
import { describeError } from '../report-error.js';
import { sanitizeName } from '../../store/index.js';

interface ReviewOptions {
  out?: string | undefined;
  lang: 'vi' | 'en';
  json?: boolean | undefined;
  password?: string | undefined;
  reviewed?: string | undefined;
  allFindings?: boolean | undefined;
  /** Entries of the review file, read once by the command. */
  entries?: ReviewEntry[] | undefined;
}

/** The command's options, checked with zod (loaded when the command runs, like the rest). */
async function parseOptions(raw: unknown): Promise<{ ok: true; data: ReviewOptions } | { ok: false; error: string }> {
  const { z } = await import('zod');
  const schema = z.object({
    out: z.string().min(1).optional(),
    lang: z.enum(['vi', 'en']),
    json: z.boolean().optional(),
    password: z.string().optional(),
    reviewed: z.string().min(1).optional(),
    allFindings: z.boolean().optional(),
  });
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}

export interface ReviewOutcome {
  /** Pages written, with the counts each shows. */
  written: { input: string; output: string; counts: ReviewCounts }[];
  /** The batch index, when the input was a folder. */
  index: string | null;
  failed: { input: string; error: unknown }[];
  /** JSON files of the folder that are no documents (the store's catalogue, a review file). */
  skipped: string[];
}

/** A single report: a solieu JSON document is read as is, anything else goes through the pipeline. */
async function loadReport(file: string, password: string | undefined): Promise<ReportDocument> {
  if (!/\.json$/iu.test(file)) {
    const { processFile } = await import('../../pipeline.js'); // loaded on use: `solieu --help` starts fast
    return processFile(file, password ? { password } : {});
  }
  const { readDocument } = await import('../../review/index.js');
  const parsed = readDocument(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new SolieuError('invalid_output', parsed.error, 'regenerate it with `solieu extract`', file);
  return parsed.doc;
}

/** `report.pdf` → `report.pdf.html`, `out/report.pdf.json` → `report.pdf.html`, in the current folder (the names out/ uses). */
export function defaultPageName(input: string): string {
  return `${sanitizeName(basename(input).replace(/\.json$/iu, ''))}.html`;
}

/** Gather: render and write the page(s); errors are collected, never printed here. */
export async function reviewPath(input: string, options: ReviewOptions): Promise<ReviewOutcome> {
  const info = await stat(input).catch(() => null);
  const [{ INDEX_FILE, renderReviewIndex, renderReviewPage, reviewDocumentJson, countFindings, isDocumentJson }, { writeFileDurable }] =
    await Promise.all([import('../../review/index.js'), import('../../store/index.js')]); // loaded on use: `solieu --help` starts fast
  if (info === null) throw new SolieuError('not_found', 'no such file or folder', null, input);
  const pageOptions = { lang: options.lang, reviewed: options.entries ?? [], allFindings: options.allFindings === true };
  if (!info.isDirectory()) {
    const output = resolve(options.out ?? defaultPageName(input));
    try {
      const doc = await loadReport(input, options.password);
      await mkdir(dirname(output), { recursive: true });
      await writeFileDurable(output, renderReviewPage(doc, pageOptions));
      return { written: [{ input, output, counts: countFindings(doc) }], index: null, failed: [], skipped: [] };
    } catch (error) {
      return { written: [], index: null, failed: [{ input, error }], skipped: [] };
    }
  }

  const outDir = resolve(options.out ?? input);
  await mkdir(outDir, { recursive: true });
  const names = (await readdir(input, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.json$/iu.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const outcome: ReviewOutcome = { written: [], index: null, failed: [], skipped: [] };
  const entries: ReviewIndexEntry[] = [];
  const taken = new Set([INDEX_FILE]);
  // One document at a time: read, render, write, forget — memory stays flat in the batch size.
  for (const name of names) {
    const path = join(input, name);
    const json = await readFile(path, 'utf8');
    if (!isDocumentJson(json)) {
      outcome.skipped.push(path);
      continue;
    }
    const { entry, page } = reviewDocumentJson({ name, json }, taken, pageOptions);
    entries.push(entry);
    if (page && entry.counts) {
      const output = join(outDir, page.file);
      await writeFileDurable(output, page.html);
      outcome.written.push({ input: path, output, counts: entry.counts });
    } else {
      outcome.failed.push({
        input: path,
        error: new SolieuError('invalid_output', entry.error ?? 'unreadable', 'regenerate it with `solieu extract`', path),
      });
    }
  }
  outcome.index = join(outDir, INDEX_FILE);
  await writeFileDurable(outcome.index, renderReviewIndex(entries, { lang: options.lang }));
  return outcome;
}

/** `review --store`: a page per document of the store (a file or postgres://…) and an index, one document at a time. */
export async function reviewStore(spec: string, options: ReviewOptions): Promise<ReviewOutcome> {
  const [{ INDEX_FILE, renderReviewIndex, reviewDocumentJson }, { openExistingStore, writeFileDurable }] = await Promise.all([
    import('../../review/index.js'),
    import('../../store/index.js'),
  ]); // loaded on use: `solieu --help` starts fast
  const store = await openExistingStore(spec);
  const outDir = resolve(options.out ?? 'review');
  await mkdir(outDir, { recursive: true });
  const pageOptions = { lang: options.lang, reviewed: options.entries ?? [], allFindings: options.allFindings === true };
  const outcome: ReviewOutcome = { written: [], index: null, failed: [], skipped: [] };
  const entries: ReviewIndexEntry[] = [];
  const taken = new Set([INDEX_FILE]);
  try {
    for await (const d of store.query('documents', {})) {
      if (d.status === 'failed') continue;
      let json: string;
      try {
        json = JSON.stringify(await store.readDocument(d));
      } catch (error) {
        outcome.failed.push({ input: d.name, error });
        continue;
      }
      const { entry, page } = reviewDocumentJson({ name: `${d.name}.json`, json }, taken, pageOptions);
      entries.push(entry);
      if (page && entry.counts) {
        const output = join(outDir, page.file);
        await writeFileDurable(output, page.html);
        outcome.written.push({ input: d.source, output, counts: entry.counts });
      }
    }
  } finally {
    await store.close();
  }
  outcome.index = join(outDir, INDEX_FILE);
  await writeFileDurable(outcome.index, renderReviewIndex(entries, { lang: options.lang }));
  return outcome;
}

export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description(
      "write a self-contained HTML page to review a report's figures and findings (a folder of solieu JSON: one page each and an index.html)",
    )
    .argument(
      '[input]',
      'a report (.pdf, .docx, .doc, .txt, .md), a solieu .json document, or a folder of them (e.g. out/); none with --store',
    )
    .option('--store <path|url>', 'review every document of a store, a file or postgres://… (pages in --out, default review/)')
    .option(
      '-o, --out <path>',
      'output: the .html file for one report, the folder for a batch (default: <name>.html here; the input folder)',
    )
    .addOption(langOption('page language, vi (default) or en (the page has a switch too)'))
    .option('--reviewed <file>', 'the review file (see solieu triage)', 'solieu-reviewed.json')
    .option('--all-findings', 'list the findings a reviewer accepted or dismissed with the others, not apart')
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--json', 'print what was written as JSON')
    .addHelpText('after', exitCodeHelp('review'))
    .action(async (input: string | undefined, raw: unknown) => {
      const { store, ...rest } = raw as { store?: string };
      if ((input === undefined) === (store === undefined)) {
        process.stderr.write('solieu: review: give a report, a JSON document or a folder, or --store (one of them)\n');
        process.exitCode = EXIT.usage;
        return;
      }
      const parsed = await parseOptions(rest);
      if (!parsed.ok) {
        process.stderr.write(`solieu: review: ${parsed.error}\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      let outcome: ReviewOutcome;
      try {
        const { readReviewFile } = await import('../../triage/index.js');
        const entries = await readReviewFile(parsed.data.reviewed ?? 'solieu-reviewed.json');
        outcome =
          store !== undefined
            ? await reviewStore(store, { ...parsed.data, entries })
            : await reviewPath(input!, { ...parsed.data, entries });
      } catch (error) {
        process.stderr.write(`${describeError(input ?? store ?? '', error)}\n`);
        process.exitCode = EXIT.badInput;
        return;
      }
      if (parsed.data.json) {
        const failed = outcome.failed.map(({ input: file, error }) => ({ input: file, error: describeError(file, error) }));
        process.stdout.write(
          `${JSON.stringify({ written: outcome.written, index: outcome.index, failed, skipped: outcome.skipped }, null, 2)}\n`,
        );
      } else {
        for (const { input: file, output, counts } of outcome.written) {
          process.stderr.write(
            `${say(parsed.data.lang, 'reviewWritten', { input: file, output, figures: counts.figures, claims: counts.claims, inconsistent: counts.inconsistent })}\n`,
          );
        }
        if (outcome.index) process.stderr.write(`${say(parsed.data.lang, 'reviewIndex', { output: outcome.index })}\n`);
        if (outcome.skipped.length > 0)
          process.stderr.write(
            `${say(parsed.data.lang, 'reviewSkipped', { count: outcome.skipped.length, names: outcome.skipped.map((f) => basename(f)).join(', ') })}\n`,
          );
      }
      for (const { input: file, error } of outcome.failed) process.stderr.write(`${describeError(file, error)}\n`);
      if (outcome.failed.length > 0) process.exitCode = outcome.written.length > 0 ? EXIT.someFailed : EXIT.badInput;
    });
}
