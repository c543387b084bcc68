import { SolieuError } from '../errors/index.js';
import { JsonReportStore } from './json-store.js';
import type { ReportStore } from './report-store.js';

export { DEFAULT_STORE, STORE_ENV } from './defaults/index.js';

export interface OpenStoreOptions {
  /** Told about migrations and the like (the CLI prints them on stderr). */
  notify?: (message: string) => void;
}

/** The store a `--store` value names: `postgres://…` or `postgresql://…` URLs, else a file path. */
export async function openStore(spec: string, options: OpenStoreOptions = {}): Promise<ReportStore> {
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    // Loaded only for PostgreSQL stores: the embedded store never pays for the client.
    const { PostgresReportStore } = await import('./postgres/pg-store.js');
    return new PostgresReportStore(spec);
  }
  return new JsonReportStore(spec, options.notify ? { notify: options.notify } : {});
}

/**
 * A store a read command (query, export, series) reads: it must exist, else `store_not_found`
 * rather than an empty answer that looks like "nothing matched".
 */
export async function openExistingStore(spec: string, options: OpenStoreOptions = {}): Promise<ReportStore> {
  const store = await openStore(spec, options);
  if (!(await store.exists())) {
    await store.close();
    throw new SolieuError(
      'store_not_found',
      `there is no store at ${store.location}`,
      'run solieu ingest first, or point --store (or SOLIEU_STORE) at the store ingest wrote',
      store.location,
    );
  }
  return store;
}
