/**
 * npm run bench [-- --files 500 --single-files 100 --concurrency N --dist --keep]
 *
 * Builds a synthetic corpus from corpus/* (text variants with perturbed figures; DOCX/PDF/DOC
 * copies, formats in turn), ingests it with the pool, then the first --single-files of it (the
 * same mix of formats) with one worker, then re-runs the pool over the unchanged corpus. Prints
 * files/s, pages/s, MB/s, peak RSS and the pool's speed-up (files/s over files/s). Each run is a
 * child process so that its peak RSS is its own.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { integerFlag, readFlags } from './lib/flags.js';

interface ChildConfig {
  corpus: string;
  out: string;
  concurrency: number;
  dist: boolean;
}
interface ChildResult {
  elapsedMs: number;
  maxRssMb: number;
  files: number;
  processed: number;
  unchanged: number;
  failed: number;
  pages: number;
  facts: number;
  bytes: number;
  failures: Record<string, number>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'npm run bench:ingest -- [--files 500] [--single-files 100] [--concurrency N] [--dist] [--keep]';
const { values: flags } = readFlags(
  {
    files: { type: 'string' },
    'single-files': { type: 'string' },
    concurrency: { type: 'string' },
    dist: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    child: { type: 'string' },
  },
  USAGE,
);
const count = (name: string, fallback: number): number => integerFlag(flags, name, fallback, USAGE);

async function child(config: ChildConfig): Promise<void> {
  const modulePath = config.dist ? path.join(root, 'dist/ingest/run.js') : path.join(root, 'src/ingest/run.ts');
  const storePath = config.dist ? path.join(root, 'dist/store/json-store.js') : path.join(root, 'src/store/json-store.ts');
  const { runIngest } = (await import(modulePath)) as typeof import('../src/ingest/run.js');
  const { JsonReportStore } = (await import(storePath)) as typeof import('../src/store/json-store.js');
  const summary = await runIngest({
    inputs: [config.corpus],
    cwd: process.cwd(),
    outDir: config.out,
    store: new JsonReportStore(path.join(config.out, 'solieu.json')),
    concurrency: config.concurrency,
    timeoutMs: 120_000,
    maxMemoryMb: 1024,
    processOptions: { check: true },
    force: false,
    onEvent: () => undefined,
  });
  const failures: Record<string, number> = {};
  for (const f of summary.failures) failures[f.code] = (failures[f.code] ?? 0) + 1;
  const result: ChildResult = {
    elapsedMs: summary.elapsedMs,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    files: summary.files,
    processed: summary.processed,
    unchanged: summary.unchanged,
    failed: summary.failed,
    pages: summary.pages,
    facts: summary.facts,
    bytes: await folderBytes(config.corpus),
    failures,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(folder)) total += (await stat(path.join(folder, name))).size;
  return total;
}

/** Changes about a third of the figures' last digit: same shapes, different numbers and hashes. */
function perturb(text: string, seed: number): string {
  let state = seed * 2654435761 + 1;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return text.replace(/\d+/g, (digits) => (random() < 0.33 ? digits.slice(0, -1) + String(Math.floor(random() * 10)) : digits));
}

async function buildCorpus(target: string, count: number): Promise<{ bytes: number; byFormat: Record<string, number> }> {
  const seeds = (await readdir(path.join(root, 'corpus'))).filter((f) => /\.(txt|docx|pdf|doc)$/i.test(f)).sort();
  if (seeds.length === 0) throw new Error('corpus/ has no reports to vary');
  await mkdir(target, { recursive: true });
  const byFormat: Record<string, number> = {};
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const ext = path.extname(seed).toLowerCase();
    const name = `${String(i).padStart(4, '0')}-${seed}`;
    const dest = path.join(target, name);
    if (ext === '.txt') await writeFile(dest, perturb(await readFile(path.join(root, 'corpus', seed), 'utf8'), i));
    else await copyFile(path.join(root, 'corpus', seed), dest);
    bytes += (await stat(dest)).size;
    byFormat[ext] = (byFormat[ext] ?? 0) + 1;
  }
  return { bytes, byFormat };
}

async function runChild(config: ChildConfig): Promise<ChildResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', JSON.stringify(config)],
    { cwd: root, maxBuffer: 1 << 24 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

async function main(): Promise<void> {
  const files = count('files', 500);
  const concurrency = count('concurrency', availableParallelism());
  const dist = flags.dist;
  const dir = await mkdtemp(path.join(tmpdir(), 'solieu-bench-'));
  const corpus = path.join(dir, 'corpus');
  const { bytes, byFormat } = await buildCorpus(corpus, files);
  const mb = bytes / 1e6;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stderr.write(
    `bench: ${files} files (${Object.entries(byFormat)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}; ${mb.toFixed(1)} MB) in ${dir}\n`,
  );
  process.stderr.write(
    `machine: ${availableParallelism()} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${dist ? 'dist/' : 'src/ via tsx'}\n`,
  );

  // Warm the disk and the tsx cache so neither measured run pays for it.
  const warm = path.join(dir, 'warm');
  await buildCorpus(warm, Math.min(files, 8));
  await runChild({ corpus: warm, out: path.join(dir, 'out-warm'), concurrency, dist });

  const pool = await runChild({ corpus, out: path.join(dir, 'out-pool'), concurrency, dist });
  const subset = path.join(dir, 'subset');
  await buildCorpus(subset, Math.min(files, count('single-files', 100)));
  const single = await runChild({ corpus: subset, out: path.join(dir, 'out-single'), concurrency: 1, dist });
  const rerun = await runChild({ corpus, out: path.join(dir, 'out-pool'), concurrency, dist });

  const line = (label: string, r: ChildResult): string => {
    const s = r.elapsedMs / 1000;
    return `${label.padEnd(22)} ${String(r.files).padStart(4)} files ${s.toFixed(1).padStart(7)} s  ${(r.files / s).toFixed(2).padStart(6)} files/s  ${(r.pages / s).toFixed(1).padStart(6)} pages/s  ${(r.bytes / 1e6 / s).toFixed(2).padStart(5)} MB/s  peak RSS ${String(r.maxRssMb).padStart(5)} MB  (failed ${r.failed}${r.failed ? ` ${JSON.stringify(r.failures)}` : ''})`;
  };
  process.stdout.write(`${line(`pool (${concurrency} workers)`, pool)}\n`);
  process.stdout.write(`${line('one worker', single)}\n`);
  process.stdout.write(
    `${'re-run, unchanged'.padEnd(22)} ${(rerun.elapsedMs / 1000).toFixed(1).padStart(7)} s  ${(rerun.files / (rerun.elapsedMs / 1000)).toFixed(1).padStart(7)} files/s  (processed ${rerun.processed}, unchanged ${rerun.unchanged})\n`,
  );
  const rate = (r: ChildResult): number => r.files / r.elapsedMs;
  process.stdout.write(
    `pool speed-up over one worker: ${(rate(pool) / rate(single)).toFixed(2)}× (files/s) · facts ${pool.facts} · pages ${pool.pages}\n`,
  );
  if (!flags.keep) await rm(dir, { recursive: true, force: true });
}

const childConfig = flags.child;
if (childConfig) await child(JSON.parse(childConfig) as ChildConfig);
else await main();
