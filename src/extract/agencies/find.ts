import type { AgencyKind } from '../../model/index.js';
import { scanCodes } from '../references/scan-codes.js';
import { matchAgencyAt } from './match.js';
import { wordTokens, type WordToken } from '../../nlp/index.js';

/** An agency mention in one text. Offsets are 0-based into that text, `end` exclusive. */
export interface AgencySpan {
  start: number;
  end: number;
  raw: string;
  name: string;
  kind: AgencyKind;
  pattern: string;
}

const BLANK = '\u0000';

/**
 * Tokens of a text with the document numbers blanked out, so that `UBND` in `117/QĐ- UBND` is
 * never read as an agency.
 */
export const maskedTokens = (text: string): WordToken[] => maskTokens(text, wordTokens(text));

/** The text's tokens (from `wordTokens(text)`) with the document numbers blanked; unmasked tokens are shared. */
export function maskTokens(text: string, tokens: WordToken[]): WordToken[] {
  const codes = scanCodes(text);
  if (codes.length === 0) return tokens;
  let c = 0;
  return tokens.map((t) => {
    while (c < codes.length && codes[c]!.end <= t.start) c += 1;
    const code = codes[c];
    if (!code || code.start >= t.end) return t;
    return { ...t, text: BLANK, key: BLANK, isWord: false, upper: false, caps: false, digit: false };
  });
}

/** Every agency named in a text, leftmost-longest, in one pass over its tokens. */
export function findAgencies(text: string, tokens: readonly WordToken[] = maskedTokens(text)): AgencySpan[] {
  const spans: AgencySpan[] = [];
  const push = (startToken: number, endToken: number, name: string, kind: AgencyKind, pattern: string): void => {
    const start = tokens[startToken]!.start;
    const end = tokens[endToken - 1]!.end;
    spans.push({ start, end, raw: text.slice(start, end), name, kind, pattern });
  };
  let i = 0;
  while (i < tokens.length) {
    const match = matchAgencyAt(tokens, i);
    if (!match) {
      i += 1;
      continue;
    }
    // `85 Trung tâm Phục vụ hành chính công`, `04 Sở`: a count of bodies, not one named body.
    if (tokens[i - 1]?.digit) {
      i = match.end;
      continue;
    }
    push(match.start, match.end, match.name, match.kind, match.pattern);
    i = match.end;
    // `Ban Thường vụ Thành ủy/Huyện ủy` names two standing committees.
    while (match.distributes && tokens[i]?.text === '/' && !tokens[i]!.spaceBefore) {
      const next = matchAgencyAt(tokens, i + 1);
      if (!next || !match.distributes.kinds.includes(next.kind)) break;
      push(next.start, next.end, `${match.distributes.prefix} ${next.name}`, match.kind, 'head+agency/slash');
      i = next.end;
    }
  }
  return spans;
}
