import { mkdir, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ndjson, readOutputs, readStore, solieu, tempDir, tinyReport } from './ingest-helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('ingest');
  await mkdir(path.join(dir, 'reports/sub'), { recursive: true });
  await writeFile(path.join(dir, 'reports/a.txt'), tinyReport(1));
  await writeFile(path.join(dir, 'reports/sub/b.txt'), tinyReport(2));
  await writeFile(path.join(dir, 'reports/c.txt'), tinyReport(3, { broken: true }));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const statuses = (events: ReturnType<typeof ndjson>): Record<string, string> =>
  Object.fromEntries(
    events
      .filter((e) => e.event !== 'summary')
      .map((e) => [e.file as string, e.event === 'skipped' ? `skipped:${String(e.reason)}` : e.event]),
  );

describe('solieu ingest', () => {
  it('streams pure NDJSON, then skips every unchanged file without parsing, then redoes a changed one', async () => {
    const first = await solieu(['ingest', 'reports', '--json', '-j', '2'], { cwd: dir });
    const events = ndjson(first.stdout);
    expect(statuses(events)).toEqual({ 'reports/a.txt': 'ok', 'reports/c.txt': 'ok', 'reports/sub/b.txt': 'ok' });
    const summary = events.at(-1)!;
    expect(summary).toMatchObject({ event: 'summary', files: 3, processed: 3, failed: 0 });
    // The exit code follows what the reports say: 1 exactly when one has an inconsistent claim.
    const store = await readStore(path.join(dir, 'out/solieu.json'));
    const inconsistent = store.documents.some((d) => d.status === 'inconsistent');
    expect(first.code).toBe(inconsistent ? 1 : 0);
    expect(summary.exitCode).toBe(first.code);
    expect(store.documents.map((d) => d.name).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect([...(await readOutputs(path.join(dir, 'out'))).keys()]).toEqual(['a.txt.json', 'b.txt.json', 'c.txt.json']);
    const mtime = (await stat(path.join(dir, 'out/a.txt.json'))).mtimeMs;

    // Any file reaching a worker would now crash: all skipped proves nothing was parsed.
    const faults = 'crash:a.txt,crash:b.txt,crash:c.txt';
    const second = await solieu(['ingest', 'reports', '--json'], { cwd: dir, env: { SOLIEU_TEST_FAULTS: faults } });
    const again = ndjson(second.stdout);
    expect(statuses(again)).toEqual({
      'reports/a.txt': 'skipped:unchanged',
      'reports/c.txt': 'skipped:unchanged',
      'reports/sub/b.txt': 'skipped:unchanged',
    });
    expect(again.at(-1)).toMatchObject({ processed: 0, unchanged: 3 });
    expect(second.code).toBe(first.code);
    expect((await stat(path.join(dir, 'out/a.txt.json'))).mtimeMs).toBe(mtime);

    await writeFile(path.join(dir, 'reports/sub/b.txt'), tinyReport(9));
    const third = await solieu(['ingest', 'reports', '--json', '-j', '1'], { cwd: dir });
    expect(statuses(ndjson(third.stdout))).toEqual({
      'reports/a.txt': 'skipped:unchanged',
      'reports/c.txt': 'skipped:unchanged',
      'reports/sub/b.txt': 'ok',
    });
    const doc = (await readOutputs(path.join(dir, 'out'))).get('b.txt.json')!;
    expect(doc.source.sha256).toBe((await readStore(path.join(dir, 'out/solieu.json'))).documents.find((d) => d.name === 'b.txt')!.sha256);
  }, 180_000);

  it('prints a summary on stderr and nothing on stdout without --json; reads paths from stdin', async () => {
    const run = await solieu(['ingest', '-', '--store', 'db/store.json', '--out', 'json', '-j', '1'], {
      cwd: dir,
      stdin: 'reports/a.txt\nreports/missing.txt\n',
    });
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/2 tệp trong [\d,]+ giây — 1 đã xử lý, 0 không đổi, 1 lỗi/);
    expect(run.stderr).toContain('reports/missing.txt: not_found');
    expect(run.code).toBe(3);
    expect((await readdir(path.join(dir, 'json'))).sort()).toEqual(['a.txt.json']);
    expect((await readStore(path.join(dir, 'db/store.json'))).documents).toHaveLength(1);
  }, 180_000);

  it('sanitises output names and skips symlinks that loop or leave the input folder', async () => {
    const odd = path.join(dir, 'odd');
    await mkdir(odd);
    await writeFile(path.join(odd, 'Báo cáo tháng 6 ..txt'), tinyReport(4));
    await writeFile(path.join(odd, '-rf.txt'), tinyReport(5));
    await writeFile(path.join(dir, 'secret.txt'), tinyReport(6));
    await symlink(path.join(dir, 'secret.txt'), path.join(odd, 'link.txt'));
    await symlink(odd, path.join(odd, 'again'));
    const run = await solieu(['ingest', '--json', '-j', '1', 'odd'], { cwd: dir });
    const events = ndjson(run.stdout);
    expect(statuses(events)).toEqual({
      'odd/-rf.txt': 'ok',
      'odd/Báo cáo tháng 6 ..txt': 'ok',
      'odd/again': 'skipped:symlink_loop',
      'odd/link.txt': 'skipped:outside_input',
    });
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([
      'bao-cao-thang-6.txt.json',
      'rf.txt.json',
      'solieu.json',
      'solieu.json.journal',
    ]);
  }, 180_000);

  it('refuses bad options and missing paths as usage errors (exit 2, message on stderr, nothing on stdout)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['reports', '--concurrency', '0'], /concurrency/],
      [['reports', '--no-such-option'], /unknown option/],
      [['missing-folder'], /no such file or folder: missing-folder/],
    ];
    const runs = await Promise.all(cases.map(([args]) => solieu(['ingest', ...args], { cwd: dir })));
    runs.forEach((run, i) => {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(cases[i]![1]);
    });
  }, 180_000);

  it('refuses an unreadable store with one line naming it (exit 2), for ingest and query alike', async () => {
    await writeFile(path.join(dir, 'broken.json'), '{"schemaVersion": 1, "documents": [');
    const [ingest, query] = await Promise.all([
      solieu(['ingest', 'reports', '--store', 'broken.json'], { cwd: dir }),
      solieu(['query', 'documents', '--store', 'broken.json'], { cwd: dir }),
    ]);
    for (const run of [ingest, query]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/broken\.json: invalid_output: the store .* is not a valid solieu store/);
    }
  }, 120_000);
});
