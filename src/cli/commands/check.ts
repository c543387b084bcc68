import { type Command, Option } from 'commander';
import type { ReportDocument } from '../../model/document.js';
import type { Finding, FindingStatus } from '../../model/finding.js';
import { EXIT, EXIT_CODE_HELP } from '../exit-codes.js';
import { describeError } from '../report-error.js';
import { progressReporter } from '../progress.js';

export interface CheckOptions {
  json?: boolean;
  all?: boolean;
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
export async function checkFiles(files: readonly string[], options: Pick<CheckOptions, 'password' | 'ocr' | 'json'> = {}): Promise<CheckedFile[]> {
  const { processFile } = await import('../../pipeline.js'); // loaded on use: `solieu --help` starts fast
  const results: CheckedFile[] = [];
  for (const file of files) {
    try {
      const onProgress = progressReporter(file, { json: options.json === true });
      const document = await processFile(file, { ...(options.password ? { password: options.password } : {}), ...(options.ocr ? { ocr: options.ocr } : {}), ...(onProgress ? { onProgress } : {}) });
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

/** 2 when any file was refused, else 1 when any claim is inconsistent, else 0. */
export function exitCodeOf(results: readonly CheckedFile[]): number {
  if (results.some((r) => r.error)) return EXIT.badInput;
  return results.some((r) => r.document?.findings.some((f) => f.status === 'inconsistent')) ? EXIT.inconsistent : EXIT.ok;
}

const MARK: Record<FindingStatus, string> = { inconsistent: '✗', warning: '!', consistent: '✓', unverifiable: '?' };
const ORDER: FindingStatus[] = ['inconsistent', 'warning', 'unverifiable', 'consistent'];

/** `I. TÌNH HÌNH … › 1. Tình hình …`: a finding's section with the document's own heading titles. */
function sectionTitle(document: ReportDocument, section: readonly string[]): string {
  if (section.length === 0) return '(ngoài các mục / outside numbered sections)';
  return section.map((label, i) => {
    const path = section.slice(0, i + 1).join('›');
    const heading = document.blocks.find((b) => b.kind === 'heading' && b.section.join('›') === path);
    const mark = /[.)]$/u.test(label) ? label : `${label}.`;
    return heading ? `${mark} ${heading.text.length > 60 ? `${heading.text.slice(0, 57)}…` : heading.text}` : label;
  }).join(' › ');
}

function describeFinding(f: Finding, lang: 'vi' | 'en'): string[] {
  const lines = [`    ${MARK[f.status]} ${f.rule}: ${f.message[lang]}`];
  if (f.cue) lines.push(`        cue: ${f.cue}`);
  lines.push(`        evidence: ${f.evidence.map((e) => `${e.role} "${e.raw.length > 70 ? `${e.raw.slice(0, 67)}…` : e.raw}" (${e.block}:${e.start}${e.page ? `, p.${e.page}` : ''})`).join('; ')}`);
  const sentence = f.evidence[0]?.sentence ?? '';
  if (sentence) lines.push(`        ${sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence}`);
  return lines;
}

/** Print: the human-readable report, findings grouped by section, flagged ones only unless `all`. */
export function formatCheckResults(results: readonly CheckedFile[], options: Pick<CheckOptions, 'all' | 'lang'> = {}): string {
  const lang = options.lang ?? 'vi';
  const out: string[] = [];
  for (const { file, document } of results) {
    // Refused files are reported on stderr only: stdout carries findings.
    if (!document) continue;
    const counts = countStatuses(document.findings);
    out.push(file, `  ${document.findings.length} claims: ${counts.consistent} consistent, ${counts.inconsistent} inconsistent, ${counts.warning} warning, ${counts.unverifiable} unverifiable`);
    const shown = document.findings.filter((f) => options.all || f.status === 'inconsistent' || f.status === 'warning');
    const groups = new Map<string, Finding[]>();
    for (const f of shown) {
      const key = f.section.join('›');
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const group of groups.values()) {
      out.push('', `  ${sectionTitle(document, group[0]?.section ?? [])}`);
      const sorted = [...group].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
      for (const f of sorted) out.push(...describeFinding(f, lang));
    }
    if (shown.length === 0) out.push('  nothing inconsistent');
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** `--json`: per file its counts and findings (flagged only unless `all`); several files as NDJSON. */
export function jsonCheckResults(results: readonly CheckedFile[], options: Pick<CheckOptions, 'all'> = {}): string {
  const objects = results.map(({ file, document, error }) => document
    ? {
      file, counts: countStatuses(document.findings),
      findings: document.findings.filter((f) => options.all || f.status === 'inconsistent' || f.status === 'warning'),
    }
    : { file, error: describeError(file, error) });
  return objects.length === 1 ? `${JSON.stringify(objects[0], null, 2)}\n` : objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('check that the figures of reports agree; list the inconsistent claims by section')
    .argument('<files...>', 'report files (.pdf, .docx, .doc, .txt, .md)')
    .option('--json', 'write the findings as JSON (one file: an object; several: NDJSON)')
    .option('--all', 'also list the claims verified consistent and those that could not be verified')
    .option('--lang <lang>', 'language of the messages: vi or en', 'vi')
    .option('--password <password>', 'password for encrypted PDFs')
    .addOption(new Option('--ocr <mode>', 'OCR PDFs without a text layer (auto), every PDF (always), or none (never)').choices(['auto', 'always', 'never']).default('auto'))
    .addHelpText('after', EXIT_CODE_HELP)
    .action(async (files: string[], options: CheckOptions) => {
      const lang = options.lang === 'en' ? 'en' : 'vi';
      const results = await checkFiles(files, options);
      process.stdout.write(options.json ? jsonCheckResults(results, options) : formatCheckResults(results, { all: options.all, lang }));
      for (const { file, error } of results) if (error) process.stderr.write(`${describeError(file, error)}\n`);
      process.exitCode = exitCodeOf(results);
    });
}
