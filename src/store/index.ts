export type { ReportStore } from './report-store.js';
export { JsonReportStore, type JsonStoreOptions } from './json-store.js';
export * from './schema.js';
export { documentRecord, failedRecord, upsertRecords, type DocumentRecord, type RecordInfo } from './records.js';
export { queryStore, type QueryFilters, type QueryResult, type QueryTarget } from './query.js';
export { COLUMNS, toRows, type Row } from './rows.js';
export { toCsv, toJsonl, UTF8_BOM } from './serialize.js';
export { writeFileDurable, removeOrphanTemps } from './atomic-write.js';
