import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { SolieuError } from '../../errors/index.js';
import { ReportDocument } from '../../model/index.js';
import { writeFileDurable } from '../atomic-write.js';
import { foldKey, referenceKey } from '../fold.js';
import { claimName, outputPath, sanitizeName } from '../names.js';
import type { QueryFilters, QueryRow, QueryTarget } from '../query.js';
import { documentRecord, failedRecord, type DocumentRecord } from '../records.js';
import type { CommitItem, Committed, Release, ReportStore } from '../report-store.js';
import type { StoredDocument } from '../schema.js';
import { MIGRATIONS, SCHEMA_TABLE } from './migrations.js';

/** `postgres://user:secret@host/db` → `postgres://user@host/db`: the location printed in messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

export const isPostgresUrl = (spec: string): boolean => /^postgres(ql)?:\/\//i.test(spec);

const MIGRATION_LOCK = "hashtextextended('solieu:migrate', 0)";
const FETCH_ROWS = 1_000;
const CLAIM_POLL_MS = 200;

type Db = pg.Pool | pg.PoolClient | pg.Client;

/**
 * The PostgreSQL store, for teams and for scale: documents, facts, findings, references and agencies
 * in indexed tables; one transaction per document; concurrent ingest from any number of processes
 * and machines, where the content hash decides: `sha256` is unique, each content is claimed with a
 * session advisory lock while it is processed (a claim dies with its connection, so a killed
 * process leaves nothing held), and names are claimed under a transaction lock on the base name.
 */
export class PostgresReportStore implements ReportStore {
  readonly location: string;
  readonly ownFiles: readonly string[] = [];
  readonly needsOutputFiles = false;
  readonly #pool: pg.Pool;
  #claims: pg.Client | null = null;
  #claimsReady: Promise<pg.Client> | null = null;
  #migrated: Promise<void> | null = null;

  constructor(readonly url: string) {
    this.location = redactUrl(url);
    this.#pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 10_000 });
    // An idle client losing its server must not crash the process; the next query reports it.
    this.#pool.on('error', () => undefined);
  }

  async exists(): Promise<boolean> {
    const { rows } = await this.#run(this.#pool, `SELECT to_regclass('${SCHEMA_TABLE}') IS NOT NULL AS ok`);
    return (rows[0] as { ok: boolean }).ok;
  }

  prepare(): Promise<void> {
    this.#migrated ??= this.#migrate();
    return this.#migrated;
  }

  async previous(sha256: string, source: string): Promise<StoredDocument | null> {
    const { rows } = await this.#run(
      this.#pool,
      'SELECT entry FROM documents WHERE sha256 = $1 OR source = $2 ORDER BY (sha256 = $1) DESC LIMIT 1',
      [sha256, source],
    );
    return (rows[0] as { entry: StoredDocument } | undefined)?.entry ?? null;
  }

  async claim(sha256: string, wait: boolean): Promise<Release | null> {
    const client = await this.#claimClient();
    const key = `solieu:content:${sha256}`;
    // Polled rather than blocking: one connection holds every claim of this process, and a blocked
    // query on it would hold up the releases other processes wait for.
    for (;;) {
      const { rows } = await this.#run(client, 'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [key]);
      if ((rows[0] as { ok: boolean }).ok) break;
      if (!wait) return null;
      await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
    }
    return async () => {
      await this.#run(client, 'SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    };
  }

  async commit(items: readonly CommitItem[], outDir: string): Promise<Committed[]> {
    const done: Committed[] = [];
    if (items.length > 0) await mkdir(outDir, { recursive: true });
    for (const item of items) done.push(await this.#commitOne(item, outDir));
    return done;
  }

  async *query<T extends QueryTarget>(target: T, filters: QueryFilters): AsyncGenerator<QueryRow<T>> {
    const { sql, params } = querySql(target, filters);
    const client = await this.#connect(this.#pool);
    let open = false;
    try {
      await client.query('BEGIN READ ONLY');
      open = true;
      await client.query(`DECLARE solieu_rows NO SCROLL CURSOR FOR ${sql}`, params);
      for (;;) {
        const { rows } = await client.query(`FETCH ${FETCH_ROWS} FROM solieu_rows`);
        if (rows.length === 0) break;
        for (const row of rows as Array<{ v: QueryRow<T> }>) yield row.v;
      }
      await client.query('COMMIT');
      open = false;
    } catch (error) {
      throw unavailable(this.location, error);
    } finally {
      // A consumer that stops early (a --limit) leaves the cursor's transaction open.
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }

  async readDocument(document: StoredDocument): Promise<ReportDocument> {
    const { rows } = await this.#run(this.#pool, 'SELECT body FROM documents WHERE name = $1', [document.name]);
    const body = (rows[0] as { body: unknown } | undefined)?.body;
    const parsed = ReportDocument.safeParse(body);
    if (!parsed.success) {
      throw new SolieuError(
        'invalid_output',
        `the store holds no valid document for ${document.name}`,
        're-run solieu ingest on its source',
        document.source,
      );
    }
    return parsed.data;
  }

  async close(): Promise<void> {
    const claims = this.#claims;
    this.#claims = null;
    await claims?.end().catch(() => undefined);
    await this.#pool.end().catch(() => undefined);
  }

  async #migrate(): Promise<void> {
    const client = await this.#connect(this.#pool);
    try {
      await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${SCHEMA_TABLE} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const { rows } = await client.query(`SELECT coalesce(max(version), 0) AS version FROM ${SCHEMA_TABLE}`);
      const current = Number((rows[0] as { version: number }).version);
      const latest = MIGRATIONS.at(-1)?.version ?? 0;
      if (current > latest) {
        throw new SolieuError(
          'invalid_output',
          `the database ${this.location} has store schema version ${current}; this solieu knows up to ${latest}`,
          'upgrade solieu on this machine to the version the other machines use',
          this.location,
        );
      }
      for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query(`INSERT INTO ${SCHEMA_TABLE} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }
    } catch (error) {
      this.#migrated = null;
      throw unavailable(this.location, error);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
      client.release();
    }
  }

  /** One document in one transaction: it is stored whole or not at all. */
  async #commitOne(item: CommitItem, outDir: string): Promise<Committed> {
    await this.prepare();
    const { sha256, source } = item.info;
    for (let attempt = 1; ; attempt++) {
      const client = await this.#connect(this.#pool);
      const stale: string[] = [];
      try {
        await client.query('BEGIN');
        const base = sanitizeName(path.basename(source));
        // Two machines naming two different files `bao-cao.pdf` at once take turns here.
        await client.query("SELECT pg_advisory_xact_lock(hashtextextended('solieu:name:' || $1, 0))", [base]);
        const { rows: old } = await client.query(
          'SELECT id, name, sha256, entry FROM documents WHERE sha256 = $1 OR source = $2 ORDER BY (sha256 = $1) DESC FOR UPDATE',
          [sha256, source],
        );
        const replaced = old as Array<{ id: string; name: string; entry: StoredDocument }>;
        const { rows: holders } = await client.query('SELECT source FROM documents WHERE name = $1', [base]);
        const taken = new Map<string, string>(holders.length > 0 ? [[base, (holders[0] as { source: string }).source]] : []);
        const name = claimName(source, taken, replaced[0]?.name);
        if (replaced.length > 0) await client.query('DELETE FROM documents WHERE id = ANY($1::bigint[])', [replaced.map((r) => r.id)]);
        let record: DocumentRecord;
        if (item.result.ok) {
          const output = outputPath(outDir, name);
          await writeFileDurable(output, `${JSON.stringify(item.result.document)}\n`);
          record = documentRecord(item.result.document, { ...item.info, name, output });
        } else {
          record = failedRecord({ ...item.info, name, output: null }, item.result.error);
        }
        await insertRecord(client, record, item.result.ok ? item.result.document : null);
        await client.query('COMMIT');
        for (const r of replaced) if (r.entry.output && r.entry.output !== record.document.output) stale.push(r.entry.output);
        await Promise.all(stale.map((file) => rm(file, { force: true })));
        return { item, record };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        // Another process inserted the same content or name between our reads: try again once more.
        if ((error as { code?: string }).code === '23505' && attempt < 3) continue;
        throw unavailable(this.location, error);
      } finally {
        client.release();
      }
    }
  }

  async #claimClient(): Promise<pg.Client> {
    this.#claimsReady ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on('error', () => undefined);
      try {
        await client.connect();
      } catch (error) {
        this.#claimsReady = null;
        throw unavailable(this.location, error);
      }
      this.#claims = client;
      return client;
    })();
    return this.#claimsReady;
  }

  async #connect(pool: pg.Pool): Promise<pg.PoolClient> {
    try {
      return await pool.connect();
    } catch (error) {
      throw unavailable(this.location, error);
    }
  }

  async #run(db: Db, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
    try {
      return await db.query(sql, params);
    } catch (error) {
      throw unavailable(this.location, error);
    }
  }
}

/** Connection refused, authentication failed, a query failed: one coded error naming the store. */
function unavailable(location: string, error: unknown): Error {
  if (error instanceof SolieuError) return error;
  const e = error as { message?: string; code?: string };
  return new SolieuError(
    'store_unavailable',
    `the PostgreSQL store ${location} failed: ${e.message ?? String(error)}${e.code ? ` (${e.code})` : ''}`,
    'check that the server runs and the URL (user, password, database) is right',
    location,
    { cause: error },
  );
}

/** Inserts a document and its rows: one multi-row statement per table (unnest of arrays). */
async function insertRecord(client: pg.PoolClient, record: DocumentRecord, body: ReportDocument | null): Promise<void> {
  const d = record.document;
  const { rows } = await client.query(
    `INSERT INTO documents (name, source, sha256, status, name_key, source_key, issuer_key, number_key, ingested_at, entry, body)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      d.name,
      d.source,
      d.sha256,
      d.status,
      foldKey(d.name),
      foldKey(d.source),
      d.meta?.issuer ? foldKey(d.meta.issuer) : null,
      d.meta?.documentNumber ? referenceKey(d.meta.documentNumber) : null,
      d.ingestedAt,
      JSON.stringify(d),
      body === null ? null : JSON.stringify(body),
    ],
  );
  const id = (rows[0] as { id: string }).id;
  const key = (text: string | null): string | null => (text === null ? null : foldKey(text));
  const ords = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const json = (list: readonly object[]): string[] => list.map((row) => JSON.stringify(row));
  if (record.facts.length > 0) {
    const f = record.facts;
    await client.query(
      `INSERT INTO facts (document_id, ord, page, unit_key, display_unit_key, agency_key, kind, status, row)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::json[])`,
      [
        id,
        ords(f.length),
        f.map((r) => r.page),
        f.map((r) => key(r.unit)),
        f.map((r) => key(r.displayUnit)),
        f.map((r) => key(r.agency)),
        f.map((r) => r.kind),
        f.map((r) => r.status),
        json(f),
      ],
    );
  }
  if (record.findings.length > 0) {
    const f = record.findings;
    await client.query(
      `INSERT INTO findings (document_id, ord, page, status, rule, row)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::json[])`,
      [id, ords(f.length), f.map((r) => r.page), f.map((r) => r.status), f.map((r) => r.rule), json(f)],
    );
  }
  if (record.references.length > 0) {
    const r = record.references;
    await client.query(
      `INSERT INTO document_references (document_id, ord, page, number_key, type_key, type_code_key, issuer_key, row)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::json[])`,
      [
        id,
        ords(r.length),
        r.map((x) => x.page),
        r.map((x) => referenceKey(x.number)),
        r.map((x) => key(x.type)),
        r.map((x) => key(x.typeCode)),
        r.map((x) => key(x.issuer)),
        json(r),
      ],
    );
  }
  if (record.agencies.length > 0) {
    const a = record.agencies;
    await client.query(
      `INSERT INTO agencies (document_id, ord, name_key, kind, row)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::json[])`,
      [id, ords(a.length), a.map((x) => foldKey(x.name)), a.map((x) => x.kind), json(a)],
    );
  }
}

/** The SQL of one query: the same filters as the embedded store (src/store/query.ts), as predicates. */
export function querySql(target: QueryTarget, f: QueryFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (f.document !== undefined) {
    const exact = p(f.document);
    const part = p(foldKey(f.document));
    where.push(
      `(d.name = ${exact} OR (NOT EXISTS (SELECT 1 FROM documents x WHERE x.name = ${exact}) AND (strpos(d.name_key, ${part}) > 0 OR strpos(d.source_key, ${part}) > 0)))`,
    );
  }
  const contains = (column: string, needle: string): string => `strpos(${column}, ${p(foldKey(needle))}) > 0`;
  const order = 'ORDER BY d.name COLLATE "C"';
  if (target === 'documents') {
    if (f.status !== undefined) where.push(`d.status = ${p(f.status)}`);
    if (f.agency !== undefined) where.push(contains('d.issuer_key', f.agency));
    if (f.number !== undefined) where.push(`d.number_key = ${p(referenceKey(f.number))}`);
    return { sql: `SELECT d.entry AS v FROM documents d ${clause(where)} ${order}`, params };
  }
  const table = { facts: 'facts', findings: 'findings', references: 'document_references', agencies: 'agencies' }[target];
  if (f.page !== undefined && target !== 'agencies') where.push(`r.page = ${p(f.page)}`);
  if (target === 'facts') {
    if (f.unit !== undefined) {
      const unit = p(foldKey(f.unit));
      where.push(`(r.unit_key = ${unit} OR r.display_unit_key = ${unit})`);
    }
    if (f.agency !== undefined) where.push(contains('r.agency_key', f.agency));
    if (f.kind !== undefined) where.push(`r.kind = ${p(f.kind)}`);
    if (f.status !== undefined) where.push(`r.status = ${p(f.status)}`);
  } else if (target === 'findings') {
    if (f.status !== undefined) where.push(`r.status = ${p(f.status)}`);
    if (f.rule !== undefined) where.push(`r.rule = ${p(f.rule)}`);
  } else if (target === 'references') {
    if (f.number !== undefined) where.push(`r.number_key = ${p(referenceKey(f.number))}`);
    if (f.kind !== undefined) {
      const kind = p(foldKey(f.kind));
      where.push(`(r.type_code_key = ${kind} OR r.type_key = ${kind})`);
    }
    if (f.agency !== undefined) where.push(contains('r.issuer_key', f.agency));
  } else {
    if (f.agency !== undefined) where.push(contains('r.name_key', f.agency));
    if (f.kind !== undefined) where.push(`r.kind = ${p(f.kind)}`);
  }
  return { sql: `SELECT r.row AS v FROM ${table} r JOIN documents d ON d.id = r.document_id ${clause(where)} ${order}, r.ord`, params };
}

const clause = (where: string[]): string => (where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`);
