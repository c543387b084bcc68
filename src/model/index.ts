export * from './position.js';
export * from './source.js';
export * from './meta.js';
export * from './confidence.js';
export * from './ocr.js';
export * from './table.js';
export * from './block.js';
export * from './fact.js';
export * from './reference.js';
export * from './agency.js';
export * from './footnote-content.js';
export * from './claim.js';
export * from './finding.js';
export * from './document.js';
// The published JSON Schemas (the files in schemas/ and `solieu schema`).
export { jsonSchemaFor, PUBLISHED_SCHEMAS, type SchemaName } from './json-schemas.js';
