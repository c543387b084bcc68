import { listItems } from '../../extract/footnotes/index.js';
import type { FootnoteContent } from '../../model/index.js';
import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex } from '../document-index.js';
import { findCues, fold, hasCue } from '../lexicon.js';
import { classOf, usable } from './breakdown.js';
import { unitAgreement } from './classify.js';

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
  /** The count together with the count listed just before it (`02 Quyết định, 06 văn bản¹`), when the list may cover both. */
  alternative: number | null;
  /** The footnote's items can be counted more than one way (its items, its documents, its citations). */
  ambiguous: boolean;
  /** Every listed item names the counted noun (`Nghị quyết số 64/NQ-HĐND về … dự án …` for `03 dự án`). */
  itemsNameNoun: boolean;
  footnote: number | null;
}

const MAX_LISTED = 60;
const isCount = (t: Token): boolean =>
  usable(t) &&
  classOf(t) === 'count' &&
  t.fact.unit !== null &&
  t.interval !== null &&
  (t.fact.fraction?.numerator.decimals ?? t.fact.number?.decimals ?? 1) === 0 &&
  (t.fact.value ?? 0) <= MAX_LISTED;

const INTRO = /^[\s*_]*(?:gồm có|bao gồm|gồm|cụ thể là|cụ thể|là)\s*:?\s*/u;

/**
 * The items of a list body, or null when it is no list (a note, a date, a partial list `…`).
 * `;` separates items strictly (commas inside are part of names: `Chất lượng, Chế biến và Phát
 * triển thị trường`); otherwise names split at commas and a final `và`. Without any separator the
 * count is loose: a single name may itself contain `và` (`Tiêu chuẩn và Đo lường Chất lượng`).
 */
function itemsOf(body: string): { count: number; loose: boolean } | null {
  const folded = fold(body).replace(/^[\s*_]+/u, '');
  const intro = INTRO.exec(folded);
  const rest = (intro ? body.slice(body.length - folded.length + intro[0].length) : body).replace(/[*_]/gu, ' ');
  if (!intro && findCues(folded, 'notList').some((c) => c.start === 0)) return null;
  const tail = rest.trimEnd();
  if (hasCue(fold(tail).slice(-4), 'partial') || tail.endsWith('...') || tail.endsWith('…')) return null;
  if (/\d/u.test(rest.replace(/\d{1,2}\/\d{1,2}\/\d{4}/gu, ''))) return null;
  if (rest.includes(';')) return { count: rest.split(';').filter((p) => p.trim()).length, loose: false };
  if (rest.includes(',')) {
    const items = listItems(rest).length;
    // `(tỷ lệ giải ngân…, số lao động…, số xã…)`: lower-case phrases, one per comma.
    return items > 1 ? { count: items, loose: false } : { count: rest.split(',').filter((p) => p.trim()).length, loose: true };
  }
  return { count: 1, loose: listItems(rest).length !== 1 };
}

/** `05/11 huyện đã phê duyệt quy hoạch (gồm: Gò Quao, …)`, `01/11 huyện (An Biên)`. */
function parenthesisLists(analysis: Analysis, unitId: string): ListClaim[] {
  const tokens = analysis.unitTokens(unitId);
  const found: ListClaim[] = [];
  for (const t of tokens) {
    if (!isCount(t)) continue;
    const text = t.unit.text;
    // A threshold between the count and its list (`03/26 chỉ tiêu đạt dưới 70% kế hoạch (…)`) is part of the phrase.
    const next = tokens.slice(t.index + 1).find((o) => !(o.percent && o.fact.bound !== null));
    const paren = analysis.parens(unitId).find((p) => p.open >= t.end && (!next || p.close < next.start));
    if (!paren || paren.open > t.sentence.end) continue;
    const between = text.slice(t.end, paren.open);
    const body = text.slice(paren.open + 1, paren.close);
    const introduced = INTRO.test(fold(body));
    if (/[;.]/u.test(between) || (/,/u.test(between) && !introduced) || between.length > 160) continue;
    if (tokens.some((o) => o.start > paren.open && o.end <= paren.close)) continue;
    const range = numberedRange(body);
    const listed = range !== null ? { count: range, loose: false } : itemsOf(body);
    if (!listed) continue;
    const { count: items, loose } = listed;
    if (items < 2 && !(items === 1 && t.fact.value === 1 && /^\p{Lu}/u.test(body.replace(/^[\s*_]+/u, '')))) continue;
    // A loosely counted list only confirms; it never contradicts.
    if (loose && items !== t.fact.value) continue;
    found.push({
      count: t,
      source: 'parenthesis',
      items,
      unit: unitId,
      start: paren.open,
      end: paren.close + 1,
      cue: introduced ? '(gồm: …)' : '( … )',
      citation: false,
      footnote: null,
      itemsNameNoun: false,
      alternative: null,
      ambiguous: false,
    });
  }
  return found;
}

// A hyphen separates items only with a space on both sides (`giải -pháp` is a typo, `khai sinh-khai tử` a compound).
const DASH_SPLIT = /\s-\s|\s[–—]\s?|\s?[–—]\s/u;
const QUOTE_OPEN = /^[\s*_]*["“„«]/u;

/**
 * Items of a colon or quoted list: spaced dashes (`Trung ương – tỉnh – xã`) separate items before
 * `;` and commas do, since an item may hold commas (`giải pháp, sáng tạo, đột phá`); otherwise as
 * in a parenthesis. Null when the body holds figures or trails off.
 */
function inlineItems(body: string, quoted: boolean): { count: number; loose: boolean } | null {
  if (/(?:\.\.\.|…)[\s"”»]*$/u.test(body) || hasCue(fold(body.trim()).slice(-6), 'partial')) return null;
  const clean = body.replace(/["“”„«»]/gu, ' ').replace(/[.;:\s]+$/u, '');
  if (!clean.trim()) return null;
  // Inside quotes the commas are the author's separators: `"đúng, đủ, sạch, sống"`.
  if (quoted && !/\d/u.test(clean)) {
    const parts = clean.split(/[,;]/u).filter((p) => p.trim());
    const last = parts[parts.length - 1] ?? '';
    return { count: parts.length + (/\svà\s/u.test(last) ? 1 : 0), loose: false };
  }
  if (DASH_SPLIT.test(clean) && !clean.includes(';')) {
    if (/\d/u.test(clean)) return null;
    const parts = clean.split(DASH_SPLIT).filter((p) => p.trim());
    return parts.length >= 2 ? { count: parts.length, loose: false } : null;
  }
  const range = numberedRange(clean);
  if (range !== null) return { count: range, loose: false };
  const listed = itemsOf(clean);
  // `phòng ngừa xã hội, phòng ngừa nghiệp vụ và áp dụng tố tụng`: phrases at commas and a final `và`.
  if (listed?.loose && !clean.includes(';')) {
    const parts = clean.split(',').filter((p) => p.trim());
    const last = parts[parts.length - 1] ?? '';
    return { count: parts.length + (/\svà\s/u.test(last) ? 1 : 0), loose: true };
  }
  return listed;
}

/**
 * `từ Quyết định số 01/2026/QĐ-UBND đến Quyết định số 13/2026/QĐ-UBND`: a numbered range of
 * documents of one series is its last number minus its first, plus one.
 */
function numberedRange(body: string): number | null {
  const m =
    /^\s*(?:từ\s+)?(?:[\p{L}\s]{0,30}?\s)?số\s+0*(\d{1,4})(\/[^\s,;]+)\s+(?:đến|tới|[-–])\s+(?:[\p{L}\s]{0,30}?\s)?(?:số\s+)?0*(\d{1,4})(\/[^\s,;]+)\s*$/u.exec(
      fold(body),
    );
  if (!m || m[2] !== m[4]) return null;
  const span = Number(m[3]) - Number(m[1]) + 1;
  return span >= 2 ? span : null;
}

/**
 * `05 nhóm: pháp lý, hạ tầng, an ninh, dữ liệu, nguồn lực`, `04 cấp: Trung ương – tỉnh – huyện –
 * xã`, `05 nhóm "a, b, c, d, e"`: a count whose noun phrase ends at a colon or an opening quote,
 * and the list that runs to the end of the sentence.
 */
function inlineLists(analysis: Analysis, unitId: string): ListClaim[] {
  const tokens = analysis.unitTokens(unitId);
  const found: ListClaim[] = [];
  for (const t of tokens) {
    if (!isCount(t) || t.fraction) continue;
    const text = t.unit.text;
    const limit = Math.min(t.sentence.end, t.paren ? t.paren.close : text.length);
    const rest = text.slice(t.numberEnd, limit);
    // The noun phrase of the count, at most a few words, then `:` or an opening quote.
    // … or `gồm`/`là` before names (`còn 9 tỉnh chưa gửi báo cáo là Vĩnh Phúc, Quảng Trị …`).
    const head =
      /^[^:;,.()"“„«\d]{0,60}?(?::|(?=\s["“„«]))/u.exec(rest) ??
      /^[^:;,.()"“„«\d]{0,70}?\s(?:gồm có|bao gồm|gồm|là)(?=\s+\p{Lu})/u.exec(rest);
    if (!head || head[0].split(/\s+/u).filter(Boolean).length > 9) continue;
    const from = t.numberEnd + head[0].length;
    const quoted = QUOTE_OPEN.test(text.slice(from));
    let to = limit;
    // `05 nhóm: a, b; 04 cấp: c – d`: a `;` before the next count closes this list.
    const nextCount = tokens.find((o) => o.index > t.index && o.start >= from && o.start < limit);
    if (nextCount) {
      const semicolon = text.lastIndexOf(';', nextCount.start);
      if (semicolon >= from && /^[\s*_]*$/u.test(text.slice(semicolon + 1, nextCount.start))) to = semicolon;
    }
    if (quoted) {
      const close = /["”»]/u.exec(text.slice(from).replace(/^[\s*_]*["“„«]/u, (m) => ' '.repeat(m.length)));
      if (!close) continue;
      to = from + close.index + 1;
    }
    const body = text.slice(from, to);
    if (/[:()]/u.test(body) || body.length > 400) continue;
    if (tokens.some((o) => o.start >= from && o.end <= to)) continue;
    const listed = inlineItems(body, quoted);
    if (!listed || listed.count < 2) continue;
    // A list running off the end of its paragraph unpunctuated may go on past a page break.
    if (to >= text.length && !/[.;”"»)]\s*$/u.test(body)) listed.loose = true;
    if (listed.loose && listed.count !== t.fact.value) continue;
    found.push({
      count: t,
      source: 'colon',
      items: listed.count,
      unit: unitId,
      start: from,
      end: to,
      cue: quoted ? '"…"' : ': …',
      citation: false,
      footnote: null,
      itemsNameNoun: false,
      alternative: null,
      ambiguous: false,
    });
  }
  return found;
}

/**
 * `… 07/24 chỉ tiêu đạt trên 90% kế hoạch¹²` with footnote 12 listing seven items. The marker
 * must follow the count in the same clause, with no other count or figure between them.
 */
/** Blocks by id, per document: looked up once per unit, so built once, not searched each time. */
const blocksById = new WeakMap<DocumentIndex, Map<string, DocumentIndex['input']['blocks'][number]>>();

function blockOf(index: DocumentIndex, unitId: string): DocumentIndex['input']['blocks'][number] | undefined {
  let byId = blocksById.get(index);
  if (!byId) {
    byId = new Map();
    // The first block of an id wins, as `Array.find` had it.
    for (const b of index.input.blocks) if (!byId.has(b.id)) byId.set(b.id, b);
    blocksById.set(index, byId);
  }
  return byId.get(unitId);
}

function footnoteLists(index: DocumentIndex, analysis: Analysis, unitId: string, contents: readonly FootnoteContent[]): ListClaim[] {
  const block = blockOf(index, unitId);
  if (!block) return [];
  const tokens = analysis.unitTokens(unitId);
  const found: ListClaim[] = [];
  for (const anchor of block.anchors) {
    const content = contents.find((c) => c.footnote === anchor.footnote);
    if (!content || content.kind === 'statement') continue;
    const clauseStart = clauseStartOf(block.text, anchor.offset, analysis.markers(unitId));
    const inClause = tokens.filter((t) => t.end <= anchor.offset && t.start >= clauseStart && !(t.percent && t.fact.bound !== null));
    const nearest = inClause[inClause.length - 1];
    if (!nearest || !isCount(nearest)) continue;
    const gap = block.text.slice(nearest.end, anchor.offset);
    const counts = inClause.filter((t) => !t.percent && t.interval !== null);
    const words = gap.trim().split(/\s+/u).filter(Boolean).length;
    const footnoteId = index.footnotesByNumber.get(anchor.footnote)?.id ?? '';
    // The count the marker belongs to: one standing a few words before it; or, further away, the
    // only count of its clause when the footnote names what was counted (places, agencies, documents).
    const documentCount =
      hasCue(fold(nearest.fact.unit ?? ''), 'documents') &&
      content.items.some((item) => findCues(fold(item), 'documents').some((c) => c.start === 0));
    const linked = words <= 8 || (counts.length === 1 && (documentCount || namesEntities(index, footnoteId, content.itemCount)));
    if (!linked) continue;
    if (/[;.]/u.test(gap.replace(/\d\.\d/gu, ''))) continue;
    const citation = content.kind === 'citation';
    if (citation && (nearest.fact.value ?? 0) > 20) continue;
    // A footnote that gives the count's own parts (`(04 hồ sơ)`, `(02 hồ sơ)`) is a breakdown, not a list.
    const footnoteUnit = index.footnotesByNumber.get(anchor.footnote)?.id ?? '';
    if (analysis.unitTokens(footnoteUnit).some((f) => !f.percent && f.interval !== null && unitAgreement(f, nearest) === 'same')) continue;
    // Documents counted against a footnote of documents: count the items that open with a document
    // (`Kế hoạch số …`, `văn bản số …`); a description running over `và` is not a second item.
    const documents = hasCue(fold(nearest.fact.unit ?? ''), 'documents')
      ? content.items.filter((item) => findCues(fold(item), 'documents').some((c) => c.start === 0)).length
      : 0;
    const opening = openingReferences(index, footnoteId);
    // The ways of counting the footnote's items; they must agree before a mismatch is asserted.
    const readings = [...new Set([content.itemCount, ...(documents > 0 ? [documents] : []), ...(opening > 0 ? [opening] : [])])];
    const items = readings.includes(nearest.fact.value ?? -1)
      ? (nearest.fact.value as number)
      : documents > 0
        ? documents
        : content.itemCount;
    // `02 Quyết định, 06 văn bản¹`: the footnote may list both groups.
    const sibling = counts
      .filter(
        (c) =>
          c !== nearest &&
          c.end <= nearest.start &&
          /^[\s,]*(?:và\s*)?$/u.test(block.text.slice(c.end, nearest.numberStart).replace(/^[^,]*?(?=,|\svà\s)/u, '')) &&
          hasCue(fold(c.fact.unit ?? ''), 'documents'),
      )
      .pop();
    const alternative = sibling ? (sibling.fact.value ?? 0) + (nearest.fact.value ?? 0) : null;
    if (items === 0) continue;
    const footnote = index.footnotesByNumber.get(anchor.footnote);
    found.push({
      count: nearest,
      source: 'footnote',
      items,
      unit: footnote?.id ?? `fn${anchor.footnote}`,
      start: 0,
      end: footnote?.text.length ?? 0,
      cue: `…${anchor.footnote}`,
      citation: citation && documents === 0,
      footnote: anchor.footnote,
      alternative,
      ambiguous: readings.length > 1,
      itemsNameNoun: namesNoun(content.items, nearest.fact.unit),
    });
  }
  return found;
}

/** Where the clause holding an offset starts: after `;`, `:`, a full stop, or an enumeration marker. */
function clauseStartOf(text: string, offset: number, markers: readonly { start: number; end: number }[]): number {
  let k = offset - 1;
  while (k > 0 && !/[;:]/u.test(text[k] ?? '') && !(text[k] === '.' && /\s/u.test(text[k + 1] ?? ''))) k -= 1;
  const marker = markers.filter((m) => m.end <= offset).pop();
  return Math.max(k + 1, marker ? marker.end : 0);
}

/** Citations that open an item of a footnote (`Công văn số …`), not those cited inside one. */
function openingReferences(index: DocumentIndex, footnoteId: string): number {
  const text = index.text(footnoteId);
  return index.input.references.filter(
    (r) => r.position.block === footnoteId && /(?:^|[.;,]|\svà)\s*$/u.test(text.slice(Math.max(0, r.position.start - 6), r.position.start)),
  ).length;
}

/** Every item of a footnote is a named place or agency (the extractors found one in each). */
function namesEntities(index: DocumentIndex, footnoteId: string, itemCount: number): boolean {
  const mentions = [...index.input.places, ...index.input.agencies]
    .flatMap((e) => e.mentions)
    .filter((m) => m.position.block === footnoteId);
  return itemCount > 0 && mentions.length >= itemCount;
}

const namesNoun = (items: readonly string[], unit: string | null): boolean => {
  const noun = unit ? fold(unit) : '';
  return noun.length > 0 && items.length > 0 && items.every((item) => fold(item).includes(noun));
};

export function findLists(index: DocumentIndex, analysis: Analysis, unitId: string): ListClaim[] {
  return [
    ...parenthesisLists(analysis, unitId),
    ...inlineLists(analysis, unitId),
    ...footnoteLists(index, analysis, unitId, index.input.footnoteContents),
  ];
}
