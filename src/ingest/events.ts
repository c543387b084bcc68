import type { FindingCounts } from '../store/index.js';
import type { SkipReason } from './walk.js';

/** One line of `ingest --json`: what happened to one file. */
export type IngestEvent =
  | {
      event: 'ok';
      file: string;
      document: string;
      output: string;
      status: 'ok' | 'inconsistent';
      format: string | null;
      pages: number | null;
      facts: number;
      findings: FindingCounts;
      ms: number;
    }
  | {
      event: 'skipped';
      file: string;
      reason: 'unchanged' | Exclude<SkipReason, 'not_found'>;
      detail: string | null;
      document: string | null;
      status: 'ok' | 'inconsistent' | null;
    }
  | {
      event: 'failed';
      file: string;
      document: string | null;
      code: string;
      message: string;
      suggestion: string | null;
      ms: number | null;
    };

export interface InconsistencyLine {
  page: number | null;
  message: string;
  /** English wording of the same finding (`--lang en`). */
  messageEn?: string;
  /** Heading labels joined with ` > ` (`III > 1`), as the store keeps them. */
  section?: string;
  /** Review key (rule + document hash + evidence text), for `solieu triage`. */
  key?: string;
}

/** The closing summary (the last NDJSON line under --json, a few lines of text otherwise). */
export interface IngestSummary {
  event: 'summary';
  /** Report files this run covered: processed, unchanged and failed. */
  files: number;
  processed: number;
  unchanged: number;
  failed: number;
  /** Entries skipped while walking (not reports, symlink loops, escapes). */
  skipped: number;
  /** Totals over the documents this run covered, unchanged ones included. */
  pages: number;
  facts: number;
  findings: FindingCounts;
  documents: { ok: number; inconsistent: number; failed: number };
  failures: Array<{ file: string; code: string; message: string }>;
  inconsistencies: Array<{ document: string; file: string; findings: InconsistencyLine[] }>;
  /** Inconsistent findings left out of `inconsistencies` because a reviewer already decided on them. */
  setAside?: number;
  /** Review entries about this run's reports that matched no finding (the report or its evidence changed). */
  staleReviews?: string[];
  elapsedMs: number;
  exitCode: 0 | 1 | 3;
}

/** Exit codes of `ingest`: documented in --help and the README. */
export const EXIT = { ok: 0, inconsistent: 1, usage: 2, failed: 3 } as const;
