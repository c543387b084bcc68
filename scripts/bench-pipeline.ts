/**
 * node --import tsx scripts/bench-pipeline.ts [--pdf file] [--docx file] [--pages 150] [--iterations N] [--clock wall|cpu]
 *                                             [--docs 30] [--profile | --profile-only [--profile-file f]] [--keep]
 *
 * Per-stage speed of the pipeline (parse → structure → extract → check → write) on the reference
 * PDF, on a ~150-page PDF made of its pages repeated (built once in a temp dir with qpdf or
 * pdfunite), on the DOCX and on the text form; the baseline is pdfjs-dist alone (getDocument +
 * getTextContent over all pages) on the same files, opened with the options solieu uses. Every
 * measurement runs in its own child process so its peak RSS is its own. Solieu and the pdf.js
 * baseline are timed the same way: a warm-up run, one full GC, then N runs back to back with no
 * forced GC between them, reported as the mean per run, so each pays for the garbage it makes (a
 * forced GC before every timed run hid the old-generation collections of whichever makes more
 * garbage). --profile samples the long
 * PDF (or --profile-file) with V8's CPU profiler, the one behind `node --cpu-prof`, after the
 * warm-up, and prints the top self-time functions mapped to source lines.
 * Not a test: it prints tables for the README.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { findSourceMap } from 'node:module';
import { availableParallelism, cpus, release, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { choiceFlag, integerFlag, readFlags } from './lib/flags.js';

const STAGES = ['parse', 'structure', 'extract', 'check', 'write'] as const;
type Stage = (typeof STAGES)[number];
type Clock = 'wall' | 'cpu';
type ChildConfig = { clock: Clock } & (
  | { kind: 'stages'; file: string; iterations: number; out: string; profile?: string }
  | { kind: 'pdfjs'; file: string; iterations: number; operators: boolean }
  | { kind: 'batch'; file: string; count: number; out: string }
  | { kind: 'versus'; file: string; iterations: number; out: string }
);
interface StagesResult {
  pages: number | null;
  ms: Partial<Record<Stage, number>>;
  total: number | null;
  error: string | null;
  rssMb: number;
  counts: Record<string, number>;
}
interface PdfjsResult {
  pages: number;
  ms: number;
  rssMb: number;
}
interface VersusResult {
  pages: number;
  solieu: number[];
  pdfjs: number[];
  error: string | null;
  rssMb: number;
}
interface BatchResult {
  count: number;
  ms: number;
  rssAfterMb: Record<string, number>;
  heapAfterMb: Record<string, number>;
  rssMb: number;
  error: string | null;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'node --import tsx scripts/bench-pipeline.ts [--pdf file] [--docx file] [--pages 150] [--iterations N] [--clock wall|cpu] [--docs 30] [--profile | --profile-only [--profile-file f] [--profile-runs 3] [--top 20]] [--keep]';
const { values: flags } = readFlags(
  {
    pdf: { type: 'string' },
    docx: { type: 'string' },
    pages: { type: 'string' },
    iterations: { type: 'string' },
    clock: { type: 'string' },
    docs: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'profile-only': { type: 'boolean', default: false },
    'profile-file': { type: 'string' },
    'profile-runs': { type: 'string' },
    top: { type: 'string' },
    keep: { type: 'boolean', default: false },
    child: { type: 'string' },
  },
  USAGE,
);
const arg = (name: 'pdf' | 'docx' | 'profile-file' | 'child'): string | undefined => flags[name];
const flag = (name: 'profile' | 'profile-only' | 'keep'): boolean => flags[name];
const count = (name: string, fallback: number): number => integerFlag(flags, name, fallback, USAGE);
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const rssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
/**
 * Milliseconds by the chosen clock. `cpu` (user + system time of the process, GC threads included)
 * is the steadier measure on a shared machine; `wall` is what a user waits.
 */
const clockOf = (clock: Clock): (() => number) =>
  clock === 'wall'
    ? () => performance.now()
    : () => {
        const used = process.cpuUsage();
        return (used.user + used.system) / 1000;
      };

/** One full pipeline run with a clock around each stage; a stage that throws ends the run there. */
async function runOnce(
  bytes: Uint8Array,
  file: string,
  out: string,
  now: () => number,
): Promise<{ ms: Partial<Record<Stage, number>>; pages: number | null; error: string | null; counts: Record<string, number> }> {
  const { detectFormat } = await import('../src/parsers/detect.js');
  const { parserFor } = await import('../src/parsers/registry.js');
  const { buildReport } = await import('../src/structure/index.js');
  const ms: Partial<Record<Stage, number>> = {};
  const counts: Record<string, number> = {};
  let t = now();
  const lap = (stage: Stage): void => {
    const at = now();
    ms[stage] = at - t;
    t = at;
  };
  try {
    const format = detectFormat(bytes, file);
    if (!format) throw new Error(`unknown format: ${file}`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const layout = await parserFor(format).parse(bytes, { path: file, format, sha256, bytes: bytes.length, pages: null, ocr: false }, {});
    lap('parse');
    const parsed = buildReport(layout);
    counts.blocks = parsed.blocks.length;
    lap('structure');
    const { extractAll } = await import('../src/extract/index.js');
    const extraction = extractAll(parsed);
    counts.facts = extraction.facts.length;
    lap('extract');
    const { runChecks } = await import('../src/checks/index.js');
    const findings = runChecks({ ...parsed, ...extraction });
    counts.findings = findings.length;
    lap('check');
    const { ReportDocument } = await import('../src/model/document.js');
    const { SOLIEU_VERSION } = await import('../src/version.js');
    const doc = ReportDocument.parse({
      schemaVersion: 1,
      generator: { name: 'solieu', version: SOLIEU_VERSION },
      ...parsed,
      ...extraction,
      findings,
    });
    await writeFile(out, `${JSON.stringify(doc)}\n`); // compact, as `solieu extract` writes out/
    lap('write');
    return { ms, pages: parsed.source.pages, error: null, counts };
  } catch (error) {
    return { ms, pages: null, error: error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error), counts };
  }
}

/** pdf.js's own text extraction (and the operator lists, with `operators`) of every page; returns the page count. */
async function pdfjsOnce(bytes: Uint8Array, operators: boolean): Promise<number> {
  const { openPdf } = await import('../src/parsers/pdf/load.js');
  const opened = await openPdf(bytes, undefined);
  for (let p = 1; p <= opened.doc.numPages; p += 1) {
    const page = await opened.doc.getPage(p);
    if (operators) await page.getOperatorList();
    await page.getTextContent();
  }
  const pages = opened.doc.numPages;
  await opened.close();
  return pages;
}

async function child(config: ChildConfig): Promise<unknown> {
  const bytes = new Uint8Array(await readFile(config.file));
  const now = clockOf(config.clock);
  if (config.kind === 'stages') {
    await runOnce(bytes, config.file, config.out, now); // warm-up: JIT, lexicons, pdf.js font tables
    // The V8 sampling profiler --cpu-prof uses, started after the warm-up so module loading and
    // tsx's compiling stay out of the picture.
    const session = config.profile ? new (await import('node:inspector/promises')).Session() : null;
    if (session) {
      session.connect();
      await session.post('Profiler.setSamplingInterval', { interval: 500 });
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    gc(); // once, untimed: the runs start from the same clean heap as the baseline's
    const runs = [];
    for (let i = 0; i < config.iterations; i += 1) runs.push(await runOnce(bytes, config.file, config.out, now));
    if (session && config.profile) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(config.profile, JSON.stringify(profile));
      session.disconnect();
    }
    const last = runs.at(-1);
    const ms: Partial<Record<Stage, number>> = {};
    for (const stage of STAGES) if (runs.every((r) => r.ms[stage] !== undefined)) ms[stage] = mean(runs.map((r) => r.ms[stage] as number));
    const complete = runs.every((r) => r.error === null);
    const total = complete ? mean(runs.map((r) => STAGES.reduce((s, k) => s + (r.ms[k] ?? 0), 0))) : null;
    return {
      pages: last?.pages ?? null,
      ms,
      total,
      error: last?.error ?? null,
      rssMb: rssMb(),
      counts: last?.counts ?? {},
    } satisfies StagesResult;
  }
  if (config.kind === 'versus') {
    // Wall clock, whatever --clock says: what a user waits. Solieu and pdf.js alternate in one
    // process, so both meet the same load on a shared machine.
    const wall = clockOf('wall');
    const pdfjs = await pdfjsOnce(bytes, false);
    const warm = await runOnce(bytes, config.file, config.out, wall);
    const result: VersusResult = { pages: pdfjs, solieu: [], pdfjs: [], error: warm.error, rssMb: 0 };
    gc();
    for (let i = 0; i < config.iterations && result.error === null; i += 1) {
      let t = wall();
      const run = await runOnce(bytes, config.file, config.out, wall);
      result.solieu.push(wall() - t);
      result.error = run.error;
      t = wall();
      await pdfjsOnce(bytes, false);
      result.pdfjs.push(wall() - t);
    }
    result.rssMb = rssMb();
    return result;
  }
  if (config.kind === 'pdfjs') {
    const once = (): Promise<number> => pdfjsOnce(bytes, config.operators);
    const pages = await once();
    gc(); // once, untimed, exactly as for solieu's runs
    const times: number[] = [];
    for (let i = 0; i < config.iterations; i += 1) {
      const t = now();
      await once();
      times.push(now() - t);
    }
    return { pages, ms: mean(times), rssMb: rssMb() } satisfies PdfjsResult;
  }
  const rssAfterMb: Record<string, number> = {};
  // Live heap after a full GC: what a batch keeps from the documents it already finished.
  const heapAfterMb: Record<string, number> = {};
  // Like the other rows: one untimed report first, so module loading (tsx compiling src/) and the
  // JIT's warm-up are not spread over the batch; `solieu --help` measures the CLI's start.
  const warm = await runOnce(bytes, config.file, config.out, now);
  if (warm.error) return { count: 0, ms: 0, rssAfterMb, heapAfterMb, rssMb: rssMb(), error: warm.error } satisfies BatchResult;
  gc();
  let busy = 0;
  for (let i = 1; i <= config.count; i += 1) {
    const t = now();
    const run = await runOnce(bytes, config.file, config.out, now);
    busy += now() - t;
    if (run.error) return { count: i - 1, ms: busy, rssAfterMb, heapAfterMb, rssMb: rssMb(), error: run.error } satisfies BatchResult;
    if (i === 1 || i === 10 || i % 50 === 0 || i === config.count) {
      rssAfterMb[String(i)] = Math.round(process.memoryUsage().rss / 2 ** 20);
      gc();
      heapAfterMb[String(i)] = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    }
  }
  return { count: config.count, ms: busy, rssAfterMb, heapAfterMb, rssMb: rssMb(), error: null } satisfies BatchResult;
}

async function runChild<T>(config: ChildConfig, nodeFlags: string[] = []): Promise<T> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', ...nodeFlags, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', JSON.stringify(config)],
    { cwd: root, maxBuffer: 1 << 26 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() as string) as T;
}

/** A long PDF made of the reference's pages repeated, like a batch of reports bound together. */
async function buildLongPdf(source: string, sourcePages: number, target: number, dir: string): Promise<string | null> {
  const copies = Math.max(1, Math.round(target / sourcePages));
  const out = path.join(dir, `long-${copies * sourcePages}p.pdf`);
  const run = promisify(execFile);
  const inputs = Array.from({ length: copies }, () => source);
  for (const [tool, args] of [
    ['qpdf', ['--empty', '--pages', ...inputs, '--', out]],
    ['pdfunite', [...inputs, out]],
  ] as const) {
    try {
      await run(tool, [...args]);
      return out;
    } catch {
      // try the next tool
    }
  }
  return null;
}

async function countPdfPages(file: string): Promise<number> {
  const { openPdf } = await import('../src/parsers/pdf/load.js');
  const opened = await openPdf(new Uint8Array(await readFile(file)), undefined);
  const pages = opened.doc.numPages;
  await opened.close();
  return pages;
}

/**
 * Top functions of a .cpuprofile by self time, then solieu's own functions by total time (self
 * plus callees), mapped through tsx's source maps to src/ lines.
 */
async function hotSpots(profileFile: string, top: number): Promise<string[]> {
  interface Node {
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }
  const profile = JSON.parse(await readFile(profileFile, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const places = new Map<number, string>();
  const where = async (node: Node): Promise<string> => {
    const cached = places.get(node.id);
    if (cached) return cached;
    const frame = node.callFrame;
    let loc = `(${frame.functionName || 'native'})`;
    if (frame.url.startsWith('file://') && frame.url.includes('/src/')) {
      await import(frame.url).catch(() => undefined); // load it here so tsx registers the same source map
      const entry = findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as
        { originalSource?: string; originalLine?: number } | undefined;
      loc = entry?.originalSource
        ? `${path.relative(root, fileURLToPath(entry.originalSource))}:${(entry.originalLine ?? 0) + 1}`
        : path.relative(root, fileURLToPath(frame.url));
    } else if (frame.url) {
      const file = frame.url.startsWith('file://') ? path.relative(root, fileURLToPath(frame.url)) : frame.url;
      loc = `${file.replace(/^node_modules\/pdfjs-dist\/legacy\/build\//u, 'pdfjs:')}:${frame.lineNumber + 1}`;
    }
    const key = `${frame.functionName || '(anonymous)'} ${loc}`;
    places.set(node.id, key);
    return key;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const [id, us] of self) {
    const key = await where(byId.get(id) as Node);
    selfBy.set(key, (selfBy.get(key) ?? 0) + us);
    const loc = key.slice(key.lastIndexOf(' ') + 1);
    const area = loc.startsWith('pdfjs:')
      ? 'pdf.js'
      : loc.startsWith('src/')
        ? loc.split('/').slice(0, 2).join('/')
        : loc.startsWith('node_modules/')
          ? loc
              .split('/')
              .slice(0, loc.startsWith('node_modules/@') ? 3 : 2)
              .join('/')
          : loc.startsWith('(')
            ? loc
            : 'node';
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    // Total time: every distinct solieu function on the sample's stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = await where(byId.get(at) as Node);
      if (k.includes(' src/') && !seen.has(k)) {
        seen.add(k);
        totalBy.set(k, (totalBy.get(k) ?? 0) + us);
      }
    }
  }
  const pct = (us: number): string => `${((100 * us) / total).toFixed(1)} %`;
  const table = (rows: Map<string, number>, n: number): string[] =>
    [...rows]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `| ${pct(us)} | ${(us / 1000).toFixed(0)} ms | \`${k}\` |`);
  return [
    `sampled ${(total / 1000).toFixed(0)} ms; by area (self): ${[...byArea]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([k, us]) => `${k} ${pct(us)}`)
      .join(' · ')}`,
    '',
    '| self | time | function and place |',
    '|---:|---:|---|',
    ...table(selfBy, top),
    '',
    '| total (with callees) | time | solieu function |',
    '|---:|---:|---|',
    ...table(totalBy, top),
  ];
}

const fmt = (n: number | undefined | null, digits = 1): string =>
  n === undefined || n === null || Number.isNaN(n) ? 'n/a' : n.toFixed(digits);
const msText = (n: number | undefined | null): string => (fmt(n) === 'n/a' ? 'n/a' : `${fmt(n)} ms`);

async function main(): Promise<void> {
  const pdf = arg('pdf') ?? path.join(root, 'corpus/kien-giang-6-thang-2022.pdf');
  const docx = arg('docx') ?? path.join(root, 'corpus/kien-giang-6-thang-2022.docx');
  const text = path.join(root, 'corpus/kien-giang-6-thang-2022.txt');
  const iterations = count('iterations', 5);
  const clock: Clock = choiceFlag(flags, 'clock', ['wall', 'cpu'], 'wall', USAGE);
  const dir = await mkdtemp(path.join(tmpdir(), 'solieu-bench-pipeline-'));
  const out = path.join(dir, 'out.json');
  const say = (line = ''): boolean => process.stdout.write(`${line}\n`);
  say(
    `machine: ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Linux ${release()}, Node ${process.version}; src/ via tsx; mean of ${iterations} back-to-back runs after a warm-up (GC counted where it falls), one child process per row; times are ${clock === 'cpu' ? 'CPU time (user + system)' : 'wall-clock time'}`,
  );

  const inputs: { label: string; file: string }[] = [];
  let longPdf: string | null = null;
  if (existsSync(pdf)) {
    const pages = await countPdfPages(pdf);
    inputs.push({ label: `PDF ${pages} p`, file: pdf });
    longPdf = await buildLongPdf(pdf, pages, count('pages', 150), dir);
    if (longPdf) inputs.push({ label: `PDF ${await countPdfPages(longPdf)} p (repeated)`, file: longPdf });
    else say('long PDF: neither qpdf nor pdfunite is installed (apt-get install qpdf); skipped');
  } else say(`reference PDF missing (${pdf}): PDF rows skipped`);
  if (existsSync(docx)) inputs.push({ label: 'DOCX', file: docx });
  else say(`DOCX missing (${docx}): DOCX rows skipped`);
  if (existsSync(text)) inputs.push({ label: 'text', file: text });

  const tables = !flag('profile-only');
  if (tables) say('\n| input | pages | parse | structure | extract | check | write | end to end | pages/s | ms/page | peak RSS |');
  if (tables) say('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const results = new Map<string, StagesResult>();
  for (const input of tables ? inputs : []) {
    const isLong = input.file === longPdf;
    const r = await runChild<StagesResult>({
      kind: 'stages',
      clock,
      file: input.file,
      iterations: isLong ? Math.max(2, Math.ceil(iterations / 2)) : iterations,
      out,
    });
    results.set(input.file, r);
    const pages = r.pages;
    const perPage = r.total !== null && pages ? r.total / pages : null;
    say(
      `| ${input.label} | ${pages ?? '–'} | ${STAGES.map((s) => msText(r.ms[s])).join(' | ')} | ${msText(r.total)} | ${perPage ? fmt(1000 / perPage) : '–'} | ${fmt(perPage, 2)} | ${r.rssMb} MB |`,
    );
    if (r.error) say(`|   ↳ stopped: ${r.error.replace(/\|/gu, '/')} |`);
  }

  if (tables && existsSync(pdf)) {
    say('\n| pdfjs-dist alone, same file | pages | time | pages/s | ms/page | peak RSS | solieu end to end | solieu / pdfjs throughput |');
    say('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const file of [pdf, longPdf].filter((f): f is string => f !== null)) {
      for (const operators of [false, true]) {
        const b = await runChild<PdfjsResult>({
          kind: 'pdfjs',
          clock,
          file,
          iterations: file === longPdf ? Math.max(2, Math.ceil(iterations / 2)) : iterations,
          operators,
        });
        const s = results.get(file);
        const ratio = s?.total ? b.ms / s.total : null;
        const label = `${path.basename(file)}: ${operators ? 'getOperatorList + getTextContent' : 'getTextContent'}`;
        const verdict = operators || ratio === null ? '' : ratio >= 0.8 ? ' — budget ≥ 80 % met' : ' — budget ≥ 80 % NOT met';
        say(
          `| ${label} | ${b.pages} | ${fmt(b.ms)} ms | ${fmt((1000 * b.pages) / b.ms)} | ${fmt(b.ms / b.pages, 2)} | ${b.rssMb} MB | ${msText(s?.total)} | ${ratio === null ? 'n/a' : `${(100 * ratio).toFixed(0)} %`}${verdict} |`,
        );
      }
    }
  }

  if (tables && longPdf) {
    const v = await runChild<VersusResult>({ kind: 'versus', clock: 'wall', file: longPdf, iterations: Math.max(3, iterations), out });
    const [s, p] = [mean(v.solieu), mean(v.pdfjs)];
    const verdict = p / s >= 0.8 ? 'goal ≥ 0.80 met' : 'goal ≥ 0.80 NOT met';
    say(
      `\n${v.pages}-page PDF, wall clock, solieu end to end and pdf.js getTextContent alternating in one process (${v.solieu.length} runs each): solieu ${fmt(s, 0)} ms, pdf.js ${fmt(p, 0)} ms → pdf.js / solieu = ${fmt(p / s, 2)}× (${verdict}); runs: solieu ${v.solieu.map((x) => fmt(x, 0)).join(', ')}; pdf.js ${v.pdfjs.map((x) => fmt(x, 0)).join(', ')}; peak RSS ${v.rssMb} MB${v.error ? `; stopped: ${v.error}` : ''}`,
    );
  }

  const short = results.get(pdf);
  const long = longPdf ? results.get(longPdf) : undefined;
  if (short?.pages && long?.pages) {
    say(`\n| ms per page | ${STAGES.join(' | ')} | end to end |`);
    say(`|---|${STAGES.map(() => '---:').join('|')}|---:|`);
    for (const [label, r] of [
      [`${short.pages} pages`, short],
      [`${long.pages} pages`, long],
    ] as const) {
      say(
        `| ${label} | ${STAGES.map((s) => fmt((r.ms[s] ?? NaN) / (r.pages as number), 2)).join(' | ')} | ${fmt((r.total ?? NaN) / (r.pages as number), 2)} |`,
      );
    }
    say(
      `| long / short | ${STAGES.map((s) => fmt((long.ms[s] ?? NaN) / (long.pages as number) / ((short.ms[s] ?? NaN) / (short.pages as number)), 2)).join(' | ')} | ${fmt((long.total ?? NaN) / (long.pages as number) / ((short.total ?? NaN) / (short.pages as number)), 2)} |`,
    );
  }

  if (tables && existsSync(docx)) {
    const docs = count('docs', 30);
    const b = await runChild<BatchResult>({ kind: 'batch', clock, file: docx, count: docs, out });
    say(
      `\nDOCX, one process, ${b.count} reports in a row after a warm-up report: ${fmt((1000 * b.count) / b.ms)} reports/s (budget ≥ 5), RSS after n reports ${Object.entries(
        b.rssAfterMb,
      )
        .map(([n, mb]) => `${n}: ${mb} MB`)
        .join(', ')}; live heap after GC ${Object.entries(b.heapAfterMb)
        .map(([n, mb]) => `${n}: ${mb} MB`)
        .join(', ')}; peak RSS ${b.rssMb} MB${b.error ? `; stopped: ${b.error}` : ''}`,
    );
  }

  if (flag('profile') || flag('profile-only')) {
    const profDir = path.join(root, 'bench-out', 'profile');
    await mkdir(profDir, { recursive: true });
    const target = arg('profile-file') ?? longPdf ?? pdf;
    const file = path.join(profDir, `${path.basename(target)}.cpuprofile`);
    await runChild<StagesResult>({ kind: 'stages', clock, file: target, iterations: count('profile-runs', 3), out, profile: file });
    say(`\nCPU profile, ${path.basename(target)} after a warm-up (open ${path.relative(root, file)} in Chrome DevTools):`);
    for (const line of await hotSpots(file, count('top', 20))) say(line);
  }
  if (!flag('keep')) await rm(dir, { recursive: true, force: true });
  else say(`kept ${dir}`);
}

const childConfig = arg('child');
if (childConfig) process.stdout.write(`${JSON.stringify(await child(JSON.parse(childConfig) as ChildConfig))}\n`);
else await main();
