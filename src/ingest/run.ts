import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SOLIEU_VERSION } from '../version.js';
import {
  documentRecord,
  type Release,
  type ReportStore,
  type StoredDocument,
  type StoredFinding,
  outputPath,
  removeOrphanTemps,
} from '../store/index.js';
import { Committer, type CommittedResult } from './committer.js';
import type { IngestEvent, IngestSummary } from './events.js';
import { hashFile, optionsFingerprint } from './fingerprint.js';
import { FilePool } from './pool.js';
import { SummaryBuilder } from './summary.js';
import { collectInputs, type InputFile } from './walk.js';

export interface IngestRunOptions {
  inputs: readonly string[];
  cwd: string;
  outDir: string;
  store: ReportStore;
  concurrency: number;
  timeoutMs: number;
  maxMemoryMb: number;
  /** Passed to processFile as is; also fingerprinted (password as present/absent only). */
  processOptions: Record<string, unknown>;
  /** Redo every file even when unchanged. */
  force: boolean;
  readStdin?: () => Promise<string>;
  /** Called once the list of report files is known. */
  onPlan?: (files: number) => void;
  onEvent: (event: IngestEvent) => void;
  /** Test seam: a fake worker module. */
  workerFile?: URL;
  /** The solieu version recorded with each document (incremental runs compare it). */
  version?: string;
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Ingests files into the store: walk, hash, skip what is unchanged, process the rest in the worker
 * pool, commit in batches. Emits one event per file; returns the summary. Prints nothing.
 */
export async function runIngest(options: IngestRunOptions): Promise<IngestSummary> {
  const started = performance.now();
  const outDir = path.resolve(options.cwd, options.outDir);
  const version = options.version ?? SOLIEU_VERSION;
  const fingerprint = optionsFingerprint(options.processOptions);
  await mkdir(outDir, { recursive: true });
  await removeOrphanTemps(outDir);
  await options.store.prepare();

  const walked = await collectInputs(options.inputs, {
    cwd: options.cwd,
    exclude: [outDir, ...options.store.ownFiles],
    ...(options.readStdin ? { readStdin: options.readStdin } : {}),
  });
  const summary = new SummaryBuilder();
  const failEarly = (file: string, code: string, message: string, suggestion: string | null): void => {
    const event: IngestEvent = { event: 'failed', file, document: null, code, message, suggestion, ms: null };
    summary.failedEarly(event);
    options.onEvent(event);
  };
  options.onPlan?.(walked.files.length + walked.notes.filter((n) => n.reason === 'not_found').length);
  for (const note of walked.notes) {
    if (note.reason === 'not_found') {
      failEarly(note.path, 'not_found', note.detail, null);
    } else {
      summary.walkSkipped();
      options.onEvent({ event: 'skipped', file: note.path, reason: note.reason, detail: note.detail, document: null, status: null });
    }
  }

  const { store } = options;
  const committer = new Committer({
    store,
    outDir,
    onCommitted: (done: CommittedResult[]) => {
      for (const { pending, record } of done) options.onEvent(summary.processed(pending.file, record, pending.result.ms));
    },
  });

  let pool: FilePool | null = null;
  const processPath = (file: InputFile): string => (options.cwd === process.cwd() ? file.path : path.resolve(options.cwd, file.path));

  // Contents being processed by this run (two paths may hold one content), and contents it stored.
  const inFlight = new Map<string, Promise<void>>();
  const storedThisRun = new Set<string>();
  // Files whose content another process had claimed: tried again, waiting, once the rest is done.
  const deferred: InputFile[] = [];

  const skipUnchanged = async (file: InputFile, previous: StoredDocument): Promise<void> => {
    const findings: StoredFinding[] =
      previous.status === 'inconsistent'
        ? documentRecord(await store.readDocument(previous), { ...previous }).findings.filter((f) => f.status === 'inconsistent')
        : [];
    summary.unchanged(file.path, previous, findings);
    const status = previous.status === 'inconsistent' ? 'inconsistent' : 'ok';
    options.onEvent({ event: 'skipped', file: file.path, reason: 'unchanged', detail: null, document: previous.name, status });
  };

  const handle = async (file: InputFile, wait: boolean): Promise<void> => {
    let hashed: { sha256: string; bytes: number };
    try {
      hashed = await hashFile(file.real);
    } catch (error) {
      return failEarly(file.path, 'unreadable', (error as Error).message, 'check that the file can be read');
    }
    const sha = hashed.sha256;
    await inFlight.get(sha);
    const claim = await store.claim(sha, wait);
    if (claim === null) {
      deferred.push(file);
      return;
    }
    let finished!: () => void;
    inFlight.set(sha, new Promise<void>((resolve) => (finished = resolve)));
    const release: Release = async () => {
      inFlight.delete(sha);
      finished();
      await claim();
    };
    try {
      const previous = await store.previous(sha, file.real);
      const seen = previous !== null && previous.sha256 === sha && storedThisRun.has(sha);
      if (
        previous &&
        (seen || (!options.force && (await isCurrent(previous, sha, version, fingerprint, store.needsOutputFiles ? outDir : null))))
      ) {
        await release();
        return await skipUnchanged(file, previous);
      }
    } catch (error) {
      await release();
      throw error;
    }
    pool ??= new FilePool({
      concurrency: options.concurrency,
      timeoutMs: options.timeoutMs,
      maxMemoryMb: options.maxMemoryMb,
      ...(options.workerFile ? { workerFile: options.workerFile } : {}),
    });
    const ingestedAt = new Date().toISOString();
    const result = await pool.run({ path: processPath(file), options: options.processOptions });
    storedThisRun.add(sha);
    committer.add({
      file: file.path,
      info: {
        source: file.real,
        ...hashed,
        generatorVersion: version,
        options: fingerprint,
        ingestedAt,
        durationMs: result.ms,
      },
      result,
      release,
    });
  };

  // One file in flight per lane, so a file's deadline starts when its work starts.
  const lanes = async (files: readonly InputFile[], wait: boolean): Promise<void> => {
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let file = files[next++]; file && !committer.broken; file = files[next++]) await handle(file, wait);
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  };
  try {
    await lanes(walked.files, false);
    await lanes(deferred.splice(0), true);
    await committer.flush();
  } finally {
    await (pool as FilePool | null)?.destroy();
  }
  return summary.finish(performance.now() - started);
}

/** Whether a stored record already is what processing the file would give; `outDir` when the store needs its JSON there. */
async function isCurrent(
  previous: StoredDocument,
  sha256: string,
  version: string,
  fingerprint: string,
  outDir: string | null,
): Promise<boolean> {
  if (previous.status === 'failed' || previous.sha256 !== sha256) return false;
  if (previous.generatorVersion !== version || previous.options !== fingerprint) return false;
  if (outDir === null) return true;
  // The per-document JSON must still be where this run would put it.
  const expected = outputPath(outDir, previous.name);
  return previous.output === expected && (await exists(expected));
}
