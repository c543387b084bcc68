import type { DocumentRecord } from '../store/index.js';
import type { FindingCounts, StoredDocument, StoredFinding } from '../store/index.js';
import { findingKey, staleEntries, type ReviewEntry } from '../triage/index.js';
import { EXIT, type InconsistencyLine, type IngestEvent, type IngestSummary } from './events.js';

const inconsistencyLines = (findings: Iterable<StoredFinding>, sha256: string): InconsistencyLine[] =>
  [...findings]
    .filter((f) => f.status === 'inconsistent')
    .map((f) => ({
      page: f.page,
      message: f.messageVi,
      messageEn: f.messageEn,
      section: f.section,
      key: findingKey(f, sha256),
    }));

/** Review keys of every finding of every report of a run, by report file name, kept beside the summary (not in its JSON). */
const RUN_KEYS = new WeakMap<IngestSummary, Map<string, Set<string>>>();

/**
 * The summary with the findings a reviewer already accepted or dismissed set aside (counted, not
 * listed), and the review entries about these reports that matched nothing. The exit code follows:
 * a run whose only inconsistencies were reviewed exits 0.
 */
export function setAsideReviewed(summary: IngestSummary, entries: readonly ReviewEntry[]): IngestSummary {
  if (entries.length === 0) return summary;
  const keys = new Set(entries.map((e) => e.key));
  const matched = new Set<string>();
  let setAside = 0;
  const inconsistencies = summary.inconsistencies
    .map((doc) => ({
      ...doc,
      findings: doc.findings.filter((f) => {
        if (!f.key || !keys.has(f.key)) return true;
        matched.add(f.key);
        setAside += 1;
        return false;
      }),
    }))
    .filter((doc) => doc.findings.length > 0);
  // An entry is stale when its report was in this run and none of the report's findings has its key.
  const all = RUN_KEYS.get(summary);
  const staleReviews = all
    ? staleEntries(entries, [...all.keys()], new Set([...all.values()].flatMap((k) => [...k]))).map((e) => e.key)
    : [];
  const documents = {
    ...summary.documents,
    ok: summary.documents.ok + (summary.inconsistencies.length - inconsistencies.length),
    inconsistent: inconsistencies.length,
  };
  const exitCode = summary.failed > 0 ? EXIT.failed : inconsistencies.length > 0 ? EXIT.inconsistent : EXIT.ok;
  return { ...summary, inconsistencies, documents, setAside, staleReviews, exitCode };
}

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
    this.#count(file, doc, () => record.findings, record.findings);
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

  #count(file: string, doc: StoredDocument, findings: () => Iterable<StoredFinding>, all?: Iterable<StoredFinding>): void {
    const s = this.#summary;
    if (all) this.#keys(file, doc.sha256, all);
    s.pages += doc.counts.pages ?? 0;
    s.facts += doc.counts.facts;
    for (const key of Object.keys(s.findings) as Array<keyof FindingCounts>) s.findings[key] += doc.counts.findings[key];
    if (doc.status === 'inconsistent') {
      s.documents.inconsistent += 1;
      s.inconsistencies.push({ document: doc.name, file, findings: inconsistencyLines(findings(), doc.sha256) });
    } else {
      s.documents.ok += 1;
    }
  }

  /** Keys of every finding of a processed report (an unchanged one has the findings its entries were made from). */
  #keys(file: string, sha256: string, findings: Iterable<StoredFinding>): void {
    let byFile = RUN_KEYS.get(this.#summary);
    if (!byFile) RUN_KEYS.set(this.#summary, (byFile = new Map<string, Set<string>>()));
    byFile.set(file.split(/[\\/]/u).pop() ?? file, new Set([...findings].map((f) => findingKey(f, sha256))));
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
