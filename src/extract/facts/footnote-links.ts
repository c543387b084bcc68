import type { Token } from '../../nlp/index.js';
import { isClauseBreak, type BlockContext } from './context.js';
import type { Figure } from './figure.js';

/**
 * Footnote markers (block anchors) → the figures they annotate: a marker right after a figure or
 * its noun phrase (`04 đề án²² trễ hạn`, `9/15 huyện, thành phố²⁴`, `tăng 4,42% cùng kỳ¹⁴`)
 * belongs to the figures of that clause; after a closing parenthesis (`… tàu cá (VMS)¹⁵`), to the
 * clause before the parenthesis. Returns the footnote number per figure.
 */
const CLAUSE_TOKENS = 30;

export function linkFootnotes(ctx: BlockContext, figures: readonly Figure[]): Array<number | null> {
  const footnote = new Array<number | null>(figures.length).fill(null);
  if (ctx.anchors.length === 0) return footnote;
  const figureAt = new Int32Array(ctx.tokens.length).fill(-1);
  figures.forEach((figure, f) => {
    for (let k = figure.first; k <= figure.last; k += 1) figureAt[k] = f;
  });
  for (const anchor of ctx.anchors) {
    let t = tokenEndingAt(ctx.tokens, anchor.offset);
    for (let attempt = 0; attempt < 2 && t >= 0; attempt += 1) {
      const found = clauseFigures(ctx, t, figureAt);
      if (found.length > 0) {
        for (const f of found) footnote[f] ??= anchor.footnote;
        break;
      }
      if (ctx.tokens[t]?.text !== ')') break;
      t = (ctx.parenOf[t] as number) - 1;
    }
  }
  return footnote;
}

/** Index of the last token ending at or before `offset`, -1 when none. */
function tokenEndingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Figures of the clause ending at token `t` (clause breaks inside a figure, as in `huyện, thành phố`, do not count). */
function clauseFigures(ctx: BlockContext, t: number, figureAt: Int32Array): number[] {
  const found = new Set<number>();
  const sentenceFirst = ctx.sentenceTokens[ctx.sentenceOf[t] as number]?.first ?? 0;
  for (let k = t, steps = 0; k >= sentenceFirst && steps < CLAUSE_TOKENS; k -= 1, steps += 1) {
    const f = figureAt[k] as number;
    if (f >= 0) found.add(f);
    else if (isClauseBreak(ctx.tokens[k]) || ctx.tokens[k]?.text === '.') break;
  }
  return [...found].sort((a, b) => a - b);
}
