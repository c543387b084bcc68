import type { DocumentRecord, CommitItem, Release, ReportStore } from '../store/index.js';
import type { WorkerResult } from './worker-protocol.js';

/** A processed file waiting to be written: everything but its name, which the store claims. */
export interface PendingResult {
  file: string;
  info: CommitItem['info'];
  result: WorkerResult;
  /** The claim on the file's content, given back once the document is committed (or not). */
  release: Release;
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
 * Batches results into store commits (the store claims names, writes per-document JSON and
 * replaces records, each document whole or not at all). One commit at a time; results arriving meanwhile wait and go together in the next one, which
 * starts no sooner than the last one took, so store writes never take most of the main thread.
 */
export class Committer {
  readonly #options: Required<Omit<CommitterOptions, 'onCommitted'>> & Pick<CommitterOptions, 'onCommitted'>;
  #pending: PendingResult[] = [];
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #lastMs = 0;
  #failure: Error | null = null;

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
        this.#failure ??= error instanceof Error ? error : new Error('the store write failed', { cause: error });
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
    try {
      const committed = await store.commit(
        batch.map(({ info, result }) => ({ info, result })),
        outDir,
      );
      this.#options.onCommitted(committed.map(({ record }, i) => ({ pending: batch[i]!, record })));
    } finally {
      await Promise.all(batch.map((p) => p.release().catch(() => undefined)));
    }
  }
}
