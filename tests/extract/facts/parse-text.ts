import { createHash } from 'node:crypto';
import type { ParsedReport } from '../../../src/model/document.js';
import { layoutFromText } from '../../../src/parsers/text/index.js';
import { buildReport } from '../../../src/structure/index.js';

/**
 * The real parse of a text report (text parser + structure stage), as `parseReportText` in
 * src/pipeline.ts does, without loading the checker: these tests measure the extractor alone.
 */
export function parseText(text: string, path = 'inline.txt'): ParsedReport {
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return buildReport({ source: { path, format: 'text', sha256, bytes: bytes.length, pages: null, ocr: false }, ...layoutFromText(text) });
}
