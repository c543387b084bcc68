// Writes schemas/*.schema.json from the zod model: `npm run schemas`.
import { writeFileSync } from 'node:fs';
import { PUBLISHED_SCHEMAS, renderSchema, schemaFileName, type SchemaName } from '../src/model/json-schemas.js';

for (const name of Object.keys(PUBLISHED_SCHEMAS) as SchemaName[]) {
  const target = new URL(`../schemas/${schemaFileName(name)}`, import.meta.url);
  writeFileSync(target, renderSchema(name));
  console.log(`wrote schemas/${schemaFileName(name)}`);
}
