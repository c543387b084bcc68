import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/facts/index.js';
import { Fact } from '../../../src/model/fact.js';
import { detectFormat } from '../../../src/parsers/detect.js';
import { parserFor } from '../../../src/parsers/registry.js';
import { buildReport } from '../../../src/structure/index.js';

/**
 * The facts extractor on the real reports of ../shared/corpus-real (never copied into the repo):
 * every fact schema-valid, and per file the facts by kind and the numbers left unclassified or
 * ambiguous — each one a place to look when growing the lexicons.
 */

const here = dirname(fileURLToPath(import.meta.url));
const realDir = resolve(here, '../../../../shared/corpus-real');
/** Scans (no text layer) need OCR: tests/real/ocr.test.ts covers them. Every other file must parse. */
const files = existsSync(realDir)
  ? readdirSync(realDir)
      .filter((name) => /\.(pdf|docx|doc)$/i.test(name) && !/_SCAN\./i.test(name))
      .sort()
  : [];
/** Parsing the PDFs takes tens of seconds: like tests/real, this runs with SOLIEU_REAL=1 only. */
const enabled = process.env.SOLIEU_REAL === '1';

describe('facts on the real corpus', () => {
  if (!enabled || files.length === 0) {
    const why = !enabled ? 'set SOLIEU_REAL=1 to run it' : `${realDir} is not there (real reports are read in place, never copied)`;
    it.skip(`skipped: ${why}`, () => {});
    return;
  }

  it.each(files)('%s', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(realDir, name)));
    const format = detectFormat(bytes, name);
    if (format === null) throw new Error(`${name}: format not detected`);
    const source = {
      path: name,
      format,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      pages: null,
      ocr: false,
    };
    // A parser error fails the test: it never warns and returns.
    const layout = await parserFor(format).parse(bytes, source, {});
    const facts = extractFacts(buildReport(layout));
    for (const fact of facts) Fact.parse(fact);
    const byKind: Record<string, number> = {};
    for (const fact of facts) byKind[fact.kind] = (byKind[fact.kind] ?? 0) + 1;
    const unclassified = facts.filter((fact) => fact.status === 'unclassified');
    const ambiguous = facts.filter((fact) => fact.status === 'ambiguous');
    console.log(
      [
        `${name}: ${facts.length} facts ${JSON.stringify(byKind)}, ${unclassified.length} unclassified, ${ambiguous.length} ambiguous, ${facts.filter((f) => f.links.partOf).length} parts linked`,
        ...[...unclassified, ...ambiguous].map(
          (fact) => `  ${fact.status} ${fact.kind} ${JSON.stringify(fact.raw)} (${fact.position.block}) ${fact.measure.subject ?? ''}`,
        ),
      ].join('\n'),
    );
    expect(facts.length).toBeGreaterThan(0);
    // ids are f1… in order, every link points at an existing fact
    const ids = new Set(facts.map((fact) => fact.id));
    facts.forEach((fact, i) => expect(fact.id).toBe(`f${i + 1}`));
    for (const fact of facts) {
      if (fact.links.partOf) expect(ids.has(fact.links.partOf)).toBe(true);
      if (fact.links.referenceFact) expect(ids.has(fact.links.referenceFact)).toBe(true);
    }
  });
});
