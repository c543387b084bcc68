/**
 * solieu as a library: the same pipeline the CLI runs, and the model other tools read.
 * parse (pdf | docx | doc | text) → structure → extract → check → ReportDocument.
 */
export * from './model/index.js';
export { processFile, processBytes, processReportText, parseReportText, finish, type ProcessOptions } from './pipeline.js';
export { SolieuError, isSolieuError, type ErrorCode } from './errors/index.js';
export { parserFor } from './parsers/index.js';
export { buildReport } from './structure/index.js';
export { extractAll } from './extract/index.js';
export { checkDocument, runChecks, rules, defineCheck, defineRule, type CheckResult } from './checks/index.js';
export { runSeriesChecks, listIndicators } from './series/index.js';
export { renderReviewPage } from './review/index.js';
export { JsonReportStore } from './store/index.js';
export type { ReportStore } from './store/index.js';
export { jsonSchemaFor, PUBLISHED_SCHEMAS } from './model/index.js';
export { SOLIEU_VERSION } from './version.js';
