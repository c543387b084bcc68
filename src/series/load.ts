import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SolieuError } from '../errors/index.js';
import { ReportDocument } from '../model/index.js';
import { processFile } from '../pipeline.js';
import { openExistingStore } from '../store/index.js';

/** A processed report and the name the series calls it by. */
export interface LoadedReport {
  doc: ReportDocument;
  name: string;
}

export interface LoadResult {
  reports: LoadedReport[];
  /** Inputs that could not be read, each with its error; the others are still used. */
  problems: Array<{ file: string; error: unknown }>;
  /** Things skipped on purpose (a store file or a foreign JSON in an out/ folder). */
  notes: string[];
}

const REPORT_FILE = /\.(pdf|docx|doc|txt|md)$/iu;

/** A per-document JSON written by `extract` or `ingest`; null when the file is some other JSON. */
async function readDocumentJson(file: string): Promise<ReportDocument | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SolieuError(
      'unreadable',
      `is not readable JSON (${error instanceof Error ? error.message : String(error)})`,
      'pass the report files or the out/ folder written by solieu extract or ingest',
      file,
      { cause: error },
    );
  }
  const parsed = ReportDocument.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

async function loadFile(file: string, result: LoadResult): Promise<void> {
  try {
    if (file.toLowerCase().endsWith('.json')) {
      const doc = await readDocumentJson(file);
      if (doc) result.reports.push({ doc, name: doc.source.path });
      else
        result.problems.push({
          file,
          error: new SolieuError(
            'invalid_output',
            'is JSON but not a solieu report document',
            'pass a per-document JSON from solieu extract (out/<name>.json), or use --store for the store file',
            file,
          ),
        });
      return;
    }
    const doc = await processFile(file, { check: false });
    result.reports.push({ doc, name: file });
  } catch (error) {
    result.problems.push({ file, error });
  }
}

/** A folder: the per-document JSONs in it (an `out/` folder), else the report files in it. */
async function loadFolder(folder: string, result: LoadResult): Promise<void> {
  const names = (await readdir(folder)).sort();
  const jsons = names.filter((n) => n.toLowerCase().endsWith('.json'));
  let found = 0;
  for (const name of jsons) {
    const file = path.join(folder, name);
    try {
      const doc = await readDocumentJson(file);
      if (doc) {
        result.reports.push({ doc, name: doc.source.path });
        found += 1;
      } else result.notes.push(`${file}: not a report document, skipped`);
    } catch (error) {
      result.problems.push({ file, error });
    }
  }
  if (found > 0) return;
  for (const name of names.filter((n) => REPORT_FILE.test(n))) await loadFile(path.join(folder, name), result);
}

/** The documents a store lists (a file or postgres:// URL), each read whole from the store. */
async function loadStore(spec: string, result: LoadResult): Promise<void> {
  const store = await openExistingStore(spec);
  try {
    for await (const d of store.query('documents', {})) {
      if (d.status === 'failed' || d.output === null) {
        result.notes.push(`${d.name}: failed at ingest, skipped`);
        continue;
      }
      try {
        result.reports.push({ doc: await store.readDocument(d), name: d.source });
      } catch (error) {
        result.problems.push({ file: d.output, error });
      }
    }
  } finally {
    await store.close();
  }
}

/**
 * Everything `solieu series` can read: report files (processed now, without the in-report
 * checker), per-document JSONs, folders of either, and a store. Bad inputs are collected, not thrown;
 * a store that cannot be read is thrown (it is the whole input).
 */
export async function loadSeriesInputs(paths: readonly string[], options: { store?: string } = {}): Promise<LoadResult> {
  const result: LoadResult = { reports: [], problems: [], notes: [] };
  if (options.store) await loadStore(options.store, result);
  for (const p of paths) {
    let isFolder = false;
    try {
      isFolder = (await stat(p)).isDirectory();
    } catch {
      // Missing paths are reported by processFile with their proper code.
    }
    if (isFolder) await loadFolder(p, result);
    else await loadFile(p, result);
  }
  return result;
}
