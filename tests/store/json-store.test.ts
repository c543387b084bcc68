import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
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
import { lookupName, nameIndexFresh } from '../../src/store/name-index.js';
import { hasEntryShape } from '../../src/store/validated-json-file.js';
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
    expect(raw.documents[0]!.keys).toEqual({
      units: ['%', 'ho so'],
      agencies: ['so y te'],
      references: ['17/kh-ubnd'],
      rules: ['share-of-total'],
    });
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
    expect(((await collect(new JsonReportStore(file).query('documents', {})).catch((e: unknown) => e)) as SolieuError).code).toBe(
      'invalid_output',
    );
  });

  it('migrates a version-1 store (every row inside) in place, keeping the old file, and tells', async () => {
    const file = path.join(dir, 's.json');
    const out = path.join(dir, 'out');
    await mkdir(out);
    const doc = makeDocument({ agency: 'Sở Tài chính', inconsistent: true });
    const output = path.join(out, 'a.txt.json');
    await writeFile(output, JSON.stringify(doc));
    const info = {
      name: 'a.txt',
      source: '/r/a.txt',
      output,
      sha256: 'b'.repeat(64),
      bytes: 1,
      generatorVersion: 't',
      options: 'o',
      ingestedAt: '2025-01-01T00:00:00.000Z',
      durationMs: 3,
    };
    const ok = documentRecord(doc, info);
    const bad = failedRecord(
      { ...info, name: 'b.pdf', source: '/r/b.pdf', output: null, sha256: 'c'.repeat(64) },
      { code: 'invalid_pdf', message: 'x', suggestion: null },
    );
    const v1 = {
      schemaVersion: 1,
      documents: [ok.document, bad.document],
      facts: ok.facts,
      findings: ok.findings,
      references: ok.references,
      agencies: ok.agencies,
    };
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
    expect((await collect(reader.query('documents', {}))).map((d) => [d.name, d.status])).toEqual([
      ['a.txt', 'failed'],
      ['b.txt', 'ok'],
    ]);
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

  it('lets the lanes of one ingest read the journal at once while commits land (shared offset)', async () => {
    const file = path.join(dir, 's.json');
    const out = path.join(dir, 'out');
    const writer = new JsonReportStore(file);
    for (let i = 0; i < 5; i++) await writer.commit([item(`/r/${i}.txt`)], out);
    // A fresh store whose lanes all ask at once, with commits of its own in between: every read
    // replays the journal from one shared offset, and none may read past the end or twice.
    const store = new JsonReportStore(file);
    const asks = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 2
        ? store.commit([item(`/r/new-${i}.txt`)], out).then(() => null)
        : store.previous(item(`/r/${i % 5}.txt`).info.sha256, `/r/${i % 5}.txt`),
    );
    const answers = await Promise.all(asks);
    expect(answers.filter((a) => a !== null).every((a) => a!.status === 'ok')).toBe(true);
    expect(answers.filter((a) => a !== null)).toHaveLength(40);
    expect(await collect(new JsonReportStore(file).query('documents', {}))).toHaveLength(25);
    expect(await collect(store.query('documents', {}))).toHaveLength(25);
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

describe('name index (query --document <name> without the whole catalogue)', () => {
  const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
  async function indexed(file: string, out: string): Promise<void> {
    await new JsonReportStore(file, { indexMinEntries: 3 }).commit(
      names.map((n) => item(`/r/${n}`)),
      out,
    );
    await new JsonReportStore(file, { indexMinEntries: 3 }).compact();
  }
  const factsOf = async (file: string, document: string): Promise<unknown[]> =>
    collect(new JsonReportStore(file, { indexMinEntries: 3 }).query('facts', { document }));

  it('finds each entry in the catalogue and says when a name is absent', async () => {
    const file = path.join(dir, 's.json');
    await indexed(file, path.join(dir, 'out'));
    expect(await nameIndexFresh(file)).toBe(true);
    for (const name of names) {
      const answer = await lookupName(file, name, hasEntryShape);
      expect((answer?.found as { document: { name: string } } | null)?.document.name).toBe(name);
    }
    expect((await lookupName(file, 'b.tx', hasEntryShape))?.found).toBeNull();
    // Small catalogues have none: parsing them is cheaper than keeping it.
    const small = path.join(dir, 'small.json');
    await new JsonReportStore(small).commit([item('/r/a.txt')], path.join(dir, 'out2'));
    await new JsonReportStore(small).compact();
    expect(await lookupName(small, 'a.txt', hasEntryShape)).toBeNull();
  });

  it('answers as the whole catalogue does, journal included (replaced, removed, added names)', async () => {
    const file = path.join(dir, 's.json');
    const out = path.join(dir, 'out');
    await indexed(file, out);
    const facts = await factsOf(file, 'b.txt');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => (f as { document: string }).document === 'b.txt')).toBe(true);
    // Journal lines after the indexed catalogue: b fails now, f is new; neither is in the index.
    await new JsonReportStore(file, { indexMinEntries: 3 }).commit([item('/r/b.txt', { failed: true }), item('/r/f.txt')], out);
    expect(await factsOf(file, 'b.txt')).toEqual([]);
    expect(await collect(new JsonReportStore(file, { indexMinEntries: 3 }).query('documents', { document: 'b.txt' }))).toMatchObject([
      { name: 'b.txt', status: 'failed' },
    ]);
    expect((await factsOf(file, 'f.txt')).length).toBe(facts.length);
    // A part of a name is no exact name: every document containing it, as before.
    expect(
      (await collect(new JsonReportStore(file, { indexMinEntries: 3 }).query('documents', { document: '.txt' }))).map((d) => d.name),
    ).toEqual([...names, 'f.txt']);
    // Proof that the exact name reads neither the catalogue nor the other journal lines: a bad line
    // elsewhere in the journal fails a full read, not the lookup.
    await writeFile(`${file}.journal`, 'not json\n', { flag: 'a' });
    expect(await factsOf(file, 'f.txt')).toHaveLength(facts.length);
    await expect(collect(new JsonReportStore(file, { indexMinEntries: 3 }).query('documents', { document: '.txt' }))).rejects.toMatchObject(
      { code: 'invalid_output' },
    );
  });

  it('leaves a fresh index alone: commits append to the journal, they do not fold', async () => {
    const file = path.join(dir, 's.json');
    const out = path.join(dir, 'out');
    await indexed(file, out);
    const before = (await stat(file)).ino;
    for (const n of ['f', 'g', 'h']) await new JsonReportStore(file, { indexMinEntries: 3 }).commit([item(`/r/${n}.txt`)], out);
    expect((await stat(file)).ino).toBe(before);
    expect(await nameIndexFresh(file)).toBe(true);
  });

  it('never trusts a stale, torn or wrong index, and the next commit writes it again', async () => {
    const file = path.join(dir, 's.json');
    const out = path.join(dir, 'out');
    await indexed(file, out);
    const expected = await factsOf(file, 'c.txt');
    const old = await readFile(`${file}.index`);
    // Stale: the catalogue was rewritten and the process died before writing its index.
    await new JsonReportStore(file, { indexMinEntries: 3 }).commit([item('/r/c.txt', { failed: true })], out);
    await new JsonReportStore(file, { indexMinEntries: 3 }).compact();
    await writeFile(`${file}.index`, old);
    expect(await nameIndexFresh(file)).toBe(false);
    expect(await lookupName(file, 'c.txt', hasEntryShape)).toBeNull();
    expect(await factsOf(file, 'c.txt')).toEqual([]);
    // Torn (cut short), then pointing at the wrong bytes: the catalogue is read instead.
    const fresh = async (): Promise<Buffer> => {
      await new JsonReportStore(file, { indexMinEntries: 3 }).commit([item('/r/c.txt')], out);
      await new JsonReportStore(file, { indexMinEntries: 3 }).compact();
      return readFile(`${file}.index`);
    };
    let index = await fresh();
    await writeFile(`${file}.index`, index.subarray(0, index.length - 10));
    expect(await lookupName(file, 'c.txt', hasEntryShape)).toBeNull();
    expect(await factsOf(file, 'c.txt')).toEqual(expected);
    index = await fresh();
    for (let at = 64 + 8; at + 8 <= index.length; at += 24)
      if (index.readUInt32BE(at + 8) > 0) index.writeBigUInt64BE(index.readBigUInt64BE(at) + 7n, at);
    await writeFile(`${file}.index`, index);
    expect(await lookupName(file, 'c.txt', hasEntryShape)).toBeNull();
    expect(await factsOf(file, 'c.txt')).toEqual(expected);
    // A commit notices the index does not describe the catalogue and rewrites both.
    await writeFile(`${file}.index`, old);
    await new JsonReportStore(file, { indexMinEntries: 3 }).commit([item('/r/g.txt')], out);
    expect(await nameIndexFresh(file)).toBe(true);
    expect(await factsOf(file, 'c.txt')).toEqual(expected);
  });
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
    await writeFileDurable(
      target,
      (async function* () {
        yield 'a';
        yield 'b';
      })(),
    );
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
