import { copyFile, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { lock } from 'proper-lockfile';
import { SolieuError } from '../errors/index.js';
import { ReportDocument } from '../model/index.js';
import { fsyncDirectory, removeOrphanTemps, writeFileDurable } from './atomic-write.js';
import { byName } from './fold.js';
import { claimName, outputPath } from './names.js';
import { INDEX_MIN_ENTRIES, indexFile, lookupName, nameIndexFresh, stillVersion } from './name-index.js';
import {
  documentMatches,
  documentSelector,
  mayHoldRows,
  rowMatches,
  sortEntries,
  type QueryFilters,
  type QueryRow,
  type QueryTarget,
  type RowTarget,
} from './query.js';
import { documentKeys, documentRecord, failedRecord, type DocumentRecord, type RecordInfo } from './records.js';
import type { CommitItem, Committed, Release, ReportStore } from './report-store.js';
import { CatalogueEntry, emptyCatalogue, LegacyStoreData, type Catalogue, type StoredDocument } from './schema.js';
import { corrupt, deepFreeze, hasEntryShape, LegacyStoreFile, summarizeIssues, ValidatedJsonFile } from './validated-json-file.js';

export interface JsonStoreOptions {
  /** A lock older than this (ms without a heartbeat) belongs to a dead process and is taken over. */
  staleMs?: number;
  /** How long to keep retrying a held lock before giving up (ms). */
  waitMs?: number;
  /** Told when something a user should know happened (a version-1 store was migrated). */
  notify?: (message: string) => void;
  /** From how many documents the catalogue gets a name index (`<file>.index`); tests lower it. */
  indexMinEntries?: number;
}

/** Identifies one version of the file: every write is a rename, so a new version has a new inode. */
type Stamp = string;
const stampOf = async (file: string): Promise<Stamp | null> =>
  stat(file).then(
    (s) => `${s.ino}:${s.size}:${s.mtimeMs}`,
    () => null,
  );

/** The catalogue as this process knows it: the lowdb file, then the journal up to `journalOffset`. */
interface Loaded {
  stamp: Stamp | null;
  journalIno: number | null;
  journalOffset: number;
  catalogueBytes: number;
  entries: Map<string, CatalogueEntry>;
  bySha: Map<string, string>;
  bySource: Map<string, string>;
}

/** One journal line: an entry added (or replaced), or a name removed. */
type JournalOp = { put: CatalogueEntry } | { remove: string };

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
 * read from its `<out>/<name>.json` when a query needs them. A commit appends its entries to a
 * journal (`<file>.journal`, one JSON line each, fsynced) instead of rewriting the catalogue, so
 * its cost is the batch's, not the store's; once the journal outgrows the catalogue, lowdb rewrites
 * the catalogue with it folded in (amortised: each entry is rewritten about once). Writers from any
 * number of processes take turns through a lock directory (`<file>.lock`, proper-lockfile:
 * heartbeat, stale takeover); readers need no lock: the catalogue is replaced by atomic rename, and
 * a journal line is only read once it is whole. A version-1 file (every row inside) is migrated in
 * place on first use, its original kept beside it as `<file>.v1`.
 */
export class JsonReportStore implements ReportStore {
  readonly location: string;
  readonly ownFiles: readonly string[];
  readonly needsOutputFiles = true;
  readonly #staleMs: number;
  readonly #waitMs: number;
  readonly #notify: (message: string) => void;
  readonly #db: Low<Catalogue>;
  readonly #journal: string;
  readonly #indexMinEntries: number;
  #current: Loaded | null = null;
  readonly #checkedEntries = new WeakSet<CatalogueEntry>();

  constructor(file: string, options: JsonStoreOptions = {}) {
    this.location = path.resolve(file);
    this.#journal = `${this.location}.journal`;
    this.ownFiles = [this.location, `${this.location}.lock`, `${this.location}.v1`, this.#journal, indexFile(this.location)];
    this.#staleMs = Math.max(options.staleMs ?? 5_000, 2_000);
    this.#waitMs = options.waitMs ?? 60_000;
    this.#notify = options.notify ?? (() => undefined);
    // Explicit adapter, never lowdb's presets: those switch to memory when NODE_ENV=test.
    this.#indexMinEntries = options.indexMinEntries ?? INDEX_MIN_ENTRIES;
    this.#db = new Low<Catalogue>(new ValidatedJsonFile(this.location, { indexMinEntries: this.#indexMinEntries }), emptyCatalogue());
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

  /** The catalogue as it is now, journal included (entries are frozen). */
  async catalogue(): Promise<Catalogue> {
    return { ...emptyCatalogue(), documents: [...(await this.#read()).entries.values()] };
  }

  /** Folds the journal into the lowdb file now (commits do it when the journal grows large). */
  async compact(): Promise<void> {
    await this.#transact(async (loaded) => {
      await this.#compact(loaded);
    });
  }

  async previous(sha256: string, source: string): Promise<StoredDocument | null> {
    const loaded = await this.#read();
    const name = loaded.bySha.get(sha256) ?? loaded.bySource.get(source);
    const entry = name === undefined ? undefined : loaded.entries.get(name);
    return entry ? this.#checked(entry).document : null;
  }

  /**
   * The entry of that exact name, at a cost independent of the store's size: from the catalogue
   * this process already holds, else through the name index plus the journal lines that name it.
   * Undefined when there is no such entry or the index cannot answer (the caller reads the catalogue).
   */
  async #byName(name: string): Promise<CatalogueEntry | undefined> {
    if (this.#current !== null) return (await this.#read()).entries.get(name);
    const answer = await lookupName(this.location, name, hasEntryShape);
    if (answer === null) return undefined;
    let entry = answer.found === null ? undefined : deepFreeze(answer.found as CatalogueEntry);
    const journal = await readFile(this.#journal).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (journal !== null) {
      // Only the whole lines that mention the name, in order (a line still being written is not read).
      const end = journal.lastIndexOf(0x0a) + 1;
      const needle = Buffer.from(JSON.stringify(name), 'utf8');
      for (let at = journal.indexOf(needle); at !== -1 && at < end;) {
        const start = journal.lastIndexOf(0x0a, at) + 1;
        const stop = journal.indexOf(0x0a, at);
        let op: JournalOp;
        try {
          op = JSON.parse(journal.toString('utf8', start, stop)) as JournalOp;
        } catch (error) {
          throw corrupt(this.#journal, 'a journal line is not JSON', error);
        }
        if ('remove' in op) {
          if (op.remove === name) entry = undefined;
        } else if (hasEntryShape(op.put)) {
          if (op.put.document.name === name) entry = deepFreeze(op.put);
        } else {
          throw corrupt(this.#journal, 'unexpected layout', null);
        }
        at = journal.indexOf(needle, stop + 1);
      }
    }
    // A compaction in between: the journal read may belong to the next catalogue; read it all instead.
    if (!(await stillVersion(this.location, answer.version))) return undefined;
    return entry;
  }

  /** The full schema of an entry read from the file, checked once, when the entry is first used. */
  #checked(entry: CatalogueEntry): CatalogueEntry {
    if (this.#checkedEntries.has(entry)) return entry;
    const parsed = CatalogueEntry.safeParse(entry);
    if (!parsed.success) throw corrupt(this.location, `${entry.document.name}: ${summarizeIssues(parsed.error.issues)}`, parsed.error);
    this.#checkedEntries.add(entry);
    return entry;
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
    const committed = await this.#transact(async (loaded) => {
      const { entries, bySha, bySource } = loaded;
      const taken = new Map<string, string>();
      const takenView: ReadonlyMap<string, string> = {
        get: (name: string) => taken.get(name) ?? entries.get(name)?.document.source,
      } as ReadonlyMap<string, string>;
      const ops: JournalOp[] = [];
      const done: Committed[] = [];
      for (const item of items) {
        const { sha256, source } = item.info;
        const sameContent = bySha.get(sha256);
        const sameSource = bySource.get(source);
        // One record per content and per source: the new record replaces both, under the older name.
        for (const name of new Set([sameContent, sameSource])) {
          const old = name === undefined ? undefined : entries.get(name);
          if (!old) continue;
          forget(loaded, old);
          ops.push({ remove: old.document.name });
          if (old.document.output) stale.add(old.document.output);
        }
        const name = claimName(source, takenView, sameContent ?? sameSource);
        let record: DocumentRecord;
        if (item.result.ok) {
          const output = outputPath(outDir, name);
          await writeFileDurable(output, `${JSON.stringify(item.result.document)}\n`);
          kept.add(output);
          record = documentRecord(item.result.document, { ...item.info, name, output });
        } else {
          record = failedRecord({ ...item.info, name, output: null }, item.result.error);
        }
        const entry = this.#valid({ document: record.document, keys: documentKeys(record) });
        remember(loaded, entry);
        taken.set(name, source);
        ops.push({ put: entry });
        done.push({ item, record });
      }
      await this.#append(loaded, ops);
      // A catalogue without its index (a crash between the two writes, a migrated file) gets one now.
      if (
        loaded.journalOffset > Math.max(COMPACT_MIN_BYTES, loaded.catalogueBytes) ||
        (loaded.entries.size >= this.#indexMinEntries && !(await nameIndexFresh(this.location)))
      ) {
        await this.#compact(loaded);
      }
      return done;
    });
    // Outputs of replaced records that no record points to any more (a file that turned bad, a renamed copy).
    const live = new Set([...(await this.#read()).entries.values()].map((e) => e.document.output));
    await Promise.all([...stale].filter((f) => !kept.has(f) && !live.has(f)).map((f) => rm(f, { force: true })));
    return committed;
  }

  async *query<T extends QueryTarget>(target: T, filters: QueryFilters): AsyncGenerator<QueryRow<T>> {
    // `--document <name>` naming a document exactly: that document alone, found without the whole catalogue.
    const exact = filters.document === undefined ? undefined : await this.#byName(filters.document);
    let selected: CatalogueEntry[];
    if (exact !== undefined) {
      selected = [exact];
    } else {
      const entries = [...(await this.#read()).entries.values()];
      const pick = documentSelector(
        entries.map((e) => e.document),
        filters.document,
      );
      selected = sortEntries(entries.filter((e) => pick(e.document)));
    }
    if (target === 'documents') {
      for (const e of selected) if (documentMatches(this.#checked(e).document, filters)) yield e.document as QueryRow<T>;
      return;
    }
    const rowTarget = target as RowTarget;
    // One document open at a time: memory stays flat whatever the store holds.
    for (const e of selected) {
      if (!mayHoldRows(e, rowTarget, filters)) continue;
      this.#checked(e);
      const record = documentRecord(await this.readDocument(e.document), infoOf(e.document));
      for (const row of record[rowTarget]) if (rowMatches(rowTarget, row, filters)) yield row as QueryRow<T>;
    }
  }

  async readDocument(document: StoredDocument): Promise<ReportDocument> {
    const file = document.output;
    if (file === null)
      throw new SolieuError(
        'invalid_output',
        `${document.name} failed at ingest and has no document`,
        're-run solieu ingest on its source',
        document.source,
      );
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
      throw new SolieuError(
        'invalid_output',
        `the document JSON of ${document.name} is not JSON`,
        'run solieu ingest --force on its source',
        file,
        { cause: error },
      );
    }
    if (!parsed.success) {
      throw new SolieuError(
        'invalid_output',
        `the document JSON of ${document.name} is not a valid solieu document (${summarizeIssues(parsed.error.issues)})`,
        'run solieu ingest --force on its source',
        file,
      );
    }
    return parsed.data;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  async #transact<T>(change: (loaded: Loaded) => T | Promise<T>): Promise<T> {
    await mkdir(path.dirname(this.location), { recursive: true });
    await this.#read(); // migrates a version-1 file first, under its own hold of the lock
    let compromised: Error | null = null;
    const release = await this.#lock((error) => {
      compromised = error;
    });
    try {
      const loaded = await this.#read();
      if (!(await this.exists())) await this.#compact(loaded);
      const result = await change(loaded);
      if (compromised) throw lostLock(this.location, compromised);
      return result;
    } catch (error) {
      // What this process believed may be ahead of the files: read them again next time.
      this.#current = null;
      throw error;
    } finally {
      await release().catch(() => undefined);
    }
  }

  /** Validated and frozen: an entry is checked once and cannot change afterwards. */
  #valid(entry: CatalogueEntry): CatalogueEntry {
    const parsed = CatalogueEntry.safeParse(entry);
    if (!parsed.success) {
      throw new SolieuError(
        'invalid_output',
        `refusing to write an invalid store entry to ${this.location}: ${summarizeIssues(parsed.error.issues)}`,
        'this is a bug in solieu; please report it with the input file',
        this.location,
      );
    }
    return deepFreeze(parsed.data);
  }

  /** Appends the ops as whole lines, fsynced; a torn tail left by a killed writer is cut first. */
  async #append(loaded: Loaded, ops: readonly JournalOp[]): Promise<void> {
    if (ops.length === 0) return;
    const text = ops.map((op) => `${JSON.stringify(op)}\n`).join('');
    const created = loaded.journalIno === null;
    const handle = await open(this.#journal, 'a');
    try {
      const info = await handle.stat();
      if (info.size > loaded.journalOffset) await handle.truncate(loaded.journalOffset);
      await handle.write(text, loaded.journalOffset);
      await handle.sync();
      loaded.journalIno = info.ino;
      loaded.journalOffset += Buffer.byteLength(text);
    } finally {
      await handle.close();
    }
    if (created) await fsyncDirectory(path.dirname(this.#journal));
  }

  /** lowdb rewrites the catalogue with every entry, then the journal restarts empty. */
  async #compact(loaded: Loaded): Promise<void> {
    const data: Catalogue = {
      ...emptyCatalogue(),
      documents: [...loaded.entries.values()].sort((a, b) => byName(a.document.name, b.document.name)),
    };
    this.#db.data = data;
    await this.#db.write();
    // A crash here leaves the old journal beside the new catalogue: replaying it changes nothing.
    await rm(this.#journal, { force: true });
    loaded.stamp = await stampOf(this.location);
    loaded.catalogueBytes = (await stat(this.location)).size;
    loaded.journalIno = null;
    loaded.journalOffset = 0;
    this.#current = loaded;
  }

  async #read(): Promise<Loaded> {
    const stamp = await stampOf(this.location);
    const journal = await stat(this.#journal).catch(() => null);
    let loaded = this.#current;
    const sameJournal = journal === null ? loaded?.journalIno === null : loaded?.journalIno === null || loaded?.journalIno === journal.ino;
    if (!loaded || loaded.stamp !== stamp || !sameJournal || (journal !== null && journal.size < loaded.journalOffset)) {
      loaded = await this.#load(stamp);
      if (loaded === null) return this.#read(); // migrated meanwhile
    }
    if (journal !== null && journal.size > loaded.journalOffset) await this.#replay(loaded);
    this.#current = loaded;
    return loaded;
  }

  /** The lowdb catalogue alone (null after migrating a version-1 file: read again). */
  async #load(stamp: Stamp | null): Promise<Loaded | null> {
    const loaded: Loaded = {
      stamp,
      journalIno: null,
      journalOffset: 0,
      catalogueBytes: 0,
      entries: new Map(),
      bySha: new Map(),
      bySource: new Map(),
    };
    if (stamp === null) return loaded;
    this.#db.data = emptyCatalogue();
    try {
      await this.#db.read();
    } catch (error) {
      if (!(error instanceof LegacyStoreFile)) throw error;
      await this.#migrate();
      return null;
    }
    for (const entry of this.#db.data.documents) remember(loaded, entry);
    loaded.catalogueBytes = Number(stamp.split(':')[1]);
    return loaded;
  }

  /**
   * Applies the journal's whole lines from `loaded.journalOffset` to its current end. Lanes of one
   * ingest read concurrently and share `loaded`: the length comes from the open file, and lines
   * another reader applied while this one waited on the disk are not applied twice.
   */
  async #replay(loaded: Loaded): Promise<void> {
    // Compacted since the stat: the next read sees the new catalogue's stamp and reloads.
    const handle = await open(this.#journal, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (handle === null) return;
    try {
      const start = loaded.journalOffset;
      const info = await handle.stat();
      if (info.size <= start) return;
      const buffer = Buffer.alloc(info.size - start);
      await handle.read(buffer, 0, buffer.length, start);
      if (loaded.journalOffset !== start) return; // replayed meanwhile by another reader
      const end = buffer.lastIndexOf(0x0a) + 1; // a line still being written is read next time
      this.#apply(loaded, buffer.subarray(0, end).toString('utf8'));
      loaded.journalIno = info.ino;
      loaded.journalOffset = start + end;
    } finally {
      await handle.close();
    }
  }

  /** Applies journal lines in order; synchronous, so no other reader sees half of them. */
  #apply(loaded: Loaded, text: string): void {
    for (const line of text.split('\n')) {
      if (line === '') continue;
      let op: JournalOp;
      try {
        op = JSON.parse(line) as JournalOp;
      } catch (error) {
        throw corrupt(this.#journal, 'a journal line is not JSON', error);
      }
      if ('remove' in op) {
        const old = loaded.entries.get(op.remove);
        if (old) forget(loaded, old);
        continue;
      }
      if (!hasEntryShape(op.put)) {
        const parsed = CatalogueEntry.safeParse(op.put);
        throw corrupt(
          this.#journal,
          parsed.success ? 'unexpected layout' : summarizeIssues(parsed.error.issues),
          parsed.success ? null : parsed.error,
        );
      }
      const old = loaded.entries.get(op.put.document.name);
      if (old) forget(loaded, old);
      remember(loaded, deepFreeze(op.put));
    }
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
      const rows = new Map<string, Omit<DocumentRecord, 'document'>>(
        old.documents.map((d) => [d.name, { facts: [], findings: [], references: [], agencies: [] }]),
      );
      for (const table of ['facts', 'findings', 'references', 'agencies'] as const) {
        for (const row of old[table]) (rows.get(row.document)?.[table] as Array<typeof row> | undefined)?.push(row);
      }
      await copyFile(this.location, `${this.location}.v1`);
      this.#db.data = {
        ...emptyCatalogue(),
        documents: old.documents.map((document) => ({ document, keys: documentKeys(rows.get(document.name)!) })),
      };
      await this.#db.write();
      this.#current = null;
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

const COMPACT_MIN_BYTES = 1 << 20;

function remember(loaded: Loaded, entry: CatalogueEntry): void {
  const d = entry.document;
  loaded.entries.set(d.name, entry);
  loaded.bySha.set(d.sha256, d.name);
  loaded.bySource.set(d.source, d.name);
}

function forget(loaded: Loaded, entry: CatalogueEntry): void {
  const d = entry.document;
  loaded.entries.delete(d.name);
  if (loaded.bySha.get(d.sha256) === d.name) loaded.bySha.delete(d.sha256);
  if (loaded.bySource.get(d.source) === d.name) loaded.bySource.delete(d.source);
}

const lostLock = (file: string, cause: Error): SolieuError =>
  new SolieuError(
    'store_locked',
    `lost the lock on ${file} while writing (${cause.message}); nothing was written`,
    're-run the command; the process was probably paused longer than the lock heartbeat',
    file,
    { cause },
  );
