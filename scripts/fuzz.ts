/**
 * npm run fuzz [-- --seconds 180 --seed 1 --timeout 10000 --max-memory 512 --real --ocr]
 *
 * Mutates the corpus PDF/DOCX/DOC bytes (and, with --real, ../shared/corpus-real/, read in place)
 * and feeds the mutants through processFile in the worker pool. Counts every outcome: accepted,
 * refused with a SolieuError code (the expected answer to bad input), crashed (any other
 * exception: a bug), timed out or blew the memory cap. Crashing, hanging and exploding inputs are
 * kept under the printed folder for reproduction. Mutants are read with `--ocr never` unless --ocr:
 * a mutation that wipes a page's text layer would otherwise send it to OCR (several seconds a page,
 * correct but not what this harness tests); with --ocr, raise --timeout accordingly.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FilePool } from '../src/ingest/pool.js';
import { mutate } from './fuzz/mutators.js';
import { integerFlag, readFlags } from './lib/flags.js';
import { prng } from './lib/prng.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'npm run fuzz -- [--seconds 180] [--seed n] [--timeout 10000] [--max-memory 512] [--concurrency n] [--real] [--ocr]';
const { values: flags } = readFlags(
  {
    seconds: { type: 'string' },
    seed: { type: 'string' },
    timeout: { type: 'string' },
    'max-memory': { type: 'string' },
    concurrency: { type: 'string' },
    real: { type: 'boolean', default: false },
    ocr: { type: 'boolean', default: false },
  },
  USAGE,
);
const arg = (name: string, fallback: number, min = 1): number => integerFlag(flags, name, fallback, USAGE, { min });

interface Seed {
  name: string;
  ext: string;
  bytes: Buffer;
}

async function loadSeeds(): Promise<Seed[]> {
  const folders = [path.join(root, 'corpus')];
  const real = path.resolve(root, '../shared/corpus-real');
  if (flags.real && existsSync(real)) folders.push(real);
  const seeds: Seed[] = [];
  for (const folder of folders) {
    for (const name of (await readdir(folder)).sort()) {
      const ext = path.extname(name).toLowerCase();
      if (!['.pdf', '.docx', '.doc'].includes(ext)) continue;
      seeds.push({ name, ext, bytes: await readFile(path.join(folder, name)) });
    }
  }
  return seeds;
}

async function main(): Promise<void> {
  const seconds = arg('seconds', 180);
  const seedValue = arg('seed', Date.now() % 1_000_000, 0);
  const timeoutMs = arg('timeout', 10_000);
  const maxMemoryMb = arg('max-memory', 512);
  const concurrency = arg('concurrency', availableParallelism());
  const withOcr = flags.ocr;
  const random = prng(seedValue);
  const seeds = await loadSeeds();
  if (seeds.length === 0) throw new Error('no PDF/DOCX/DOC seeds in corpus/ (pass --real to add ../shared/corpus-real)');
  const work = await mkdtemp(path.join(tmpdir(), 'solieu-fuzz-'));
  const keep = path.join(work, 'findings');
  await mkdir(keep);
  process.stderr.write(
    `fuzz: ${seeds.length} seeds, seed ${seedValue}, ${seconds} s, ${concurrency} workers, timeout ${timeoutMs} ms, cap ${maxMemoryMb} MB → ${work}\n`,
  );

  const pool = new FilePool({ concurrency, timeoutMs, maxMemoryMb });
  const outcomes: Record<string, number> = {};
  const codes: Record<string, number> = {};
  const crashes = new Map<string, { count: number; example: string; how: string }>();
  const deadline = Date.now() + seconds * 1000;
  let tried = 0;
  let counter = 0;

  const lane = async (laneId: number): Promise<void> => {
    while (Date.now() < deadline) {
      const seed = seeds[Math.floor(random() * seeds.length)]!;
      const other = seeds[Math.floor(random() * seeds.length)]!;
      const { bytes, how } = await mutate(seed.bytes, seed.ext === '.docx', other.bytes, random).catch(() => ({
        bytes: seed.bytes,
        how: 'none',
      }));
      // Now and then give the mutant another format's extension: content sniffing must cope.
      const ext = random() < 0.1 ? (['.pdf', '.docx', '.doc'] as const)[Math.floor(random() * 3)]! : seed.ext;
      const file = path.join(work, `lane${laneId}-${counter++}${ext}`);
      await writeFile(file, bytes);
      const result = await pool.run({ path: file, options: { check: true, ocr: withOcr ? 'auto' : 'never' } });
      const n = ++tried;
      let outcome: string;
      if (result.ok) outcome = 'accepted';
      else if (result.error.code === 'timeout' || result.error.code === 'out_of_memory') outcome = result.error.code;
      else if (result.crash) outcome = 'crash';
      else outcome = 'refused';
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (!result.ok) codes[result.error.code] = (codes[result.error.code] ?? 0) + 1;
      if (outcome === 'crash' || outcome === 'timeout' || outcome === 'out_of_memory') {
        // Crashes group by message; hangs and blow-ups by what was done to which format.
        const key =
          outcome === 'crash' && !result.ok
            ? `crash: ${result.error.message.split('\n')[0]!.slice(0, 160)}`
            : `${outcome}: ${how.split(':')[0]} of a ${seed.ext} as ${ext}`;
        const seen = crashes.get(key);
        const example = path.join(keep, `${outcome}-${n}-${seed.name}${ext}`);
        if (!seen) {
          await writeFile(example, bytes);
          crashes.set(key, { count: 1, example, how: `${how} of ${seed.name}` });
        } else seen.count += 1;
      }
      await rm(file, { force: true });
      if (n % 100 === 0) process.stderr.write(`  ${n} inputs · ${JSON.stringify(outcomes)}\n`);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => lane(i)));
  await pool.destroy();
  const elapsed = (Date.now() - started) / 1000;

  process.stdout.write(`fuzz: ${tried} inputs in ${elapsed.toFixed(0)} s (${(tried / elapsed).toFixed(1)}/s), seed ${seedValue}\n`);
  process.stdout.write(`outcomes: ${JSON.stringify(outcomes)}\n`);
  process.stdout.write(`refusal codes: ${JSON.stringify(codes)}\n`);
  if (crashes.size === 0) process.stdout.write('no crashes, hangs or memory blow-ups\n');
  for (const [key, { count, example, how }] of crashes) process.stdout.write(`  ${count}× ${key}\n     e.g. ${example} (${how})\n`);
  if (crashes.size === 0) await rm(work, { recursive: true, force: true });
  process.exitCode = [...crashes.keys()].some((k) => k.startsWith('crash')) ? 1 : 0;
}

await main();
