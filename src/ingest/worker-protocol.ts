import type { ReportDocument } from '../model/index.js';
import type { StoredError } from '../store/index.js';

/** What the main thread sends a worker: one file and the options to process it with. */
export interface WorkerTask {
  path: string;
  options: Record<string, unknown>;
  /**
   * One Float64 slot shared with the main thread: the worker writes Date.now() when it starts the
   * file, so the deadline counts the file's own work, not the worker's start-up or a queue.
   */
  clock?: SharedArrayBuffer;
}

/** First thing a worker does with a task: start the deadline clock. */
export function markStarted(task: WorkerTask): void {
  if (task.clock) new Float64Array(task.clock)[0] = Date.now();
}

/**
 * What a worker sends back. Errors travel as data: structured clone drops an Error's `code`.
 * `crash` marks an exception that was not a SolieuError (a bug, not bad input).
 */
export type WorkerResult =
  { ok: true; document: ReportDocument; ms: number } | { ok: false; error: StoredError; crash: boolean; ms: number };

/** Reason codes the pool itself assigns when a worker had to be stopped or died. */
export type PoolFailureCode = 'timeout' | 'out_of_memory' | 'internal_error';
