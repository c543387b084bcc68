import { z } from 'zod';
import { ReportDocument } from './document.js';
import { Fact } from './fact.js';
import { Finding } from './finding.js';
import { Claim } from './claim.js';
import { Reference } from './reference.js';
import { Agency } from './agency.js';

/** The JSON Schemas published in schemas/, generated from the zod model (the single source of truth). */
export const PUBLISHED_SCHEMAS = {
  'report-document': ReportDocument,
  fact: Fact,
  claim: Claim,
  finding: Finding,
  reference: Reference,
  agency: Agency,
} as const;

export type SchemaName = keyof typeof PUBLISHED_SCHEMAS;

export function jsonSchemaFor(name: SchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(PUBLISHED_SCHEMAS[name], { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { $id: `urn:solieu:schema:${name}`, title: name, ...schema };
}

export const schemaFileName = (name: SchemaName): string => `${name}.schema.json`;

export const renderSchema = (name: SchemaName): string => `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`;
