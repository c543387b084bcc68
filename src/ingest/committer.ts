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
 * replaced while holding the store lock, so concurrent runs never hand out one name twice.
 */
export class Committer {
  readonly #options: Required<Omit<CommitterOptions, 'onCommitted'>> & Pick<CommitterOptions, 'onCommitted'>;
  #pending: PendingResult[] = [];
  #timer: NodeJS.Timeout | null = null;
  #chain: Promise<void> = Promise.resolve();
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
    if (this.#pending.length >= this.#options.batchSize) this.#schedule(0);
    else this.#schedule(this.#options.delayMs);
  }

  /** Writes everything pending; rejects if any write failed. */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#enqueue();
    await this.#chain;
    if (this.#failure) throw this.#failure;
  }

  #schedule(delay: number): void {
    if (this.#timer && delay > 0) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#enqueue();
    }, delay);
  }

  /** Moves what is pending onto the chain of store writes (one write at a time per process). */
  #enqueue(): void {
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0) return;
    this.#chain = this.#chain
      .then(() => this.#commit(batch))
      .catch((error: unknown) => {
        this.#failure ??= error;
      });
  }

  async #commit(batch: PendingResult[]): Promise<void> {
    if (this.#failure) return;
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
          await writeFileDurable(output, `${JSON.stringify(result.document, null, 2)}\n`);
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
