import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonReportStore } from '../../src/store/json-store.js';
import { ndjson, readOutputs, readStore, solieu, tempDir, tinyReport } from './ingest-helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('store');
  for (const folder of ['left', 'right']) {
    await mkdir(path.join(dir, folder));
    for (let i = 0; i < 4; i++) await writeFile(path.join(dir, folder, `${folder}-${i}.txt`), tinyReport(folder === 'left' ? i : 10 + i));
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the store under concurrent and interrupted runs', () => {
  it('keeps every document when two ingests run at once over one store', async () => {
    const [left, right, both] = await Promise.all([
      solieu(['ingest', 'left', '--json', '-j', '1'], { cwd: dir }),
      solieu(['ingest', 'right', '--json', '-j', '1'], { cwd: dir }),
      solieu(['ingest', 'left', 'right', '--json', '-j', '1', '--out', 'out'], { cwd: dir }),
    ]);
    for (const run of [left, right, both]) expect(ndjson(run.stdout).at(-1)).toMatchObject({ event: 'summary', failed: 0 });
    const store = await readStore(path.join(dir, 'out/solieu.json'));
    const names = store.documents.map((d) => d.name).sort();
    expect(names).toEqual([...[0, 1, 2, 3].map((i) => `left-${i}.txt`), ...[0, 1, 2, 3].map((i) => `right-${i}.txt`)]);
    // Each document's rows are there once, not once per run that wrote it.
    const factsPerDoc = new Map<string, number>();
    for await (const f of new JsonReportStore(path.join(dir, 'out/solieu.json')).query('facts', {}))
      factsPerDoc.set(f.document, (factsPerDoc.get(f.document) ?? 0) + 1);
    for (const d of store.documents) expect(factsPerDoc.get(d.name) ?? 0).toBe(d.counts.facts);
    expect((await readOutputs(path.join(dir, 'out'))).size).toBe(8);
  }, 180_000);

  it('survives SIGKILL mid-run: the re-run ends with a complete, valid store and outputs', async () => {
    const killed = await solieu(['ingest', 'left', 'right', '--json', '-j', '1'], {
      cwd: dir,
      onStdout: (child, soFar) => {
        if (soFar.includes('"event":"ok"')) child.kill('SIGKILL');
      },
    });
    expect(killed.signal).toBe('SIGKILL');
    // Whatever was written is whole: the store and every output parse and validate.
    const partial = await readStore(path.join(dir, 'out/solieu.json'));
    expect(partial.documents.length).toBeGreaterThan(0);
    await readOutputs(path.join(dir, 'out'));

    const rerun = await solieu(['ingest', 'left', 'right', '--json', '-j', '1'], { cwd: dir });
    const summary = ndjson(rerun.stdout).at(-1)!;
    expect(summary).toMatchObject({ files: 8, failed: 0 });
    expect(Number(summary.unchanged)).toBe(partial.documents.length);
    const store = await readStore(path.join(dir, 'out/solieu.json'));
    expect(store.documents).toHaveLength(8);
    expect((await readOutputs(path.join(dir, 'out'))).size).toBe(8);
    // No temp file or lock is left behind.
    expect((await readdir(path.join(dir, 'out'))).filter((f) => f.startsWith('.') || f.endsWith('.lock'))).toEqual([]);
  }, 180_000);
});
