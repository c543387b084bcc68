import type { StoredAgency, StoredDocument, StoredEvidence, StoredFact, StoredFinding, StoredReference } from './schema.js';
import type { QueryResult, QueryTarget } from './query.js';

export type Cell = string | number | boolean | null | string[] | StoredEvidence[];
export type Row = Record<string, Cell>;

/**
 * Column names of `export`, in order: a public contract (extend at the end, never rename). Rows
 * carry exactly these keys; lists stay lists in JSONL and are joined with `; ` in CSV.
 */
export const COLUMNS = {
  documents: [
    'document',
    'source',
    'output',
    'format',
    'status',
    'errorCode',
    'errorMessage',
    'sha256',
    'bytes',
    'pages',
    'blocks',
    'facts',
    'references',
    'agencies',
    'findingsConsistent',
    'findingsWarning',
    'findingsInconsistent',
    'findingsUnverifiable',
    'documentNumber',
    'documentCode',
    'date',
    'place',
    'issuer',
    'title',
    'subject',
    'period',
    'generatorVersion',
    'ingestedAt',
    'durationMs',
  ],
  facts: [
    'document',
    'id',
    'page',
    'block',
    'start',
    'end',
    'section',
    'kind',
    'raw',
    'value',
    'exact',
    'decimals',
    'unit',
    'displayUnit',
    'scale',
    'date',
    'status',
    'estimated',
    'bound',
    'predicate',
    'reference',
    'noun',
    'qualifiers',
    'subject',
    'agency',
    'sentence',
  ],
  findings: [
    'document',
    'id',
    'rule',
    'status',
    'severity',
    'page',
    'block',
    'section',
    'messageVi',
    'messageEn',
    'expected',
    'actual',
    'arithmetic',
    'cue',
    'reason',
    'evidence',
  ],
  references: ['document', 'id', 'page', 'block', 'number', 'type', 'typeCode', 'date', 'issuer', 'form', 'raw'],
  agencies: ['document', 'id', 'name', 'kind', 'mentions', 'pages'],
} as const satisfies Record<QueryTarget, readonly string[]>;

const documentRow = (d: StoredDocument): Row => ({
  document: d.name,
  source: d.source,
  output: d.output,
  format: d.format,
  status: d.status,
  errorCode: d.error?.code ?? null,
  errorMessage: d.error?.message ?? null,
  sha256: d.sha256,
  bytes: d.bytes,
  pages: d.counts.pages,
  blocks: d.counts.blocks,
  facts: d.counts.facts,
  references: d.counts.references,
  agencies: d.counts.agencies,
  findingsConsistent: d.counts.findings.consistent,
  findingsWarning: d.counts.findings.warning,
  findingsInconsistent: d.counts.findings.inconsistent,
  findingsUnverifiable: d.counts.findings.unverifiable,
  documentNumber: d.meta?.documentNumber ?? null,
  documentCode: d.meta?.documentCode ?? null,
  date: d.meta?.date ?? null,
  place: d.meta?.place ?? null,
  issuer: d.meta?.issuer ?? null,
  title: d.meta?.title ?? null,
  subject: d.meta?.subject ?? null,
  period: d.meta?.period ?? null,
  generatorVersion: d.generatorVersion,
  ingestedAt: d.ingestedAt,
  durationMs: d.durationMs,
});

const pick = (row: object, columns: readonly string[]): Row => {
  const source = row as Record<string, Cell>;
  return Object.fromEntries(columns.map((c) => [c, source[c] ?? null]));
};

/** Query results as flat rows with the export columns. */
export function toRows<T extends QueryTarget>(target: T, items: QueryResult[T]): Row[] {
  const columns = COLUMNS[target];
  if (target === 'documents') return (items as StoredDocument[]).map(documentRow);
  return (items as Array<StoredFact | StoredFinding | StoredReference | StoredAgency>).map((item) => pick(item, columns));
}

/** One query result as a flat row with the export columns (streamed exports). */
export function toRow<T extends QueryTarget>(target: T, item: QueryResult[T][number]): Row {
  return target === 'documents' ? documentRow(item as StoredDocument) : pick(item, COLUMNS[target]);
}
