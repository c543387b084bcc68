import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM, type Page as TesseractPage, type Worker } from 'tesseract.js';
import { SolieuError } from '../../../errors/index.js';

/**
 * Tesseract workers shared by every page and every file of a run. The Vietnamese model is read from
 * the `@tesseract.js-data/vie` package and the engine from `tesseract.js-core`, both in
 * node_modules: nothing is fetched and nothing is cached on disk (`cacheMethod: 'none'`). Workers
 * start on the first page and stop after a short idle time, so a CLI run exits without a call to
 * `close()`, and a batch reuses them from one file to the next.
 */

export type OcrModel = 'best_int' | 'standard';

export interface OcrEngineOptions {
  /** Tesseract workers (one page each at a time). Default: 1 on ≤ 2 cores, else cores − 1, at most 4. */
  workers?: number;
  /** `best_int` (LSTM, integer weights; tesseract.js' own default) or `standard` (tessdata 4.0.0). */
  model?: OcrModel;
  /** Stop idle workers after this many milliseconds (0 keeps them until `close()`). */
  idleMs?: number;
}

const require = createRequire(import.meta.url);
const MODEL_DIRS: Record<OcrModel, string> = { best_int: '4.0.0_best_int', standard: '4.0.0' };
const DEFAULT_IDLE_MS = 3000;

/** Where the traineddata of a model lives inside node_modules. */
export function languagePath(model: OcrModel): string {
  const packageDir = dirname(require.resolve('@tesseract.js-data/vie/package.json'));
  return join(packageDir, MODEL_DIRS[model]);
}

export function defaultWorkerCount(): number {
  const cores = availableParallelism();
  return cores <= 2 ? 1 : Math.min(4, cores - 1);
}

/**
 * `page`: full layout analysis of a page. `block` and `line`: one table cell of several lines or one
 * line. `digits`: a footnote marker cut out on its own, digits only.
 */
export type RecognitionMode = 'page' | 'block' | 'line' | 'digits';

const MODE_PARAMETERS: Record<RecognitionMode, Record<string, string>> = {
  page: { tessedit_pageseg_mode: '3', tessedit_char_whitelist: '' },
  block: { tessedit_pageseg_mode: '6', tessedit_char_whitelist: '' },
  line: { tessedit_pageseg_mode: '7', tessedit_char_whitelist: '' },
  digits: { tessedit_pageseg_mode: '7', tessedit_char_whitelist: '0123456789' },
};

interface Job {
  image: Uint8Array;
  dpi: number;
  mode: RecognitionMode;
  resolve(page: TesseractPage): void;
  reject(error: unknown): void;
}

export class OcrEngine {
  readonly workerCount: number;
  readonly model: OcrModel;
  private readonly idleMs: number;
  private readonly idle: Worker[] = [];
  private readonly stateOf = new WeakMap<Worker, string>();
  private readonly queue: Job[] = [];
  private starting = 0;
  private busy = 0;
  private live = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(options: OcrEngineOptions = {}) {
    this.workerCount = Math.max(1, Math.floor(options.workers ?? defaultWorkerCount()));
    this.model = options.model ?? 'best_int';
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  }

  /** Recognise one image (PGM, PNG or JPEG bytes) rendered at `dpi`; tesseract's block tree. */
  recognize(image: Uint8Array, dpi: number, mode: RecognitionMode = 'page'): Promise<TesseractPage> {
    if (this.closed) return Promise.reject(new SolieuError('unreadable', 'the OCR engine was closed', null));
    this.cancelIdle();
    return new Promise((resolve, reject) => {
      this.queue.push({ image, dpi, mode, resolve, reject });
      this.pump();
    });
  }

  /** Terminate every worker; pending jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    this.cancelIdle();
    for (const job of this.queue.splice(0)) job.reject(new SolieuError('unreadable', 'the OCR engine was closed', null));
    await this.terminateIdle();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop();
      if (!worker) break;
      this.run(worker, this.queue.shift() as Job);
    }
    const wanted = Math.min(this.queue.length, this.workerCount - this.live - this.starting);
    for (let i = 0; i < wanted; i++) this.spawn();
  }

  private spawn(): void {
    this.starting += 1;
    startWorker(this.model)
      .then((worker) => {
        this.starting -= 1;
        this.live += 1;
        if (this.closed) {
          this.live -= 1;
          void worker.terminate();
          return;
        }
        this.idle.push(worker);
        this.pump();
        this.scheduleIdle();
      })
      .catch((error: unknown) => {
        this.starting -= 1;
        // Without a worker no queued page can be read: fail them all with the cause.
        const failure = new SolieuError(
          'unreadable',
          `the OCR engine could not start: ${error instanceof Error ? error.message : String(error)}`,
          'check that tesseract.js and @tesseract.js-data/vie are installed',
          null,
          { cause: error },
        );
        if (this.live === 0 && this.starting === 0) for (const job of this.queue.splice(0)) job.reject(failure);
      });
  }

  private run(worker: Worker, job: Job): void {
    this.busy += 1;
    let healthy = true;
    this.recognizeWith(worker, job)
      .then(job.resolve, (error: unknown) => {
        // A worker that failed may be broken: replace it rather than hand it the next page.
        healthy = false;
        job.reject(error);
      })
      .finally(() => {
        this.busy -= 1;
        if (healthy) this.idle.push(worker);
        else {
          this.live -= 1;
          void worker.terminate().catch(() => undefined);
        }
        this.pump();
        this.scheduleIdle();
      });
  }

  private async recognizeWith(worker: Worker, job: Job): Promise<TesseractPage> {
    // Saying the resolution keeps tesseract from guessing it (PGM carries none).
    // debug_file: tesseract's own chatter ("Detected 214 diacritics") would otherwise reach stdout and break --json.
    const parameters = { ...MODE_PARAMETERS[job.mode], user_defined_dpi: String(Math.round(job.dpi)), debug_file: '/dev/null' };
    const state = JSON.stringify(parameters);
    if (this.stateOf.get(worker) !== state) {
      await worker.setParameters(parameters);
      this.stateOf.set(worker, state);
    }
    const image = Buffer.from(job.image.buffer, job.image.byteOffset, job.image.byteLength);
    const result = await worker.recognize(image, {}, { blocks: true, text: false });
    return result.data;
  }

  private scheduleIdle(): void {
    if (this.idleMs <= 0 || this.busy > 0 || this.queue.length > 0 || this.idle.length === 0) return;
    this.cancelIdle();
    this.idleTimer = setTimeout(() => void this.terminateIdle(), this.idleMs);
    this.idleTimer.unref();
  }

  private cancelIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private async terminateIdle(): Promise<void> {
    const workers = this.idle.splice(0);
    this.live -= workers.length;
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
  }
}

async function startWorker(model: OcrModel): Promise<Worker> {
  const worker = await createWorker('vie', OEM.LSTM_ONLY, {
    langPath: languagePath(model),
    gzip: true,
    // Read the model from node_modules every time; never write a cache file next to the user's data.
    cacheMethod: 'none',
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  return worker;
}

let shared: OcrEngine | null = null;

/** The engine every `ocrPdf` call uses unless given one: workers are reused across files. */
export function sharedEngine(options: OcrEngineOptions = {}): OcrEngine {
  if (
    shared === null ||
    (options.workers !== undefined && options.workers !== shared.workerCount) ||
    (options.model !== undefined && options.model !== shared.model)
  ) {
    const previous = shared;
    shared = new OcrEngine(options);
    if (previous) void previous.close();
  }
  return shared;
}

/** Stop the shared engine's workers now (tests, long-running servers). */
export async function closeSharedEngine(): Promise<void> {
  const engine = shared;
  shared = null;
  if (engine) await engine.close();
}
