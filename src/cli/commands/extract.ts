import { mkdir } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import type { ReportDocument } from '../../model/index.js';
import { EXIT, exitCodeHelp } from '../exit-codes.js';
import { describeError, isInternalError } from '../report-error.js';
import { basename } from 'node:path';
import { progressReporter } from '../progress.js';

interface ExtractOptions {
  stdout?: boolean;
  out: string;
  check: boolean;
  password?: string;
  ocr: 'auto' | 'always' | 'never';
}

export interface ExtractOutcome {
  file: string;
  document: ReportDocument | null;
  error: unknown;
}

/** Gather: process each file, never stopping the batch on a bad one. */
export async function extractFiles(
  files: string[],
  options: Pick<ExtractOptions, 'check' | 'password' | 'ocr'>,
): Promise<ExtractOutcome[]> {
  const { processFile } = await import('../../pipeline.js'); // loaded on use: `solieu --help` starts fast
  const outcomes: ExtractOutcome[] = [];
  for (const file of files) {
    try {
      const onProgress = progressReporter(file, { json: false });
      const document = await processFile(file, {
        check: options.check,
        ocr: options.ocr,
        ...(options.password ? { password: options.password } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      outcomes.push({ file, document, error: null });
    } catch (error) {
      outcomes.push({ file, document: null, error });
    }
  }
  return outcomes;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('parse reports and write their figures as validated JSON (out/<name>.json, or stdout)')
    .argument('<files...>', 'report files (.pdf, .docx, .doc, .txt, .md)')
    .option('--stdout', 'write JSON to stdout (one document: an object; several: NDJSON)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--no-check', 'extract only, do not run the checker')
    .option('--password <password>', 'password for encrypted PDFs')
    .addOption(
      new Option('--ocr <mode>', 'OCR PDFs without a text layer (auto), every PDF (always), or none (never)')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .addHelpText('after', exitCodeHelp('extract'))
    .action(async (files: string[], options: ExtractOptions) => {
      const outcomes = await extractFiles(files, options);
      const documents = outcomes.filter((o) => o.document !== null);
      if (options.stdout) {
        for (const { document } of documents) {
          process.stdout.write(documents.length === 1 ? `${JSON.stringify(document, null, 2)}\n` : `${JSON.stringify(document)}\n`);
        }
      } else {
        await mkdir(options.out, { recursive: true });
        const [{ writeFileDurable }, { outputPath, sanitizeName }] = await Promise.all([
          import('../../store/index.js'),
          import('../../ingest/index.js'),
        ]); // loaded on use: `solieu --help` starts fast
        for (const { file, document } of documents) {
          const target = outputPath(options.out, sanitizeName(basename(file)));
          // Compact: a file is read by programs (indenting doubled its size and its serialising time); --stdout stays indented for people.
          await writeFileDurable(target, `${JSON.stringify(document)}\n`);
          const d = document as ReportDocument;
          process.stderr.write(
            `${file} → ${target}: ${d.blocks.length} blocks, ${d.footnotes.length} footnotes, ${d.facts.length} facts, ${d.findings.filter((f) => f.status === 'inconsistent').length} inconsistent\n`,
          );
        }
      }
      for (const { file, error } of outcomes) if (error) process.stderr.write(`${describeError(file, error)}\n`);
      if (outcomes.some((o) => isInternalError(o.error))) process.exitCode = EXIT.internal;
      else if (outcomes.some((o) => o.error)) process.exitCode = EXIT.badInput;
    });
}
