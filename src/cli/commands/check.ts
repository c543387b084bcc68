import { type Command, Option } from 'commander';
import type { ReportDocument } from '../../model/index.js';
import type { Finding, FindingStatus } from '../../model/index.js';
import { formatDocumentFindings, formatPlace, ocrNotes, PlaceIndex, selectFindings } from '../../output/index.js';
import { readReviewFile, REVIEW_FILE_NAME, type ReviewEntry } from '../../triage/index.js';
import { EXIT, exitCodeHelp } from '../exit-codes.js';
import { langOption } from '../lang.js';
import { describeError, isInternalError } from '../report-error.js';
import { progressReporter } from '../progress.js';

export interface CheckOptions {
  json?: boolean;
  all?: boolean;
  allFindings?: boolean;
  reviewed?: string;
  lang?: 'vi' | 'en';
  password?: string;
  ocr?: 'auto' | 'always' | 'never';
}

/** One input file after checking: its findings, or why it was refused. */
export interface CheckedFile {
  file: string;
  document: ReportDocument | null;
  error: unknown;
}

export type StatusCounts = Record<FindingStatus, number>;

/** Gather: process each file, never stopping the batch on a bad one. */
export async function checkFiles(
  files: readonly string[],
  options: Pick<CheckOptions, 'password' | 'ocr' | 'json'> = {},
): Promise<CheckedFile[]> {
  const { processFile } = await import('../../pipeline.js'); // loaded on use: `solieu --help` starts fast
  const results: CheckedFile[] = [];
  for (const file of files) {
    try {
      const onProgress = progressReporter(file, { json: options.json === true });
      const document = await processFile(file, {
        ...(options.password ? { password: options.password } : {}),
        ...(options.ocr ? { ocr: options.ocr } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      results.push({ file, document, error: null });
    } catch (error) {
      results.push({ file, document: null, error });
    }
  }
  return results;
}

export function countStatuses(findings: readonly Finding[]): StatusCounts {
  const counts: StatusCounts = { consistent: 0, warning: 0, inconsistent: 0, unverifiable: 0 };
  for (const f of findings) counts[f.status] += 1;
  return counts;
}

/** 70 when solieu failed on a file (a bug), else 2 when any file was refused, else 1 when any claim not set aside by a review is inconsistent, else 0. */
export function exitCodeOf(results: readonly CheckedFile[], reviewed: readonly ReviewEntry[] = []): number {
  if (results.some((r) => isInternalError(r.error))) return EXIT.internal;
  if (results.some((r) => r.error)) return EXIT.badInput;
  return results.some((r) => r.document && selectFindings(r.document, { reviewed }).shown.some((f) => f.status === 'inconsistent'))
    ? EXIT.inconsistent
    : EXIT.ok;
}

/** Print: the human-readable report per file, flagged findings by section unless `all`, reviewed ones set aside unless `allFindings`. */
export function formatCheckResults(
  results: readonly CheckedFile[],
  options: Pick<CheckOptions, 'all' | 'allFindings' | 'lang'> & {
    reviewed?: readonly ReviewEntry[];
    reviewFile?: string;
    width?: number;
  } = {},
): string {
  const out: string[] = [];
  for (const { file, document } of results) {
    // Refused files are reported on stderr only: stdout carries findings.
    if (!document) continue;
    out.push(...formatDocumentFindings(document, file, { ...options, lang: options.lang ?? 'vi' }), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * `--json`: per file its counts and findings (flagged only unless `all`; reviewed ones set aside
 * unless `allFindings`), each with its review `key` and the `places` of its evidence; several files as NDJSON.
 */
export function jsonCheckResults(
  results: readonly CheckedFile[],
  options: Pick<CheckOptions, 'all' | 'allFindings' | 'lang'> & { reviewed?: readonly ReviewEntry[] } = {},
): string {
  const lang = options.lang ?? 'vi';
  const objects = results.map(({ file, document, error }) => {
    if (!document) return { file, error: describeError(file, error) };
    const { shown, setAside, stale, keyOf } = selectFindings(document, options);
    const places = new PlaceIndex(document);
    return {
      file,
      counts: countStatuses(document.findings),
      ocr: ocrNotes(document, lang),
      findings: shown.map((f) => ({
        ...f,
        key: keyOf.get(f) ?? null,
        places: f.evidence.map((e) => formatPlace(places.placeOf(e), lang)),
      })),
      setAside,
      staleReviews: stale.map((e) => e.key),
    };
  });
  return objects.length === 1 ? `${JSON.stringify(objects[0], null, 2)}\n` : objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('check that the figures of reports agree; list the inconsistent claims by section')
    .argument('<files...>', 'report files (.pdf, .docx, .doc, .txt, .md)')
    .option('--json', 'write the findings as JSON (one file: an object; several: NDJSON)')
    .option('--all', 'also list the claims verified consistent and those that could not be verified')
    .option('--all-findings', `also the findings a reviewer accepted or dismissed (${REVIEW_FILE_NAME}; see solieu triage)`)
    .option('--reviewed <file>', 'the review file', REVIEW_FILE_NAME)
    .addOption(langOption('language of the output: vi (default) or en'))
    .option('--password <password>', 'password for encrypted PDFs')
    .addOption(
      new Option('--ocr <mode>', 'OCR PDFs without a text layer (auto), every PDF (always), or none (never)')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .addHelpText('after', exitCodeHelp('check'))
    .action(async (files: string[], options: CheckOptions) => {
      const lang = options.lang ?? 'vi';
      let reviewed: ReviewEntry[];
      try {
        reviewed = await readReviewFile(options.reviewed ?? REVIEW_FILE_NAME);
      } catch (error) {
        process.stderr.write(`${describeError(options.reviewed ?? REVIEW_FILE_NAME, error)}\n`);
        process.exitCode = EXIT.badInput;
        return;
      }
      const results = await checkFiles(files, options);
      const width = process.stdout.isTTY ? process.stdout.columns : undefined;
      const view = {
        all: options.all,
        allFindings: options.allFindings,
        lang,
        reviewed,
        reviewFile: options.reviewed ?? REVIEW_FILE_NAME,
        ...(width ? { width } : {}),
      };
      process.stdout.write(options.json ? jsonCheckResults(results, view) : formatCheckResults(results, view));
      for (const { file, error } of results) if (error) process.stderr.write(`${describeError(file, error)}\n`);
      process.exitCode = exitCodeOf(results, reviewed);
    });
}
