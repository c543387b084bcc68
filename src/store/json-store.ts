import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { lock } from 'proper-lockfile';
import { SolieuError } from '../errors/index.js';
import { ReportDocument } from '../model/index.js';
import { removeOrphanTemps, writeFileDurable } from './atomic-write.js';
import { claimName, outputPath } from './names.js';
import { documentMatches, documentSelector, mayHoldRows, rowMatches, sortEntries, type QueryFilters, type QueryRow, type QueryTarget, type RowTarget } from './query.js';
import { documentKeys, documentRecord, failedRecord, type DocumentRecord, type RecordInfo } from './records.js';
import type { CommitItem, Committed, Release, ReportStore } from './report-store.js';
import { emptyCatalogue, LegacyStoreData, type Catalogue, type StoredDocument } from './schema.js';
import { corrupt, LegacyStoreFile, summarizeIssues, ValidatedJsonFile } from './validated-json-file.js';

export interface JsonStoreOptions {
  /** A lock older than this (ms without a heartbeat) belongs to a dead process and is taken over. */
  staleMs?: number;
  /** How long to keep retrying a held lock before giving up (ms). */
  waitMs?: number;
  /** Told when something a user should know happened (a version-1 store was migrated). */
  notify?: (message: string) => void;
}

/** Identifies one version of the file: every write is a rename, so a new version has a new inode. */
type Stamp = string;
const stampOf = async (file: string): Promise<Stamp | null> =>
  stat(file).then(
    (s) => `${s.ino}:${s.size}:${s.mtimeMs}`,
    () => null,
  );

interface Loaded {
  stamp: Stamp | null;
  data: Catalogue;
  bySha: Map<string, StoredDocument>;
  bySource: Map<string, StoredDocument>;
}

const infoOf = (d: StoredDocument): RecordInfo => ({
  name: d.name,
  source: d.source,
  output: d.output,
  sha256: d.sha256,
  bytes: d.bytes,
  generatorVersion: d.generatorVersion,
  options: d.options,
  ingestedAt: d.ingestedAt,
  durationMs: d.durationMs,
});

/**
 * The embedded store. The lowdb file holds only the catalogue (documents, hashes, status, counts,
 * filter keys: about 1 kB a document); a document's facts, findings, references and agencies are
 * read from its `<out>/<name>.json` when a query needs them. Writers from any number of processes
 * take turns through a lock directory (`<file>.lock`, proper-lockfile: heartbeat, stale takeover);
 * readers need no lock because every write is an atomic rename. A version-1 file (every row inside)
 * is migrated in place on first use, its original kept beside it as `<file>.v1`.
 */
export class JsonReportStore implements ReportStore {
  readonly location: string;
  readonly ownFiles: readonly string[];
  readonly needsOutputFiles = true;
  readonly #staleMs: number;
  readonly #waitMs: number;
  readonly #notify: (message: string) => void;
  readonly #db: Low<Catalogue>;
  #current: Loaded | null = null;

  constructor(file: string, options: JsonStoreOptions = {}) {
    this.location = path.resolve(file);
    this.ownFiles = [this.location, `${this.location}.lock`, `${this.location}.v1`];
    this.#staleMs = Math.max(options.staleMs ?? 5_000, 2_000);
    this.#waitMs = options.waitMs ?? 60_000;
    this.#notify = options.notify ?? (() => undefined);
    // Explicit adapter, never lowdb's presets: those switch to memory when NODE_ENV=test.
    this.#db = new Low<Catalogue>(new ValidatedJsonFile(this.location), emptyCatalogue());
  }

  async exists(): Promise<boolean> {
    return (await stampOf(this.location)) !== null;
  }

  async prepare(): Promise<void> {
    await mkdir(path.dirname(this.location), { recursive: true });
    await removeOrphanTemps(path.dirname(this.location));
    // An ingest that found nothing still leaves a store, so that query finds it empty, not missing.
    if (!(await this.exists())) await this.#transact(() => undefined);
    await this.#read();
  }

  /** The catalogue as it is now (entries are frozen). */
  async catalogue(): Promise<Catalogue> {
    return (await this.#read()).data;
  }

  async previous(sha256: string, source: string): Promise<StoredDocument | null> {
    const loaded = await this.#read();
    return loaded.bySha.get(sha256) ?? loaded.bySource.get(source) ?? null;
  }

  /** Every process may work on any content: the commit, under the lock, keeps one record per content. */
  claim(): Promise<Release> {
    return Promise.resolve(() => Promise.resolve());
  }

  async commit(items: readonly CommitItem[], outDir: string): Promise<Committed[]> {
    if (items.length === 0) return [];
    await mkdir(outDir, { recursive: true });
    const stale = new Set<string>();
    const kept = new Set<string>();
    const committed = await this.#transact(async (data) => {
      const entries = new Map(data.documents.map((e) => [e.document.name, e]));
      const taken = new Map([...entries.values()].map((e) => [e.document.name, e.document.source]));
      const bySha = new Map(data.documents.map((e) => [e.document.sha256, e.document.name]));
      const bySource = new Map(data.documents.map((e) => [e.document.source, e.document.name]));
      const done: Committed[] = [];
      for (const item of items) {
        const { sha256, source } = item.info;
        const sameContent = bySha.get(sha256);
        const sameSource = bySource.get(source);
        // One record per content and per source: the new record replaces both, under the older name.
        for (const name of new Set([sameContent, sameSource])) {
          const old = name === undefined ? undefined : entries.get(name);
          if (!old) continue;
          entries.delete(old.document.name);
          taken.delete(old.document.name);
          bySha.delete(old.document.sha256);
          bySource.delete(old.document.source);
          if (old.document.output) stale.add(old.document.output);
        }
        const name = claimName(source, taken, sameContent ?? sameSource);
        let record: DocumentRecord;
        if (item.result.ok) {
          const output = outputPath(outDir, name);
          await writeFileDurable(output, `${JSON.stringify(item.result.document)}\n`);
          kept.add(output);
          record = documentRecord(item.result.document, { ...item.info, name, output });
        } else {
          record = failedRecord({ ...item.info, name, output: null }, item.result.error);
        }
        entries.set(name, { document: record.document, keys: documentKeys(record) });
        taken.set(name, source);
        bySha.set(sha256, name);
        bySource.set(source, name);
        done.push({ item, record });
      }
      data.documents = [...entries.values()];
      return done;
    });
    // Outputs of replaced records that no record points to any more (a file that turned bad, a renamed copy).
    const live = new Set((await this.#read()).data.documents.map((e) => e.document.output));
    await Promise.all([...stale].filter((f) => !kept.has(f) && !live.has(f)).map((f) => rm(f, { force: true })));
    return committed;
  }

  async *query<T extends QueryTarget>(target: T, filters: QueryFilters): AsyncGenerator<QueryRow<T>> {
    const entries = (await this.#read()).data.documents;
    const pick = documentSelector(
      entries.map((e) => e.document),
      filters.document,
    );
    const selected = sortEntries(entries.filter((e) => pick(e.document)));
    if (target === 'documents') {
      for (const e of selected) if (documentMatches(e.document, filters)) yield e.document as QueryRow<T>;
      return;
    }
    const rowTarget = target as RowTarget;
    // One document open at a time: memory stays flat whatever the store holds.
    for (const e of selected) {
      if (!mayHoldRows(e, rowTarget, filters)) continue;
      const record = documentRecord(await this.readDocument(e.document), infoOf(e.document));
      for (const row of record[rowTarget]) if (rowMatches(rowTarget, row, filters)) yield row as QueryRow<T>;
    }
  }

  async readDocument(document: StoredDocument): Promise<ReportDocument> {
    const file = document.output;
    if (file === null) throw new SolieuError('invalid_output', `${document.name} failed at ingest and has no document`, 're-run solieu ingest on its source', document.source);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new SolieuError(
        'not_found',
        `the document JSON of ${document.name} is missing (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
        'run solieu ingest again on the same files: it redoes documents whose JSON is missing',
        file,
        { cause: error },
      );
    }
    let parsed;
    try {
      parsed = ReportDocument.safeParse(JSON.parse(text));
    } catch (error) {
      throw new SolieuError('invalid_output', `the document JSON of ${document.name} is not JSON`, 'run solieu ingest --force on its source', file, { cause: error });
    }
    if (!parsed.success) {
      throw new SolieuError('invalid_output', `the document JSON of ${document.name} is not a valid solieu document (${summarizeIssues(parsed.error.issues)})`, 'run solieu ingest --force on its source', file);
    }
    return parsed.data;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  async #transact<T>(change: (data: Catalogue) => T | Promise<T>): Promise<T> {
    await mkdir(path.dirname(this.location), { recursive: true });
    await this.#read(); // migrates a version-1 file first, under its own hold of the lock
    let compromised: Error | null = null;
    const release = await this.#lock((error) => {
      compromised = error;
    });
    try {
      const data = { ...(await this.#read()).data };
      const result = await change(data);
      if (compromised) throw lostLock(this.location, compromised);
      await this.#write(data);
      return result;
    } catch (error) {
      this.#current = null;
      throw error;
    } finally {
      await release().catch(() => undefined);
    }
  }

  async #write(data: Catalogue): Promise<void> {
    this.#db.data = data;
    await this.#db.write();
    this.#current = index(await stampOf(this.location), data);
  }

  async #read(): Promise<Loaded> {
    const stamp = await stampOf(this.location);
    if (this.#current && this.#current.stamp === stamp) return this.#current;
    if (stamp === null) return (this.#current = index(null, emptyCatalogue()));
    this.#db.data = emptyCatalogue();
    try {
      await this.#db.read();
    } catch (error) {
      if (!(error instanceof LegacyStoreFile)) throw error;
      await this.#migrate();
      return this.#read();
    }
    return (this.#current = index(stamp, this.#db.data));
  }

  /** Version 1 → 2: the catalogue keeps each document and the keys of its rows; the rows stay in out/. */
  async #migrate(): Promise<void> {
    const release = await this.#lock(() => undefined);
    try {
      const raw = JSON.parse(await readFile(this.location, 'utf8')) as { schemaVersion?: unknown };
      if (raw.schemaVersion !== 1) return; // another process migrated it meanwhile
      const parsed = LegacyStoreData.safeParse(raw);
      if (!parsed.success) throw corrupt(this.location, summarizeIssues(parsed.error.issues), parsed.error);
      const old = parsed.data;
      const rows = new Map<string, Omit<DocumentRecord, 'document'>>(old.documents.map((d) => [d.name, { facts: [], findings: [], references: [], agencies: [] }]));
      for (const table of ['facts', 'findings', 'references', 'agencies'] as const) {
        for (const row of old[table]) (rows.get(row.document)?.[table] as Array<typeof row> | undefined)?.push(row);
      }
      await copyFile(this.location, `${this.location}.v1`);
      await this.#write({
        ...emptyCatalogue(),
        documents: old.documents.map((document) => ({ document, keys: documentKeys(rows.get(document.name)!) })),
      });
      this.#notify(
        `migrated the store ${this.location} to version 2 (${old.documents.length} documents; rows now read from each document's JSON); the old file is kept as ${this.location}.v1`,
      );
    } finally {
      await release().catch(() => undefined);
    }
  }

  async #lock(onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
    // Exponential backoff capped at 250 ms, as many retries as fit in the wait.
    let retries = 0;
    for (let waited = 0, delay = 25; waited < this.#waitMs; retries++, waited += delay, delay = Math.min(250, delay * 1.5));
    try {
      return await lock(this.location, {
        realpath: false,
        stale: this.#staleMs,
        retries: { retries, factor: 1.5, minTimeout: 25, maxTimeout: 250, randomize: true },
        onCompromised,
      });
    } catch (error) {
      throw new SolieuError(
        'store_locked',
        `the store ${this.location} stayed locked by another process`,
        `wait for the other solieu run to finish, or remove ${this.location}.lock if no solieu process is running`,
        this.location,
        { cause: error },
      );
    }
  }
}

function index(stamp: Stamp | null, data: Catalogue): Loaded {
  const bySha = new Map<string, StoredDocument>();
  const bySource = new Map<string, StoredDocument>();
  for (const { document } of data.documents) {
    bySha.set(document.sha256, document);
    bySource.set(document.source, document);
  }
  return { stamp, data, bySha, bySource };
}

const lostLock = (file: string, cause: Error): SolieuError =>
  new SolieuError(
    'store_locked',
    `lost the lock on ${file} while writing (${cause.message}); nothing was written`,
    're-run the command; the process was probably paused longer than the lock heartbeat',
    file,
    { cause },
  );
