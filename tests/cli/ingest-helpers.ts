import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { ReportDocument } from '../../src/model/document.js';
import { Catalogue, type StoredDocument } from '../../src/store/schema.js';
import { JsonReportStore } from '../../src/store/json-store.js';
import { builtCli } from './ingest-build.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
// The tsx loader by absolute URL: the CLI runs from temp folders where a bare `tsx` would not resolve.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
let entry: Promise<string[]> | null = null;
const faultsPreload = pathToFileURL(path.join(repoRoot, 'tests/ingest/fixtures/faults/preload.mjs')).href;

/**
 * How to start the CLI: by default the compiled JS of a test build of the current sources (see
 * ingest-build.ts); SOLIEU_TEST_CLI=src runs the TypeScript sources through tsx, and
 * SOLIEU_TEST_CLI=<file> any entry point (.ts through tsx).
 */
function cliEntry(): Promise<string[]> {
  const choice = process.env['SOLIEU_TEST_CLI'];
  const file = choice === 'src' ? path.join(repoRoot, 'src/cli/main.ts') : choice ? path.resolve(repoRoot, choice) : null;
  entry ??= file ? Promise.resolve(file.endsWith('.ts') ? ['--import', tsx, file] : [file]) : builtCli(repoRoot).then((main) => [main]);
  return entry;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
  stdin?: string;
  /** Called with the child and each stdout chunk as it arrives (to kill it mid-run). */
  onStdout?: (child: ChildProcess, soFar: string) => void;
}

/** Runs the real CLI in its own process. */
export async function solieu(args: string[], options: CliOptions): Promise<CliResult> {
  const start = await cliEntry();
  // Fault injection is test-only: a preload swaps the shipped worker for one that misbehaves.
  const faults = options.env?.['SOLIEU_TEST_FAULTS'] ? ['--import', faultsPreload] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...faults, ...start, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NODE_ENV: 'test', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(child, stdout);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export type Event = Record<string, unknown> & { event: string };

/** Parses stdout as NDJSON, failing on any line that is not a JSON object with an `event`. */
export function ndjson(stdout: string): Event[] {
  const lines = stdout.split('\n');
  if (lines.pop() !== '') throw new Error('stdout does not end with a newline');
  return lines.map((line) => {
    const value = JSON.parse(line) as Event;
    if (typeof value !== 'object' || value === null || typeof value.event !== 'string') throw new Error(`not an event: ${line}`);
    return value;
  });
}

export const tempDir = (prefix: string): Promise<string> => mkdtemp(path.join(tmpdir(), `solieu-${prefix}-`));

/** Reads the catalogue the way any lowdb user would (explicit JSONFile, no presets) and validates it. */
export async function readStore(file: string): Promise<{ catalogue: Catalogue; documents: StoredDocument[] }> {
  const db = new Low<unknown>(new JSONFile<unknown>(file), null);
  await db.read();
  Catalogue.parse(db.data);
  // The lowdb file plus the journal of commits not yet folded into it.
  const catalogue = await new JsonReportStore(file).catalogue();
  return { catalogue, documents: catalogue.documents.map((e) => e.document) };
}

/** Every per-document JSON in `out/`, each validated against the model. */
export async function readOutputs(outDir: string): Promise<Map<string, ReportDocument>> {
  const docs = new Map<string, ReportDocument>();
  for (const name of (await readdir(outDir)).sort()) {
    if (!name.endsWith('.json') || name === 'solieu.json') continue;
    docs.set(name, ReportDocument.parse(JSON.parse(await readFile(path.join(outDir, name), 'utf8'))));
  }
  return docs;
}

/**
 * Small reports in the genre's own wording, each a variant with its own figures (not the reference
 * report): a header, a section, a total with its parts, a share, a cited plan.
 */
export function tinyReport(n: number, options: { broken?: boolean } = {}): string {
  const total = 100 + n * 7;
  const done = 60 + n * 3;
  const rest = total - done + (options.broken ? 5 : 0);
  return [
    'ỦY BAN NHÂN DÂN',
    `HUYỆN THỬ NGHIỆM ${n}`,
    `Số: ${10 + n}/BC-UBND`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `Thử Nghiệm, ngày ${1 + (n % 27)} tháng 6 năm 2024`,
    '',
    'BÁO CÁO',
    `Kết quả thực hiện nhiệm vụ tháng ${1 + (n % 12)} năm 2024`,
    '',
    'I. KẾT QUẢ THỰC HIỆN',
    '',
    `Thực hiện Kế hoạch số ${20 + n}/KH-UBND ngày 05/01/2024 của UBND huyện, trong tháng đã giao ${total} nhiệm vụ, đã hoàn thành ${done} nhiệm vụ, đang thực hiện ${rest} nhiệm vụ.`,
    '',
    `Sở Y tế đã tiếp nhận ${200 + n} hồ sơ, trong đó trễ hạn ${10 + n} hồ sơ.`,
    '',
  ].join('\n');
}
