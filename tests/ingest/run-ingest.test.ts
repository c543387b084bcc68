import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestEvent } from '../../src/ingest/events.js';
import { runIngest, type IngestRunOptions } from '../../src/ingest/run.js';
import { JsonReportStore } from '../../src/store/json-store.js';
import { collect } from '../../src/store/query.js';

const fakeWorker = new URL('./fixtures/fake-worker.ts', import.meta.url);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'solieu-run-'));
  await writeFile(path.join(dir, 'Báo cáo 1.txt'), 'tốt');
  await writeFile(path.join(dir, 'b.txt'), 'sai số');
  await writeFile(path.join(dir, 'c.txt'), 'bad');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function ingest(extra: Partial<IngestRunOptions> = {}) {
  const events: IngestEvent[] = [];
  const summary = await runIngest({
    cwd: dir,
    outDir: 'out',
    store: new JsonReportStore(path.join(dir, 'out/solieu.json')),
    concurrency: 2,
    timeoutMs: 10_000,
    maxMemoryMb: 256,
    processOptions: { check: true },
    force: false,
    onEvent: (e) => events.push(e),
    workerFile: fakeWorker,
    version: '1.0.0',
    ...extra,
    inputs: extra.inputs ?? ['.'],
  });
  const byFile = Object.fromEntries(
    events.map((e) => [e.file, e.event === 'skipped' ? `skipped:${e.reason}` : e.event === 'failed' ? `failed:${e.code}` : e.status]),
  );
  return { summary, events, byFile };
}

describe('runIngest', () => {
  it('processes, records failures, then skips unchanged files and redoes changed or failed ones', async () => {
    const first = await ingest();
    expect(first.byFile).toEqual({ 'Báo cáo 1.txt': 'ok', 'b.txt': 'inconsistent', 'c.txt': 'failed:invalid_text' });
    expect(first.summary).toMatchObject({
      files: 3,
      processed: 2,
      failed: 1,
      exitCode: 3,
      documents: { ok: 1, inconsistent: 1, failed: 1 },
    });
    expect(first.summary.inconsistencies).toMatchObject([
      { document: 'b.txt', file: 'b.txt', findings: [{ page: 1, message: '728 / 5.634 = 12,92%' }] },
    ]);
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([
      'b.txt.json',
      'bao-cao-1.txt.json',
      'solieu.json',
      'solieu.json.journal',
    ]);
    const mtime = (await stat(path.join(dir, 'out/b.txt.json'))).mtimeMs;

    await writeFile(path.join(dir, 'c.txt'), 'now fine');
    const second = await ingest();
    expect(second.byFile).toEqual({ 'Báo cáo 1.txt': 'skipped:unchanged', 'b.txt': 'skipped:unchanged', 'c.txt': 'ok' });
    // Unchanged documents still count: their stored inconsistency keeps exit code 1.
    expect(second.summary).toMatchObject({ files: 3, processed: 1, unchanged: 2, failed: 0, exitCode: 1, facts: 6 });
    expect((await stat(path.join(dir, 'out/b.txt.json'))).mtimeMs).toBe(mtime);

    const third = await ingest({ version: '1.0.1' });
    expect(Object.values(third.byFile).every((v) => !v.startsWith('skipped'))).toBe(true);
    const forced = await ingest({ version: '1.0.1', force: true });
    expect(forced.summary.processed).toBe(3);
    const options = await ingest({ version: '1.0.1', processOptions: { check: true, password: 'x' } });
    expect(options.summary.processed).toBe(3);
  }, 60_000);

  it('redoes a file whose output was deleted, and removes the output of a file that turned bad', async () => {
    await ingest();
    await rm(path.join(dir, 'out/b.txt.json'));
    await writeFile(path.join(dir, 'Báo cáo 1.txt'), 'bad now');
    const again = await ingest();
    expect(again.byFile).toMatchObject({ 'Báo cáo 1.txt': 'failed:invalid_text', 'b.txt': 'inconsistent' });
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['b.txt.json', 'solieu.json', 'solieu.json.journal']);
    const store = new JsonReportStore(path.join(dir, 'out/solieu.json'));
    expect(await collect(store.query('documents', { document: 'bao-cao-1.txt' }))).toMatchObject([{ status: 'failed', output: null }]);
    expect(await collect(store.query('facts', { document: 'bao-cao-1.txt' }))).toEqual([]);
  }, 60_000);

  it('gives files with the same base name in different folders different names', async () => {
    await writeFile(path.join(dir, 'x.txt'), 'tốt 1');
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'sub/x.txt'), 'tốt 2');
    const { events } = await ingest({ inputs: ['x.txt', 'sub/x.txt'] });
    const names = events.flatMap((e) => (e.event === 'ok' ? [e.document] : []));
    expect(names[0]).toBe('x.txt');
    expect(names[1]).toMatch(/^x\.txt-[0-9a-f]{8}$/);
    const written = JSON.parse(await readFile(path.join(dir, `out/${names[1]}.json`), 'utf8')) as { schemaVersion: number };
    expect(written.schemaVersion).toBe(1);
  }, 60_000);

  it('stores one content once, however many paths hold it, even when they run at once', async () => {
    await mkdir(path.join(dir, 'copies'));
    for (const name of ['one.txt', 'two.txt', 'three.txt']) await writeFile(path.join(dir, 'copies', name), 'tốt, bản sao');
    const { byFile, summary } = await ingest({ inputs: ['copies'], concurrency: 3 });
    expect(Object.values(byFile).sort()).toEqual(['ok', 'skipped:unchanged', 'skipped:unchanged']);
    expect(summary).toMatchObject({ processed: 1, unchanged: 2 });
    const store = new JsonReportStore(path.join(dir, 'out/solieu.json'));
    expect(await collect(store.query('documents', {}))).toHaveLength(1);
  }, 60_000);
});
