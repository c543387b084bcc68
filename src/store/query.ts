import { byName, foldKey, referenceKey } from './fold.js';
import type { CatalogueEntry, StoredAgency, StoredDocument, StoredFact, StoredFinding, StoredReference } from './schema.js';

/** Filters shared by `query` and `export`; each applies where the rows have the field. */
export interface QueryFilters {
  /** Document name, or a part of its name or source path. */
  document?: string;
  /** Agency name or a part of it (facts: the agency named before the figure; documents: the issuer). */
  agency?: string;
  /** Canonical unit or displayed unit (`hồ sơ`, `tỷ đồng`, `%`; marks and case optional). */
  unit?: string;
  kind?: string;
  /** documents: ok | inconsistent | failed; facts: ok | ambiguous | unclassified; findings: a finding status. */
  status?: string;
  /** Reference number `17/KH-UBND` (spaces and case ignored). */
  number?: string;
  rule?: string;
  page?: number;
}

export type QueryTarget = 'documents' | 'facts' | 'findings' | 'references' | 'agencies';
export type RowTarget = Exclude<QueryTarget, 'documents'>;

export interface QueryResult {
  documents: StoredDocument[];
  facts: StoredFact[];
  findings: StoredFinding[];
  references: StoredReference[];
  agencies: StoredAgency[];
}
export type QueryRow<T extends QueryTarget> = QueryResult[T][number];

// Units, agencies and needles repeat across rows: fold each distinct string once.
const keys = new Map<string, string>();
const key = (text: string): string => {
  let k = keys.get(text);
  if (k === undefined) {
    if (keys.size > 50_000) keys.clear();
    k = foldKey(text);
    keys.set(text, k);
  }
  return k;
};
const contains = (haystack: string | null | undefined, needle: string): boolean =>
  haystack !== null && haystack !== undefined && key(haystack).includes(key(needle));
const same = (value: string | null | undefined, wanted: string): boolean =>
  value !== null && value !== undefined && key(value) === key(wanted);

/**
 * The documents a `--document` filter selects, from the names and sources of the catalogue: the
 * document of that exact name if there is one, else every document whose name or source contains it.
 */
export function documentSelector(
  entries: Iterable<Pick<StoredDocument, 'name' | 'source'>>,
  wanted: string | undefined,
): (doc: Pick<StoredDocument, 'name' | 'source'>) => boolean {
  if (wanted === undefined) return () => true;
  for (const d of entries) if (d.name === wanted) return (doc) => doc.name === wanted;
  return (doc) => contains(doc.name, wanted) || contains(doc.source, wanted);
}

/** A document row (target `documents`) against the filters other than `--document`. */
export function documentMatches(d: StoredDocument, f: QueryFilters): boolean {
  return (
    (f.status === undefined || d.status === f.status) &&
    (f.agency === undefined || contains(d.meta?.issuer, f.agency)) &&
    (f.number === undefined || (d.meta?.documentNumber != null && referenceKey(d.meta.documentNumber) === referenceKey(f.number)))
  );
}

/**
 * Whether a document's rows of `target` could match, from its catalogue entry alone: a necessary
 * condition, so that a query opens only the documents that may hold answers.
 */
export function mayHoldRows(entry: CatalogueEntry, target: RowTarget, f: QueryFilters): boolean {
  const { document: d, keys: k } = entry;
  if (d.status === 'failed') return false;
  if (f.page !== undefined && target !== 'agencies' && d.counts.pages !== null && f.page > d.counts.pages) return false;
  const agencyOk = f.agency === undefined || k.agencies.some((a) => a.includes(key(f.agency!)));
  switch (target) {
    case 'facts':
      return d.counts.facts > 0 && agencyOk && (f.unit === undefined || k.units.includes(key(f.unit)));
    case 'findings': {
      const counts = d.counts.findings as Record<string, number>;
      return (f.status === undefined || (counts[f.status] ?? 0) > 0) && (f.rule === undefined || k.rules.includes(f.rule));
    }
    case 'references':
      return d.counts.references > 0 && agencyOk && (f.number === undefined || k.references.includes(referenceKey(f.number)));
    case 'agencies':
      return d.counts.agencies > 0 && agencyOk;
  }
}

const onPage = (row: { page: number | null }, f: QueryFilters): boolean => f.page === undefined || row.page === f.page;

/** One row of a document against the filters (the document itself was already selected). */
export function rowMatches<T extends RowTarget>(target: T, row: QueryRow<T>, f: QueryFilters): boolean {
  switch (target) {
    case 'facts': {
      const r = row as StoredFact;
      return (
        onPage(r, f) &&
        (f.agency === undefined || contains(r.agency, f.agency)) &&
        (f.unit === undefined || same(r.unit, f.unit) || same(r.displayUnit, f.unit)) &&
        (f.kind === undefined || r.kind === f.kind) &&
        (f.status === undefined || r.status === f.status)
      );
    }
    case 'findings': {
      const r = row as StoredFinding;
      return onPage(r, f) && (f.status === undefined || r.status === f.status) && (f.rule === undefined || r.rule === f.rule);
    }
    case 'references': {
      const r = row as StoredReference;
      return (
        onPage(r, f) &&
        (f.number === undefined || referenceKey(r.number) === referenceKey(f.number)) &&
        (f.kind === undefined || same(r.typeCode, f.kind) || same(r.type, f.kind)) &&
        (f.agency === undefined || contains(r.issuer, f.agency))
      );
    }
    default: {
      const r = row as StoredAgency;
      return (f.agency === undefined || contains(r.name, f.agency)) && (f.kind === undefined || r.kind === f.kind);
    }
  }
}

/** Catalogue entries in query order (by name). */
export const sortEntries = <T extends { document: { name: string } }>(entries: T[]): T[] =>
  entries.sort((a, b) => byName(a.document.name, b.document.name));

/** Collects a streamed query (tests, small stores). */
export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}
