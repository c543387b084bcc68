import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { PoolFailureCode, WorkerResult, WorkerTask } from './worker-protocol.js';

export interface PoolOptions {
  /** Worker threads; each runs one file at a time. */
  concurrency: number;
  /** Per-file deadline (ms): past it the worker is terminated and the file fails with `timeout`. */
  timeoutMs: number;
  /** Per-worker JS heap cap (MB): past it the worker dies and the file fails with `out_of_memory`. */
  maxMemoryMb: number;
  /** Worker module; defaults to ./worker (tests pass a fake). */
  workerFile?: URL;
}

const STARTUP_GRACE_MS = 60_000;

export const defaultConcurrency = (): number => Math.max(1, availableParallelism());

/** When running from TypeScript sources (tsx, vitest) the worker is a .ts file and needs tsx too. */
function workerSetup(file: URL | undefined): { filename: string; execArgv: string[] | undefined } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = file ?? new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  const needsTsx = url.pathname.endsWith('.ts') && !process.execArgv.some((arg) => arg.includes('tsx'));
  if (!needsTsx) return { filename: url.href, execArgv: undefined };
  // Resolved from here, not from the working directory, which may be anywhere.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { filename: url.href, execArgv: [...process.execArgv, '--import', tsx] };
}

const failure = (code: PoolFailureCode, message: string, suggestion: string | null, ms: number): WorkerResult => ({
  ok: false,
  error: { code, message, suggestion },
  crash: code === 'internal_error',
  ms,
});

/**
 * A worker-thread pool that never rejects: every file comes back as a result or as a failure with a
 * reason code, and a hanging or exploding file costs one worker, never the batch. The caller keeps
 * at most `concurrency` files in flight so that the deadline clock starts when the file starts.
 */
export class FilePool {
  readonly #pool: Piscina<WorkerTask, WorkerResult>;
  readonly #timeoutMs: number;
  readonly #maxMemoryMb: number;

  constructor(options: PoolOptions) {
    const { filename, execArgv } = workerSetup(options.workerFile);
    this.#timeoutMs = options.timeoutMs;
    this.#maxMemoryMb = options.maxMemoryMb;
    this.#pool = new Piscina<WorkerTask, WorkerResult>({
      filename,
      ...(execArgv ? { execArgv } : {}),
      minThreads: 0,
      maxThreads: options.concurrency,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
    });
  }

  async run(task: WorkerTask): Promise<WorkerResult> {
    const submitted = Date.now();
    const clock = new SharedArrayBuffer(8);
    const startedAt = new Float64Array(clock);
    const controller = new AbortController();
    // The worker stamps the clock when it starts the file; a worker that never even starts (stuck
    // loading) is stopped after the deadline plus a start-up grace.
    const timer = setInterval(
      () => {
        const started = startedAt[0] ?? 0;
        const now = Date.now();
        if (started > 0 ? now - started >= this.#timeoutMs : now - submitted >= this.#timeoutMs + STARTUP_GRACE_MS) {
          controller.abort();
        }
      },
      Math.min(250, Math.max(10, this.#timeoutMs / 20)),
    );
    try {
      return await this.#pool.run({ ...task, clock }, { signal: controller.signal });
    } catch (error) {
      const ms = Date.now() - ((startedAt[0] ?? 0) || submitted);
      if (controller.signal.aborted) {
        return failure(
          'timeout',
          `no result after ${this.#timeoutMs} ms; the worker was stopped`,
          'the file may make the parser loop; if it is only large, raise --timeout',
          ms,
        );
      }
      if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return failure(
          'out_of_memory',
          `the worker went over its ${this.#maxMemoryMb} MB memory cap and was stopped`,
          'the file may be built to exhaust memory; if it is only large, raise --max-memory',
          ms,
        );
      }
      return failure('internal_error', `the worker died: ${String((error as Error).message ?? error)}`, null, ms);
    } finally {
      clearInterval(timer);
    }
  }

  async destroy(): Promise<void> {
    await this.#pool.destroy();
  }
}
