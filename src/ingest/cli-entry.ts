/**
 * ingest's second entry, for the CLI's command module: what it shows before a run starts (the
 * default worker count, in `--help`) and while it runs (progress, notes, the summary). index.ts
 * also exports `runIngest`, which loads the whole pipeline; the CLI imports that on use only, so
 * `solieu --help` does not parse-load every stage.
 */
export { defaultConcurrency } from './pool.js';
export { renderNote, renderProgress, renderSummary, type ProgressState } from './render.js';
