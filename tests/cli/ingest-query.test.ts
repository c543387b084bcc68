import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/store/rows.js';
import { ndjson, readOutputs, readStore, repoRoot, solieu, tempDir, tinyReport } from './ingest-helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('query');
  await copyFile(path.join(repoRoot, 'corpus/kien-giang-6-thang-2022.txt'), path.join(dir, 'kien-giang.txt'));
  await writeFile(path.join(dir, 'thu-nghiem.txt'), tinyReport(7));
  const run = await solieu(['ingest', '.', '--json', '-j', '1'], { cwd: dir });
  expect(ndjson(run.stdout).at(-1)).toMatchObject({ event: 'summary', failed: 0, processed: 2 });
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const json = async <T>(args: string[]): Promise<T> => {
  const run = await solieu(args, { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
};

describe('query, export and schema over a real ingest', () => {
  it('validates every per-document JSON against the published schema with ajv', async () => {
    const schema = JSON.parse(await readFile(path.join(repoRoot, 'schemas/report-document.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const outputs = await readOutputs(path.join(dir, 'out'));
    expect(outputs.size).toBe(2);
    for (const [name, doc] of outputs) expect(validate(doc), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    // `solieu schema` prints the same file.
    const printed = await solieu(['schema', 'report-document'], { cwd: dir });
    expect(JSON.parse(printed.stdout)).toEqual(schema);
    expect((await json<string[]>(['schema', '--json'])).includes('report-document')).toBe(true);
    expect((await solieu(['schema', 'nope'], { cwd: dir })).code).toBe(2);
  }, 180_000);

  it('answers the same questions as the store holds, filtered', async () => {
    const store = await readStore(path.join(dir, 'out/solieu.json'));
    const [docs, byAgency, table] = await Promise.all([
      json<Array<{ name: string }>>(['query', 'documents', '--json']),
      // Our own report: `Sở Y tế đã tiếp nhận 207 hồ sơ, trong đó trễ hạn 17 hồ sơ.`
      json<Array<{ raw: string; agency: string }>>([
        'query',
        'facts',
        '--agency',
        'sở y tế',
        '--unit',
        'hồ sơ',
        '--document',
        'thu-nghiem',
        '--json',
      ]),
      solieu(['query', 'findings', '--status', 'inconsistent'], { cwd: dir }),
    ]);
    expect(docs.map((d) => d.name)).toEqual(['kien-giang.txt', 'thu-nghiem.txt']);
    expect(byAgency.map((f) => f.raw)).toEqual(['207 hồ sơ', '17 hồ sơ']);
    expect(new Set(byAgency.map((f) => f.agency))).toEqual(new Set(['Sở Y tế']));
    expect(table.code).toBe(0);
    // Counted from the per-document JSON the catalogue points to.
    const outputs = await readOutputs(path.join(dir, 'out'));
    const rows = [...outputs.values()].flatMap((d) => d.findings).filter((f) => f.status === 'inconsistent');
    expect(store.documents.reduce((n, d) => n + d.counts.findings.inconsistent, 0)).toBe(rows.length);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^document +page +rule +status +message$/);
    expect(lines.at(-1)).toBe(`${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`);
    expect(lines).toHaveLength(rows.length + 3);
  }, 180_000);

  it('exports CSV with a BOM and the stable columns, and JSONL with one row per line', async () => {
    const csv = await solieu(['export', '--format', 'csv', '--what', 'facts', '-o', 'facts.csv'], { cwd: dir });
    expect(csv.code).toBe(0);
    const text = await readFile(path.join(dir, 'facts.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(COLUMNS.facts.join(','));
    const store = await readStore(path.join(dir, 'out/solieu.json'));
    const jsonl = await solieu(['export', '--what', 'documents', '--document', '.txt'], { cwd: dir });
    const lines = jsonl.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.document)).toEqual(['kien-giang.txt', 'thu-nghiem.txt']);
    expect(lines.map((l) => l.facts)).toEqual(
      ['kien-giang.txt', 'thu-nghiem.txt'].map((n) => store.documents.find((d) => d.name === n)!.counts.facts),
    );
  }, 180_000);

  it('refuses a missing store with store_not_found, and folds marks and case in text filters', async () => {
    const missing = await solieu(['query', 'facts', '--store', path.join(dir, 'missing.json')], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/store_not_found: there is no store at .*missing\.json/);
    const viaEnv = await solieu(['export', '--what', 'documents'], { cwd: dir, env: { SOLIEU_STORE: path.join(dir, 'nope.json') } });
    expect(viaEnv.code).toBe(2);
    expect(viaEnv.stderr).toContain('store_not_found');
    const plain = await json<Array<{ raw: string }>>([
      'query',
      'facts',
      '--agency',
      'SO Y TE',
      '--unit',
      'ho so',
      '--document',
      'thu-nghiem',
      '--json',
    ]);
    expect(plain.map((f) => f.raw)).toEqual(['207 hồ sơ', '17 hồ sơ']);
    const limited = await json<unknown[]>(['query', 'facts', '--limit', '3', '--json']);
    expect(limited).toHaveLength(3);
  }, 180_000);
});
