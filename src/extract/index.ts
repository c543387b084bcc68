import type { ParsedReport } from '../model/index.js';
import type { Extraction } from '../pipeline-types.js';
import { extractFacts } from './facts/index.js';
import { extractReferences } from './references/index.js';
import { extractAgencies, readTexts } from './agencies/index.js';
import { extractPlaces } from './places/index.js';
import { extractFootnoteContents } from './footnotes/index.js';
import { withTokenCache } from '../nlp/index.js';
import { extractTableFacts } from './tables/index.js';

/**
 * Runs every extractor over the parsed report. Extractors read blocks, footnotes and tables and
 * know nothing of the file format the report came from.
 */
export function extractAll(report: ParsedReport): Extraction {
  // Every extractor reads the same tokens: each text is scanned once.
  return withTokenCache(() => extractWith(report));
}

function extractWith(report: ParsedReport): Extraction {
  const textFacts = extractFacts(report);
  // Table facts come after the text's, so the text's fact ids do not move when tables gain facts.
  const facts = [...textFacts, ...extractTableFacts(report, textFacts.length)];
  // Find agencies once for the extractors that name them.
  const texts = readTexts(report);
  const references = extractReferences(report, texts);
  const agencies = extractAgencies(report, texts);
  const places = extractPlaces(report, texts);
  const factsByFootnote = new Map<string, string[]>();
  for (const fact of facts) {
    if (!fact.position.block.startsWith('fn')) continue;
    const list = factsByFootnote.get(fact.position.block) ?? [];
    list.push(fact.id);
    factsByFootnote.set(fact.position.block, list);
  }
  const footnoteContents = extractFootnoteContents(report, references, texts).map((content) => ({
    ...content,
    facts: factsByFootnote.get(`fn${content.footnote}`) ?? [],
  }));
  return { facts, references, agencies, places, footnoteContents };
}
