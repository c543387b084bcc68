import { JSONFile } from 'lowdb/node';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { SolieuError } from '../errors/solieu-error.js';
import { writeFileDurable } from './atomic-write.js';
import {
  STORE_SCHEMA_VERSION,
  StoreData,
  StoredAgency,
  StoredDocument,
  StoredFact,
  StoredFinding,
  StoredReference,
} from './schema.js';

type Table = Exclude<keyof StoreData, 'schemaVersion'>;
const TABLES: ReadonlyArray<[Table, z.ZodType]> = [
  ['documents', StoredDocument],
  ['facts', StoredFact],
  ['findings', StoredFinding],
  ['references', StoredReference],
  ['agencies', StoredAgency],
];

/**
 * lowdb adapter for the store: reads through lowdb's own JSONFile and validates the whole file
 * with zod; writes durably (steno, behind JSONFile, renames but never fsyncs). A validated row is
 * frozen, so each row object is validated and serialised once and its JSON reused by later
 * writes: a commit costs the new rows plus a string join, not the whole store again.
 */
export class ValidatedJsonFile implements Adapter<StoreData> {
  readonly #file: string;
  readonly #reader: JSONFile<unknown>;
  /** Rows that passed validation (on read or on an earlier write), with their JSON once known. */
  readonly #validated = new WeakSet<object>();
  readonly #serialized = new WeakMap<object, string>();

  constructor(file: string) {
    this.#file = file;
    this.#reader = new JSONFile<unknown>(file);
  }

  async read(): Promise<StoreData | null> {
    let raw: unknown;
    try {
      raw = await this.#reader.read();
    } catch (error) {
      throw corrupt(this.#file, error instanceof Error ? error.message : String(error), error);
    }
    if (raw === null) return null;
    const parsed = StoreData.safeParse(raw);
    if (!parsed.success) throw corrupt(this.#file, summarizeIssues(parsed.error.issues), parsed.error);
    for (const [table] of TABLES) for (const row of parsed.data[table]) this.#validated.add(deepFreeze(row));
    return parsed.data;
  }

  async write(data: StoreData): Promise<void> {
    if (data.schemaVersion !== STORE_SCHEMA_VERSION) throw this.#invalid(`schemaVersion ${String(data.schemaVersion)}`);
    // Validate (and serialise) everything first: nothing is written unless all of it is valid.
    const tables = TABLES.map(([table, schema]) => {
      const rows: unknown[] = data[table];
      if (!Array.isArray(rows)) throw this.#invalid(`${table} is not a list`);
      return { table, json: rows.map((row, index) => this.#rowJson(row, schema, `${table}.${index}`)) };
    });
    await writeFileDurable(this.#file, chunks(tables));
  }

  #rowJson(row: unknown, schema: z.ZodType, where: string): string {
    if (typeof row !== 'object' || row === null) throw this.#invalid(`${where} is not an object`);
    const known = this.#serialized.get(row);
    if (known !== undefined) return known;
    let json: string;
    if (this.#validated.has(row)) {
      json = JSON.stringify(row);
    } else {
      const parsed = schema.safeParse(row);
      if (!parsed.success) throw this.#invalid(`${where}: ${summarizeIssues(parsed.error.issues)}`);
      json = JSON.stringify(parsed.data);
      this.#validated.add(deepFreeze(row));
    }
    this.#serialized.set(row, json);
    return json;
  }

  #invalid(detail: string): SolieuError {
    return new SolieuError(
      'invalid_output',
      `refusing to write an invalid store to ${this.#file}: ${detail}`,
      'this is a bug in solieu; please report it with the input file',
      this.#file,
    );
  }
}

const ROWS_PER_CHUNK = 2_000;

/** The store file as a sequence of pieces of a few thousand rows each. */
function* chunks(tables: ReadonlyArray<{ table: string; json: string[] }>): Generator<string> {
  yield `{"schemaVersion":${STORE_SCHEMA_VERSION}`;
  for (const { table, json } of tables) {
    yield `,"${table}":[`;
    for (let i = 0; i < json.length; i += ROWS_PER_CHUNK) {
      yield (i === 0 ? '' : ',') + json.slice(i, i + ROWS_PER_CHUNK).join(',');
    }
    yield ']';
  }
  yield '}';
}

/** Validated rows are frozen: changing one in place would slip past validation on the next write. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function summarizeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

const corrupt = (file: string, detail: string, cause: unknown): SolieuError =>
  new SolieuError(
    'invalid_output',
    `the store ${file} is not a valid solieu store (${detail})`,
    'move the file aside and re-run ingest; every document will be ingested again',
    file,
    { cause },
  );
