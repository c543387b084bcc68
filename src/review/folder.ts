import { z } from 'zod';
import { ReportDocument } from '../model/index.js';
import { type ReviewIndexEntry, indexEntryFor, renderReviewIndex } from './index-page.js';
import { renderReviewPage, type ReviewPageOptions } from './page.js';

/** A document file read from an output folder: its base name and its text. */
export interface FolderReviewItem {
  name: string;
  json: string;
}

export interface FolderReview {
  /** Pages to write next to each other, `file` a plain base name. */
  pages: { name: string; file: string; html: string }[];
  entries: ReviewIndexEntry[];
  indexFile: string;
  index: string;
}

export const INDEX_FILE = 'index.html';

/**
 * Reviews a batch of JSON documents (solieu's out/ folder): one page each, and an index listing
 * them with their counts. A document that is not valid JSON or fails the schema is listed with
 * its error, never silently dropped, and never stops the others.
 */
export function reviewFolder(items: readonly FolderReviewItem[], options: ReviewPageOptions): FolderReview {
  const taken = new Set([INDEX_FILE]);
  const pages: FolderReview['pages'] = [];
  const entries: ReviewIndexEntry[] = [];
  for (const item of [...items].sort((a, b) => a.name.localeCompare(b.name))) {
    const { entry, page } = reviewDocumentJson(item, taken, options);
    entries.push(entry);
    if (page) pages.push(page);
  }
  return { pages, entries, indexFile: INDEX_FILE, index: renderReviewIndex(entries, options) };
}

/** One document of a batch, so a caller can write each page as it goes and keep memory flat. */
export function reviewDocumentJson(
  item: FolderReviewItem,
  taken: Set<string>,
  options: ReviewPageOptions,
): { entry: ReviewIndexEntry; page: FolderReview['pages'][number] | null } {
  const parsed = readDocument(item.json);
  if (!parsed.ok) {
    return {
      entry: {
        name: item.name,
        href: null,
        title: null,
        documentNumber: null,
        date: null,
        format: null,
        pages: null,
        counts: null,
        error: parsed.error,
      },
      page: null,
    };
  }
  const file = pageFileName(item.name, taken);
  return {
    entry: indexEntryFor(parsed.doc, item.name, encodeURIComponent(file)),
    page: { name: item.name, file, html: renderReviewPage(parsed.doc, options) },
  };
}

/**
 * Whether a JSON file in an output folder is meant to be a document: the store's catalogue
 * (`solieu.json`), a review file or any other JSON beside the documents names no generator or
 * source and is skipped, not reported as a broken document. Text that is not JSON at all stays an error.
 */
export function isDocumentJson(json: string): boolean {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return true;
  }
  // The catalogue carries a schemaVersion too, but no generator or source.
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) && ('generator' in raw || 'source' in raw);
}

export function readDocument(json: string): { ok: true; doc: ReportDocument } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = ReportDocument.safeParse(raw);
  if (!result.success)
    return { ok: false, error: `not a solieu document: ${z.prettifyError(result.error).split('\n').slice(0, 6).join(' ')}` };
  return { ok: true, doc: result.data };
}

/** `report.pdf.json` → `report.pdf.html`; never the index's name, never a name already given. */
export function pageFileName(name: string, taken: Set<string>): string {
  const stem =
    name
      .replace(/\.json$/iu, '')
      // eslint-disable-next-line no-control-regex -- control characters are what a file name must not carry
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/gu, '_')
      .replace(/^[-.\s]+/u, '') || 'report';
  let file = `${stem}.html`;
  for (let n = 2; taken.has(file.toLowerCase()); n += 1) file = `${stem}-${n}.html`;
  taken.add(file.toLowerCase());
  return file;
}
