// Names are claimed by the store (under its lock or in its transaction); ingest and review use them.
export { sanitizeName, claimName, outputPath } from '../store/index.js';
