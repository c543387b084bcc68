import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/document.js';
import type { Fact } from '../../src/model/fact.js';
import type { SourceFormat } from '../../src/model/source.js';
import { parserFor } from '../../src/parsers/registry.js';
import { buildReport } from '../../src/structure/index.js';
import { extractAll } from '../../src/extract/index.js';
import type { Extraction } from '../../src/pipeline-types.js';

/**
 * Issue 4: the same facts come out of the reference as .txt, .docx and .pdf. Facts are compared
 * by what they say (kind, value, unit, raw, section), not by block ids or pages, which differ by format.
 */

const corpus = new URL('../../corpus/', import.meta.url);
const NAME = 'kien-giang-6-thang-2022';

async function extractFrom(format: SourceFormat, ext: string): Promise<{ parsed: ParsedReport; extraction: Extraction }> {
  const bytes = new Uint8Array(readFileSync(new URL(`${NAME}.${ext}`, corpus)));
  const source = {
    path: `corpus/${NAME}.${ext}`,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    pages: null,
    ocr: false,
  };
  const parsed = buildReport(await parserFor(format).parse(bytes, source, {}));
  return { parsed, extraction: extractAll(parsed) };
}

const sectionOf = (parsed: ParsedReport, fact: Fact): string =>
  fact.position.block.startsWith('fn')
    ? fact.position.block
    : (parsed.blocks.find((b) => b.id === fact.position.block)?.section.join('.') ?? '?');

const signature = ({ parsed, extraction }: { parsed: ParsedReport; extraction: Extraction }): string[] =>
  extraction.facts.map((f) => `${sectionOf(parsed, f)} | ${f.kind} | ${f.value} | ${f.unit} | ${f.raw}`).sort();

describe('the reference report gives the same facts in every format', () => {
  const results: Record<string, Awaited<ReturnType<typeof extractFrom>>> = {};
  beforeAll(async () => {
    results.text = await extractFrom('text', 'txt');
    results.docx = await extractFrom('docx', 'docx');
    results.pdf = await extractFrom('pdf', 'pdf');
  }, 120_000);

  for (const format of ['docx', 'pdf'] as const) {
    it(`${format} facts equal the text facts`, () => {
      const text = signature(results.text!);
      const other = signature(results[format]!);
      const missing = text.filter((s) => !other.includes(s));
      const extra = other.filter((s) => !text.includes(s));
      console.log(`facts: text ${text.length}, ${format} ${other.length}; missing ${missing.length}, extra ${extra.length}`);
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${format} references, agencies and footnote contents equal the text ones`, () => {
      const refs = (r: Extraction) => r.references.map((x) => `${x.number}|${x.date}|${x.type}`).sort();
      const agencies = (r: Extraction) => r.agencies.map((a) => `${a.name}|${a.mentions.length}`).sort();
      const notes = (r: Extraction) => r.footnoteContents.map((n) => `${n.footnote}|${n.kind}|${n.itemCount}`);
      expect(refs(results[format]!.extraction)).toEqual(refs(results.text!.extraction));
      expect(notes(results[format]!.extraction)).toEqual(notes(results.text!.extraction));
      expect(agencies(results[format]!.extraction)).toEqual(agencies(results.text!.extraction));
    });
  }
});
