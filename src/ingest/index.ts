export { runIngest, type IngestRunOptions } from './run.js';
export { EXIT, type IngestEvent, type IngestSummary } from './events.js';
export { FilePool, defaultConcurrency, type PoolOptions } from './pool.js';
export { collectInputs, REPORT_EXTENSIONS, type InputFile, type WalkNote, type SkipReason } from './walk.js';
export { sanitizeName, claimName, outputPath } from './output-name.js';
export { renderSummary, renderProgress, renderNote } from './render.js';
export { setAsideReviewed } from './summary.js';
