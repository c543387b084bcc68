import type { ReportDocument } from '../model/index.js';
import type { QueryFilters, QueryRow, QueryTarget } from './query.js';
import type { DocumentRecord, RecordInfo } from './records.js';
import type { StoredDocument, StoredError } from './schema.js';

/** A processed file on its way into the store: everything but its name, which the store claims. */
export interface CommitItem {
  info: Omit<RecordInfo, 'name' | 'output'>;
  result: { ok: true; document: ReportDocument } | { ok: false; error: StoredError };
}

export interface Committed {
  item: CommitItem;
  record: DocumentRecord;
}

/** The right to process one content (sha256) until released; see ReportStore.claim. */
export type Release = () => Promise<void>;

/**
 * Where ingested documents live: the embedded catalogue plus per-document JSON (JsonReportStore)
 * or PostgreSQL (PostgresReportStore). A document is identified by its content (sha256): storing
 * a content again replaces its record, so each content is stored once whatever ran it. A file whose
 * content changed replaces the record of its source path.
 */
export interface ReportStore {
  /** Human-readable location: a file path, or a URL without its password. */
  readonly location: string;
  /** Files ingest must never pick up as inputs (the store file and its lock). */
  readonly ownFiles: readonly string[];
  /** Whether a document is only complete with its `<out>/<name>.json` (the embedded store). */
  readonly needsOutputFiles: boolean;
  /** Whether the store exists (a read command refuses a missing store with store_not_found). */
  exists(): Promise<boolean>;
  /** Readies the store for writing: migrations, leftovers of killed runs. */
  prepare(): Promise<void>;
  /** The record an ingest compares a file with: same content first, else same source path. */
  previous(sha256: string, source: string): Promise<StoredDocument | null>;
  /**
   * Claims a content for processing, across processes and machines. With `wait` false, null when
   * another process holds it; with `wait` true, waits for it. A claim dies with its process.
   */
  claim(sha256: string, wait: boolean): Promise<Release | null>;
  /** Stores processed files, each document whole or not at all; writes `<outDir>/<name>.json`. */
  commit(items: readonly CommitItem[], outDir: string): Promise<Committed[]>;
  /** Rows of one kind matching the filters, streamed in document-name then reading order. */
  query<T extends QueryTarget>(target: T, filters: QueryFilters): AsyncIterable<QueryRow<T>>;
  /** The whole processed document of a record (series, review). */
  readDocument(document: StoredDocument): Promise<ReportDocument>;
  /** Releases connections and claims. */
  close(): Promise<void>;
}
