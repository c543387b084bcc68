import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ndjson, readStore, repoRoot, solieu, tempDir, tinyReport } from './ingest-helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('faults');
  for (const [i, name] of ['a.txt', 'hang.txt', 'bloat.txt', 'b.txt'].entries()) await writeFile(path.join(dir, name), tinyReport(i));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('solieu ingest with a hanging and an exploding file', () => {
  it('kills them at the deadline and the memory cap, records why, and finishes the rest; a re-run redoes them', async () => {
    const run = await solieu(['ingest', '.', '--json', '-j', '2', '--timeout', '4000', '--max-memory', '128'], {
      cwd: dir,
      // Test hook honoured by the worker: loop forever on hang.txt, allocate without bound on bloat.txt.
      env: { SOLIEU_TEST_FAULTS: 'hang:hang.txt,oom:bloat.txt' },
    });
    const events = ndjson(run.stdout);
    const byFile = Object.fromEntries(events.filter((e) => e.event !== 'summary').map((e) => [e.file, e.event === 'failed' ? e.code : e.event]));
    expect(byFile).toEqual({ 'a.txt': 'ok', 'b.txt': 'ok', 'hang.txt': 'timeout', 'bloat.txt': 'out_of_memory' });
    expect(run.code).toBe(3);
    expect(events.at(-1)).toMatchObject({ event: 'summary', failed: 2, processed: 2 });
    const store = await readStore(path.join(dir, 'out/solieu.json'));
    expect(Object.fromEntries(store.documents.map((d) => [d.name, d.error?.code ?? d.status]))).toMatchObject({
      'hang.txt': 'timeout',
      'bloat.txt': 'out_of_memory',
    });

    const again = await solieu(['ingest', '.', '--json'], { cwd: dir });
    const redo = ndjson(again.stdout).filter((e) => e.event !== 'summary');
    expect(Object.fromEntries(redo.map((e) => [e.file, e.event]))).toEqual({ 'a.txt': 'skipped', 'b.txt': 'skipped', 'hang.txt': 'ok', 'bloat.txt': 'ok' });
    expect([0, 1]).toContain(again.code);
  }, 60_000);

  it('stops a real report that takes longer than the deadline (the reference report 60 times over)', async () => {
    await mkdir(path.join(dir, 'big'));
    const report = await readFile(path.join(repoRoot, 'corpus/kien-giang-6-thang-2022.txt'), 'utf8');
    await writeFile(path.join(dir, 'big/huge.txt'), report.repeat(60));
    const run = await solieu(['ingest', 'big', '--json', '--timeout', '1500', '--store', 'big.json', '--out', 'big-out'], { cwd: dir });
    expect(ndjson(run.stdout)[0]).toMatchObject({ event: 'failed', file: 'big/huge.txt', code: 'timeout' });
    expect(run.code).toBe(3);
  }, 60_000);
});
