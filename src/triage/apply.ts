import { findingKey, type KeyedFinding } from './key.js';
import type { ReviewEntry } from './schema.js';

export interface Reviewed<F> {
  finding: F;
  key: string;
  entry: ReviewEntry;
}

/** One document's findings split into those still to review and those set aside by a review. */
export interface Triage<F> {
  fresh: Array<{ finding: F; key: string }>;
  setAside: Array<Reviewed<F>>;
}

export function triage<F extends KeyedFinding>(findings: readonly F[], documentSha256: string, entries: readonly ReviewEntry[]): Triage<F> {
  const byKey = new Map(entries.map((e) => [e.key, e] as const));
  const out: Triage<F> = { fresh: [], setAside: [] };
  for (const finding of findings) {
    const key = findingKey(finding, documentSha256);
    const entry = byKey.get(key);
    if (entry) out.setAside.push({ finding, key, entry });
    else out.fresh.push({ finding, key });
  }
  return out;
}

/**
 * Entries about the documents of this run (by file name) that matched none of their findings:
 * the document changed, or the checker no longer reports the finding. Like ESLint's unused
 * suppressions, they are reported so the file does not silently rot.
 */
export function staleEntries(
  entries: readonly ReviewEntry[],
  documents: readonly string[],
  matchedKeys: ReadonlySet<string>,
): ReviewEntry[] {
  const names = new Set(documents);
  return entries.filter((e) => names.has(e.document.name) && !matchedKeys.has(e.key));
}

/** The file after a decision: one entry per key, the newest decision wins; entries sorted by key. */
export function withDecision(entries: readonly ReviewEntry[], entry: ReviewEntry): ReviewEntry[] {
  return [...entries.filter((e) => e.key !== entry.key), entry].sort((a, b) => a.key.localeCompare(b.key));
}
