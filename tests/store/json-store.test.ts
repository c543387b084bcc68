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
import { documentRecord, failedRecord, upsertRecords, type RecordInfo } from '../../src/store/records.js';
import { StoreData } from '../../src/store/schema.js';
import { makeDocument } from './make-document.js';

const run = promisify(execFile);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'solieu-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const info = (name: string): RecordInfo => ({
  name,
  source: `/reports/${name}`,
  output: null,
  sha256: 'b'.repeat(64),
  bytes: 1,
  generatorVersion: 'test',
  options: 'o',
  ingestedAt: '2025-01-01T00:00:00.000Z',
  durationMs: 3,
});

/** Reads the file the way any lowdb user would: explicit JSONFile, no presets. */
async function readRaw(file: string): Promise<unknown> {
  const db = new Low<unknown>(new JSONFile<unknown>(file), null);
  await db.read();
  return db.data;
}

describe('JsonReportStore', () => {
  it('persists a transaction, readable by a plain lowdb JSONFile and valid against the schema', async () => {
    const file = path.join(dir, 'nested', 'solieu.json');
    const store = new JsonReportStore(file);
    expect((await store.load()).documents).toEqual([]);
    await store.transact((data) => upsertRecords(data, [documentRecord(makeDocument(), info('a.txt'))]));
    const raw = StoreData.parse(await readRaw(file));
    expect(raw.documents.map((d) => d.name)).toEqual(['a.txt']);
    expect(raw.facts).toHaveLength(2);
    expect(raw.facts[0]).toMatchObject({ document: 'a.txt', raw: '728 hồ sơ', agency: 'Sở Y tế', unit: 'hồ sơ', page: 1 });
    expect((await readdir(path.dirname(file))).sort()).toEqual(['solieu.json']);
  });

  it('replaces a document’s rows instead of duplicating them', async () => {
    const store = new JsonReportStore(path.join(dir, 's.json'));
    await store.transact((data) => upsertRecords(data, [documentRecord(makeDocument(), info('a.txt'))]));
    await store.transact((data) => upsertRecords(data, [failedRecord(info('a.txt'), { code: 'invalid_pdf', message: 'bad', suggestion: null })]));
    const data = await store.load();
    expect(data.documents).toHaveLength(1);
    expect(data.documents[0]).toMatchObject({ status: 'failed', error: { code: 'invalid_pdf' } });
    expect(data.facts).toEqual([]);
    expect(data.findings).toEqual([]);
  });

  it('refuses a store file that fails validation, naming the file', async () => {
    const file = path.join(dir, 's.json');
    await writeFile(file, JSON.stringify({ schemaVersion: 1, documents: [{ name: 'x' }] }));
    const error = await new JsonReportStore(file).load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SolieuError);
    expect((error as SolieuError).code).toBe('invalid_output');
    expect((error as SolieuError).message).toContain(file);
    await writeFile(file, '{"schemaVersion": 1, "documents": [');
    expect(((await new JsonReportStore(file).load().catch((e: unknown) => e)) as SolieuError).code).toBe('invalid_output');
  });

  it('never writes invalid data and leaves the previous file intact', async () => {
    const file = path.join(dir, 's.json');
    const store = new JsonReportStore(file);
    await store.transact((data) => upsertRecords(data, [documentRecord(makeDocument(), info('a.txt'))]));
    const before = await readFile(file, 'utf8');
    const error = await store
      .transact((data) => {
        data.documents[0] = { ...data.documents[0]!, sha256: 'not a hash' };
      })
      .catch((e: unknown) => e);
    expect((error as SolieuError).code).toBe('invalid_output');
    expect(await readFile(file, 'utf8')).toBe(before);
    // Stored rows are frozen: changing one in place cannot slip past validation.
    const inPlace = await store
      .transact((data) => {
        (data.documents[0] as { sha256: string }).sha256 = 'not a hash';
      })
      .catch((e: unknown) => e);
    expect(inPlace).toBeInstanceOf(TypeError);
    expect(await readFile(file, 'utf8')).toBe(before);
    // The lock was released despite the failure.
    await store.transact(() => undefined);
  });

  it('reuses its own last write but sees another process’s write', async () => {
    const file = path.join(dir, 's.json');
    const mine = new JsonReportStore(file);
    const other = new JsonReportStore(file);
    await mine.transact((data) => upsertRecords(data, [documentRecord(makeDocument(), info('a.txt'))]));
    await other.transact((data) => upsertRecords(data, [documentRecord(makeDocument(), info('b.txt'))]));
    await mine.transact((data) => upsertRecords(data, [documentRecord(makeDocument(), info('c.txt'))]));
    expect((await mine.load()).documents.map((d) => d.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const raw = StoreData.parse(await readRaw(file));
    expect(raw.documents.map((d) => d.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(raw.facts).toHaveLength(6);
  });

  it('takes over a lock left by a dead process once it is stale', async () => {
    const file = path.join(dir, 's.json');
    await mkdir(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    const store = new JsonReportStore(file, { staleMs: 2_000 });
    await store.transact((data) => upsertRecords(data, [documentRecord(makeDocument(), info('a.txt'))]));
    expect((await store.load()).documents).toHaveLength(1);
  });

  it('gives up with store_locked when a live lock is held past the wait', async () => {
    const file = path.join(dir, 's.json');
    await mkdir(`${file}.lock`);
    const store = new JsonReportStore(file, { staleMs: 60_000, waitMs: 300 });
    const error = await store.transact(() => undefined).catch((e: unknown) => e);
    expect((error as SolieuError).code).toBe('store_locked');
  });

  it('keeps every document when several processes write at once', async () => {
    const file = path.join(dir, 'shared.json');
    const script = path.resolve('tests/store/fixtures/add-documents.ts');
    await Promise.all(
      ['p', 'q', 'r', 's'].map((prefix) => run(process.execPath, ['--import', 'tsx', script, file, prefix, '5'])),
    );
    const data = StoreData.parse(await readRaw(file));
    expect(data.documents).toHaveLength(20);
    expect(data.facts).toHaveLength(40);
    expect(new Set(data.documents.map((d) => d.name)).size).toBe(20);
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

  it('removes orphan temp files of dead writers only', async () => {
    // pid 2^22+1 is above Linux's pid_max default range, so no such process runs.
    await writeFile(path.join(dir, `.x.json.tmp-${2 ** 22 + 1}-abcd`), 'half');
    await writeFile(path.join(dir, `.x.json.tmp-${process.pid}-abcd`), 'mine, still writing');
    await writeFile(path.join(dir, 'x.json'), 'data');
    expect(await removeOrphanTemps(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([`.x.json.tmp-${process.pid}-abcd`, 'x.json']);
  });
});
