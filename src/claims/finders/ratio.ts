import type { Analysis, Paren, Token } from '../analysis.js';
import { type CueCategory, findCues, fold, hasCue, isMeasuredUnit, lastCue } from '../lexicon.js';
import subKindWords from '../../lexicon/sub-kinds.json' with { type: 'json' };
import { changeSign, clauseTail, unitAgreement } from './classify.js';
import { exactly } from '../../arith/index.js';

export type RatioKind = 'share' | 'attainment' | 'excess' | 'change';

/**
 * A percentage (or an absolute change) and the figures it relates: `subject` is the figure it
 * qualifies (the part, the actual, the current value); `reference` the plan or earlier value the
 * text states; for a share, `candidates` are the plausible wholes, nearest first.
 */
export interface RatioClaim {
  kind: RatioKind;
  stated: Token;
  subject: Token | null;
  reference: Token | null;
  /** The reference is the denominator of the subject fraction (`11/14 xã (78% kế hoạch)`). */
  referenceIsDenominator: boolean;
  /** What the reference is: `kế hoạch`, `dự toán`, `cùng kỳ` … */
  referenceWord: string | null;
  candidates: Token[];
  cue: string;
  /** +1 for `tăng`/`vượt`, −1 for `giảm`/`hụt`. */
  sign: 1 | -1;
  /** The change is stated as an absolute amount (`giảm 774 ca`), not a percentage. */
  absolute: boolean;
  /** The reference was found by its description in another sentence: a mismatch is not asserted. */
  loose?: boolean;
  /** A share's whole the text writes as its denominator (`A hồ sơ …/B tổng hồ sơ`, `A … trên tổng số B`). */
  explicitWhole?: Token | null;
  /** `bằng 98,3% so với cùng kỳ`: the change stated as an index, current / earlier × 100. */
  index?: boolean;
  /** `3.890 vụ, tăng 463 vụ, tương ứng 13,51%`: the amount of the change; the earlier figure is current − amount. */
  amount?: Token | null;
  /** `giảm 356 vụ (766/1122)`: subject and reference are one fraction, current over earlier. */
  levels?: boolean;
  /** With `levels`: the current figure the text states before the change (`766 vụ`), if any. */
  current?: Token | null;
  /** `gấp 2,5 lần so với cùng kỳ`: the change stated as a multiple, current / earlier. */
  multiple?: { exact: boolean; loose: boolean };
}

/** `gấp 3,3 lần`, `tăng gấp đúng 2 lần`, `bằng 1,8 lần`: a multiple of another figure, no quantity of its own. */
const MULTIPLE_CUE = /(?:^|[\s,;(])((?:tăng )?(?:gấp|bằng))( đúng)?\s*$/u;
const isMultiple = (t: Token): boolean =>
  fold(t.fact.unit ?? '') === 'lần' && MULTIPLE_CUE.test(fold(t.unit.text.slice(t.sentence.start, t.numberStart)));
const usableFigure = (t: Token): boolean => t.interval !== null && !t.percent && t.fact.bound === null && !isMultiple(t);

/** The cue ending exactly at the end of `text` (ignoring spaces and emphasis). */
function trailingCue(text: string, categories: readonly CueCategory[]): { category: CueCategory; phrase: string } | null {
  const trimmed = text.replace(/[\s*_]+$/u, '');
  let best: { category: CueCategory; phrase: string; start: number } | null = null;
  for (const category of categories) {
    const m = lastCue(trimmed, category);
    if (m && m.end === fold(trimmed).length && (!best || m.start < best.start)) best = { category, phrase: m.phrase, start: m.start };
  }
  return best;
}

/**
 * The reference word after the number: `% kế hoạch`, `% so với cùng kỳ`, `774 cas so với cùng kỳ`,
 * `9,7% về số doanh nghiệp so với cùng kỳ`.
 */
function referenceAfter(t: Token): { category: 'plan' | 'previous'; phrase: string } | null {
  const tail = fold(t.unit.text.slice(t.numberEnd, t.end));
  let after = fold(t.after);
  if (tail && after.startsWith(tail)) after = after.slice(tail.length);
  // `tăng 0,1% với cùng kỳ`: `so` is sometimes left out, but only right after the figure.
  const soVoi = /so với\s+/u.exec(after) ?? /^[\s%*_]*với\s+/u.exec(after);
  const from = soVoi ? after.slice(soVoi.index + soVoi[0].length) : after.replace(/^[\s%*_]*/u, '');
  for (const category of ['previous', 'plan'] as const) {
    const m = findCues(from, category).find((c) => c.start === 0);
    if (m) return { category, phrase: m.phrase };
  }
  const earlier = soVoi ? EARLIER_PERIOD.exec(from) : null;
  return earlier ? { category: 'previous', phrase: earlier[0] } : null;
}

/**
 * An earlier period named after `so với` in other words than the lexicon's: `năm 2024`, `năm học
 * trước`, `vụ Đông Xuân năm trước`, `niên độ 2024 - 2025` (a plan word before it is no such period).
 */
const EARLIER_PERIOD =
  /^(?:(?:vụ|mùa)\s+(?:\p{L}+\s+){0,3}?)?(?:năm học|niên khóa|niên độ|năm|quý|tháng)\s+(?:trước|ngoái|\d{4}(?:\s*[-–]\s*\d{4})?)(?![\p{L}\p{N}])/u;

/** Text with its parenthesised spans removed (innermost first). */
function withoutParens(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(/\([^()]*\)/gu, ' ');
  }
  return out;
}

const FILLER = new Set(['và', 'còn', 'mới', 'ước', 'tương', 'ứng', 'với', 'tỷ', 'tỉ', 'lệ', 'chỉ']);

/** The clause holds nothing but the predicate (`, chiếm tỷ lệ 12,92%`): the figure before is its subject. */
function predicateOnly(before: string, predicate: string | null): boolean {
  let rest = fold(before).trim();
  if (predicate && rest.endsWith(predicate)) rest = rest.slice(0, rest.length - predicate.length);
  // Word by word, no pattern: linear whatever the clause holds.
  return rest.split(/[\s*_,(]+/u).every((word) => word === '' || FILLER.has(word));
}

/**
 * The parenthesis after a figure that states a plan or earlier value, before the next top-level
 * figure: it opens with a plan or period word (`(kế hoạch 470.500 tấn)`, `(cùng kỳ 248 ca)`), or
 * with the words the comparison named (`so với tháng 4 (tháng 4 ghi nhận 244 ca)`).
 */
function referenceParen(stated: Token, tokens: readonly Token[], parens: readonly Paren[], category: 'plan' | 'previous'): Paren | null {
  const text = stated.unit.text;
  let nextTop: Token | undefined;
  for (let i = stated.index + 1; i < tokens.length && !nextTop; i += 1) {
    const o = tokens[i] as Token;
    if (o.depth <= stated.depth && o.paren?.open === stated.paren?.open) nextTop = o;
  }
  const limit = Math.min(nextTop ? nextTop.start : text.length, stated.sentence.end);
  const named = category === 'previous' ? (/so với\s+([\p{L}\p{N} ]+)/u.exec(clauseTail(stated))?.[1]?.trim() ?? null) : null;
  for (const p of parens) {
    if (p.open >= limit) break;
    if (p.open < stated.end) continue;
    const head = fold(text.slice(p.open + 1, p.close)).replace(/^[\s*_]+/u, '');
    if (findCues(head, category).some((c) => c.start === 0)) return p;
    if (category === 'previous' && named && named.length >= 4 && head.startsWith(named) && !findCues(named, 'plan').length) return p;
    // `tăng 6,51% so với năm 2024 (1.871.346 lượt)`: the parenthesis right after the named period holds its figure.
    const lead = fold(text.slice(stated.numberEnd, p.open));
    // `so với cùng kỳ giảm 14 vụ (140 vụ)`: after an amount whose comparison was named before it, the
    // parenthesis right after its noun holds the earlier figure.
    if (
      category === 'previous' &&
      !stated.percent &&
      /^\d/u.test(head) &&
      lead.trim() === fold(stated.fact.unit ?? '').trim() &&
      lastCue(fold(stated.before), 'previous') !== null
    )
      return p;
    // `bằng 57% dự toán Hội đồng nhân dân tỉnh giao (4.800 tỷ đồng)`: likewise right after the named plan.
    // A fraction there (`kế hoạch năm (5.792/15.005 trẻ)`) states both operands: not a plan alone.
    const fractionInside = tokens.some((o) => o.paren?.open === p.open && o.fraction);
    if (category === 'plan' && !fractionInside && /^\d/u.test(head) && /^\s*%\s+[^,;:()\d]{2,60}$/u.test(lead)) {
      if (findCues(lead.replace(/^[\s%]+/u, ''), 'plan').some((c) => c.start === 0)) return p;
    }
    if (category === 'previous' && /^\d/u.test(head) && /^[\s%]*(?:\p{L}+\s+){0,3}?so với\s+[^,;()]{2,50}$/u.test(lead)) {
      const after = /so với\s+(.*)$/u.exec(lead)?.[1] ?? '';
      if (findCues(after, 'previous').some((c) => c.start === 0) || EARLIER_PERIOD.test(after)) return p;
    }
  }
  return null;
}

/**
 * `2.846 doanh nghiệp thành lập mới (cùng kỳ 2.492 doanh nghiệp), tăng 14,2% so với cùng kỳ`: the
 * earlier figure in a parenthesis after the subject, before the stated change.
 */
function earlierParenBefore(subject: Token, stated: Token, tokens: readonly Token[], parens: readonly Paren[]): Token | null {
  const text = stated.unit.text;
  for (const p of parens) {
    if (p.open < subject.end || p.close > stated.numberStart) continue;
    const head = fold(text.slice(p.open + 1, p.close)).replace(/^[\s*_]+/u, '');
    if (!findCues(head, 'previous').some((c) => c.start === 0)) continue;
    const inside = tokens.filter((o) => o.paren?.open === p.open && usableFigure(o));
    if (inside.length === 1 && inside[0] && unitAgreement(inside[0], subject) === 'same') return inside[0];
  }
  return null;
}

/** The phrase a reference found by `earlierStatedBefore` in a clause of its own carries. */
const EARLIER_CLAUSE = '\u0000earlier clause';

/**
 * A change with no comparison after it, whose earlier figure the sentence states just before it:
 * in a parenthesis after the subject (`12.300 người (cùng kỳ 11.000 người), tăng 11,82%`) or as a
 * clause of its own opening with the period (`1.872 vụ; cùng kỳ năm 2024 là 1.800 vụ, tăng 4%`).
 */
function earlierStatedBefore(
  t: Token,
  tokens: readonly Token[],
  parens: readonly Paren[],
): { category: 'previous'; phrase: string } | null {
  const near = subjectOf(t, tokens, true);
  if (!near) return null;
  if (earlierParenBefore(near, t, tokens, parens)) return { category: 'previous', phrase: 'cùng kỳ' };
  return earlierClauseLevels(t, tokens) ? { category: 'previous', phrase: EARLIER_CLAUSE } : null;
}

/** `… 1.872 vụ vi phạm; cùng kỳ năm 2024 là 1.800 vụ, tăng 4%`: the two levels, or null. */
function earlierClauseLevels(t: Token, tokens: readonly Token[]): { current: Token; previous: Token; phrase: string } | null {
  const previous = subjectOf(t, tokens, true);
  if (!previous || previous.depth > 0) return null;
  const head = fold(previous.before).replace(/^[\s*_,;:-]+/u, '');
  const cue = findCues(head, 'previous').find((c) => c.start === 0);
  if (!cue) return null;
  for (let i = previous.index - 1; i >= 0; i -= 1) {
    const c = tokens[i] as Token;
    if (c.sentence.start !== t.sentence.start) return null;
    if (c.percent || c.depth > previous.depth || !usableFigure(c)) continue;
    if (changeSign(c) !== 0 || unitAgreement(c, previous) !== 'same') return null;
    return { current: c, previous, phrase: cue.phrase };
  }
  return null;
}

/**
 * `So với cùng kỳ năm 2024 (1.250 vụ), số vụ vi phạm … là 1.375 vụ, tăng 10%`: a sentence opening with
 * its comparison states the earlier figure in the parenthesis right after it.
 */
function openingComparisonParen(subject: Token, tokens: readonly Token[], parens: readonly Paren[]): Token | null {
  const text = subject.unit.text;
  for (const p of parens) {
    if (p.open < subject.sentence.start) continue;
    if (p.close > subject.numberStart) break;
    const lead = fold(text.slice(subject.sentence.start, p.open)).replace(/^[\s*_\-–•+]+/u, '');
    const m = /^so với\s+(.{2,40})$/u.exec(lead.trim());
    if (!m || !(findCues(m[1] ?? '', 'previous').some((c) => c.start === 0) || EARLIER_PERIOD.test(m[1] ?? ''))) continue;
    const inside = tokens.filter((o) => o.paren?.open === p.open && usableFigure(o));
    if (inside.length === 1 && inside[0] && unitAgreement(inside[0], subject) === 'same') return inside[0];
  }
  return null;
}

const COMPARED = /so với\s+/gu;

/** The earlier-period words right after a `so với` of `text` (folded), if any. */
function comparisonIn(text: string): string | null {
  for (const m of text.matchAll(COMPARED)) {
    const from = text.slice(m.index + m[0].length);
    const cue = findCues(from.slice(0, 40), 'previous').find((c) => c.start === 0);
    if (cue) return cue.phrase;
  }
  return null;
}

/**
 * A bare `tăng 0,8%` in a series whose comparison is named once: in the same sentence (`ngô tăng
 * 0,8%; khoai lang tăng 3,8%; sắn tăng 3,8% so với cùng kỳ năm trước`) or in the sentence a
 * `Trong đó,` sentence details (`… tăng 11,4% so với cùng kỳ năm 2013. Trong đó, nông sản … tăng 9,8%`).
 */
function inheritedComparison(t: Token): { category: 'previous'; phrase: string } | null {
  const text = t.unit.text;
  const own = comparisonIn(fold(text.slice(t.sentence.start, t.sentence.end)));
  if (own) return { category: 'previous', phrase: own };
  const opening = fold(text.slice(t.sentence.start, t.sentence.start + 20)).replace(/^[\s*_]+/u, '');
  if (!findCues(opening, 'subset').some((c) => c.start === 0)) return null;
  // The sentence right before, within the same paragraph (a few hundred characters at most).
  const window = text.slice(Math.max(0, t.sentence.start - 400), t.sentence.start).replace(/[\s.]+$/u, '');
  const ends = [...window.matchAll(/[.!?]\s+(?=\S)/gu)];
  const last = ends[ends.length - 1];
  const before = comparisonIn(fold(last ? window.slice(last.index + last[0].length) : window));
  return before ? { category: 'previous', phrase: before } : null;
}

/**
 * `ngô đạt 98,3 nghìn ha, bằng 98,3%; khoai lang đạt 16,6 nghìn ha, bằng 98,7%; …; rau đậu đạt 69,5
 * nghìn ha, bằng 96,9% cùng kỳ`: a series of indices separated by `;` names its comparison once, after
 * its last item; every item between says nothing after its percentage.
 */
function seriesIndexComparison(t: Token): { category: 'previous'; phrase: string } | null {
  const rest = fold(t.unit.text.slice(t.numberEnd, t.sentence.end));
  if (!/^\s*%\s*;/u.test(rest)) return null;
  for (const item of rest.split(';').slice(1)) {
    const indices = [...item.matchAll(/bằng\s+\d[\d.,]*\s*%/gu)];
    const only = indices.length === 1 ? indices[0] : undefined;
    if (!only) return null;
    const after = item.slice(only.index + only[0].length).replace(/^\s*(?:so với\s+)?/u, '');
    const cue = findCues(after, 'previous').find((c) => c.start === 0);
    if (cue) return { category: 'previous', phrase: cue.phrase };
    if (after.trim() !== '') return null;
  }
  return null;
}

/**
 * `… chiếm 93% diện tích xuống giống và bằng 99,4% so với cùng kỳ năm trước, trong đó các tỉnh thuộc vùng
 * ĐBSCL thu hoạch được 1.582 ngàn ha, tương ứng bằng 94,2% và 101%`: `tương ứng` pairs two percentages
 * with the two comparisons of a `và` pair stated before in the sentence, in order; the second one here
 * takes the second comparison's earlier period, when that one names it.
 */
function respectiveComparison(t: Token): { category: 'previous'; phrase: string } | null {
  const text = t.unit.text;
  const rest = fold(text.slice(t.numberEnd, t.sentence.end)).replace(/^\s*%/u, '');
  // The pair ends its clause: nothing of its own is compared after it.
  if (!/^\s*(?:[.;,]|$)/u.test(rest)) return null;
  const head = fold(text.slice(t.sentence.start, t.numberStart));
  const pair = /tương ứng\s+(?:là\s+|bằng\s+|đạt\s+)?\d[\d.,]*\s*%\s+và\s+(?:bằng\s+)?$/u.exec(head);
  if (!pair) return null;
  const before = head.slice(0, pair.index);
  const pairs = [...before.matchAll(/\d[\d.,]*\s*%[^%;.]{0,60}?\svà\s+(?:bằng\s+|đạt\s+)?\d[\d.,]*\s*%\s*(?:so với\s+)?/gu)];
  const last = pairs.at(-1);
  if (!last) return null;
  const cue = findCues(before.slice(last.index + last[0].length), 'previous').find((c) => c.start === 0);
  return cue ? { category: 'previous', phrase: cue.phrase } : null;
}

const CLAUSE_CUES: readonly CueCategory[] = [
  'total',
  'done',
  'pending',
  'onTime',
  'late',
  'subset',
  'partition',
  'examples',
  'share',
  'attain',
  'increase',
  'decrease',
];

/**
 * `130.812 trường hợp lệch thông tin cần phải xác minh, làm sạch (chiếm tỷ lệ 3,2%)`: a comma inside
 * the noun of the figure before a `(chiếm …)`: short, and after it no word that opens a clause of its
 * own (a status, a qualifier, another predicate).
 */
function nounWithComma(stated: Token, between: string): boolean {
  if (between.length > 60 || /[;:]/u.test(between) || !stated.paren) return false;
  const head = fold(stated.unit.text.slice(stated.paren.open + 1, stated.numberStart)).trim();
  if (!/^chiếm/u.test(head)) return false;
  const afterComma = between.slice(between.indexOf(',') + 1);
  return !CLAUSE_CUES.some((c) => hasCue(afterComma, c));
}

/**
 * `… 4.229.650 trường hợp; trong đó: 3.178.002 dữ liệu … (chiếm tỷ lệ 75%), 920.836 trường hợp …
 * (chiếm tỷ lệ 21,8%) …; 130.812 trường hợp … (chiếm tỷ lệ 3,2%)`: a share of an item of the list
 * `trong đó:`/`gồm:` opens right after a figure is a share of that figure. Its unit is the part's, or
 * another item of the list is counted in it (the first item may name its records otherwise).
 */
export function listWhole(claim: RatioClaim, analysis: Analysis): Token | null {
  const s = claim.subject;
  if (!s || s.fraction || s.percent) return null;
  const inParen = parenOwner(s, analysis);
  if (inParen) return inParen;
  const text = s.unit.text;
  const head = fold(text.slice(s.sentence.start, s.start));
  const cues = [...findCues(head, 'subset'), ...findCues(head, 'partition')];
  const cue = cues.reduce<(typeof cues)[number] | null>((best, c) => (!best || c.end > best.end ? c : best), null);
  if (!cue) return itemOwner(s, analysis);
  const cueAt = s.sentence.start + cue.start;
  const tokens = analysis.unitTokens(s.unit.id);
  if (/^[\s*_\-–•+]*$/u.test(head.slice(0, cue.start))) return previousSentenceWhole(s, tokens);
  const owner = [...tokens].reverse().find((o) => o.end <= cueAt && o.sentence.start === s.sentence.start);
  if (!owner || owner.percent || owner.fraction || owner.depth !== 0 || !usableFigure(owner)) return null;
  // Only the owner's noun between it and the cue: `4.229.650 trường hợp; trong đó:`.
  const gap = text.slice(owner.numberEnd, cueAt);
  if (gap.length > 40 || /[.(]/u.test(gap.replace(/\d\.\d/gu, ''))) return null;
  if (tokens.some((o) => o.start > cueAt && o.start < s.start && o.depth === 0 && findCues(fold(o.before), 'subset').length > 0))
    return null;
  if (unitAgreement(owner, s) === 'same') return owner;
  const items = tokens.filter(
    (o) => o !== s && o.start > cueAt && o.sentence.start === s.sentence.start && !o.percent && o.depth === s.depth,
  );
  // Counted records under other names (`dữ liệu`, `trường hợp`); measured units must agree, and a
  // figure before the list counted as the part is (`120 vụ, 200 đối tượng; trong đó 80 vụ …`) owns it.
  if (isMeasuredUnit(owner.fact.unit) || isMeasuredUnit(s.fact.unit)) return null;
  if (tokens.some((o) => o.end <= cueAt && o.sentence.start === s.sentence.start && unitAgreement(o, s) === 'same')) return null;
  return items.some((o) => unitAgreement(o, owner) === 'same') ? owner : null;
}

/**
 * `Tổng số lao động được giải quyết việc làm: 15.600 người. Trong đó, lao động đi làm việc ở nước ngoài:
 * 1.248 người, chiếm 8%`: a sentence opening with `Trong đó` details the one figure of the part's unit
 * that the sentence before it states.
 */
function previousSentenceWhole(s: Token, tokens: readonly Token[]): Token | null {
  if (tokens.some((o) => o.index < s.index && o.sentence.start === s.sentence.start && unitAgreement(o, s) === 'same')) return null;
  const before = tokens.filter((o) => o.sentence.end <= s.sentence.start);
  const last = before.at(-1);
  if (!last) return null;
  const gap = s.unit.text.slice(last.sentence.end, s.sentence.start);
  if (/\p{L}/u.test(gap)) return null;
  const owners = before.filter(
    (o) =>
      o.sentence.start === last.sentence.start &&
      o.depth === 0 &&
      !o.percent &&
      !o.fraction &&
      usableFigure(o) &&
      unitAgreement(o, s) === 'same',
  );
  return owners.length === 1 ? (owners[0] ?? null) : null;
}

/**
 * `- Tổng số cơ sở được kiểm tra: 860 cơ sở, trong đó:` ⏎ `+ Cơ sở vi phạm: 129 cơ sở, chiếm 15%` ⏎ `+ …`:
 * items under a line that ends with `trong đó:` (`gồm:`, `cụ thể:`) are parts of that line's last figure,
 * when it is counted in the part's unit. The items between are siblings (the same list label).
 */
function itemOwner(s: Token, analysis: Analysis): Token | null {
  if (s.unit.kind !== 'list-item' && s.unit.kind !== 'paragraph') return null;
  const own = analysis.unitTokens(s.unit.id);
  if (own.some((o) => o.index < s.index && unitAgreement(o, s) === 'same')) return null;
  const units = analysis.index.orderedUnits();
  let i = units.indexOf(s.unit) - 1;
  for (let hops = 0; i >= 0 && hops < 12; hops += 1, i -= 1) {
    const u = units[i];
    if (!u || u.kind === 'cell' || u.kind === 'footnote') return null;
    const text = fold(u.text).trimEnd();
    const cue = /(?:trong đó|bao gồm|gồm|cụ thể|chia ra)\s*:$/u.exec(text);
    if (cue) {
      if (u.label !== null && u.label === s.unit.label) return null;
      const tokens = analysis.unitTokens(u.id);
      const owner = tokens.filter((o) => o.end <= cue.index).at(-1);
      if (!owner || owner.percent || owner.fraction || owner.depth !== 0 || !usableFigure(owner)) return null;
      const gap = u.text.slice(owner.numberEnd, cue.index);
      if (gap.length > 40 || /[.;(]/u.test(gap.replace(/\d\.\d/gu, ''))) return null;
      return unitAgreement(owner, s) === 'same' ? owner : null;
    }
    // Only sibling items stand between the parts and their head.
    if (u.label === null || u.label !== s.unit.label) return null;
  }
  return null;
}

const WHOLE_NOISE = new Set(['các', 'những', 'số', 'có', 'là', 'được', 'của', 'và', 'đã']);

/**
 * `thụ lý 214 vụ việc, trong đó đã kết thúc 162 vụ việc, …; trong số vụ việc đã kết thúc có 38 vụ việc
 * tham gia tố tụng, chiếm 23,45%`: the part's clause names its whole before it (`trong số …`, `trong
 * tổng số …`). The whole is the one earlier figure of the sentence described by those words (`đã kết
 * thúc 162 vụ việc`), or none: `{ named, token: null }` tells the rule not to try the sentence's total.
 */
export function namedWholeBefore(claim: RatioClaim, analysis: Analysis): { named: string; token: Token | null } | null {
  const s = claim.subject;
  if (!s || s.fraction || claim.explicitWhole) return null;
  const text = s.unit.text;
  const clauseStart = Math.max(s.sentence.start, text.lastIndexOf(';', s.start) + 1);
  const clause = fold(text.slice(clauseStart, s.numberStart));
  const m = /trong (?:tổng )?số\s+([\p{L}\s]+?)\s*(?:có|là|thì|,|$)/u.exec(clause);
  if (!m || hasCue(clause.slice(0, m.index), 'subset')) return null;
  const named = m[1]?.trim() ?? '';
  const words = named.split(/\s+/u).filter((w) => w.length > 0 && !WHOLE_NOISE.has(w));
  if (words.length < 2) return null;
  const described = analysis
    .unitTokens(s.unit.id)
    .filter(
      (o) =>
        o.index < s.index &&
        o.sentence.start === s.sentence.start &&
        !o.percent &&
        usableFigure(o) &&
        unitAgreement(o, s) === 'same' &&
        words.every((w) => new Set(fold(`${o.before} ${o.after}`).split(/[^\p{L}]+/u)).has(w)),
    );
  return { named, token: described.length === 1 ? (described[0] ?? null) : null };
}

const PERSON_NOUNS = subKindWords.classes.person.map(fold);
const isPersonNoun = (unit: string | null): boolean => unit !== null && PERSON_NOUNS.includes(fold(unit).trim());

const OTHER_CLASS_NOUNS = new Set(
  Object.entries(subKindWords.classes)
    .filter(([k]) => k !== 'person')
    .flatMap(([, forms]) => forms.map(fold)),
);

/**
 * Counted in the same noun, or a part in `người` of a whole counted in people under another name
 * (`cán bộ`, `đảng viên`): any count unit of no other class (bodies, events, documents, objects).
 */
function countsSame(whole: Token, part: Token): boolean {
  if (unitAgreement(whole, part) === 'same') return true;
  const unit = fold(whole.fact.unit ?? '').trim();
  return fold(part.fact.unit ?? '').trim() === 'người' && unit !== '' && !OTHER_CLASS_NOUNS.has(unit) && !isMeasuredUnit(whole.fact.unit);
}

/**
 * The whole the part's sentence writes inline before it: `Trong tổng số 640 cán bộ, công chức được đánh
 * giá, có 576 người hoàn thành tốt nhiệm vụ, chiếm 90%` (the figure right after `trong (tổng) số`), or
 * the one earlier figure whose noun the part's clause names when the part is counted in `người`
 * (`Toàn ngành có 3.250 giáo viên; số giáo viên đạt chuẩn … 3.088 người, chiếm 95,02%`).
 */
export function wholeNamedInline(claim: RatioClaim, analysis: Analysis): Token | null {
  const s = claim.subject;
  if (!s || s.fraction || s.percent || claim.explicitWhole) return null;
  const earlier = analysis
    .unitTokens(s.unit.id)
    .filter(
      (o) => o.index < s.index && o.sentence.start === s.sentence.start && o.depth === 0 && !o.percent && !o.fraction && usableFigure(o),
    );
  const opened = earlier.filter((o) => /trong (?:tổng )?số\s*$/u.test(fold(o.before)) && countsSame(o, s));
  if (opened.length === 1) return opened[0] ?? null;
  if (opened.length > 1 || fold(s.fact.unit ?? '').trim() !== 'người') return null;
  const clause = fold(s.before);
  const named = earlier.filter(
    (o) =>
      isPersonNoun(o.fact.unit) &&
      fold(o.fact.unit ?? '').trim() !== 'người' &&
      new RegExp(`(?:^|\\s)số\\s+${fold(o.fact.unit ?? '').trim()}(?:\\s|$)`, 'u').test(clause),
  );
  return named.length === 1 && !earlier.some((o) => unitAgreement(o, s) === 'same') ? (named[0] ?? null) : null;
}

/**
 * `chiếm 34,12% lực lượng lao động trong độ tuổi`, `đạt tỷ lệ bao phủ 95,08% dân số`: the whole the
 * percentage names, stated elsewhere in the document as a figure whose own clause says the same words
 * (`lực lượng lao động trong độ tuổi 493.610 người`, `dân số trung bình 1.708.420 người`), in the
 * part's unit; the one such value, or none. Another paragraph's figure may describe another whole
 * (`diện tích … cả nước`), so the rule only takes it when the arithmetic meets.
 */
export function namedWholeElsewhere(claim: RatioClaim, analysis: Analysis): Token | null {
  const s = claim.subject;
  if (!s || s.fraction) return null;
  const phrase = fold(claim.stated.after)
    .replace(/^[\s%*_]+/u, '')
    .replace(/^(?:so với|của|trên)\s+/u, '')
    .replace(/[\s.;,]+$/u, '')
    .trim();
  if (phrase.split(/\s+/u).length < 2 || findCues(phrase, 'plan').length > 0 || findCues(phrase, 'previous').length > 0) return null;
  const found = analysis
    .allTokens()
    .filter(
      (o) => o !== s && !o.percent && !o.fraction && usableFigure(o) && unitAgreement(o, s) === 'same' && fold(o.before).includes(phrase),
    );
  const values = new Set(found.map((o) => o.fact.number?.exact));
  return values.size === 1 ? (found[0] ?? null) : null;
}

/**
 * `chiếm 62,5% tổng diện tích gieo cấy lúa 72.512,8 ha`, `chiếm 1,62% tổng số hộ dân toàn tỉnh (200.000
 * hộ)`: the whole the percentage names, stated right after its name (in the part's unit, nothing but
 * words between, its figure ending the clause). The grammar wrote the denominator: it is the whole.
 */
export function namedWholeAfter(claim: RatioClaim, analysis: Analysis): Token | null {
  const s = claim.subject;
  const t = claim.stated;
  if (!s || s.fraction || claim.explicitWhole) return null;
  const next = analysis.unitTokens(t.unit.id)[t.index + 1];
  if (!next || next.percent || next.fraction || !usableFigure(next) || next.sentence.start !== t.sentence.start) return null;
  const text = t.unit.text;
  const between = fold(text.slice(t.numberEnd, next.numberStart));
  const m = /^\s*%\s+(?:của\s+|trên\s+)?([\p{L}][\p{L} ]{2,80}?)\s*(\(?)\s*$/u.exec(between);
  if (!m) return null;
  // Inside a parenthesis opened after the name, the figure must be all it holds (`(200.000 hộ)`).
  if (m[2] && next.paren && !/^[\s\p{L}]*$/u.test(fold(text.slice(next.end, next.paren.close)))) return null;
  const words = (m[1] ?? '').split(/\s+/u).filter((w) => w.length > 0 && !WHOLE_NOISE.has(w));
  // A plan or an earlier period after the percentage is another claim (`đạt 80% kế hoạch 2.500 hồ sơ`).
  const name = m[1] ?? '';
  if (words.length < 2 || findCues(name, 'plan').length > 0 || findCues(name, 'previous').length > 0) return null;
  // The whole's figure ends the clause: `… 72.512,8 ha.` not `… 72.512,8 ha lúa lai`.
  if (!m[2] && !/^\s*(?:[.;,)]|$)/u.test(fold(text.slice(next.end, next.sentence.end)))) return null;
  return unitAgreement(next, s) === 'same' && next !== s ? next : null;
}

/**
 * `bằng 80% kế hoạch (kế hoạch 625 tỷ đồng; trong đó vốn ngân sách tỉnh 300 tỷ đồng, chiếm 48%)`: inside a
 * parenthesis that restates a plan or an earlier figure, a share is of the figure it restates, never of
 * one outside it.
 */
export function restatedWhole(claim: RatioClaim, analysis: Analysis): Token | null {
  const s = claim.subject;
  const paren = s?.paren;
  if (!s || !paren || s.fraction || claim.explicitWhole) return null;
  const head = fold(s.unit.text.slice(paren.open + 1, paren.close)).replace(/^[\s*_]+/u, '');
  if (!findCues(head, 'plan').some((c) => c.start === 0) && !findCues(head, 'previous').some((c) => c.start === 0)) return null;
  const first = analysis.unitTokens(s.unit.id).find((o) => o.paren?.open === paren.open && !o.percent && usableFigure(o));
  return first && first !== s && first.start < s.start && unitAgreement(first, s) === 'same' ? first : null;
}

/**
 * `Tổng mức bán lẻ … ước đạt 142.386,4 tỷ đồng, tăng 9,74% so với cùng kỳ (bán lẻ hàng hóa 108.214,6 tỷ
 * đồng, chiếm 76,0%; dịch vụ lưu trú, ăn uống 16.842,3 tỷ đồng, chiếm 11,38%; …)`: a parenthesis listing
 * two or more figures of a total's unit right after the total's clause (its own change or attainment
 * may stand between) is the total's breakdown; the shares inside are of that total.
 */
function parenOwner(s: Token, analysis: Analysis): Token | null {
  const paren = s.paren;
  if (!paren || s.depth !== 1) return null;
  // `(kế hoạch 625 tỷ đồng; trong đó …)`, `(cùng kỳ …)`: the parenthesis restates another figure.
  const head = fold(s.unit.text.slice(paren.open + 1, paren.close)).replace(/^[\s*_]+/u, '');
  if (findCues(head, 'plan').some((c) => c.start === 0) || findCues(head, 'previous').some((c) => c.start === 0)) return null;
  const tokens = analysis.unitTokens(s.unit.id);
  const inside = tokens.filter((o) => o.paren?.open === paren.open && !o.percent && usableFigure(o) && unitAgreement(o, s) === 'same');
  if (inside.length < 2) return null;
  const before = tokens.filter((o) => o.end <= paren.open && o.sentence.start === s.sentence.start && o.depth === 0);
  const owner = [...before].reverse().find((o) => !o.percent);
  if (!owner || owner.fraction || !usableFigure(owner) || unitAgreement(owner, s) !== 'same') return null;
  // Between the total and the parenthesis: its noun, and at most its own rates (`, tăng 9,74% so với cùng kỳ`).
  const between = before.filter((o) => o.start > owner.end);
  if (between.some((o) => !o.percent)) return null;
  const gap = fold(withoutParens(s.unit.text.slice(owner.end, paren.open)));
  if (gap.length > 120 || /[;:]/u.test(gap) || /\.(?!\d)/u.test(gap) || hasCue(gap, 'subset') || hasCue(gap, 'partition')) return null;
  return owner;
}

/** The figure a percentage qualifies: the nearest figure before it in the same clause chain. */
function subjectOf(stated: Token, tokens: readonly Token[], forChange = false): Token | null {
  const text = stated.unit.text;
  for (let i = stated.index - 1; i >= 0; i -= 1) {
    const s = tokens[i] as Token;
    if (s.sentence.start !== stated.sentence.start) return null;
    if (s.percent || s.depth > stated.depth) continue;
    // `giảm 9 người chết`: a stated change is not what the next change is about.
    if (forChange && trailingCue(s.before, ['increase', 'decrease', 'excess', 'shortfall'])) continue;
    if (s.fact.kind === 'range') return null;
    // `công dân từ đủ 14 tuổi, đạt 97%`: a bound qualifies the noun; the subject stands before it.
    if (s.fact.bound !== null) continue;
    // `28.416,3 tỷ đồng (thu nội địa …; thu xuất nhập khẩu …), bằng 71,85% dự toán`: the figure's own
    // parenthesis does not end its clause.
    const gap = fold(withoutParens(text.slice(s.end, stated.numberStart)));
    if (/[;.]/u.test(gap.replace(/\d\.\d/gu, '')) || hasCue(gap, 'subset')) return null;
    // `2.111/2.627 cơ quan, tổ chức (đạt tỷ lệ 80,35%)`: after a written fraction, a comma may sit inside its noun.
    const between = text.slice(s.end, stated.paren?.open ?? s.end);
    const attached =
      stated.paren !== null &&
      stated.paren.open >= s.end &&
      (!/[;,:]/u.test(between) || (s.fraction && !/[;:]/u.test(between) && between.length <= 60) || nounWithComma(stated, between));
    if (s.depth < stated.depth && !attached) return null;
    return usableFigure(s) ? s : null;
  }
  return null;
}

/**
 * `hoàn thành 46/45 nhiệm vụ (đạt 100%)`: a written fraction whose numerator exceeds its denominator is
 * left ambiguous by the extractor (it reads like no share), yet the percentage in the parenthesis right
 * after it is of that fraction all the same. The grammar fixed both operands, so the part is its
 * numerator, exactly, and the arithmetic decides (here: wrong).
 */
function overfullFraction(stated: Token, tokens: readonly Token[]): Token | null {
  const s = tokens[stated.index - 1];
  const f = s?.fact.fraction;
  if (!s || !f || s.fact.kind !== 'fraction' || s.interval !== null || s.fact.bound !== null) return null;
  if (s.sentence.start !== stated.sentence.start || s.depth !== stated.depth - 1 || !stated.paren || stated.paren.open < s.end) return null;
  const { numerator: n, denominator: d } = f;
  if (n.ambiguous || d.ambiguous || n.decimals > 0 || d.decimals > 0 || !/^\d+$/u.test(n.exact) || !/^\d+$/u.test(d.exact)) return null;
  if (BigInt(n.exact) <= BigInt(d.exact) || BigInt(d.exact) === 0n) return null;
  const between = s.unit.text.slice(s.end, stated.paren.open);
  if (/[;:]/u.test(between) || between.length > 60) return null;
  return { ...s, interval: exactly(n.exact) };
}

/**
 * `đối khớp với 1.034.432 thông tin chủ sử dụng đất (…) qua đó đã xác thực thông tin qua căn cước: 843.180,
 * đạt 81,5%`: a bare count right after a colon leaves its noun to the label (the extractor leaves it
 * unclassified), and the label names the noun of the one figure before it in the clause: that figure
 * is the whole, the bare count (an exact whole number) the part.
 */
function elidedShare(stated: Token, tokens: readonly Token[]): { part: Token; whole: Token } | null {
  const p = tokens[stated.index - 1];
  const n = p?.fact.number;
  // The extractor leaves the bare count unclassified, or gives it the noun its label names.
  const bare = p?.fact.kind === 'number' && p.fact.status === 'unclassified' && !p.fact.unit;
  if (!p || !n || (!bare && (!usableFigure(p) || p.fraction || !p.fact.unit)) || p.fact.bound !== null) return null;
  if (n.ambiguous || n.decimals > 0 || !/^\d+$/u.test(n.exact) || p.sentence.start !== stated.sentence.start || p.depth !== stated.depth)
    return null;
  if (
    !/:\s*$/u.test(p.unit.text.slice(0, p.numberStart)) ||
    !/^[\s,]*$/u.test(stated.unit.text.slice(p.end, stated.numberStart).replace(/^[\s,]*(?:đạt|chiếm)(?:\s+tỷ lệ)?\s*/u, ''))
  )
    return null;
  const w = tokens[p.index - 1];
  if (!w || w.sentence.start !== p.sentence.start || w.depth !== p.depth || w.percent || w.fraction || !usableFigure(w)) return null;
  const noun = fold(w.fact.unit ?? '').trim();
  if (noun.length < 3 || isMeasuredUnit(w.fact.unit)) return null;
  const label = fold(withoutParens(p.unit.text.slice(w.end, p.numberStart)));
  if (label.length > 200 || /[;]/u.test(label) || /\.(?!\d)/u.test(label)) return null;
  const words = (x: string): string => ` ${x.replace(/[^\p{L}]+/gu, ' ').trim()} `;
  if (!words(label).includes(words(noun)) || (!bare && fold(p.fact.unit ?? '').trim() !== noun)) return null;
  // Another figure of that noun earlier in the sentence would be a whole the grammar allows as well.
  const rival = tokens.some(
    (o) =>
      o.index < w.index &&
      o.sentence.start === w.sentence.start &&
      !o.percent &&
      usableFigure(o) &&
      fold(o.fact.unit ?? '').trim() === noun,
  );
  if (rival) return null;
  return { part: bare ? { ...p, interval: exactly(n.exact) } : p, whole: w };
}

/**
 * `1.810 ngàn ha, chiếm 93% diện tích xuống giống và bằng 99,4% so với cùng kỳ`: a second
 * predicate joined by `và` to the percentage before it says something of the same figure.
 */
function coordinatedSubject(t: Token, tokens: readonly Token[], predicate: string | null): Token | null {
  const previous = tokens[t.index - 1];
  if (!previous?.percent || previous.sentence.start !== t.sentence.start || previous.depth !== t.depth) return null;
  let rest = fold(t.before).trim();
  if (predicate && rest.endsWith(predicate)) rest = rest.slice(0, rest.length - predicate.length).trim();
  if (!/(?:^|\s)và$/u.test(rest) || /[;.]/u.test(rest)) return null;
  const before = trailingCue(previous.before, ['share', 'attain', 'increase', 'decrease', 'excess']);
  return before && predicateOnly(previous.before, before.phrase) ? subjectOf(previous, tokens) : null;
}

/**
 * `xuống giống đạt hơn 625 ngàn ha, bằng 94,1% so với cùng kỳ`: a bounded figure right before the
 * predicate is what the change is about. It only serves to find the indicator's row (table-reference),
 * never as an operand: no earlier figure is paired with it in the text.
 */
function boundSubject(t: Token, tokens: readonly Token[], predicate: string): Token | null {
  const s = tokens[t.index - 1];
  if (!s || s.percent || s.fraction || s.interval === null || s.sentence.start !== t.sentence.start || s.depth !== t.depth) return null;
  if (s.fact.bound !== 'above' && s.fact.bound !== 'below') return null;
  return predicateOnly(t.before, predicate) ? s : null;
}

const PACE = new Set(['tiến', 'độ', 'tốc', 'mức']);

/**
 * `diện tích gieo cấy đạt 661,2 ngàn ha, tiến độ gieo cấy bằng 96,2% so với cùng kỳ`: a clause that only
 * restates the measure of the figure before it (its words, or the pace of it) speaks of that figure.
 */
function restatedSubject(t: Token, tokens: readonly Token[], predicate: string | null): Token | null {
  let rest = fold(t.before).trim();
  if (predicate && rest.endsWith(predicate)) rest = rest.slice(0, rest.length - predicate.length).trim();
  const words = rest.split(/[^\p{L}]+/u).filter((w) => w.length > 0 && !FILLER.has(w));
  if (words.length === 0 || words.length > 5) return null;
  const s = subjectOf(t, tokens);
  if (!s) return null;
  const own = new Set(fold(`${s.before} ${s.after}`).split(/[^\p{L}]+/u));
  const measure = words.filter((w) => !PACE.has(w));
  return measure.length > 0 && measure.every((w) => own.has(w)) ? s : null;
}

const DESCRIPTOR_STOP = new Set([
  'so',
  'với',
  'cùng',
  'kỳ',
  'kì',
  'tăng',
  'giảm',
  'vượt',
  'đạt',
  'và',
  'là',
  'có',
  'được',
  'trong',
  'tháng',
  'năm',
]);
const descriptorWords = (text: string): Set<string> =>
  new Set(
    fold(text)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 1 && !DESCRIPTOR_STOP.has(w)),
  );

/**
 * The figure a stated change is about, once its earlier value is known: an earlier figure of the
 * same sentence and unit; among several, the one described by the same words (`giảm 9 người chết`
 * goes with `làm chết 71 người`, not with `bị thương 58 người`).
 */
function subjectFor(stated: Token, reference: Token, tokens: readonly Token[]): Token | null {
  const candidates = tokens.filter(
    (o) =>
      o.index < stated.index &&
      o.sentence.start === stated.sentence.start &&
      o !== reference &&
      o.depth <= stated.depth &&
      (usableFigure(o) || (o.percent && o.interval !== null && o.fact.bound === null)) &&
      o.percent === reference.percent &&
      unitAgreement(o, reference) === 'same' &&
      !trailingCue(o.before, ['increase', 'decrease', 'excess', 'shortfall']),
  );
  if (candidates.length <= 1) return candidates[0] ?? null;
  const unitWords = descriptorWords(reference.fact.unit ?? '');
  const own = new Set([...descriptorWords(stated.after), ...descriptorWords(stated.before)].filter((w) => !unitWords.has(w)));
  const scored = candidates.map((o) => {
    const theirs = descriptorWords(`${o.before} ${o.after}`);
    return { o, score: [...own].filter((w) => theirs.has(w)).length };
  });
  const best = Math.max(...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best);
  if (best > 0 && top.length === 1) return top[0]?.o ?? null;
  return null;
}

/**
 * The numerator of a denominator written with words between the parts: `61.660 hồ sơ trực
 * tuyến/62.089 tổng hồ sơ`, `10.029 hồ sơ … trên tổng số 13.633 hồ sơ`, `2.846.632 tài khoản /2.935.139
 * công dân`. The slash or `trên tổng số` must stand right before the denominator, in one clause.
 */
export function numeratorOf(denominator: Token, tokens: readonly Token[]): Token | null {
  // A number inside the numerator's noun (`tài khoản định danh mức 1, 2 trên tổng số …`) is a label, not a figure.
  let at = denominator.index - 1;
  while (at > 0 && tokens[at]?.interval === null && tokens[at]?.sentence.start === denominator.sentence.start) at -= 1;
  const a = tokens[at];
  if (!a || a.percent || a.fraction || a.interval === null || a.fact.bound !== null) return null;
  if (a.sentence.start !== denominator.sentence.start || a.paren?.open !== denominator.paren?.open) return null;
  const gap = fold(denominator.unit.text.slice(a.numberEnd, denominator.numberStart));
  if (gap.length > 160 || /[;:()]/u.test(gap) || /\.(?!\d)/u.test(gap)) return null;
  // `trên tổng số` names the denominator outright, even after a noun with a comma (`tổ dân phố, thôn`).
  const named = /\btrên tổng(?: số)?\s*$/u.test(gap);
  if (!named && (gap.includes(',') || !/\/\s*(?:tổng số|tổng)?\s*$/u.test(gap))) return null;
  // A slash glued to a digit is a fraction the reader already took apart: not this shape.
  if (/^\s*\//u.test(gap)) return null;
  return usableFigure(a) ? a : null;
}

/** The amount of change a percentage restates: `tăng 463 vụ, tương ứng 13,51%`, `tăng 610 người (tăng 13,26%)`. */
function changeAmountBefore(t: Token, tokens: readonly Token[]): Token | null {
  let d = tokens[t.index - 1];
  // `giảm 16 trẻ so với cùng kỳ (100 trẻ), tương ứng giảm 16%`: the earlier figure's parenthesis may stand between.
  let restated: Token | null = null;
  if (d && d.depth > t.depth && d.paren && d.paren.close < t.numberStart) {
    restated = d;
    d = tokens[t.index - 2];
    if (!d || d.depth !== t.depth || unitAgreement(d, restated) !== 'same' || restated.paren?.open !== tokens[d.index + 1]?.paren?.open)
      return null;
  }
  if (!d || d.percent || !usableFigure(d) || d.sentence.start !== t.sentence.start || changeSign(d) === 0) return null;
  const raw = t.unit.text.slice(d.end, t.numberStart);
  const gap = fold(restated ? withoutParens(raw).replace(/^\s*so với\s+[^,;()\d]{2,30}?(?=\s*[,(]|\s*$)/u, '') : raw);
  return /^[\s,(]*(?:tương ứng|tức là|(?:tăng|giảm)(?: tương ứng)?|tương ứng (?:tăng|giảm))?\s*$/u.test(gap) && gap.length <= 30 ? d : null;
}

/** The level an amount of change is about: the nearest figure before it in its sentence, in its unit, not itself a change. */
function currentOf(amount: Token, tokens: readonly Token[]): Token | null {
  for (let i = amount.index - 1; i >= 0; i -= 1) {
    const c = tokens[i] as Token;
    if (c.sentence.start !== amount.sentence.start) return null;
    if (c.percent || c.depth > amount.depth || !usableFigure(c)) continue;
    if (unitAgreement(c, amount) !== 'same') continue;
    return changeSign(c) === 0 ? c : null;
  }
  return null;
}

/**
 * `so với cùng kỳ năm 2024 giảm 356 vụ (766/1122)`, `giảm 312 vụ (734/1046) so với năm 2024`: a
 * fraction right after an amount of change, when the sentence compares with an earlier period, is
 * this period's figure over the earlier one's.
 */
function levelsAfter(t: Token, tokens: readonly Token[]): Token | null {
  // An increase writes a numerator above its denominator, which is no part of a whole: read the fact's two figures.
  const fraction = tokens[t.index + 1];
  if (!fraction?.fact.fraction || fraction.fact.kind !== 'fraction' || !fraction.paren || fraction.paren.open < t.end) return null;
  // `giảm 9 vụ so với cùng kỳ (45/54)`: the comparison phrase, and nothing else, may stand between beside the noun.
  const between = fold(t.unit.text.slice(t.numberEnd, fraction.paren.open)).replace(
    /\s+so với (?:cùng k[ỳì]|kỳ trước|năm trước)(?: năm (?:trước|\d{4}))?\s*$/u,
    ' ',
  );
  if (/[,;:]/u.test(between) || between.split(/\s+/u).filter(Boolean).length > 3) return null;
  const around = `${fold(t.before)} ${clauseTail(t)}`;
  const compared =
    comparisonIn(around) !== null || lastCue(around, 'previous') !== null || /so với (?:cùng k[ỳì] )?năm \d{4}/u.test(around);
  return compared ? fraction : null;
}

/** A fraction in the parenthesis right after a percentage, before any other figure. */
function fractionAfter(stated: Token, tokens: readonly Token[]): Token | null {
  const next = tokens[stated.index + 1];
  if (!next || !next.fraction || next.interval === null || !next.paren || next.paren.open < stated.end) return null;
  const between = fold(stated.unit.text.slice(stated.numberEnd, next.paren.open));
  // Only the percent sign and its reference words (`% kế hoạch năm`) may stand between.
  return !/[,;:]/u.test(between) && between.split(/\s+/u).filter(Boolean).length <= 5 ? next : null;
}

/**
 * `đã thực hiện 99,71% (trong đó: Số kiến nghị xử lý là 95.120.259.153 đồng, số kiến nghị đã thực hiện
 * là 94.848.107.153 đồng, số chưa thực hiện là …)`: the parenthesis right after the percentage states
 * the whole (its first figure, described by no status) and the part, the one figure whose clause
 * repeats the percentage's own predicate (`đã thực hiện`), not negated.
 */
function operandsNamedInParen(
  stated: Token,
  tokens: readonly Token[],
  parens: readonly Paren[],
  predicate: string,
): { part: Token; whole: Token } | null {
  const text = stated.unit.text;
  const paren = parens.find((p) => p.open >= stated.numberEnd && /^[\s%]*$/u.test(text.slice(stated.numberEnd, p.open)));
  if (!paren) return null;
  const inside = tokens.filter((o) => o.paren?.open === paren.open && !o.percent && usableFigure(o));
  if (inside.length < 2) return null;
  // The predicate with the word before it (`đã thực hiện`), as the percentage's clause says it.
  const own = fold(stated.before).trim();
  const at = own.lastIndexOf(predicate);
  const phrase = at > 0 ? `${own.slice(0, at).trim().split(/\s+/u).at(-1) ?? ''} ${predicate}`.trim() : predicate;
  const says = (o: Token): boolean => {
    const clause = fold(o.before);
    return clause.includes(phrase) && !/(?:chưa|không)\s+(?:được\s+)?$/u.test(clause.slice(0, clause.indexOf(phrase)));
  };
  const parts = inside.filter(says);
  const [whole] = inside;
  const part = parts.length === 1 ? parts[0] : undefined;
  if (!part || !whole || part === whole || unitAgreement(part, whole) !== 'same') return null;
  if (hasCue(whole.before, 'done') || hasCue(whole.before, 'pending')) return null;
  return { part, whole };
}

const RATE_FILLER = new Set(['tỷ', 'tỉ', 'lệ', 'chiếm', 'đạt', 'là', 'của', 'các', 'số', 'trên', 'tổng', 'bằng', 'ước']);

/**
 * `Tiếp nhận 1.428 hồ sơ (trực tuyến 1.302 hồ sơ, trực tiếp 126 hồ sơ), tỷ lệ hồ sơ trực tuyến 91,18%`:
 * a rate named by its qualifier (`tỷ lệ … trực tuyến`, `tỷ lệ khám bảo hiểm y tế chiếm`) is the share of
 * the one earlier figure of its sentence described by all of the qualifier's words.
 */
function ratedPart(stated: Token, tokens: readonly Token[]): Token | null {
  const clause = fold(stated.before).trim();
  if (!/^t[ỷỉ] lệ\s/u.test(clause)) return null;
  const named = clause.split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !RATE_FILLER.has(w));
  if (named.length === 0) return null;
  const described = tokens.filter((o) => {
    if (o.index >= stated.index || o.sentence.start !== stated.sentence.start || o.percent || o.fraction || !usableFigure(o)) return false;
    const own = new Set(fold(`${o.before} ${o.after}`).split(/[^\p{L}]+/u));
    return named.every((w) => own.has(w));
  });
  return described.length === 1 ? (described[0] ?? null) : null;
}

/** The parenthesis right after a percentage naming the actual (`thực hiện …`) and the plan (`dự toán …`). */
function operandsInParen(stated: Token, tokens: readonly Token[], word: string): [Token, Token] | null {
  const inParen = tokens.filter(
    (o) =>
      o.index > stated.index &&
      o.paren !== null &&
      o.paren.open >= stated.end &&
      o.paren.open === tokens[stated.index + 1]?.paren?.open &&
      usableFigure(o),
  );
  if (inParen.length !== 2) return null;
  const [actual, plan] = inParen as [Token, Token];
  if (unitAgreement(actual, plan) !== 'same' || !findCues(fold(actual.before), 'actualIntro').length) return null;
  const planWords = findCues(fold(plan.before), 'plan');
  return planWords.some((c) => c.phrase === word || word.startsWith(c.phrase)) ? [actual, plan] : null;
}

/** An earlier figure of the same unit introduced as the plan (`Dự toán … được giao 1.248,6 tỷ đồng`). */
function describedPlan(actual: Token, tokens: readonly Token[], word: string): Token | null {
  for (let i = actual.index - 1; i >= 0; i -= 1) {
    const o = tokens[i] as Token;
    if (o.depth > 0 || o.percent || !usableFigure(o) || unitAgreement(o, actual) !== 'same') continue;
    if (findCues(fold(o.before), 'plan').some((c) => c.phrase === word || word.startsWith(c.phrase) || c.phrase.startsWith(word))) return o;
  }
  // `Dự toán … là 22.143 tỷ đồng (…), đã giải ngân 9.400 tỷ đồng, đạt 42,5% kế hoạch`: the one figure
  // of the sentence introduced as a plan, under another plan word, is the plan meant.
  const planned = tokens.filter(
    (o) =>
      o.index < actual.index &&
      o.sentence.start === actual.sentence.start &&
      o.depth === 0 &&
      !o.percent &&
      usableFigure(o) &&
      unitAgreement(o, actual) === 'same' &&
      hasCue(o.before, 'plan'),
  );
  return planned.length === 1 ? (planned[0] ?? null) : null;
}

/**
 * `Dự toán thu nội địa năm 2025 được giao là 6.400 tỷ đồng. Lũy kế 9 tháng, Cục Thuế thu nội địa được 4.800
 * tỷ đồng, đạt 75% dự toán`: a plan in the sentence right before the actual's (no figure of its unit
 * between), whose clause names what the actual's sentence names (two words at least), is the plan meant,
 * as firmly as one in the actual's own sentence.
 */
function planOfPreviousSentence(plan: Token, actual: Token, tokens: readonly Token[]): boolean {
  if (plan.sentence.start === actual.sentence.start) return true;
  if (plan.sentence.end > actual.sentence.start) return false;
  const between = tokens.some(
    (o) =>
      o.index > plan.index && o.index < actual.index && o.sentence.start !== actual.sentence.start && unitAgreement(o, actual) === 'same',
  );
  const gap = actual.unit.text.slice(plan.sentence.end, actual.sentence.start);
  if (between || /\p{L}/u.test(gap)) return false;
  const planWords = descriptorWords(plan.before.replace(/d[ựư] to[áa]n|k[ếe] ho[ạa]ch|ch[ỉi] ti[êe]u|giao/giu, ' '));
  const actualWords = descriptorWords(actual.unit.text.slice(actual.sentence.start, actual.numberStart));
  return [...planWords].filter((w) => actualWords.has(w)).length >= 2;
}

function firstFigureIn(paren: Paren, tokens: readonly Token[], rates = false): Token | null {
  return (
    tokens.find(
      (o) => o.paren?.open === paren.open && (usableFigure(o) || (rates && o.percent && o.interval !== null && o.fact.bound === null)),
    ) ?? null
  );
}

/**
 * `đạt 300 tỷ đồng, gấp 2,5 lần so với cùng kỳ (cùng kỳ 120 tỷ đồng)`, `tăng gấp 3 lần năm trước (42 vụ)`,
 * `bằng 1,8 lần cùng kỳ`: a multiple of an earlier period's figure. The current figure is the nearest
 * before it in the sentence; the earlier one a figure after it in the same unit, in its parenthesis or
 * named as the earlier period's.
 */
function multipleOf(t: Token, tokens: readonly Token[]): RatioClaim | null {
  if (t.percent || t.fraction || fold(t.fact.unit ?? '') !== 'lần') return null;
  const words = fold(t.unit.text.slice(t.sentence.start, t.numberStart));
  const cue = MULTIPLE_CUE.exec(words);
  if (!cue) return null;
  const after = fold(t.after);
  const comparison = /^\s*lần\s+(?:so với\s+)?(?:cùng k[ỳì]|kỳ trước|năm trước|năm \d{4}|đầu năm|\()/u;
  if (!comparison.test(after) && !/^\s*lần\s*$/u.test(after)) return null;
  const sameSentence = (o: Token): boolean => o.sentence.start === t.sentence.start && !o.percent && !o.fraction && usableFigure(o);
  let current: Token | null = null;
  for (let i = t.index - 1; i >= 0; i -= 1) {
    const o = tokens[i] as Token;
    if (o.sentence.start !== t.sentence.start) break;
    if (o.depth === t.depth && sameSentence(o) && fold(o.fact.unit ?? '') !== 'lần') {
      current = o;
      break;
    }
  }
  let previous: Token | null = null;
  for (let i = t.index + 1; i < tokens.length && current; i += 1) {
    const o = tokens[i] as Token;
    if (o.sentence.start !== t.sentence.start) break;
    if (!sameSentence(o) || unitAgreement(o, current) !== 'same') continue;
    const inOwnParen = o.paren !== null && o.paren.open >= t.numberEnd && /^[^,;()]*$/u.test(t.unit.text.slice(t.numberEnd, o.paren.open));
    if (inOwnParen || lastCue(fold(o.before), 'previous') !== null) previous = o;
    break;
  }
  return {
    stated: t,
    kind: 'change',
    subject: current,
    reference: previous,
    referenceIsDenominator: false,
    referenceWord: 'cùng kỳ',
    candidates: [],
    cue: `${cue[1]}${cue[2] ?? ''} N lần`,
    sign: 1,
    absolute: false,
    multiple: { exact: cue[2] !== undefined, loose: (cue[1] ?? '').startsWith('tăng') },
  };
}

/** Percentages and absolute changes of a text unit, classified by the words around them. */
export function findRatios(analysis: Analysis, unitId: string): RatioClaim[] {
  const tokens = analysis.unitTokens(unitId);
  const parens = analysis.parens(unitId);
  const found: RatioClaim[] = [];
  for (const t of tokens) {
    if (t.interval === null || t.fact.bound !== null) continue;
    const multiple = multipleOf(t, tokens);
    if (multiple) {
      found.push(multiple);
      continue;
    }
    const predicate = trailingCue(t.before, ['excess', 'increase', 'decrease', 'shortfall', 'share', 'attain']);
    const previousParen = referenceParen(t, tokens, parens, 'previous');
    // `so với cùng kỳ giảm 12 vụ (cùng kỳ 108 vụ)`: the comparison may be named before the figure.
    const reference =
      referenceAfter(t) ??
      (lastCue(fold(t.before), 'previous') || previousParen ? { category: 'previous' as const, phrase: 'cùng kỳ' } : null) ??
      (t.percent && predicate && (predicate.category === 'increase' || predicate.category === 'decrease')
        ? inheritedComparison(t)
        : null) ??
      (t.percent && predicate && fold(predicate.phrase) === 'bằng' ? seriesIndexComparison(t) : null) ??
      (predicate && (predicate.category === 'increase' || predicate.category === 'decrease')
        ? earlierStatedBefore(t, tokens, parens)
        : null);
    // `1.872 vụ; cùng kỳ năm 2024 là 1.800 vụ, tăng 4%`: the earlier figure in its own clause, the current one before it.
    const earlierClause = predicate && reference?.phrase === EARLIER_CLAUSE ? earlierClauseLevels(t, tokens) : null;
    if (earlierClause && predicate) {
      found.push({
        stated: t,
        referenceIsDenominator: false,
        candidates: [],
        absolute: !t.percent,
        kind: 'change',
        subject: earlierClause.current,
        reference: earlierClause.previous,
        referenceWord: earlierClause.phrase,
        cue: `${earlierClause.phrase} … ${predicate.phrase}`,
        sign: predicate.category === 'decrease' ? -1 : 1,
      });
      continue;
    }
    // `tương ứng bằng 94,2% và 101%`: the second index of a respective pair (no predicate of its own).
    const respective = t.percent && !predicate && reference === null ? respectiveComparison(t) : null;
    const base = { stated: t, referenceIsDenominator: false, candidates: [] as Token[], absolute: !t.percent };
    if (!t.percent) {
      // `giảm 356 vụ (766/1122)`: the current and the earlier figure written as a fraction after the amount.
      const levels = predicate && ['increase', 'decrease'].includes(predicate.category) ? levelsAfter(t, tokens) : null;
      if (levels && predicate) {
        found.push({
          ...base,
          kind: 'change',
          subject: levels,
          reference: levels,
          levels: true,
          // `phát hiện 766 vụ, …, giảm 356 vụ (766/1122)`: the text's own current figure, to be the numerator.
          current: currentOf(t, tokens),
          referenceWord: reference?.phrase ?? 'cùng kỳ',
          cue: `${predicate.phrase} N (a/b)`,
          sign: predicate.category === 'decrease' ? -1 : 1,
        });
        continue;
      }
      // Absolute change: `giảm 774 ca so với cùng kỳ`.
      if (!predicate || !['increase', 'decrease'].includes(predicate.category) || reference?.category !== 'previous') continue;
      const pointChange = /^điểm/u.test(fold(t.fact.unit ?? ''));
      const near = predicateOnly(t.before, predicate.phrase) ? subjectOf(t, tokens, true) : null;
      const previous = previousParen
        ? firstFigureIn(previousParen, tokens, pointChange)
        : near
          ? earlierParenBefore(near, t, tokens, parens)
          : null;
      const subject = previous && (!near || unitAgreement(near, previous) !== 'same') ? subjectFor(t, previous, tokens) : near;
      // `giảm 0,61 điểm phần trăm … (đầu năm 2,73%)`: a change of a rate, in percentage points.
      const points = pointChange && subject?.percent === true;
      if (subject && unitAgreement(subject, t) === 'different' && !points) continue;
      found.push({
        ...base,
        kind: 'change',
        subject,
        reference: previous,
        referenceWord: reference.phrase,
        cue: `${predicate.phrase} … ${reference.phrase}`,
        sign: predicate.category === 'decrease' ? -1 : 1,
      });
      continue;
    }
    // `phát hiện 3.890 vụ (tăng 463 vụ, tương ứng 13,51%)`: a percentage of an amount of change.
    const amount = reference === null || reference.category === 'previous' ? changeAmountBefore(t, tokens) : null;
    const current = amount ? currentOf(amount, tokens) : null;
    if (amount && current) {
      found.push({
        ...base,
        kind: 'change',
        subject: current,
        reference: null,
        amount,
        referenceWord: reference?.phrase ?? 'cùng kỳ',
        cue: `${changeSign(amount) === 1 ? 'tăng' : 'giảm'} N, tương ứng X%`,
        sign: changeSign(amount) === 1 ? 1 : -1,
      });
      continue;
    }
    const subject = predicateOnly(t.before, predicate?.phrase ?? null)
      ? (subjectOf(t, tokens) ?? (reference?.category !== 'previous' ? overfullFraction(t, tokens) : null))
      : (coordinatedSubject(t, tokens, predicate?.phrase ?? null) ??
        (reference?.category === 'previous' ? restatedSubject(t, tokens, predicate?.phrase ?? null) : null));
    if (reference?.category === 'previous' && predicate && ['increase', 'decrease', 'excess'].includes(predicate.category)) {
      const { previous, current } = changeOperands(t, subject, previousParen, tokens, parens, predicate.phrase);
      found.push({
        ...base,
        kind: 'change',
        subject: current,
        reference: previous,
        referenceWord: reference.phrase,
        cue: `${predicate.phrase} X% ${reference.phrase}`,
        sign: predicate.category === 'decrease' ? -1 : 1,
      });
      continue;
    }
    if (respective) {
      const { previous, current } = changeOperands(t, subject, previousParen, tokens, parens, 'bằng');
      found.push({
        ...base,
        kind: 'change',
        index: true,
        subject: current,
        reference: previous,
        referenceWord: respective.phrase,
        cue: `tương ứng … và X% ${respective.phrase}`,
        sign: 1,
      });
      continue;
    }
    // `đã gieo cấy đạt 1.659 ngàn ha, bằng 98,3% so với cùng kỳ năm trước`: the index of the change.
    if (
      reference?.category === 'previous' &&
      predicate &&
      /^(bằng|đạt|ước đạt)$/u.test(fold(predicate.phrase)) &&
      (referenceAfter(t) !== null || (fold(predicate.phrase) === 'bằng' && seriesIndexComparison(t) !== null))
    ) {
      const { previous, current } = changeOperands(t, subject, previousParen, tokens, parens, predicate.phrase);
      found.push({
        ...base,
        kind: 'change',
        index: true,
        subject: current,
        reference: previous,
        referenceWord: reference.phrase,
        cue: `${predicate.phrase} X% ${reference.phrase}`,
        sign: 1,
      });
      continue;
    }
    if (reference?.category === 'plan' && (!predicate || ['attain', 'excess', 'share'].includes(predicate.category))) {
      const kind = predicate?.category === 'excess' ? 'excess' : 'attainment';
      const paren = referenceParen(t, tokens, parens, 'plan');
      let plan = paren ? firstFigureIn(paren, tokens) : null;
      if (paren && !plan && tokens.some((o) => o.paren?.open === paren.open && o.percent)) continue; // `(kế hoạch 20%)`: rates compared, no ratio claimed
      let actual = subject;
      // `đạt 38,6% kế hoạch năm (5.792/15.005 trẻ)`: the operands as a fraction right after.
      const trailing = fractionAfter(t, tokens);
      if (!actual && !plan && trailing) actual = trailing;
      // `đạt 38,6% dự toán (thực hiện 347,4 tỷ đồng/dự toán 900 tỷ đồng)`: both operands in one parenthesis.
      const inside = !actual && !plan ? operandsInParen(t, tokens, reference.phrase) : null;
      if (inside) [actual, plan] = inside;
      const fractionPlan = !plan && actual?.fraction === true;
      if (fractionPlan) plan = actual;
      // `Dự toán … được giao 1.248,6 tỷ đồng; … đã giải ngân 496,3 tỷ đồng, đạt 39,75% dự toán`.
      const described = !plan && actual ? describedPlan(actual, tokens, reference.phrase) : null;
      if (described) plan = described;
      found.push({
        ...base,
        kind,
        subject: actual,
        reference: plan,
        referenceIsDenominator: fractionPlan,
        referenceWord: reference.phrase,
        cue: `${predicate?.phrase ?? ''} X% ${reference.phrase}`.trim(),
        sign: 1,
        loose: described !== null && actual !== null && !planOfPreviousSentence(described, actual, tokens),
      });
      continue;
    }
    const bareParen = t.paren !== null && t.before.trim() === '' && subject !== null;
    // `tỷ lệ hồ sơ trực tuyến 91,18%`: the rate's name ends its clause, not a predicate.
    const namedRate = predicate === null && reference === null && /^t[ỷỉ] lệ\s/u.test(fold(t.before).trim());
    // `1.624.318 người, đạt tỷ lệ bao phủ 95,08% dân số`: a rate of a kind, of the whole named after it.
    const kindRate =
      predicate === null &&
      reference === null &&
      /^(?:đạt|là|ở mức)\s+t[ỷỉ] lệ(?:\s+\p{L}+){1,3}$/u.test(fold(t.before).trim()) &&
      /^[\s%*_]*\p{L}/u.test(t.after);
    if (reference === null && (predicate?.category === 'share' || predicate?.category === 'attain' || bareParen || namedRate || kindRate)) {
      // `61.660 hồ sơ trực tuyến/62.089 tổng hồ sơ, đạt tỷ lệ 99,31%`: the figure before is the denominator.
      const numerator = subject ? numeratorOf(subject, tokens) : null;
      // `tỷ lệ … đạt 90,58% (419.218/462.814 hồ sơ)`: the operands as a fraction right after.
      const trailing = !subject ? fractionAfter(t, tokens) : null;
      // `đã thực hiện 99,71% (trong đó: Số kiến nghị … là W đồng, số kiến nghị đã thực hiện là P đồng, …)`.
      const named = !subject && !trailing && predicate ? operandsNamedInParen(t, tokens, parens, predicate.phrase) : null;
      // `tiếp nhận 1.428 hồ sơ (trực tuyến 1.302 hồ sơ, …), tỷ lệ hồ sơ trực tuyến 91,18%`.
      const rated = !subject && !trailing && !named && (namedRate || predicate?.category === 'share') ? ratedPart(t, tokens) : null;
      const part = numerator ?? subject ?? trailing ?? named?.part ?? rated ?? (kindRate ? subjectOf(t, tokens) : null);
      // `với 1.034.432 thông tin … đã xác thực thông tin …: 843.180, đạt 81,5%`: a bare count after a label naming the whole's noun.
      const elided = !numerator && !trailing && !named ? elidedShare(t, tokens) : null;
      // A written fraction needs no counted noun: its denominator is the whole.
      if (elided) {
        found.push({
          ...base,
          kind: 'share',
          subject: elided.part,
          reference: null,
          referenceWord: null,
          explicitWhole: elided.whole,
          cue: `${predicate?.phrase ?? ''} X%`.trim(),
          sign: 1,
        });
        continue;
      }
      if (!part || (!part.fact.unit && !numerator && !part.fraction)) continue;
      // `0,28 điểm phần trăm so với chỉ tiêu (94,8%)`: a gap between rates is no part of a whole.
      if (/^điểm\s*(?:phần trăm|%)/u.test(fold(part.fact.unit ?? ''))) continue;
      found.push({
        ...base,
        kind: 'share',
        subject: part,
        reference: null,
        referenceWord: null,
        explicitWhole: numerator ? subject : (named?.whole ?? null),
        cue: predicate ? `${predicate.phrase} X%` : namedRate || kindRate ? 'tỷ lệ … X%' : '(X%)',
        sign: 1,
      });
    }
  }
  return found;
}

/**
 * The two levels of a change against an earlier period: the earlier figure in the parenthesis
 * that names it (or one before the subject), and the current figure — the subject, unless the
 * earlier figure shows it measures something else.
 */
function changeOperands(
  t: Token,
  subject: Token | null,
  previousParen: Paren | null,
  tokens: readonly Token[],
  parens: readonly Paren[],
  phrase: string,
): { previous: Token | null; current: Token | null } {
  const previous = previousParen
    ? firstFigureIn(previousParen, tokens)
    : subject
      ? (earlierParenBefore(subject, t, tokens, parens) ?? openingComparisonParen(subject, tokens, parens))
      : null;
  const current = previous
    ? !subject || unitAgreement(subject, previous) !== 'same'
      ? subjectFor(t, previous, tokens)
      : subject
    : (subject ?? boundSubject(t, tokens, phrase));
  return { previous, current };
}
