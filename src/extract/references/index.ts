export { extractReferences } from './extract.js';
export { scanCodes, type CodeMatch, type ReferenceForm } from './scan-codes.js';
export { textSources, type TextSource } from './text-sources.js';
