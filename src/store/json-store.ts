import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { lock } from 'proper-lockfile';
import { SolieuError } from '../errors/solieu-error.js';
import type { ReportStore } from './report-store.js';
import { emptyStore, type StoreData } from './schema.js';
import { ValidatedJsonFile } from './validated-json-file.js';

export interface JsonStoreOptions {
  /** A lock older than this (ms without a heartbeat) belongs to a dead process and is taken over. */
  staleMs?: number;
  /** How long to keep retrying a held lock before giving up (ms). */
  waitMs?: number;
}

/** Identifies one version of the file: every write is a rename, so a new version has a new inode. */
type Stamp = string;
const stampOf = async (file: string): Promise<Stamp | null> =>
  stat(file).then(
    (s) => `${s.ino}:${s.size}:${s.mtimeMs}`,
    () => null,
  );

/**
 * The embedded store: one JSON file read and written through lowdb. Writers from any number of
 * processes take turns through a lock directory (`<file>.lock`, proper-lockfile: heartbeat,
 * stale takeover); readers need no lock because every write is an atomic rename. The last version
 * read or written is kept in memory and reused while the file is unchanged, so a long ingest does
 * not re-read its own writes.
 */
export class JsonReportStore implements ReportStore {
  readonly location: string;
  readonly #staleMs: number;
  readonly #waitMs: number;
  readonly #db: Low<StoreData>;
  #current: { stamp: Stamp; data: StoreData } | null = null;

  constructor(file: string, options: JsonStoreOptions = {}) {
    this.location = path.resolve(file);
    this.#staleMs = Math.max(options.staleMs ?? 5_000, 2_000);
    this.#waitMs = options.waitMs ?? 60_000;
    // Explicit adapter, never lowdb's presets: those switch to memory when NODE_ENV=test.
    this.#db = new Low<StoreData>(new ValidatedJsonFile(this.location), emptyStore());
  }

  /** A snapshot: fresh top-level lists over shared, frozen rows. */
  async load(): Promise<StoreData> {
    const data = await this.#read();
    return { ...data, documents: [...data.documents], facts: [...data.facts], findings: [...data.findings], references: [...data.references], agencies: [...data.agencies] };
  }

  async transact<T>(change: (data: StoreData) => T | Promise<T>): Promise<T> {
    await mkdir(path.dirname(this.location), { recursive: true });
    let compromised: Error | null = null;
    const release = await this.#lock((error) => {
      compromised = error;
    });
    try {
      const data = await this.load();
      const result = await change(data);
      if (compromised) throw lostLock(this.location, compromised);
      this.#db.data = data;
      await this.#db.write();
      const stamp = await stampOf(this.location);
      this.#current = stamp === null ? null : { stamp, data };
      return result;
    } catch (error) {
      this.#current = null;
      throw error;
    } finally {
      await release().catch(() => undefined);
    }
  }

  async #read(): Promise<StoreData> {
    const stamp = await stampOf(this.location);
    if (stamp !== null && this.#current?.stamp === stamp) return this.#current.data;
    this.#db.data = emptyStore();
    await this.#db.read();
    this.#current = stamp === null ? null : { stamp, data: this.#db.data };
    return this.#db.data;
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

const lostLock = (file: string, cause: Error): SolieuError =>
  new SolieuError(
    'store_locked',
    `lost the lock on ${file} while writing (${cause.message}); nothing was written`,
    're-run the command; the process was probably paused longer than the lock heartbeat',
    file,
    { cause },
  );
