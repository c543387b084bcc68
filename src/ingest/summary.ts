import type { DocumentRecord } from '../store/records.js';
import type { FindingCounts, StoredDocument, StoredFinding } from '../store/schema.js';
import { EXIT, type InconsistencyLine, type IngestEvent, type IngestSummary } from './events.js';

const inconsistencyLines = (findings: Iterable<StoredFinding>): InconsistencyLine[] =>
  [...findings].filter((f) => f.status === 'inconsistent').map((f) => ({ page: f.page, message: f.messageVi }));

/** Tallies a run as events come in; turns a committed record into its event. */
export class SummaryBuilder {
  readonly #summary: IngestSummary = {
    event: 'summary',
    files: 0,
    processed: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
    pages: 0,
    facts: 0,
    findings: { consistent: 0, warning: 0, inconsistent: 0, unverifiable: 0 },
    documents: { ok: 0, inconsistent: 0, failed: 0 },
    failures: [],
    inconsistencies: [],
    elapsedMs: 0,
    exitCode: EXIT.ok,
  };

  walkSkipped(): void {
    this.#summary.skipped += 1;
  }

  /** A file that failed before reaching a worker (missing, unreadable). */
  failedEarly(event: Extract<IngestEvent, { event: 'failed' }>): void {
    this.#summary.files += 1;
    this.#summary.failed += 1;
    this.#summary.documents.failed += 1;
    this.#summary.failures.push({ file: event.file, code: event.code, message: event.message });
  }

  /** A file already in the store; `findings` are its document's (only the inconsistent ones are listed). */
  unchanged(file: string, doc: StoredDocument, findings: readonly StoredFinding[]): void {
    this.#summary.files += 1;
    this.#summary.unchanged += 1;
    this.#count(file, doc, () => findings);
  }

  processed(file: string, record: DocumentRecord, ms: number): IngestEvent {
    const doc = record.document;
    this.#summary.files += 1;
    if (doc.status === 'failed') {
      const error = doc.error ?? { code: 'internal_error', message: 'unknown failure', suggestion: null };
      this.#summary.failed += 1;
      this.#summary.documents.failed += 1;
      this.#summary.failures.push({ file, code: error.code, message: error.message });
      return { event: 'failed', file, document: doc.name, code: error.code, message: error.message, suggestion: error.suggestion, ms };
    }
    this.#summary.processed += 1;
    this.#count(file, doc, () => record.findings);
    return {
      event: 'ok',
      file,
      document: doc.name,
      output: doc.output ?? '',
      status: doc.status,
      format: doc.format,
      pages: doc.counts.pages,
      facts: doc.counts.facts,
      findings: doc.counts.findings,
      ms,
    };
  }

  #count(file: string, doc: StoredDocument, findings: () => Iterable<StoredFinding>): void {
    const s = this.#summary;
    s.pages += doc.counts.pages ?? 0;
    s.facts += doc.counts.facts;
    for (const key of Object.keys(s.findings) as Array<keyof FindingCounts>) s.findings[key] += doc.counts.findings[key];
    if (doc.status === 'inconsistent') {
      s.documents.inconsistent += 1;
      s.inconsistencies.push({ document: doc.name, file, findings: inconsistencyLines(findings()) });
    } else {
      s.documents.ok += 1;
    }
  }

  finish(elapsedMs: number): IngestSummary {
    const s = this.#summary;
    s.elapsedMs = Math.round(elapsedMs);
    s.exitCode = s.failed > 0 ? EXIT.failed : s.documents.inconsistent > 0 ? EXIT.inconsistent : EXIT.ok;
    s.failures.sort((a, b) => a.file.localeCompare(b.file));
    s.inconsistencies.sort((a, b) => a.file.localeCompare(b.file));
    return s;
  }
}
