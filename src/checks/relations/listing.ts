import { listItems } from '../../extract/footnotes/index.js';
import type { FootnoteContent } from '../../model/footnote-content.js';
import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex } from '../document-index.js';
import { findCues, fold, hasCue } from '../lexicon.js';
import { classOf, usable } from './breakdown.js';

/** An announced count and the items the text lists for it. */
export interface ListClaim {
  count: Token;
  source: 'parenthesis' | 'colon' | 'footnote';
  /** Items as found; for a footnote the count its content reports. */
  items: number;
  /** Where the list stands: the parenthesis, the colon list, or the footnote body. */
  unit: string;
  start: number;
  end: number;
  cue: string;
  /** The footnote cites documents rather than naming items: counted by its references. */
  citation: boolean;
  footnote: number | null;
}

const MAX_LISTED = 60;
const isCount = (t: Token): boolean => usable(t) && classOf(t) === 'count' && t.fact.unit !== null && t.interval !== null
  && (t.fact.fraction?.numerator.decimals ?? t.fact.number?.decimals ?? 1) === 0 && (t.fact.value ?? 0) <= MAX_LISTED;

const INTRO = /^[\s*_]*(?:gồm có|bao gồm|gồm|cụ thể là|cụ thể|là)\s*:?\s*/u;

/** The items of a list body, or null when it is no list (a note, a date, a partial list `…`). */
function itemsOf(body: string): number | null {
  const folded = fold(body).replace(/^[\s*_]+/u, '');
  const intro = INTRO.exec(folded);
  const rest = intro ? body.slice(body.length - folded.length + intro[0].length) : body;
  if (!intro && findCues(folded, 'notList').some((c) => c.start === 0)) return null;
  if (hasCue(fold(rest).replace(/[\s*_]+$/u, '').slice(-4), 'partial') || /(?:\.\.\.|…)\s*[*_]*\s*$/u.test(rest)) return null;
  if (/\d/u.test(rest.replace(/\d{1,2}\/\d{1,2}\/\d{4}/gu, ''))) return null;
  const items = listItems(rest.replace(/[*_]/gu, ' '));
  return items.length;
}

/** `05/11 huyện đã phê duyệt quy hoạch (gồm: Gò Quao, …)`, `01/11 huyện (An Biên)`. */
function parenthesisLists(analysis: Analysis, unitId: string): ListClaim[] {
  const tokens = analysis.unitTokens(unitId);
  const found: ListClaim[] = [];
  for (const t of tokens) {
    if (!isCount(t)) continue;
    const text = t.unit.text;
    const next = tokens[t.index + 1];
    const paren = analysis.parens(unitId).find((p) => p.open >= t.end && (!next || p.close < next.start));
    if (!paren || paren.open > t.sentence.end) continue;
    const between = text.slice(t.end, paren.open);
    const body = text.slice(paren.open + 1, paren.close);
    const introduced = INTRO.test(fold(body));
    if (/[;.]/u.test(between) || (/,/u.test(between) && !introduced) || between.length > 160) continue;
    if (tokens.some((o) => o.start > paren.open && o.end <= paren.close)) continue;
    const items = itemsOf(body);
    if (items === null || (items < 2 && !(items === 1 && t.fact.value === 1 && /^\p{Lu}/u.test(body.replace(/^[\s*_]+/u, ''))))) continue;
    found.push({ count: t, source: 'parenthesis', items, unit: unitId, start: paren.open, end: paren.close + 1,
      cue: introduced ? '(gồm: …)' : '( … )', citation: false, footnote: null });
  }
  return found;
}

/**
 * `… 07/24 chỉ tiêu đạt trên 90% kế hoạch¹²` with footnote 12 listing seven items. The marker
 * must follow the count in the same clause, with no other count or figure between them.
 */
function footnoteLists(index: DocumentIndex, analysis: Analysis, unitId: string, contents: readonly FootnoteContent[]): ListClaim[] {
  const block = index.input.blocks.find((b) => b.id === unitId);
  if (!block) return [];
  const tokens = analysis.unitTokens(unitId);
  const found: ListClaim[] = [];
  for (const anchor of block.anchors) {
    const content = contents.find((c) => c.footnote === anchor.footnote);
    if (!content || content.kind === 'statement') continue;
    const before = tokens.filter((t) => t.end <= anchor.offset && t.sentence.start <= anchor.offset && anchor.offset <= t.sentence.end + 1);
    const clauseStart = Math.max(...[block.text.lastIndexOf(';', anchor.offset - 1), block.text.lastIndexOf('. ', anchor.offset - 1)].map((k) => k + 1), 0);
    const inClause = before.filter((t) => t.start >= clauseStart && !(t.percent && t.fact.bound !== null));
    const nearest = inClause[inClause.length - 1];
    if (!nearest || !isCount(nearest) || inClause.filter((t) => !t.percent && t.interval !== null).length !== 1) continue;
    if (/[;.]/u.test(block.text.slice(nearest.end, anchor.offset).replace(/\d\.\d/gu, ''))) continue;
    const citation = content.kind === 'citation';
    const items = citation ? content.references.length : content.itemCount;
    if (items === 0) continue;
    const footnote = index.footnotesByNumber.get(anchor.footnote);
    found.push({ count: nearest, source: 'footnote', items, unit: footnote?.id ?? `fn${anchor.footnote}`, start: 0,
      end: footnote?.text.length ?? 0, cue: `…${anchor.footnote}`, citation, footnote: anchor.footnote });
  }
  return found;
}

export function findLists(index: DocumentIndex, analysis: Analysis, unitId: string): ListClaim[] {
  return [...parenthesisLists(analysis, unitId), ...footnoteLists(index, analysis, unitId, index.input.footnoteContents)];
}
