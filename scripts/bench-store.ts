/**
 * npm run bench:store [-- --n 10000 --backend both|embedded|postgres --runs 15 --concurrency N --postgres-url URL --keep]
 *
 * Generates N distinct small text reports (seeded: provinces, agencies, units and figures vary; about
 * one in five has a total that does not add up), then for each backend ingests them in ten runs of
 * N/10. Each run is a child process, so its peak RSS is its own. After each run it prints files/s,
 * pages/s, the run's peak RSS and the store size per report; at 10 %, 50 % and 100 % of N, p50/p95
 * latency of typical queries: in the store (the ReportStore API, in process) and as a user runs
 * them (`solieu query …`, a new process each time). PostgreSQL runs on a throw-away
 * cluster (initdb + pg_ctl, as the tests) unless --postgres-url names a database. The runs use a
 * compiled build of the current sources (or --build DIR, a folder holding such a dist/).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { choiceFlag, integerFlag, readFlags } from './lib/flags.js';
import { NO_POSTGRES, startCluster, type Cluster } from './lib/pg-cluster.js';
import { prng } from './lib/prng.js';
import { builtCli } from '../tests/cli/ingest-build.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const USAGE =
  'npm run bench:store -- [--n 10000] [--backend both|embedded|postgres] [--runs 15] [--concurrency N] [--postgres-url URL] [--build DIR] [--keep]';
const { values: flags } = readFlags(
  {
    n: { type: 'string' },
    backend: { type: 'string' },
    runs: { type: 'string' },
    concurrency: { type: 'string' },
    'postgres-url': { type: 'string' },
    build: { type: 'string' },
    keep: { type: 'boolean', default: false },
    child: { type: 'string' },
  },
  USAGE,
);

// ---------------------------------------------------------------- reports

const PROVINCES = [
  'Kiên Giang',
  'Quảng Nam',
  'Nghệ An',
  'Thái Bình',
  'Đắk Lắk',
  'Lào Cai',
  'Bến Tre',
  'Hà Tĩnh',
  'Bình Định',
  'Sơn La',
  'Cà Mau',
  'Phú Thọ',
];
const AGENCIES = [
  'Sở Y tế',
  'Sở Tài chính',
  'Sở Tư pháp',
  'Sở Xây dựng',
  'Sở Giáo dục và Đào tạo',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Công Thương',
  'Sở Nội vụ',
];
const TOPICS = [
  { noun: 'hồ sơ', verb: 'tiếp nhận', part: 'giải quyết đúng hạn', rest: 'đang giải quyết' },
  { noun: 'nhiệm vụ', verb: 'được giao', part: 'hoàn thành', rest: 'đang thực hiện' },
  { noun: 'dự án', verb: 'triển khai', part: 'hoàn thành', rest: 'chậm tiến độ' },
];

/** One small report in the genre's wording; every figure, name and number comes from `i`. */
function report(i: number): { text: string; inconsistent: boolean } {
  const random = prng(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const province = pick(PROVINCES);
  const agency = pick(AGENCIES);
  const other = pick(AGENCIES.filter((a) => a !== agency));
  const topic = pick(TOPICS);
  const total = 50 + Math.floor(random() * 5000);
  const part = Math.floor(total * (0.4 + random() * 0.5));
  const inconsistent = random() < 0.2;
  const rest = total - part + (inconsistent ? 1 + Math.floor(random() * 9) : 0);
  const money = (10 + random() * 900).toFixed(1).replace('.', ',');
  const spent = (Number(money.replace(',', '.')) * (0.3 + random() * 0.6)).toFixed(1).replace('.', ',');
  const month = 1 + (i % 12);
  const year = 2020 + (Math.floor(i / 12) % 6);
  const share = ((part / total) * 100).toFixed(1).replace('.', ',');
  const text = [
    `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`,
    `Số: ${100 + i}/BC-UBND`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `${province}, ngày ${1 + (i % 28)} tháng ${month} năm ${year}`,
    '',
    'BÁO CÁO',
    `Kết quả thực hiện nhiệm vụ tháng ${month} năm ${year} (báo cáo số ${i})`,
    '',
    'I. KẾT QUẢ THỰC HIỆN',
    '',
    `Trong tháng, ${agency} đã ${topic.verb} ${total} ${topic.noun}, trong đó ${topic.part} ${part} ${topic.noun}, ${topic.rest} ${rest} ${topic.noun}; tỷ lệ ${topic.part} đạt ${share}%.`,
    '',
    `${other} đã giải ngân ${spent} tỷ đồng trên tổng kế hoạch vốn ${money} tỷ đồng theo Kế hoạch số ${20 + (i % 97)}/KH-UBND.`,
    '',
    `II. NHIỆM VỤ THÁNG ${month === 12 ? 1 : month + 1}`,
    '',
    `Tiếp tục chỉ đạo ${agency} hoàn thành ${Math.max(1, rest)} ${topic.noun} còn lại.`,
    '',
  ].join('\n');
  return { text, inconsistent };
}

// ---------------------------------------------------------------- child: one ingest run

interface IngestConfig {
  kind: 'ingest';
  /** The compiled package (dist/) the run uses, as an installed solieu would. */
  dist: string;
  inputs: string[];
  out: string;
  store: string;
  concurrency: number;
}
interface QueryConfig {
  kind: 'query';
  dist: string;
  store: string;
  runs: number;
  document: string;
}
interface IngestResult {
  elapsedMs: number;
  maxRssMb: number;
  files: number;
  processed: number;
  failed: number;
  pages: number;
}
type Latencies = Record<string, number[]>;

const QUERIES = (document: string): Record<string, { target: 'facts' | 'findings'; filters: Record<string, string>; limit?: number }> => ({
  'facts by unit and agency (first 100)': { target: 'facts', filters: { unit: 'ty dong', agency: 'so tai chinh' }, limit: 100 },
  'findings by status (first 100)': { target: 'findings', filters: { status: 'inconsistent' }, limit: 100 },
  "one document's facts": { target: 'facts', filters: { document } },
  'facts by unit and agency (all)': { target: 'facts', filters: { unit: 'ty dong', agency: 'so tai chinh' } },
});

async function child(config: IngestConfig | QueryConfig): Promise<void> {
  const { openStore } = (await import(
    pathToFileURL(path.join(config.dist, 'store/open.js')).href
  )) as typeof import('../src/store/open.js');
  const store = await openStore(config.store);
  try {
    if (config.kind === 'ingest') {
      const { runIngest } = (await import(
        pathToFileURL(path.join(config.dist, 'ingest/run.js')).href
      )) as typeof import('../src/ingest/run.js');
      const summary = await runIngest({
        inputs: config.inputs,
        cwd: root,
        outDir: config.out,
        store,
        concurrency: config.concurrency,
        timeoutMs: 120_000,
        maxMemoryMb: 1024,
        processOptions: { check: true },
        force: false,
        onEvent: () => undefined,
      });
      const result: IngestResult = {
        elapsedMs: summary.elapsedMs,
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        files: summary.files,
        processed: summary.processed,
        failed: summary.failed,
        pages: summary.pages,
      };
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    const latencies: Latencies = {};
    for (const [label, q] of Object.entries(QUERIES(config.document))) {
      latencies[label] = [];
      // One unmeasured run first: module loading and the first compile are start-up, not the query.
      for (let run = -1; run < config.runs; run++) {
        const started = performance.now();
        let rows = 0;
        for await (const _row of store.query(q.target, q.filters)) if (++rows === q.limit) break;
        if (run >= 0) latencies[label].push(performance.now() - started);
      }
    }
    process.stdout.write(`${JSON.stringify(latencies)}\n`);
  } finally {
    await store.close();
  }
}

async function runChild<T>(config: IngestConfig | QueryConfig): Promise<T> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', tsx, fileURLToPath(import.meta.url), '--child', JSON.stringify(config)],
    {
      cwd: root,
      maxBuffer: 1 << 26,
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}

/** `solieu query …` as a user runs it: a new process, wall time until it exits. */
async function cliQuery(dist: string, store: string, args: string[]): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(dist, 'cli/main.js'), 'query', ...args, '--store', store], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`solieu query ${args.join(' ')} exited ${code}: ${err}`))));
  });
  return performance.now() - started;
}

const CLI_QUERIES = (document: string): Record<string, string[]> => ({
  'facts by unit and agency (first 100)': ['facts', '--unit', 'ty dong', '--agency', 'so tai chinh', '--limit', '100'],
  'findings by status (first 100)': ['findings', '--status', 'inconsistent', '--limit', '100'],
  "one document's facts": ['facts', '--document', document],
});

// ---------------------------------------------------------------- main

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(folder, entry.name);
    total += entry.isDirectory() ? await folderBytes(p) : (await stat(p)).size;
  }
  return total;
}

async function postgresBytes(url: string): Promise<number> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pg_database_size(current_database()) AS bytes');
    return Number((rows[0] as { bytes: string }).bytes);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const n = integerFlag(flags, 'n', 10_000, USAGE, { min: 10, max: 1_000_000 });
  const runs = integerFlag(flags, 'runs', 15, USAGE, { min: 2, max: 1000 });
  const concurrency = integerFlag(flags, 'concurrency', availableParallelism(), USAGE, { max: 256 });
  const backend = choiceFlag(flags, 'backend', ['both', 'embedded', 'postgres'] as const, 'both', USAGE);
  const dir = await mkdtemp(path.join(tmpdir(), 'solieu-bench-store-'));
  // Ten runs of N/10 reports each: every run ingests as many files, so its peak RSS and files/s
  // compare across store sizes (the runs ending at 10 %, 50 % and 100 % are the ones that count).
  const points = Array.from({ length: 10 }, (_, i) => Math.round((n * (i + 1)) / 10));
  const measured = new Set([points[0], points[4], points[9]]);
  const parts: string[] = [];
  let from = 0;
  for (const [index, to] of points.entries()) {
    const folder = path.join(dir, 'reports', `part-${index + 1}`);
    await mkdir(folder, { recursive: true });
    for (let i = from; i < to; i++) await writeFile(path.join(folder, `bao-cao-${String(i).padStart(6, '0')}.txt`), report(i).text);
    parts.push(folder);
    from = to;
  }
  const document = 'bao-cao-000000.txt';
  // A compiled build of the current sources (shared with the CLI tests), run as plain JS.
  const dist = flags.build ? path.resolve(flags.build, 'dist') : path.dirname(path.dirname(await builtCli(root)));
  process.stderr.write(`bench:store: ${n} distinct text reports in ${dir}\n`);
  process.stdout.write(
    `machine: ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; -j ${concurrency}; ${runs} runs per query\n`,
  );

  let cluster: Cluster | null = null;
  const backends: Array<{ name: string; store: () => Promise<string>; size: (spec: string, out: string) => Promise<number> }> = [];
  if (backend !== 'postgres') {
    backends.push({
      name: 'embedded',
      store: async () => path.join(dir, 'embedded', 'out', 'solieu.json'),
      size: (_spec, out) => folderBytes(out),
    });
  }
  if (backend !== 'embedded') {
    backends.push({
      name: 'postgres',
      store: async () => {
        if (flags['postgres-url']) return flags['postgres-url'];
        cluster = await startCluster();
        if (cluster === null) throw new Error(NO_POSTGRES);
        return cluster.createDatabase('bench');
      },
      size: (spec) => postgresBytes(spec),
    });
  }
  try {
    for (const b of backends) {
      let spec: string;
      try {
        spec = await b.store();
      } catch (error) {
        process.stdout.write(`\n${b.name}: skipped (${(error as Error).message})\n`);
        continue;
      }
      const out = path.join(dir, b.name, 'out');
      // What the store costs before any report (an empty PostgreSQL database is some MB).
      const baseline = await b.size(spec, out);
      process.stdout.write(`\n${b.name} store\n`);
      process.stdout.write(
        '| reports in store after the run | ingest files/s | pages/s | peak RSS of the run | store size / report |\n|---:|---:|---:|---:|---:|\n',
      );
      const queryLines: string[] = [];
      for (const [index, part] of parts.entries()) {
        const result = await runChild<IngestResult>({ kind: 'ingest', dist, inputs: [part], out, store: spec, concurrency });
        if (result.failed > 0) process.stderr.write(`bench:store: ${result.failed} files failed in part ${index + 1}\n`);
        const inStore = points[index]!;
        const seconds = result.elapsedMs / 1000;
        const size = await b.size(spec, out);
        const pages = result.pages > 0 ? (result.pages / seconds).toFixed(1) : 'n/a (text)';
        process.stdout.write(
          `| ${inStore} | ${(result.processed / seconds).toFixed(1)} | ${pages} | ${result.maxRssMb} MB | ${((size - baseline) / inStore / 1024).toFixed(1)} kB |\n`,
        );
        if (!measured.has(inStore)) continue;
        const api = await runChild<Latencies>({ kind: 'query', dist, store: spec, runs, document });
        for (const [label, values] of Object.entries(api)) {
          queryLines.push(`| ${inStore} | store API | ${label} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 95))} |`);
        }
        for (const [label, args] of Object.entries(CLI_QUERIES(document))) {
          const values: number[] = [];
          try {
            for (let run = 0; run < Math.min(runs, 7); run++) values.push(await cliQuery(dist, spec, args));
            queryLines.push(`| ${inStore} | solieu query | ${label} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 95))} |`);
          } catch (error) {
            // A broken build must not throw away an hour of ingest figures.
            process.stderr.write(`bench:store: ${(error as Error).message}\n`);
            queryLines.push(`| ${inStore} | solieu query | ${label} | failed | failed |`);
          }
        }
      }
      process.stdout.write(`\n| reports in store | via | query | p50 ms | p95 ms |\n|---:|---|---|---:|---:|\n${queryLines.join('\n')}\n`);
    }
  } finally {
    await (cluster as Cluster | null)?.stop();
    if (flags.keep) process.stderr.write(`bench:store: kept ${dir}\n`);
    else await rm(dir, { recursive: true, force: true });
  }
}

if (flags.child) await child(JSON.parse(flags.child) as IngestConfig | QueryConfig);
else await main();
