export type { ReportStore, CommitItem, Committed, Release } from './report-store.js';
export { JsonReportStore, type JsonStoreOptions } from './json-store.js';
export { openStore, openExistingStore, DEFAULT_STORE, STORE_ENV } from './open.js';
export * from './schema.js';
export { documentRecord, failedRecord, documentKeys, type DocumentRecord, type RecordInfo } from './records.js';
export {
  collect,
  documentMatches,
  mayHoldRows,
  rowMatches,
  type QueryFilters,
  type QueryResult,
  type QueryRow,
  type QueryTarget,
} from './query.js';
export { COLUMNS, toRow, toRows, type Row } from './rows.js';
export { toCsv, toJsonl, csvRows, jsonlRows, UTF8_BOM } from './serialize.js';
export { writeFileDurable, removeOrphanTemps } from './atomic-write.js';
export { foldKey } from './fold.js';
export { sanitizeName, claimName, outputPath } from './names.js';
