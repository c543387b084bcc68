import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMAS, renderSchema, schemaFileName, type SchemaName } from '../../src/model/json-schemas.js';

describe('schemas/ stay in step with the zod model', () => {
  for (const name of Object.keys(PUBLISHED_SCHEMAS) as SchemaName[]) {
    it(`${schemaFileName(name)} matches the model (run \`npm run schemas\` after changing src/model)`, () => {
      const committed = readFileSync(new URL(`../../schemas/${schemaFileName(name)}`, import.meta.url), 'utf8');
      expect(committed).toBe(renderSchema(name));
    });
  }
});
