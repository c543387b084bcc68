import type { Measure } from '../../model/index.js';
import type { Token } from '../../nlp/index.js';
import { isClauseBreak, type BlockContext } from './context.js';
import { isQuantityKind, rawText, type Figure } from './figure.js';
import {
  estimateBlockers,
  estimateCues,
  nounStopWords,
  partCues,
  predicates,
  qualifiers,
  referenceLeads,
  references,
  referencesNeedingLead,
} from './lexicon.js';

/**
 * What a figure measures, from the words around it: the predicate found scanning back through
 * its clause, the reference (`kế hoạch`, `cùng kỳ`) right after it, the counted noun, qualifiers
 * (`trễ hạn`, `trực tuyến`) and the subject phrase. Every scan is bounded to a few tokens, so the
 * cost per figure is constant.
 */

const CLAUSE_WINDOW = 14;
const NOUN_EXTRA_WORDS = 3;
const AFTER_WINDOW = 4;

export interface MeasureResult {
  measure: Measure;
  estimated: boolean;
}

/** Token → index of the quantity-like figure covering it, -1 elsewhere (dates and periods are words here). */
export function figureMap(ctx: BlockContext, figures: readonly Figure[]): Int32Array {
  const map = new Int32Array(ctx.tokens.length).fill(-1);
  figures.forEach((figure, index) => {
    if (!isQuantityKind(figure.kind)) return;
    for (let k = figure.first; k <= figure.last; k += 1) map[k] = index;
  });
  return map;
}

/** First token of the clause ending just before token `tok` (bounded). */
export function clauseStart(ctx: BlockContext, tok: number, figureAt: Int32Array, window = CLAUSE_WINDOW): number {
  const sentenceFirst = ctx.sentenceTokens[ctx.sentenceOf[tok] ?? 0]?.first ?? 0;
  let k = tok - 1;
  let steps = 0;
  while (k >= sentenceFirst && steps < window) {
    if ((figureAt[k] ?? -1) >= 0 || isClauseBreak(ctx.tokens[k])) break;
    k -= 1;
    steps += 1;
  }
  return k + 1;
}

/** Per sentence, the first token of an estimate cue (`ước`, `ước đạt`, `dự kiến`) not led by `so với`. */
export function estimateStarts(ctx: BlockContext): Int32Array {
  const starts = new Int32Array(ctx.sentences.length).fill(-1);
  for (let k = 0; k < ctx.tokens.length; k += 1) {
    const s = ctx.sentenceOf[k] as number;
    if ((starts[s] as number) >= 0) continue;
    const cue = estimateCues.matchAt(ctx.tokens, k);
    if (cue && !estimateBlockers.matchEndingAt(ctx.tokens, k - 1)) starts[s] = k;
  }
  return starts;
}

export function measureOf(
  ctx: BlockContext,
  figure: Figure,
  figureAt: Int32Array,
  estimateAt: Int32Array,
  isPlanFigure: boolean,
): MeasureResult {
  const { tokens } = ctx;
  const empty: Measure = { predicate: null, reference: null, noun: null, qualifiers: [], subject: null };
  if (!isQuantityKind(figure.kind)) return { measure: empty, estimated: false };
  const start = clauseStart(ctx, figure.first, figureAt);
  const sentenceFirst = ctx.sentenceTokens[ctx.sentenceOf[figure.first] ?? 0]?.first ?? 0;

  // The nearest verb of the clause; `trễ hạn`-like splitters only when no verb precedes them.
  let predicate: string | null = null;
  let splitter: string | null = null;
  for (let k = figure.first - 1; k >= start && predicate === null; k -= 1) {
    const match = predicates.matchEndingAt(tokens, k);
    // `Sở Giao thông vận tải 149 hồ sơ`: a capitalised word inside a sentence is a name, not a verb.
    if (!match || (match.start > sentenceFirst && /^\p{Lu}/u.test((tokens[match.start] as Token).text))) continue;
    if (match.value.split) splitter ??= match.value.phrase;
    else predicate = match.value.phrase;
    k = match.start;
  }
  predicate ??= splitter;

  const found = new Set<string>();
  const collect = (from: number, to: number): void => {
    for (let k = from; k < to; k += 1) {
      const match = qualifiers.matchAt(tokens, k);
      if (match) {
        found.add(match.value);
        k = match.end - 1;
      }
    }
  };
  collect(start, figure.first);
  const afterEnd = boundedForward(ctx, figure.last + 1, figureAt);
  collect(figure.last + 1, afterEnd);

  const subject = start < figure.first ? rawText(ctx, start, figure.first - 1).replace(/^[^\p{L}\p{N}]+/u, '') || null : null;
  const estimateStart = estimateAt[ctx.sentenceOf[figure.first] as number] ?? -1;
  return {
    measure: {
      predicate,
      reference: referenceOf(ctx, figure, start),
      noun: nounOf(ctx, figure, figureAt),
      qualifiers: [...found],
      subject,
    },
    estimated: !isPlanFigure && estimateStart >= 0 && estimateStart < figure.first,
  };
}

/** End (exclusive) of the few tokens after a figure that still belong to its clause. */
function boundedForward(ctx: BlockContext, from: number, figureAt: Int32Array): number {
  let k = from;
  while (k < ctx.tokens.length && k < from + AFTER_WINDOW && !isClauseBreak(ctx.tokens[k]) && (figureAt[k] ?? -1) < 0) k += 1;
  return k;
}

/** `đạt 49,69% kế hoạch`, `tăng 19% so với cùng kỳ`, `(kế hoạch 470.500 tấn)`, `kế hoạch năm là 500 tỷ`. */
function referenceOf(ctx: BlockContext, figure: Figure, clauseFirst: number): string | null {
  const { tokens } = ctx;
  let k = figure.last + 1;
  const lead = referenceLeads.matchAt(tokens, k);
  if (lead) k = lead.end;
  const after = references.matchAt(tokens, k);
  if (after && (lead || !referencesNeedingLead.has(after.value))) return after.value;
  let end = figure.first - 1;
  const linking = tokens[end];
  const linked = linking !== undefined && (linking.text === ':' || linking.key === 'là');
  if (linked) end -= 1;
  const before = references.matchEndingAt(tokens, end);
  // A `:` is a clause break, so `kế hoạch năm: 500 tỷ` is checked without the clause limit.
  if (!before || (linking?.text !== ':' && before.start < clauseFirst)) return null;
  const opensParen = tokens[before.start - 1]?.text === '(';
  return linked || opensParen ? before.value : null;
}

/** The counted noun phrase: the unit words and the plain words that follow (`lượt khách du lịch`). */
function nounOf(ctx: BlockContext, figure: Figure, figureAt: Int32Array): string | null {
  const { tokens } = ctx;
  let first: number;
  if (figure.unitKind === 'count' && figure.unitStart >= 0) first = figure.unitStart;
  else if (figure.kind === 'percent') first = figure.last + 1;
  else return null;
  let last = figure.last;
  for (let n = 0; n < NOUN_EXTRA_WORDS; n += 1) {
    const next = tokens[last + 1];
    if (!isNounWord(tokens, last + 1, next) || (figureAt[last + 1] ?? -1) >= 0) break;
    last += 1;
  }
  if (last < first) return null;
  return rawText(ctx, first, last);
}

function isNounWord(tokens: readonly Token[], k: number, token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || !token.spaced) return false;
  if (/^\p{Lu}/u.test(token.text) || nounStopWords.has(token.key)) return false;
  return !predicates.matchAt(tokens, k) && !references.matchAt(tokens, k) && !qualifiers.matchAt(tokens, k) && !partCues.matchAt(tokens, k);
}
