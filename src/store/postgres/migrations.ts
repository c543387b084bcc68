/**
 * Versioned schema of the PostgreSQL store, applied in order, each in its own transaction, under an
 * advisory lock so that several machines starting at once migrate once. Never edit a released
 * migration: add the next one.
 *
 * Rows keep their export shape in a `row json` column (json, not jsonb: key order is kept, so both
 * backends print the same JSON); the columns beside it are the folded keys `query` filters on.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'documents, facts, findings, references, agencies',
    sql: `
CREATE TABLE documents (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  source text NOT NULL,
  sha256 text NOT NULL UNIQUE,
  status text NOT NULL,
  name_key text NOT NULL,
  source_key text NOT NULL,
  issuer_key text,
  number_key text,
  ingested_at timestamptz NOT NULL,
  entry json NOT NULL,
  body json
);
CREATE INDEX documents_source ON documents (source);
CREATE INDEX documents_status ON documents (status);
CREATE INDEX documents_issuer ON documents (issuer_key);

CREATE TABLE facts (
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  page integer,
  unit_key text,
  display_unit_key text,
  agency_key text,
  kind text NOT NULL,
  status text NOT NULL,
  row json NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX facts_unit ON facts (unit_key, agency_key);
CREATE INDEX facts_display_unit ON facts (display_unit_key);
CREATE INDEX facts_agency ON facts (agency_key);
CREATE INDEX facts_kind ON facts (kind);

-- A finding is a checked claim: its status says whether the figures agree.
CREATE TABLE findings (
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  page integer,
  status text NOT NULL,
  rule text NOT NULL,
  row json NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX findings_status ON findings (status);
CREATE INDEX findings_rule ON findings (rule);

CREATE TABLE document_references (
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  page integer,
  number_key text NOT NULL,
  type_key text,
  type_code_key text,
  issuer_key text,
  row json NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX document_references_number ON document_references (number_key);

CREATE TABLE agencies (
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  name_key text NOT NULL,
  kind text NOT NULL,
  row json NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX agencies_name ON agencies (name_key);

-- Agency filters match a part of the name: trigram indexes when the extension is available.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX facts_agency_trgm ON facts USING gin (agency_key gin_trgm_ops);
  CREATE INDEX agencies_name_trgm ON agencies USING gin (name_key gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm unavailable: agency filters scan';
END $$;
`,
  },
];

export const SCHEMA_TABLE = 'solieu_schema';
