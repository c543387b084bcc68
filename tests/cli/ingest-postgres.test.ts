import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openExistingStore } from '../../src/store/open.js';
import { collect } from '../../src/store/query.js';
import type { StoredDocument } from '../../src/store/schema.js';
import { NO_POSTGRES, startCluster, type Cluster } from '../store/pg-cluster.js';
import { ndjson, solieu, tempDir, tinyReport, type Event } from './ingest-helpers.js';

let cluster: Cluster | null = null;
let dir: string;
let url: string;
let databases = 0;

beforeAll(async () => {
  cluster = await startCluster();
  if (cluster === null) console.warn(NO_POSTGRES);
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
}, 60_000);
beforeEach(async (context) => {
  if (cluster === null) return context.skip();
  url = await cluster.createDatabase(`ingest_${++databases}`);
  dir = await tempDir('pg');
  // left: 0-3, right: 10-13, shared: 20-23 (overlapping runs both name it).
  for (const [folder, base] of [
    ['left', 0],
    ['right', 10],
    ['shared', 20],
  ] as const) {
    await mkdir(path.join(dir, folder));
    for (let i = 0; i < 4; i++) await writeFile(path.join(dir, folder, `${folder}-${i}.txt`), tinyReport(base + i));
  }
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}, 60_000);

/** Every document once, whole: its stored rows are as many as its counts say. */
async function stored(): Promise<StoredDocument[]> {
  const store = await openExistingStore(url);
  try {
    const docs = await collect(store.query('documents', {}));
    for (const d of docs) expect((await collect(store.query('facts', { document: d.name }))).length, d.name).toBe(d.counts.facts);
    return docs;
  } finally {
    await store.close();
  }
}

const summaryOf = (stdout: string): Event => ndjson(stdout).at(-1)!;

describe('ingest into PostgreSQL from several processes', () => {
  it('keeps every document exactly once when two processes ingest one folder set at once', async () => {
    const [a, b] = await Promise.all([
      solieu(['ingest', 'left', 'right', '--json', '-j', '1', '--store', url, '--out', 'out-a'], { cwd: dir }),
      solieu(['ingest', 'right', 'left', '--json', '-j', '1', '--out', 'out-b'], { cwd: dir, env: { SOLIEU_STORE: url } }),
    ]);
    for (const run of [a, b]) expect(summaryOf(run.stdout), run.stderr).toMatchObject({ event: 'summary', files: 8, failed: 0 });
    // The content hash decided: each file was processed by one process only, the other found it stored.
    expect(Number(summaryOf(a.stdout).processed) + Number(summaryOf(b.stdout).processed)).toBe(8);
    const docs = await stored();
    expect(docs.map((d) => d.name)).toEqual([...[0, 1, 2, 3].map((i) => `left-${i}.txt`), ...[0, 1, 2, 3].map((i) => `right-${i}.txt`)]);
  }, 240_000);

  it('keeps every document exactly once over overlapping folders', async () => {
    const [a, b] = await Promise.all([
      solieu(['ingest', 'left', 'shared', '--json', '-j', '2', '--store', url], { cwd: dir }),
      solieu(['ingest', 'shared', 'right', '--json', '-j', '2', '--store', url], { cwd: dir }),
    ]);
    for (const run of [a, b]) expect(summaryOf(run.stdout), run.stderr).toMatchObject({ files: 8, failed: 0 });
    expect(Number(summaryOf(a.stdout).processed) + Number(summaryOf(b.stdout).processed)).toBe(12);
    const docs = await stored();
    expect(docs).toHaveLength(12);
    expect(new Set(docs.map((d) => d.sha256)).size).toBe(12);
    const query = await solieu(['query', 'documents', '--json', '--store', url, '--document', 'shared'], { cwd: dir });
    expect((JSON.parse(query.stdout) as unknown[]).length).toBe(4);
  }, 240_000);

  it('loses nothing committed to a SIGKILL mid-ingest, and the re-run finishes the rest', async () => {
    await mkdir(path.join(dir, 'more'));
    for (let i = 0; i < 28; i++) await writeFile(path.join(dir, 'more', `more-${i}.txt`), tinyReport(40 + i));
    // The last file in walk order hangs (test-only fault), so the kill always lands mid-run: on a
    // quiet machine 40 small reports would otherwise all be committed before the signal arrives.
    const killed = await solieu(['ingest', 'left', 'right', 'shared', 'more', '--json', '-j', '1', '--store', url], {
      cwd: dir,
      env: { SOLIEU_TEST_FAULTS: 'hang:more-9.txt' },
      onStdout: (child, soFar) => {
        if (soFar.includes('"event":"ok"')) child.kill('SIGKILL');
      },
    });
    expect(killed.signal).toBe('SIGKILL');
    const partial = await stored();
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(40);
    const rerun = await solieu(['ingest', 'left', 'right', 'shared', 'more', '--json', '-j', '2', '--store', url], { cwd: dir });
    expect(summaryOf(rerun.stdout)).toMatchObject({ files: 40, failed: 0, unchanged: partial.length, processed: 40 - partial.length });
    expect(await stored()).toHaveLength(40);
    // series and export read the same database.
    const exported = await solieu(['export', '--what', 'documents', '--store', url], { cwd: dir });
    expect(exported.stdout.trimEnd().split('\n')).toHaveLength(40);
    const series = await solieu(['series', '--store', url, '--json'], { cwd: dir });
    expect([0, 1]).toContain(series.code);
    // review renders every document from the database (another machine has no out/ of this one).
    const review = await solieu(['review', '--store', url, '-o', 'pages', '--json'], { cwd: dir });
    expect(review.code, review.stderr).toBe(0);
    expect((JSON.parse(review.stdout) as { written: unknown[] }).written).toHaveLength(40);
  }, 240_000);
});
