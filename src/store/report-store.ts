import type { StoreData } from './schema.js';

/**
 * Where ingested documents live. The pipeline talks only to this interface so that a server-grade
 * backend can replace the JSON file later.
 */
export interface ReportStore {
  /** Human-readable location (a file path for the JSON store). */
  readonly location: string;
  /** A validated snapshot; an absent store reads as empty. Never blocks on writers. */
  load(): Promise<StoreData>;
  /**
   * Exclusive read-modify-write across processes: `change` gets the latest data and mutates it;
   * the result is validated and written atomically before the lock is released.
   */
  transact<T>(change: (data: StoreData) => T | Promise<T>): Promise<T>;
}
