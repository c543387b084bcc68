import type { ParsedReport } from '../../model/index.js';
import { textSources, type TextSource } from '../references/text-sources.js';
import { findAgencies, maskTokens, type AgencySpan } from './find.js';
import { wordTokens, type WordToken } from '../../nlp/index.js';

/**
 * The report's texts read once for the agency and place extractors and the home province: each
 * text source with its tokens, the same tokens with document numbers blanked, and the agencies it
 * names. Tokenising and the agency grammar are the costly part of both extractors; they run once.
 */
export interface ReadText {
  source: TextSource;
  /** The text's tokens as written. */
  tokens: WordToken[];
  /** The same tokens with document numbers blanked (`maskedTokens`). */
  masked: WordToken[];
  /** The agencies the text names (`findAgencies` over `masked`). */
  agencies: AgencySpan[];
}

export function readTexts(report: ParsedReport): ReadText[] {
  const texts: ReadText[] = [];
  for (const source of textSources(report)) {
    const tokens = wordTokens(source.text);
    const masked = maskTokens(source.text, tokens);
    texts.push({ source, tokens, masked, agencies: findAgencies(source.text, masked) });
  }
  return texts;
}
