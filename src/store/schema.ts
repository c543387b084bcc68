import { z } from 'zod';
import { Meta, FactKind, Evidence, FindingStatus, AgencyKind, SourceFormat } from '../model/index.js';

/** Version 1 kept every row in the store file; version 2 keeps only the catalogue (see catalogue below). */
export const STORE_SCHEMA_VERSION = 2;
export const LEGACY_STORE_SCHEMA_VERSION = 1;

/** Why a file was refused: a SolieuError code, or what the pool saw (`timeout`, `out_of_memory`, `internal_error`). */
export const StoredError = z.object({
  code: z.string(),
  message: z.string(),
  suggestion: z.string().nullable(),
});
export type StoredError = z.infer<typeof StoredError>;

export const FindingCounts = z.object({
  consistent: z.number().int().nonnegative(),
  warning: z.number().int().nonnegative(),
  inconsistent: z.number().int().nonnegative(),
  unverifiable: z.number().int().nonnegative(),
});
export type FindingCounts = z.infer<typeof FindingCounts>;

/**
 * One ingested file. `name` is unique in the store and is both the `document` column of every
 * row below and the stem of its per-document JSON (`<out>/<name>.json`).
 */
export const StoredDocument = z.object({
  name: z.string().min(1),
  /** Real path of the source file: the identity of a document across runs. */
  source: z.string(),
  /** Absolute path of `<out>/<name>.json`; null when the file failed. */
  output: z.string().nullable(),
  format: SourceFormat.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** solieu version and option fingerprint the document was produced with (incremental runs). */
  generatorVersion: z.string(),
  options: z.string(),
  status: z.enum(['ok', 'inconsistent', 'failed']),
  error: StoredError.nullable(),
  meta: Meta.nullable(),
  counts: z.object({
    pages: z.number().int().nonnegative().nullable(),
    blocks: z.number().int().nonnegative(),
    facts: z.number().int().nonnegative(),
    references: z.number().int().nonnegative(),
    agencies: z.number().int().nonnegative(),
    findings: FindingCounts,
  }),
  /** ISO timestamp of the run that produced this record. */
  ingestedAt: z.string(),
  durationMs: z.number().nonnegative(),
});
export type StoredDocument = z.infer<typeof StoredDocument>;

/** A figure as a flat row (column names are a public contract of `export`). */
export const StoredFact = z.object({
  document: z.string(),
  id: z.string(),
  page: z.number().int().positive().nullable(),
  block: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Heading labels joined with ` > ` (`III > 1`). */
  section: z.string(),
  kind: FactKind,
  raw: z.string(),
  value: z.number().nullable(),
  exact: z.string().nullable(),
  decimals: z.number().int().nonnegative().nullable(),
  unit: z.string().nullable(),
  displayUnit: z.string().nullable(),
  scale: z.number().positive(),
  date: z.string().nullable(),
  status: z.enum(['ok', 'ambiguous', 'unclassified']),
  estimated: z.boolean(),
  bound: z.string().nullable(),
  predicate: z.string().nullable(),
  reference: z.string().nullable(),
  noun: z.string().nullable(),
  qualifiers: z.array(z.string()),
  subject: z.string().nullable(),
  /** The agency named nearest before the figure in its sentence (`Sở Y tế 728 hồ sơ`). */
  agency: z.string().nullable(),
  sentence: z.string(),
});
export type StoredFact = z.infer<typeof StoredFact>;

/** What the store keeps of a finding's evidence: where the figure is, not its sentence. */
export const StoredEvidence = Evidence.pick({ role: true, fact: true, raw: true, value: true, page: true, block: true });
export type StoredEvidence = z.infer<typeof StoredEvidence>;

export const StoredFinding = z.object({
  document: z.string(),
  id: z.string(),
  rule: z.string(),
  status: FindingStatus,
  severity: z.enum(['error', 'warning', 'info']),
  messageVi: z.string(),
  messageEn: z.string(),
  reason: z.string().nullable(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  arithmetic: z.string().nullable(),
  cue: z.string().nullable(),
  section: z.string(),
  page: z.number().int().positive().nullable(),
  block: z.string(),
  evidence: z.array(StoredEvidence),
});
export type StoredFinding = z.infer<typeof StoredFinding>;

export const StoredReference = z.object({
  document: z.string(),
  id: z.string(),
  number: z.string(),
  type: z.string().nullable(),
  typeCode: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  form: z.string(),
  raw: z.string(),
  page: z.number().int().positive().nullable(),
  block: z.string(),
});
export type StoredReference = z.infer<typeof StoredReference>;

export const StoredAgency = z.object({
  document: z.string(),
  id: z.string(),
  name: z.string(),
  kind: AgencyKind,
  mentions: z.number().int().nonnegative(),
  /** Pages the agency is named on, ascending; empty for formats without pages. */
  pages: z.array(z.number().int().positive()),
});
export type StoredAgency = z.infer<typeof StoredAgency>;

/**
 * What a catalogue entry knows of a document's rows without opening it: folded units, agency
 * names (of figures, of the agency list and of cited issuers), reference numbers and rule ids. A
 * query skips every document whose keys cannot match its filters.
 */
export const DocumentKeys = z.object({
  units: z.array(z.string()),
  agencies: z.array(z.string()),
  references: z.array(z.string()),
  rules: z.array(z.string()),
});
export type DocumentKeys = z.infer<typeof DocumentKeys>;

export const CatalogueEntry = z.object({ document: StoredDocument, keys: DocumentKeys });
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

/**
 * The embedded store file (lowdb): the catalogue only. Facts, findings, references and agencies
 * live in each document's `<out>/<name>.json` and are read one document at a time.
 */
export const Catalogue = z.object({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  documents: z.array(CatalogueEntry),
});
export type Catalogue = z.infer<typeof Catalogue>;

export const emptyCatalogue = (): Catalogue => ({ schemaVersion: STORE_SCHEMA_VERSION, documents: [] });

/** The version-1 store file, every row inside: read only to migrate it. */
export const LegacyStoreData = z.object({
  schemaVersion: z.literal(LEGACY_STORE_SCHEMA_VERSION),
  documents: z.array(StoredDocument),
  facts: z.array(StoredFact),
  findings: z.array(StoredFinding),
  references: z.array(StoredReference),
  agencies: z.array(StoredAgency),
});
export type LegacyStoreData = z.infer<typeof LegacyStoreData>;
