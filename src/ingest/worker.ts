import { isSolieuError } from '../errors/index.js';
import { processFile, processReportText, type ProcessOptions } from '../pipeline.js';
import { markStarted, type WorkerResult, type WorkerTask } from './worker-protocol.js';

// The pipeline sets itself up lazily on first use (NLP lexicons: seconds on a busy machine). Do it
// while the worker starts, so that it is not billed to the first file's deadline.
try {
  processReportText('BÁO CÁO\n\nI. KẾT QUẢ\n\nĐã giao 12 nhiệm vụ, đã hoàn thành 10 nhiệm vụ (83,3%).\n', 'warm-up.txt');
} catch {
  // A pipeline that cannot even warm up fails on the real files, with their names.
}

/** Piscina worker: one file in, a document or a coded error out (never a thrown Error). */
export default async function processInWorker(task: WorkerTask): Promise<WorkerResult> {
  markStarted(task);
  const started = performance.now();
  const ms = (): number => Math.round(performance.now() - started);
  try {
    const document = await processFile(task.path, task.options as ProcessOptions);
    return { ok: true, document, ms: ms() };
  } catch (error) {
    if (isSolieuError(error)) {
      return { ok: false, error: { code: error.code, message: error.message, suggestion: error.suggestion }, crash: false, ms: ms() };
    }
    const e = error instanceof Error ? error : new Error(String(error));
    return {
      ok: false,
      error: {
        code: 'internal_error',
        message: `${e.name}: ${e.message}`,
        suggestion: 'this is a bug in solieu; please report it with the file',
      },
      crash: true,
      ms: ms(),
    };
  }
}
