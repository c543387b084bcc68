import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, type QueryFilters, type QueryTarget } from '../../src/store/query.js';
import { documentRecord } from '../../src/store/records.js';
import type { CommitItem, ReportStore } from '../../src/store/report-store.js';
import { makeDocument } from './make-document.js';

export interface StoreFixture {
  /** A fresh, empty store. */
  open(): Promise<ReportStore>;
  /** Another handle on the same store (another process would hold one). */
  reopen(): Promise<ReportStore>;
  outDir: () => string;
  /** Whether a claim excludes other handles (PostgreSQL); the embedded store dedupes at commit instead. */
  exclusiveClaims: boolean;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

export function item(
  source: string,
  options: { agency?: string; inconsistent?: boolean; content?: string; failed?: boolean } = {},
): CommitItem {
  const info = {
    source,
    sha256: sha(options.content ?? source),
    bytes: 10,
    generatorVersion: 'test',
    options: 'o',
    ingestedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 3,
  };
  if (options.failed) return { info, result: { ok: false, error: { code: 'invalid_pdf', message: 'truncated', suggestion: null } } };
  const document = makeDocument({
    name: source.split('/').at(-1)!,
    ...(options.agency ? { agency: options.agency } : {}),
    ...(options.inconsistent ? { inconsistent: true } : {}),
  });
  return { info, result: { ok: true, document } };
}

const rows = <T extends QueryTarget>(store: ReportStore, target: T, filters: QueryFilters = {}) => collect(store.query(target, filters));

/** One behaviour, two backends: every ReportStore passes these. */
export function storeContract(name: string, fixture: () => StoreFixture | null): void {
  describe(`ReportStore contract: ${name}`, () => {
    let f: StoreFixture;
    let store: ReportStore;
    const opened: ReportStore[] = [];
    beforeEach(async (context) => {
      const made = fixture();
      if (made === null) return context.skip();
      f = made;
      store = await f.open();
      opened.push(store);
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    const sample = async (): Promise<void> => {
      await store.prepare();
      await store.commit(
        [
          item('/data/báo cáo/y-te.txt', { agency: 'Sở Y tế' }),
          item('/data/báo cáo/tu-phap.pdf', { agency: 'Sở Tư pháp', inconsistent: true }),
          item('/data/kien-hai.docx', { agency: 'Ủy ban nhân dân huyện Kiên Hải' }),
          item('/data/hong.pdf', { failed: true }),
        ],
        f.outDir(),
      );
    };

    it('does not exist until prepared, then reads empty', async () => {
      expect(await store.exists()).toBe(false);
      await store.prepare();
      expect(await store.exists()).toBe(true);
      expect(await rows(store, 'documents')).toEqual([]);
    });

    it('stores documents with their rows, in name order, and reads each document back whole', async () => {
      await sample();
      const docs = await rows(store, 'documents');
      expect(docs.map((d) => d.name)).toEqual(['hong.pdf', 'kien-hai.docx', 'tu-phap.pdf', 'y-te.txt']);
      expect(docs.find((d) => d.name === 'hong.pdf')).toMatchObject({ status: 'failed', output: null, error: { code: 'invalid_pdf' } });
      const tuPhap = docs.find((d) => d.name === 'tu-phap.pdf')!;
      expect(tuPhap.status).toBe('inconsistent');
      const doc = await store.readDocument(tuPhap);
      expect(doc.agencies[0]?.name).toBe('Sở Tư pháp');
      // The rows are exactly what the record of that document holds.
      const expected = documentRecord(doc, { ...tuPhap });
      expect(await rows(store, 'facts', { document: 'tu-phap.pdf' })).toEqual(expected.facts);
      expect(await rows(store, 'findings', { document: 'tu-phap.pdf' })).toEqual(expected.findings);
      expect(await rows(store, 'references', { document: 'tu-phap.pdf' })).toEqual(expected.references);
      expect(await rows(store, 'agencies', { document: 'tu-phap.pdf' })).toEqual(expected.agencies);
      // A second handle (another process) sees the same.
      const other = await f.reopen();
      opened.push(other);
      expect((await rows(other, 'documents')).map((d) => d.name)).toEqual(docs.map((d) => d.name));
    });

    it('filters as query does: marks and case folded, parts of names, statuses, numbers, pages', async () => {
      await sample();
      const facts = await rows(store, 'facts', { agency: 'so tu phap', unit: 'HO SO' });
      expect(facts.map((r) => [r.document, r.raw])).toEqual([['tu-phap.pdf', '728 hồ sơ']]);
      expect((await rows(store, 'facts', { agency: 'kiên hải' })).map((r) => r.document)).toEqual(['kien-hai.docx', 'kien-hai.docx']);
      expect((await rows(store, 'facts', { unit: '%', kind: 'percent' })).map((r) => r.document)).toEqual([
        'kien-hai.docx',
        'tu-phap.pdf',
        'y-te.txt',
      ]);
      expect(await rows(store, 'facts', { unit: 'tỷ đồng' })).toEqual([]);
      expect((await rows(store, 'findings', { status: 'inconsistent' })).map((r) => r.document)).toEqual(['tu-phap.pdf']);
      expect((await rows(store, 'findings', { rule: 'share-of-total' })).length).toBe(3);
      expect((await rows(store, 'documents', { status: 'failed' })).map((d) => d.name)).toEqual(['hong.pdf']);
      // A part of a name or of the source path; an exact name wins over parts.
      expect((await rows(store, 'documents', { document: 'bao cao' })).map((d) => d.name)).toEqual(['tu-phap.pdf', 'y-te.txt']);
      expect((await rows(store, 'facts', { document: 'y-te.txt', page: 1 })).length).toBe(2);
      expect(await rows(store, 'facts', { page: 2 })).toEqual([]);
      expect((await rows(store, 'references', { number: '17 / kh-ubnd' })).length).toBe(3);
      expect((await rows(store, 'documents', { number: '12/bc-ubnd' })).length).toBe(3);
      expect((await rows(store, 'agencies', { agency: 'y te', kind: 'department' })).map((r) => r.name)).toEqual(['Sở Y tế']);
    });

    it('keeps one record per content and per source: a re-commit replaces, a changed file replaces its old record', async () => {
      await store.prepare();
      await store.commit([item('/a/one.txt')], f.outDir());
      await store.commit([item('/a/one.txt', { failed: true })], f.outDir());
      let docs = await rows(store, 'documents');
      expect(docs).toHaveLength(1);
      expect(docs[0]).toMatchObject({ name: 'one.txt', status: 'failed' });
      expect(await rows(store, 'facts')).toEqual([]);
      // The same content found at another path: still one document.
      await store.commit([item('/b/copy.txt', { content: '/a/one.txt' })], f.outDir());
      docs = await rows(store, 'documents');
      expect(docs.map((d) => [d.name, d.source, d.status])).toEqual([['one.txt', '/b/copy.txt', 'ok']]);
      // The file at /b/copy.txt changed: its record is replaced, the name kept.
      await store.commit([item('/b/copy.txt', { content: 'new bytes' })], f.outDir());
      docs = await rows(store, 'documents');
      expect(docs.map((d) => [d.name, d.sha256])).toEqual([['one.txt', sha('new bytes')]]);
      expect(await store.previous(sha('new bytes'), '/elsewhere')).toMatchObject({ name: 'one.txt' });
      expect(await store.previous(sha('unknown'), '/b/copy.txt')).toMatchObject({ name: 'one.txt' });
      expect(await store.previous(sha('unknown'), '/nowhere')).toBeNull();
    });

    it('gives two files with one base name two names', async () => {
      await store.prepare();
      await store.commit([item('/x/bao-cao.txt')], f.outDir());
      await store.commit([item('/y/bao-cao.txt')], f.outDir());
      const names = (await rows(store, 'documents')).map((d) => d.name);
      expect(names).toHaveLength(2);
      expect(names).toContain('bao-cao.txt');
      expect(names.find((n) => n !== 'bao-cao.txt')).toMatch(/^bao-cao\.txt-[0-9a-f]{8}$/);
    });

    it('stops streaming when the reader stops, and reads on afterwards', async () => {
      await sample();
      for await (const row of store.query('facts', {})) {
        expect(row.document).toBe('kien-hai.docx');
        break;
      }
      expect((await rows(store, 'facts')).length).toBe(6);
    });

    it('claims a content for one holder at a time when claims are exclusive', async () => {
      await store.prepare();
      const release = await store.claim(sha('c'), false);
      expect(release).not.toBeNull();
      const other = await f.reopen();
      opened.push(other);
      const second = await other.claim(sha('c'), false);
      if (!f.exclusiveClaims) {
        expect(second).not.toBeNull();
        return;
      }
      expect(second).toBeNull();
      const waiting = other.claim(sha('c'), true);
      await release!();
      const granted = await waiting;
      expect(granted).not.toBeNull();
      await granted!();
    });
  });
}
