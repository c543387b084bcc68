import { rm } from 'node:fs/promises';
import { writeFileDurable } from '../store/atomic-write.js';
import { documentRecord, failedRecord, upsertRecords, type DocumentRecord, type RecordInfo } from '../store/records.js';
import type { ReportStore } from '../store/report-store.js';
import type { StoredDocument } from '../store/schema.js';
import { claimName, outputPath } from './output-name.js';
import type { WorkerResult } from './worker-protocol.js';

/** A processed file waiting to be written: everything but its name, which is claimed under the lock. */
export interface PendingResult {
  file: string;
  info: Omit<RecordInfo, 'name' | 'output'>;
  result: WorkerResult;
}

export interface CommittedResult {
  pending: PendingResult;
  record: DocumentRecord;
}

export interface CommitterOptions {
  store: ReportStore;
  outDir: string;
  /** Results per store write at most, and the longest a result waits for its write (ms). */
  batchSize?: number;
  delayMs?: number;
  onCommitted: (done: CommittedResult[]) => void;
}

/**
 * Batches results into store transactions: names are claimed, per-document JSON written and rows
 * replaced while holding the store lock, so concurrent runs never hand out one name twice. One
 * transaction at a time; results arriving meanwhile wait and go together in the next one, which
 * starts no sooner than the last one took, so store writes never take most of the main thread.
 */
export class Committer {
  readonly #options: Required<Omit<CommitterOptions, 'onCommitted'>> & Pick<CommitterOptions, 'onCommitted'>;
  #pending: PendingResult[] = [];
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #lastMs = 0;
  #failure: unknown = null;

  constructor(options: CommitterOptions) {
    this.#options = { batchSize: 16, delayMs: 250, ...options };
  }

  /** A store write failed: the run should stop taking new files. */
  get broken(): boolean {
    return this.#failure !== null;
  }

  add(pending: PendingResult): void {
    this.#pending.push(pending);
    this.#kick();
  }

  /** Writes everything pending; rejects if any write failed. */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    while (this.#running || (this.#pending.length > 0 && !this.#failure)) {
      await (this.#running ?? this.#run());
    }
    if (this.#failure) throw this.#failure;
  }

  #kick(): void {
    if (this.#running || this.#timer || this.#pending.length === 0) return;
    const wait = this.#pending.length >= this.#options.batchSize ? 0 : this.#options.delayMs;
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        void this.#run();
      },
      Math.max(wait, this.#lastMs),
    );
  }

  #run(): Promise<void> {
    if (this.#running) return this.#running;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const batch = this.#pending;
    this.#pending = [];
    const started = performance.now();
    this.#running = (this.#failure ? Promise.resolve() : this.#commit(batch))
      .catch((error: unknown) => {
        this.#failure ??= error;
      })
      .finally(() => {
        this.#lastMs = performance.now() - started;
        this.#running = null;
        this.#kick();
      });
    return this.#running;
  }

  async #commit(batch: PendingResult[]): Promise<void> {
    if (batch.length === 0) return;
    const { store, outDir } = this.#options;
    const stale: string[] = [];
    const done = await store.transact(async (data) => {
      const bySource = new Map<string, StoredDocument>(data.documents.map((d) => [d.source, d]));
      const taken = new Map<string, string>(data.documents.map((d) => [d.name, d.source]));
      const committed: CommittedResult[] = [];
      for (const pending of batch) {
        const previous = bySource.get(pending.info.source);
        const name = claimName(pending.info.source, taken, previous?.name);
        taken.set(name, pending.info.source);
        const { result } = pending;
        let record: DocumentRecord;
        if (result.ok) {
          const output = outputPath(outDir, name);
          await writeFileDurable(output, `${JSON.stringify(result.document)}\n`);
          record = documentRecord(result.document, { ...pending.info, name, output });
        } else {
          record = failedRecord({ ...pending.info, name, output: null }, result.error);
          // A file that turned bad must not leave its old output looking current.
          if (previous?.output) stale.push(previous.output);
        }
        committed.push({ pending, record });
      }
      upsertRecords(
        data,
        committed.map((c) => c.record),
      );
      return committed;
    });
    await Promise.all(stale.map((file) => rm(file, { force: true })));
    this.#options.onCommitted(done);
  }
}
