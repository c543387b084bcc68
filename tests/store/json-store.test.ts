import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SolieuError } from '../../src/errors/solieu-error.js';
import { removeOrphanTemps, writeFileDurable } from '../../src/store/atomic-write.js';
import { JsonReportStore } from '../../src/store/json-store.js';
import { openExistingStore } from '../../src/store/open.js';
import { collect } from '../../src/store/query.js';
import { documentRecord, failedRecord } from '../../src/store/records.js';
import { Catalogue } from '../../src/store/schema.js';
import { item, storeContract } from './contract.js';
import { makeDocument } from './make-document.js';

const run = promisify(execFile);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'solieu-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads the file the way any lowdb user would: explicit JSONFile, no presets. */
async function readRaw(file: string): Promise<unknown> {
  const db = new Low<unknown>(new JSONFile<unknown>(file), null);
  await db.read();
  return db.data;
}

storeContract('embedded (lowdb catalogue + per-document JSON)', () => ({
  open: () => Promise.resolve(new JsonReportStore(path.join(dir, 'store', 'solieu.json'))),
  reopen: () => Promise.resolve(new JsonReportStore(path.join(dir, 'store', 'solieu.json'))),
  outDir: () => path.join(dir, 'out'),
  exclusiveClaims: false,
}));

describe('JsonReportStore', () => {
  it('keeps only the catalogue in the lowdb file, readable by a plain JSONFile; rows stay in out/', async () => {
    const file = path.join(dir, 'nested', 'solieu.json');
    const store = new JsonReportStore(file);
    await store.commit([item('/r/a.txt')], path.join(dir, 'out'));
    // A commit appends to the journal; the catalogue takes it in when compacted.
    expect(Catalogue.parse(await readRaw(file)).documents).toEqual([]);
    expect((await readFile(`${file}.journal`, 'utf8')).split('\n')).toHaveLength(2);
    await store.compact();
    const raw = Catalogue.parse(await readRaw(file));
    expect(raw.documents.map((e) => e.document.name)).toEqual(['a.txt']);
    expect(raw.documents[0]!.keys).toEqual({ units: ['%', 'ho so'], agencies: ['so y te'], references: ['17/kh-ubnd'], rules: ['share-of-total'] });
    expect(Object.keys(raw)).toEqual(['schemaVersion', 'documents']);
    expect((await readdir(path.dirname(file))).sort()).toEqual(['solieu.json']);
    expect(await readdir(path.join(dir, 'out'))).toEqual(['a.txt.json']);
  });

  it('refuses a store file that fails validation, naming the file', async () => {
    const file = path.join(dir, 's.json');
    await writeFile(file, JSON.stringify({ schemaVersion: 2, documents: [{ document: { name: 'x' } }] }));
    const error = await collect(new JsonReportStore(file).query('documents', {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SolieuError);
    expect((error as SolieuError).code).toBe('invalid_output');
    expect((error as SolieuError).message).toContain(file);
    await writeFile(file, '{"schemaVersion": 2, "documents": [');
    expect(((await collect(new JsonReportStore(file).query('documents', {})).catch((e: unknown) => e)) as SolieuError).code).toBe('invalid_output');
  });

  it('migrates a version-1 store (every row inside) in place, keeping the old file, and tells', async () => {
    const file = path.join(dir, 's.json');
    const out = path.join(dir, 'out');
    await mkdir(out);
    const doc = makeDocument({ agency: 'Sở Tài chính', inconsistent: true });
    const output = path.join(out, 'a.txt.json');
    await writeFile(output, JSON.stringify(doc));
    const info = { name: 'a.txt', source: '/r/a.txt', output, sha256: 'b'.repeat(64), bytes: 1, generatorVersion: 't', options: 'o', ingestedAt: '2025-01-01T00:00:00.000Z', durationMs: 3 };
    const ok = documentRecord(doc, info);
    const bad = failedRecord({ ...info, name: 'b.pdf', source: '/r/b.pdf', output: null, sha256: 'c'.repeat(64) }, { code: 'invalid_pdf', message: 'x', suggestion: null });
    const v1 = { schemaVersion: 1, documents: [ok.document, bad.document], facts: ok.facts, findings: ok.findings, references: ok.references, agencies: ok.agencies };
    await writeFile(file, JSON.stringify(v1));
    const told: string[] = [];
    const store = await openExistingStore(file, { notify: (m) => told.push(m) });
    expect((await collect(store.query('documents', {}))).map((d) => d.name)).toEqual(['a.txt', 'b.pdf']);
    expect(await collect(store.query('facts', { agency: 'tai chinh' }))).toEqual(ok.facts);
    expect(told).toEqual([expect.stringContaining('migrated the store')]);
    expect(JSON.parse(await readFile(`${file}.v1`, 'utf8'))).toEqual(v1);
    expect(Catalogue.parse(await readRaw(file)).documents[0]!.keys.agencies).toEqual(['so tai chinh']);
  });

  it('appends commits to a journal another process reads as it grows, ignores a torn last line, and compacts', async () => {
    const file = path.join(dir, 's.json');
    const out = path.join(dir, 'out');
    const writer = new JsonReportStore(file);
    const reader = new JsonReportStore(file);
    await writer.commit([item('/r/a.txt')], out);
    expect((await collect(reader.query('documents', {}))).map((d) => d.name)).toEqual(['a.txt']);
    await writer.commit([item('/r/b.txt'), item('/r/a.txt', { failed: true })], out);
    expect((await collect(reader.query('documents', {}))).map((d) => [d.name, d.status])).toEqual([['a.txt', 'failed'], ['b.txt', 'ok']]);
    // A writer killed mid-line leaves a torn tail: readers skip it, the next commit cuts it.
    await writeFile(`${file}.journal`, '{"put":{"document":{"na', { flag: 'a' });
    expect(await collect(new JsonReportStore(file).query('documents', {}))).toHaveLength(2);
    await new JsonReportStore(file).commit([item('/r/c.txt')], out);
    expect((await collect(reader.query('documents', {}))).map((d) => d.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    await reader.compact();
    await expect(readFile(`${file}.journal`)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await collect(writer.query('documents', {}))).map((d) => d.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(Catalogue.parse(await readRaw(file)).documents.map((e) => e.document.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('refuses a missing store for reading with store_not_found', async () => {
    await expect(openExistingStore(path.join(dir, 'missing.json'))).rejects.toMatchObject({ code: 'store_not_found' });
  });

  it('never writes invalid data and leaves the previous file intact', async () => {
    const file = path.join(dir, 's.json');
    const store = new JsonReportStore(file);
    await store.commit([item('/r/a.txt')], dir);
    const before = await readFile(file, 'utf8');
    const broken = item('/r/b.txt');
    const error = await store.commit([{ ...broken, info: { ...broken.info, sha256: 'not a hash' } }], dir).catch((e: unknown) => e);
    expect((error as SolieuError).code).toBe('invalid_output');
    expect(await readFile(file, 'utf8')).toBe(before);
    // The lock was released despite the failure.
    await store.commit([item('/r/c.txt')], dir);
    expect((await collect(store.query('documents', {}))).map((d) => d.name)).toEqual(['a.txt', 'c.txt']);
  });

  it('takes over a lock left by a dead process once it is stale', async () => {
    const file = path.join(dir, 's.json');
    await mkdir(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    const store = new JsonReportStore(file, { staleMs: 2_000 });
    await store.commit([item('/r/a.txt')], dir);
    expect(await collect(store.query('documents', {}))).toHaveLength(1);
  });

  it('gives up with store_locked when a live lock is held past the wait', async () => {
    const file = path.join(dir, 's.json');
    await mkdir(`${file}.lock`);
    const store = new JsonReportStore(file, { staleMs: 60_000, waitMs: 300 });
    const error = await store.commit([item('/r/a.txt')], dir).catch((e: unknown) => e);
    expect((error as SolieuError).code).toBe('store_locked');
  });

  it('keeps every document when several processes write at once', async () => {
    const file = path.join(dir, 'shared.json');
    const script = path.resolve('tests/store/fixtures/add-documents.ts');
    await Promise.all(['p', 'q', 'r', 's'].map((prefix) => run(process.execPath, ['--import', 'tsx', script, file, prefix, '5', dir])));
    await new JsonReportStore(file).compact();
    const data = Catalogue.parse(await readRaw(file));
    expect(data.documents).toHaveLength(20);
    expect(new Set(data.documents.map((e) => e.document.name)).size).toBe(20);
    expect(await collect(new JsonReportStore(file).query('facts', {}))).toHaveLength(40);
  }, 60_000);
});

describe('durable writes', () => {
  it('replaces the target and leaves no temp file', async () => {
    const target = path.join(dir, 'x.json');
    await writeFileDurable(target, 'one');
    await writeFileDurable(target, 'two');
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['x.json']);
  });

  it('writes streamed chunks', async () => {
    const target = path.join(dir, 'y.txt');
    await writeFileDurable(target, (async function* () { yield 'a'; yield 'b'; })());
    expect(await readFile(target, 'utf8')).toBe('ab');
  });

  it('removes orphan temp files of dead writers only', async () => {
    // pid 2^22+1 is above Linux's pid_max default range, so no such process runs.
    await writeFile(path.join(dir, `.x.json.tmp-${2 ** 22 + 1}-abcd`), 'half');
    await writeFile(path.join(dir, `.x.json.tmp-${process.pid}-abcd`), 'mine, still writing');
    await writeFile(path.join(dir, 'x.json'), 'data');
    expect(await removeOrphanTemps(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([`.x.json.tmp-${process.pid}-abcd`, 'x.json']);
  });
});
