import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ndjson, readStore, repoRoot, solieu, tempDir, tinyReport, type Event } from './ingest-helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('faults');
  const folders = { hang: ['a.txt', 'hang.txt', 'b.txt'], bloat: ['c.txt', 'bloat.txt', 'd.txt'] };
  for (const [folder, names] of Object.entries(folders)) {
    await mkdir(path.join(dir, folder));
    for (const [i, name] of names.entries()) await writeFile(path.join(dir, folder, name), tinyReport(i + folder.length));
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const outcomes = (events: Event[]): Record<string, unknown> =>
  Object.fromEntries(
    events.filter((e) => e.event !== 'summary').map((e) => [path.basename(String(e.file)), e.event === 'failed' ? e.code : e.event]),
  );

describe('solieu ingest with a hanging and an exploding file', () => {
  it('kills them at the deadline and the memory cap, records why, and finishes the rest; a re-run redoes them', async () => {
    // Test hook honoured by the worker: loop forever on hang.txt, allocate without bound on bloat.txt.
    const env = { SOLIEU_TEST_FAULTS: 'hang:hang.txt,oom:bloat.txt' };
    const [hang, bloat] = await Promise.all([
      solieu(['ingest', 'hang', '--json', '-j', '2', '--timeout', '3000', '--store', 'hang.json', '--out', 'hang-out'], { cwd: dir, env }),
      // A generous deadline: the memory cap, not the clock, must stop this one.
      solieu(['ingest', 'bloat', '--json', '-j', '2', '--max-memory', '128', '--store', 'bloat.json', '--out', 'bloat-out'], {
        cwd: dir,
        env,
      }),
    ]);
    expect(outcomes(ndjson(hang.stdout))).toEqual({ 'a.txt': 'ok', 'b.txt': 'ok', 'hang.txt': 'timeout' });
    expect(outcomes(ndjson(bloat.stdout))).toEqual({ 'c.txt': 'ok', 'd.txt': 'ok', 'bloat.txt': 'out_of_memory' });
    for (const run of [hang, bloat]) {
      expect(run.code).toBe(3);
      expect(ndjson(run.stdout).at(-1)).toMatchObject({ event: 'summary', failed: 1, processed: 2 });
    }
    const store = await readStore(path.join(dir, 'bloat.json'));
    expect(store.documents.find((d) => d.name === 'bloat.txt')).toMatchObject({ status: 'failed', error: { code: 'out_of_memory' } });

    const again = await solieu(['ingest', 'hang', '--json', '-j', '1', '--store', 'hang.json', '--out', 'hang-out'], { cwd: dir });
    expect(outcomes(ndjson(again.stdout))).toEqual({ 'a.txt': 'skipped', 'b.txt': 'skipped', 'hang.txt': 'ok' });
    expect([0, 1]).toContain(again.code);
  }, 180_000);

  it('stops a real report that takes longer than the deadline (the reference report 60 times over)', async () => {
    await mkdir(path.join(dir, 'big'));
    const report = await readFile(path.join(repoRoot, 'corpus/kien-giang-6-thang-2022.txt'), 'utf8');
    await writeFile(path.join(dir, 'big/huge.txt'), report.repeat(60));
    const run = await solieu(['ingest', 'big', '--json', '-j', '1', '--timeout', '1500', '--store', 'big.json', '--out', 'big-out'], {
      cwd: dir,
    });
    expect(ndjson(run.stdout)[0]).toMatchObject({ event: 'failed', file: 'big/huge.txt', code: 'timeout' });
    expect(run.code).toBe(3);
  }, 180_000);
});
