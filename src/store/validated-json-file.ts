import { JSONFile } from 'lowdb/node';
import type { Adapter } from 'lowdb';
import { SolieuError } from '../errors/solieu-error.js';
import { writeFileDurable } from './atomic-write.js';
import { StoreData } from './schema.js';

/**
 * lowdb adapter for the store: reads through lowdb's own JSONFile, validates with zod both ways,
 * and writes durably (steno, behind JSONFile, renames but never fsyncs).
 */
export class ValidatedJsonFile implements Adapter<StoreData> {
  readonly #file: string;
  readonly #reader: JSONFile<unknown>;

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
    return parsed.data;
  }

  async write(data: StoreData): Promise<void> {
    const parsed = StoreData.safeParse(data);
    if (!parsed.success) {
      throw new SolieuError(
        'invalid_output',
        `refusing to write an invalid store to ${this.#file}: ${summarizeIssues(parsed.error.issues)}`,
        'this is a bug in solieu; please report it with the input file',
        this.#file,
        { cause: parsed.error },
      );
    }
    await writeFileDurable(this.#file, JSON.stringify(parsed.data));
  }
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
