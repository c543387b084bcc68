import { matchKey } from '../text/normalize.js';
import type { StoreData, StoredAgency, StoredDocument, StoredFact, StoredFinding, StoredReference } from './schema.js';

/** Filters shared by `query` and `export`; each applies where the rows have the field. */
export interface QueryFilters {
  /** Document name, or a part of its name or source path. */
  document?: string;
  /** Agency name or a part of it (facts: the agency named before the figure; documents: the issuer). */
  agency?: string;
  /** Canonical unit or displayed unit, exactly (`hồ sơ`, `tỷ đồng`, `%`). */
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

export interface QueryResult {
  documents: StoredDocument[];
  facts: StoredFact[];
  findings: StoredFinding[];
  references: StoredReference[];
  agencies: StoredAgency[];
}

// Units, agencies and needles repeat across rows: normalise each distinct string once.
const keys = new Map<string, string>();
const key = (text: string): string => {
  let k = keys.get(text);
  if (k === undefined) {
    if (keys.size > 50_000) keys.clear();
    k = matchKey(text);
    keys.set(text, k);
  }
  return k;
};
const contains = (haystack: string | null | undefined, needle: string): boolean =>
  haystack !== null && haystack !== undefined && key(haystack).includes(key(needle));
const same = (value: string | null | undefined, wanted: string): boolean =>
  value !== null && value !== undefined && key(value) === key(wanted);
const referenceKey = (number: string): string => key(number).replace(/\s+/g, '');

/** The documents a `--document` filter selects (all when absent). */
function selectedDocuments(data: StoreData, filters: QueryFilters): Set<string> | null {
  const wanted = filters.document;
  if (wanted === undefined) return null;
  const exact = data.documents.filter((d) => d.name === wanted);
  const picked = exact.length > 0 ? exact : data.documents.filter((d) => contains(d.name, wanted) || contains(d.source, wanted));
  return new Set(picked.map((d) => d.name));
}

/** Pure filtering over a store snapshot; rows come back in document, then reading, order. */
export function queryStore<T extends QueryTarget>(data: StoreData, target: T, filters: QueryFilters): QueryResult[T] {
  const docs = selectedDocuments(data, filters);
  const inDoc = (row: { document: string }): boolean => docs === null || docs.has(row.document);
  const onPage = (row: { page: number | null }): boolean => filters.page === undefined || row.page === filters.page;
  const f = filters;
  const results: { [K in QueryTarget]: () => QueryResult[K] } = {
    documents: () =>
      data.documents
        .filter((d) => docs === null || docs.has(d.name))
        .filter((d) => f.status === undefined || d.status === f.status)
        .filter((d) => f.agency === undefined || contains(d.meta?.issuer, f.agency))
        .filter((d) => f.number === undefined || (d.meta?.documentNumber != null && referenceKey(d.meta.documentNumber) === referenceKey(f.number)))
        .sort((a, b) => a.name.localeCompare(b.name)),
    facts: () =>
      data.facts.filter(
        (row) =>
          inDoc(row) &&
          onPage(row) &&
          (f.agency === undefined || contains(row.agency, f.agency)) &&
          (f.unit === undefined || same(row.unit, f.unit) || same(row.displayUnit, f.unit)) &&
          (f.kind === undefined || row.kind === f.kind) &&
          (f.status === undefined || row.status === f.status),
      ),
    findings: () =>
      data.findings.filter(
        (row) =>
          inDoc(row) &&
          onPage(row) &&
          (f.status === undefined || row.status === f.status) &&
          (f.rule === undefined || row.rule === f.rule),
      ),
    references: () =>
      data.references.filter(
        (row) =>
          inDoc(row) &&
          onPage(row) &&
          (f.number === undefined || referenceKey(row.number) === referenceKey(f.number)) &&
          (f.kind === undefined || same(row.typeCode, f.kind) || same(row.type, f.kind)) &&
          (f.agency === undefined || contains(row.issuer, f.agency)),
      ),
    agencies: () =>
      data.agencies.filter(
        (row) =>
          inDoc(row) &&
          (f.agency === undefined || contains(row.name, f.agency)) &&
          (f.kind === undefined || row.kind === f.kind),
      ),
  };
  return results[target]();
}
