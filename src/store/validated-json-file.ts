import { JSONFile } from 'lowdb/node';
import type { Adapter } from 'lowdb';
import { SolieuError } from '../errors/index.js';
import { writeFileDurable } from './atomic-write.js';
import { INDEX_MIN_ENTRIES, writeNameIndex } from './name-index.js';
import { Catalogue, CatalogueEntry, LEGACY_STORE_SCHEMA_VERSION, STORE_SCHEMA_VERSION } from './schema.js';

/** Thrown by read() for a version-1 store file: the store migrates it under its lock. */
export class LegacyStoreFile extends Error {
  constructor(readonly raw: unknown) {
    super('version-1 store file');
  }
}

/**
 * lowdb adapter for the catalogue: reads through lowdb's own JSONFile and validates the whole file
 * with zod; writes durably (steno, behind JSONFile, renames but never fsyncs). A validated entry is
 * frozen, so each entry is validated and serialised once and its JSON reused by later writes: a
 * commit costs the new entries plus a string join.
 */
export class ValidatedJsonFile implements Adapter<Catalogue> {
  readonly #file: string;
  readonly #reader: JSONFile<unknown>;
  readonly #validated = new WeakSet<object>();
  readonly #serialized = new WeakMap<object, string>();
  readonly #indexMinEntries: number;

  constructor(file: string, options: { indexMinEntries?: number } = {}) {
    this.#file = file;
    this.#indexMinEntries = options.indexMinEntries ?? INDEX_MIN_ENTRIES;
    this.#reader = new JSONFile<unknown>(file);
  }

  async read(): Promise<Catalogue | null> {
    let raw: unknown;
    try {
      raw = await this.#reader.read();
    } catch (error) {
      throw corrupt(this.#file, error instanceof Error ? error.message : String(error), error);
    }
    if (raw === null) return null;
    if ((raw as { schemaVersion?: unknown }).schemaVersion === LEGACY_STORE_SCHEMA_VERSION) throw new LegacyStoreFile(raw);
    // The shape the catalogue's filters rely on, checked here for every entry; the full schema is
    // checked when an entry is used (JsonReportStore) or written again: parsing 10,000 entries with
    // zod would otherwise be a third of a query's time.
    const data = raw as { schemaVersion?: unknown; documents?: unknown };
    if (data.schemaVersion !== STORE_SCHEMA_VERSION || !Array.isArray(data.documents)) {
      const parsed = Catalogue.safeParse(raw);
      throw corrupt(
        this.#file,
        parsed.success ? 'unexpected layout' : summarizeIssues(parsed.error.issues),
        parsed.success ? null : parsed.error,
      );
    }
    data.documents.forEach((entry: unknown, index) => {
      if (!hasEntryShape(entry)) {
        const parsed = CatalogueEntry.safeParse(entry);
        throw corrupt(
          this.#file,
          `documents.${index}: ${parsed.success ? 'unexpected layout' : summarizeIssues(parsed.error.issues)}`,
          parsed.success ? null : parsed.error,
        );
      }
      deepFreeze(entry);
    });
    return raw as Catalogue;
  }

  async write(data: Catalogue): Promise<void> {
    if (data.schemaVersion !== STORE_SCHEMA_VERSION) throw this.#invalid(`schemaVersion ${String(data.schemaVersion)}`);
    if (!Array.isArray(data.documents)) throw this.#invalid('documents is not a list');
    // Validate (and serialise) everything first: nothing is written unless all of it is valid.
    const json = data.documents.map((entry, index) => this.#entryJson(entry, `documents.${index}`));
    await writeFileDurable(this.#file, chunks(json));
    // The name index of this very file, second: a crash in between leaves a stale index, which
    // readers ignore (it names another catalogue version) and the next commit writes again.
    await writeNameIndex(this.#file, entryRanges(data.documents, json), this.#indexMinEntries);
  }

  #entryJson(entry: unknown, where: string): string {
    if (typeof entry !== 'object' || entry === null) throw this.#invalid(`${where} is not an object`);
    const known = this.#serialized.get(entry);
    if (known !== undefined) return known;
    let json: string;
    if (this.#validated.has(entry)) {
      json = JSON.stringify(entry);
    } else {
      const parsed = CatalogueEntry.safeParse(entry);
      if (!parsed.success) throw this.#invalid(`${where}: ${summarizeIssues(parsed.error.issues)}`);
      json = JSON.stringify(parsed.data);
      this.#validated.add(deepFreeze(entry));
    }
    this.#serialized.set(entry, json);
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

const ENTRIES_PER_CHUNK = 2_000;

const PREFIX = `{"schemaVersion":${STORE_SCHEMA_VERSION},"documents":[`;

/** Where each entry's JSON lies in the file `chunks` writes (bytes). */
function entryRanges(entries: readonly CatalogueEntry[], json: readonly string[]): Array<{ name: string; offset: number; length: number }> {
  let offset = Buffer.byteLength(PREFIX);
  return json.map((text, i) => {
    const length = Buffer.byteLength(text);
    const range = { name: entries[i]!.document.name, offset, length };
    offset += length + 1; // the comma
    return range;
  });
}

/** The catalogue file as a sequence of pieces of a few thousand entries each. */
function* chunks(json: string[]): Generator<string> {
  yield PREFIX;
  for (let i = 0; i < json.length; i += ENTRIES_PER_CHUNK) {
    yield (i === 0 ? '' : ',') + json.slice(i, i + ENTRIES_PER_CHUNK).join(',');
  }
  yield ']}\n';
}

/** Validated entries are frozen: changing one in place would slip past validation on the next write. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export function summarizeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

export const corrupt = (file: string, detail: string, cause: unknown): SolieuError =>
  new SolieuError(
    'invalid_output',
    `the store ${file} is not a valid solieu store (${detail})`,
    'move the file aside and re-run ingest; every document will be ingested again',
    file,
    { cause },
  );

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every(isText);
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** What query and ingest read of an entry before its full validation: names, hashes, status, counts, keys. */
export function hasEntryShape(value: unknown): value is CatalogueEntry {
  const entry = value as { document?: Record<string, unknown>; keys?: Record<string, unknown> } | null;
  const d = entry?.document;
  const k = entry?.keys;
  if (typeof d !== 'object' || d === null || typeof k !== 'object' || k === null) return false;
  const counts = d['counts'] as Record<string, unknown> | undefined;
  const findings = counts?.['findings'] as Record<string, unknown> | undefined;
  return (
    isText(d['name']) &&
    isText(d['source']) &&
    isText(d['sha256']) &&
    /^[0-9a-f]{64}$/.test(d['sha256']) &&
    (d['output'] === null || isText(d['output'])) &&
    ['ok', 'inconsistent', 'failed'].includes(d['status'] as string) &&
    typeof counts === 'object' &&
    counts !== null &&
    (counts['pages'] === null || isCount(counts['pages'])) &&
    ['facts', 'references', 'agencies'].every((c) => isCount(counts[c])) &&
    typeof findings === 'object' &&
    findings !== null &&
    ['consistent', 'warning', 'inconsistent', 'unverifiable'].every((c) => isCount(findings[c])) &&
    ['units', 'agencies', 'references', 'rules'].every((key) => isTextList(k[key]))
  );
}
