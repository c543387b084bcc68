import type { Analysis, Paren, Token } from '../analysis.js';
import { fold, hasCue, lastCue } from '../lexicon.js';
import { numeratorOf } from './ratio.js';
import { changeSign, compatible, isTotal, qualifierOf, statusOf, unitAgreement } from './classify.js';
import { blankParentheses } from '../../text/index.js';
import {
  type Breakdown,
  bareCount,
  classOf,
  complementary,
  conjunctSet,
  exhaustive,
  hasRemainder,
  lead,
  makeBreakdown,
  namedItems,
  overfull,
  parallel,
  sameParen,
  subKindList,
  textOf,
  usable,
} from './breakdown.js';

/** Fractions of one denominator, or a fraction of its own stated whole, belong to the fraction-family rule. */
const sameFamily = (t: Token, owner: Token): boolean => {
  const d = t.fact.fraction?.denominator.exact;
  if (!t.fraction || !d) return false;
  return owner.fraction ? owner.fact.fraction?.denominator.exact === d : owner.fact.number?.exact === d;
};

/** `…, trong đó …` / `(trong đó …)` / `gồm: …`: the parts that follow a subset or partition cue. */
function subsetGroups(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const t of tokens) {
    if (!usable(t) || claimed.has(t)) continue;
    const { text: raw, from } = lead(t, tokens);
    const text = blankParentheses(raw);
    const subset = lastCue(text, 'subset');
    const partition = lastCue(text, 'partition');
    const cue = subset && (!partition || subset.end >= partition.end) ? subset : partition;
    if (!cue || lastCue(text.slice(cue.end), 'examples')) continue;
    const cueAt = from + cue.start;
    // `cụ thể:` carries its colon in the cue itself.
    const colon = cue.phrase.trimEnd().endsWith(':') || /^\s*:/u.test(t.unit.text.slice(cueAt + cue.phrase.length));
    const insideParen = t.paren !== null && cueAt > t.paren.open;
    // `tăng 625 ha so với cùng kỳ, trong đó: muối thủ công đạt 11.175 ha`: levels are parts of a level.
    const before = [...tokens]
      .reverse()
      .map((o) => (usable(o) ? o : (overfull(o) ?? o)))
      .filter((o) => o.end <= cueAt && usable(o) && (changeSign(o) === 0) === (changeSign(t) === 0));
    let owner: Token | undefined;
    let subKinds = false;
    if (insideParen) {
      // `(10 đúng hạn, 04 trễ hạn, trong đó có 01 …)`: the part of the figure just before the cue
      // inside the parenthesis; `(trong đó trễ hạn 298 …)`: of the figure the parenthesis follows.
      owner =
        before.find((o) => o.paren?.open === t.paren?.open && o.depth === t.depth && compatible(o, t)) ??
        before.find((o) => o.end <= (t.paren?.open ?? 0) && o.depth === t.depth - 1 && compatible(o, t));
    } else {
      const inReach = before.filter(
        (o) => o.depth === t.depth && sameParen(o, t) && (o.sentence.start === t.sentence.start || cueAt - t.sentence.start < 3),
      );
      owner = inReach.find((o) => unitAgreement(o, t) === 'same' || (unitAgreement(o, t) === 'unknown' && !t.fact.unit && !!o.fact.unit));
      const adjacent = inReach[0];
      if (
        !owner &&
        cue.category === 'partition' &&
        adjacent &&
        classOf(adjacent) === classOf(t) &&
        tokens.every((o) => o.index <= adjacent.index || o.start >= cueAt) &&
        textOf(t, adjacent.end, cueAt).trim().split(/\s+/u).length <= 6
      ) {
        owner = adjacent;
        subKinds = true;
      }
    }
    if (!owner || sameFamily(t, owner)) continue;
    // `(trong đó, … tiếp nhận 13.460 hồ sơ … trên tổng số 14.014 hồ sơ)`: a part written over its own whole is not this total's.
    const next = tokens[t.index + 1];
    if (next && numeratorOf(next, tokens) === t) continue;
    // `tăng 800, trong đó … tăng 830, … giảm 300`: changes of mixed sign are no subset of their total.
    if (
      changeSign(owner) !== 0 &&
      tokens.some((v) => v.index > t.index && v.sentence.start === t.sentence.start && changeSign(v) === -changeSign(owner))
    )
      continue;
    // `(gồm: 04 cơ quan … và 38 đơn vị …)`: a parenthesised list may name sub-kinds, split by `;` too.
    if (insideParen && cue.category === 'partition') subKinds = true;
    const members: Token[] = [t];
    // Items are separated by `,` or by `;`; in a comma list a `;` closes the list.
    let separator: ',' | ';' | null = null;
    for (const v of tokens.slice(t.index + 1)) {
      if (v.sentence.start !== t.sentence.start) break;
      if (!sameParen(v, t)) {
        if (v.depth < t.depth) break;
        continue;
      }
      const gap = textOf(v, (members[members.length - 1] as Token).end, v.numberStart);
      if (hasCue(gap, 'subset') || hasCue(gap, 'partition')) break;
      if (!usable(v)) continue;
      // `… trên tổng số 14.014 hồ sơ`: a total named inside the list is not one of its parts.
      if (isTotal(v)) break;
      const semicolon = /;/u.test(gap);
      if (semicolon && !parallel(t, v) && !((colon || insideParen) && separator !== ',')) break;
      if (subKinds ? classOf(v) !== classOf(t) : !compatible(v, t)) continue;
      // `thịt lợn 70.100 tấn, …, trứng 310 triệu quả`: a part without the unit the others share is of another kind.
      if (t.fact.unit && owner.fact.unit && !v.fact.unit) continue;
      if (statusOf(v) !== null && statusOf(t) === null) break;
      separator ??= semicolon ? ';' : ',';
      members.push(v);
    }
    const kept = sameMeasure(owner, members);
    if (!kept) continue;
    for (const m of kept) claimed.add(m);
    const sets = completeSets(kept);
    if (sets) {
      for (const set of sets) found.push(makeBreakdown(owner, set, cue.phrase, 'partition', { subKinds, listed: true }));
      continue;
    }
    const counted = kept.length >= 2 && groupCount(owner, tokens) === kept.length;
    found.push(
      makeBreakdown(owner, kept, cue.phrase, cue.category === 'partition' || counted ? 'partition' : 'subset', {
        subKinds,
        listed: colon || counted,
      }),
    );
  }
  return found;
}

/**
 * `Sản lượng … của 3 tỉnh trọng điểm … là 15.041 tấn, trong đó: Bình Định …; Khánh Hòa …; Phú Yên
 * …`: the whole's own clause counts the groups it covers. A list that names that many groups names
 * them all. The count is the figure right before the whole, of another unit, with no clause break between.
 */
function groupCount(owner: Token, tokens: readonly Token[]): number | null {
  const count = tokens[owner.index - 1];
  if (!count || count.sentence.start !== owner.sentence.start || count.depth !== owner.depth || !usable(count) || count.fraction)
    return null;
  if (
    unitAgreement(count, owner) !== 'different' ||
    classOf(count) !== 'count' ||
    /[,;:()]/u.test(textOf(owner, count.end, owner.numberStart))
  )
    return null;
  const n = count.fact.number;
  return n && n.decimals === 0 ? Number(n.exact) : null;
}

/**
 * `10.386 chứng thư, trong đó có 1.495 chứng thư tổ chức, 8.891 chứng thư cá nhân, với 4.074 chứng
 * thư … cấp tỉnh và 6.312 chứng thư … cấp xã`: one list that runs through two complete label sets
 * splits the whole twice. Null unless the whole list cuts into two or more such sets, in order.
 */
function completeSets(members: readonly Token[]): Token[][] | null {
  const sets: Token[][] = [];
  let start = 0;
  while (start < members.length) {
    let end = start + 2;
    while (end <= members.length && !exhaustive(members.slice(start, end))) end += 1;
    if (end > members.length) return null;
    sets.push(members.slice(start, end));
    start = end;
  }
  return sets.length >= 2 ? sets : null;
}

const MEASURE_FILLER = new Set(['ước', 'đạt', 'là', 'được', 'có', 'khoảng', 'trong', 'đó', 'gồm', 'bao', 'và', 'với', 'thì', 'đã']);
/** The words naming what a figure measures in its clause (`giải ngân ước đạt` → `giải ngân`). */
export const measureKey = (t: Token): string =>
  fold(t.before)
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !MEASURE_FILLER.has(w))
    .join(' ');

/**
 * `giải ngân 8.142 tỷ, trong đó: vốn A, khối lượng 5.762 tỷ, giải ngân 4.964 tỷ; vốn B, khối lượng
 * 3.768 tỷ, giải ngân 3.178 tỷ`: parts alternating between measures belong to the total of their
 * own measure. The parts measured like the whole are kept; when none is, there is no breakdown.
 */
function sameMeasure(owner: Token, members: Token[]): Token[] | null {
  const keys = members.map(measureKey);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const alternating = counts.size >= 2 && [...counts.entries()].every(([k, n]) => k !== '' && n >= 2);
  if (!alternating) return members;
  const own = members.filter((_, i) => keys[i] === measureKey(owner));
  return own.length >= 2 ? own : null;
}

/** The first `n` characters of a text, to the end of the word they cut (`kh` of `khai` is no `KH`). */
const headWords = (text: string, n: number): string => text.slice(0, n) + (/^[\p{L}\p{N}]*/u.exec(text.slice(n))?.[0] ?? '');

/** `hoàn thành 14 nhiệm vụ (10 đúng hạn, 04 trễ hạn)`: a breakdown in the parenthesis after a figure. */
function parenBreakdowns(tokens: readonly Token[], parens: readonly Paren[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const token of tokens) {
    const o = usable(token) ? token : overfull(token);
    if (!o) continue;
    const text = o.unit.text;
    // Right after the figure, or after the rest of its noun (`7.200 hồ sơ hộ tịch (…)`); past a long
    // noun phrase (`31 đơn vị sự nghiệp … thuộc Ủy ban nhân dân tỉnh (cụ thể: …)`) only a complete list.
    // `433 ngàn tấn, tăng 1,7% so với 10 tháng 2015 (tôm sú …, tôm thẻ …)`: a change in percent says
    // nothing in tonnes; the parenthesis after it splits the level, when it lists a complete set.
    const afterChange = (p: Paren): boolean => {
      const gap = tokens.filter((v) => v.start >= o.end && v.end <= p.open);
      const change = gap[0];
      return (
        gap.length === 1 &&
        !!change?.percent &&
        changeSign(change) !== 0 &&
        !/[;:()]/u.test(text.slice(o.end, p.open)) &&
        /^\s*so với[^,;:()]*$/u.test(fold(text.slice(change.end, p.open)).replace(/^\s*%/u, ''))
      );
    };
    // `96 hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo (…)`, `12 cuộc thanh tra, kiểm tra (…)`: a comma
    // may separate the total's conjuncts (kept only when the parts name them, below).
    const listed = (p: Paren): boolean => /^[\s*_\p{L},]{0,120}$/u.test(text.slice(o.end, p.open));
    const paren = parens.find(
      (p) => p.open >= o.end && (/^[\s*_\p{L}]{0,120}$/u.test(text.slice(o.end, p.open)) || afterChange(p) || listed(p)),
    );
    if (!paren) continue;
    const nounBetween = /\p{L}/u.test(text.slice(o.end, paren.open));
    const far = text.slice(o.end, paren.open).trim().length > 30 || afterChange(paren);
    const head = fold(text.slice(paren.open + 1, paren.close)).replace(/^[\s*_]+/u, '');
    if (
      lastCue(headWords(head, 14), 'plan') ||
      lastCue(headWords(head, 16), 'previous') ||
      /^(năm|tháng|quý|so với|bằng|tăng|giảm|trong đó|trong số đó)(?![\p{L}])/u.test(head)
    )
      continue;
    const partitionCue = /^(gồm|bao gồm|chia ra|cụ thể)(?![\p{L}])/u.test(head);
    const members: Token[] = [];
    for (const v of tokens) {
      if (v.paren?.open !== paren.open) continue;
      if (hasCue(textOf(v, paren.open + 1, v.numberStart), 'subset')) break;
      const fits = partitionCue ? classOf(v) === classOf(o) : compatible(o, v);
      if (usable(v) && fits && !sameFamily(v, o) && !isTotal(v)) members.push(v);
    }
    if (members.length === 0 || members.some((m) => claimed.has(m))) continue;
    // `là 09 TTHC (cấp tỉnh 05 TTHC, cấp xã 04 TTHC)`: labelled parts in the total's own unit, and
    // nothing else in the parenthesis, split the total.
    // `(… tự bảo đảm từ 70% - dưới 100% chi thường xuyên là 36 đơn vị, …)`: bounds name the groups, they are no parts.
    const inside = tokens.filter((v) => v.paren?.open === paren.open && !(v.percent && v.fact.bound !== null));
    // A figure in the parenthesis that was not read as one (a number after a name) leaves the list incomplete.
    const unread = [...text.slice(paren.open + 1, paren.close).matchAll(/\d+/gu)].some(
      (m) => !tokens.some((v) => v.start <= paren.open + 1 + m.index && paren.open + 1 + m.index < v.end),
    );
    const labelled =
      members.length >= 2 &&
      !unread &&
      inside.length === members.length &&
      members.every((m) => unitAgreement(o, m) === 'same') &&
      !hasCue(head, 'examples') &&
      !members.some((m) => hasCue(m.before, 'subset'));
    // `… người nghiện và người sử dụng … (người nghiện 1.830, người sử dụng 3.290)`: the parts name the total's conjuncts.
    const conjuncts = !unread && inside.length === members.length && conjunctSet(o, members, text.slice(o.end, paren.open));
    if (text.slice(o.end, paren.open).includes(',') && !afterChange(paren) && !conjuncts) continue;
    if (!partitionCue && !labelled && !conjuncts && !exhaustive(members) && !members.every((m) => qualifierOf(m) !== null)) continue;
    // Past words, only a parenthesis that is plainly the figure's breakdown: labelled, cued, or naming
    // a complete set (`7 đơn vị sử dụng ngân sách trên địa bàn (4 trực tuyến, 3 trực tiếp)`); past a long
    // noun phrase, one where every figure is a part.
    const everyFigure = !unread && inside.length === members.length;
    // Complete: a full label set, or a list closed by "the rest" (`dịch vụ khác …`).
    const complete = members.length >= 2 && (exhaustive(members) || hasRemainder(members) || conjuncts);
    if (nounBetween && !labelled && !partitionCue && !(complete && everyFigure)) continue;
    if (far && !(everyFigure && (partitionCue || complete))) continue;
    for (const m of members) claimed.add(m);
    const partition = partitionCue || conjuncts || (labelled && !members.every((m) => qualifierOf(m) !== null));
    found.push(
      makeBreakdown(o, members, partitionCue ? (head.split(/[\s:]/u)[0] ?? 'gồm') : '( … )', partition ? 'partition' : 'subset', {
        subKinds: partitionCue,
        listed: labelled,
      }),
    );
  }
  return found;
}

/** One item separator at the end of a gap (`, ` `; ` ` và ` `, và `), the words before it the item's noun. */
const ITEM_GAP = /^([^;:]*?)(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)(?:có\s+)?$/u;
/** The words after a list's last figure, to its clause end: that item's noun. */
const lastNoun = (t: Token, end: number): string => (/^[^,;:()]*/u.exec(textOf(t, t.numberEnd, end))?.[0] ?? '').replace(/[.\s]+$/u, '');

/**
 * The noun of each item of a parenthesised list, or null when the text between its figures is not
 * one list. Number first (`(124 đảng ủy …, 124 Ủy ban nhân dân …)`): the words after each figure, up
 * to the separator. Label first (`(đảng ủy cấp xã 124, Ủy ban nhân dân cấp xã 124)`): the words
 * from the separator to the figure, and any words after it.
 */
function itemNouns(parts: readonly Token[], open: number, close: number, labelFirst: boolean): string[] | null {
  const first = parts[0];
  if (!first) return null;
  const text = first.unit.text;
  const nouns: string[] = [];
  let label = labelFirst ? text.slice(open + 1, first.numberStart).replace(/:\s*$/u, '') : '';
  for (const [k, m] of parts.entries()) {
    const next = parts[k + 1];
    if (!next) {
      const tail = text.slice(m.numberEnd, close);
      if (/[;:]/u.test(tail)) return null;
      nouns.push(`${label} ${tail}`);
      break;
    }
    const between = text.slice(m.numberEnd, next.numberStart);
    const gap = labelFirst ? LABEL_GAP.exec(between) : ITEM_GAP.exec(between);
    if (!gap) return null;
    nouns.push(`${label} ${gap[1] ?? ''}`);
    label = labelFirst ? (gap[2] ?? '') : '';
  }
  return nouns;
}
/** Label first: the rest of one item, a separator, the next item's label (`, Ủy ban nhân dân cấp xã `). */
const LABEL_GAP = /^([^,;:\d]*?)(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)([^,;:\d]*?)\s*:?\s*$/u;

/**
 * `kết nối 248 điểm cầu cấp xã (124 đảng ủy cấp xã và 124 Ủy ban nhân dân cấp xã)`; `8.891 chứng thư
 * cá nhân (8.250 Token, 641 SIM PKI)`: a parenthesis right after a count that holds nothing but
 * counts, each with its own noun (after the figure, or as a label before it), names the count's
 * sub-kinds, and they add up to it.
 */
function subKindParens(tokens: readonly Token[], parens: readonly Paren[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const o of tokens) {
    if (!usable(o) || changeSign(o) !== 0) continue;
    const text = o.unit.text;
    // Attached: only the rest of the count's noun phrase stands between (`248 điểm cầu cấp xã (`).
    const paren = parens.find((p) => p.open >= o.end && /^[\s\p{L}]{0,60}$/u.test(text.slice(o.end, p.open)));
    if (!paren) continue;
    const inside = tokens.filter((v) => v.start > paren.open && v.end <= paren.close + 1);
    // Every figure in the parenthesis is a part, directly in it, and every digit is in a figure.
    if (inside.length < 2 || inside.some((v) => v.paren?.open !== paren.open || claimed.has(v))) continue;
    const unread = [...text.slice(paren.open + 1, paren.close).matchAll(/\d+/gu)].some(
      (m) => !inside.some((v) => v.start <= paren.open + 1 + m.index && paren.open + 1 + m.index < v.end),
    );
    if (unread) continue;
    // `(gồm 8.250 Token và 641 SIM PKI)`: a partition cue may open the list.
    const head = fold(text.slice(paren.open + 1, inside[0]?.numberStart ?? paren.open)).replace(
      /^\s*(?:gồm có|bao gồm|gồm|chia ra|cụ thể)\s*:?/u,
      '',
    );
    const labelFirst = !/^\s*$/u.test(head);
    if (labelFirst && !/^[\s\p{L}]+:?\s*$/u.test(head)) continue;
    const members = inside.map((v) => (usable(v) ? v : bareCount(v, labelFirst)));
    if (members.some((m) => m === null)) continue;
    const parts = members as Token[];
    const nouns = itemNouns(parts, labelFirst ? paren.open : (parts[0] as Token).numberStart - 1, paren.close, labelFirst);
    if (!nouns || !subKindList(o, parts, nouns)) continue;
    for (const v of inside) claimed.add(v);
    found.push(makeBreakdown(o, parts, '( … )', 'partition', { subKinds: true, listed: true }));
  }
  return found;
}

/**
 * `Nhân sự có 58 người, trong đó, có 53 biên chế …; 01 sinh viên cử tuyển …; 02 hợp đồng … và 02
 * hợp đồng vụ việc`: under `trong đó`, a list of counts each with its own noun (after the figure, or
 * as a label before it: `trong đó: công chức 53; hợp đồng 05`) names sub-kinds of
 * the count just before the cue. They are told apart by their nouns, so together they fit in it; a
 * `trong đó` list need not be complete, so they need not add up to it.
 */
function subKindRuns(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const t of tokens) {
    const owner = tokens[t.index - 1];
    if (!owner || claimed.has(t) || !usable(owner) || changeSign(owner) !== 0) continue;
    if (owner.sentence.start !== t.sentence.start || !sameParen(owner, t) || owner.depth !== t.depth) continue;
    const { text: raw, from } = lead(t, tokens);
    const cue = lastCue(raw, 'subset');
    if (!cue) continue;
    // `trong đó, có 53 biên chế …` (number first) or `trong đó: công chức 53; …` (label first).
    let label = fold(raw.slice(cue.end))
      .replace(/^[\s,:]*(?:có\s+)?/u, '')
      .replace(/:?\s*$/u, '');
    if (!/^[\s\p{L}]*$/u.test(label)) continue;
    const labelFirst = label !== '';
    const first = usable(t) ? t : bareCount(t, labelFirst);
    // The count right before the cue, past the rest of its noun phrase only (`58 người, trong đó`).
    const cueAt = from + cue.start;
    if (!first || owner.end > cueAt || !/^[\s\p{L}]{0,60},?\s*$/u.test(textOf(t, owner.end, cueAt))) continue;
    const parts: Token[] = [first];
    const nouns: string[] = [];
    for (const v of tokens.slice(t.index + 1)) {
      if (v.sentence.start !== t.sentence.start) break;
      // Figures in an item's own parenthesis belong to that item.
      if (v.depth > t.depth) continue;
      const prev = parts[parts.length - 1] as Token;
      const between = blankParentheses(textOf(v, prev.numberEnd, v.numberStart));
      const gap = labelFirst ? LABEL_GAP.exec(between) : ITEM_GAP.exec(between);
      const item = usable(v) ? v : bareCount(v, labelFirst);
      if (!gap || !item || !sameParen(v, t) || claimed.has(v)) break;
      nouns.push(`${label} ${gap[1] ?? ''}`);
      label = labelFirst ? (gap[2] ?? '') : '';
      parts.push(item);
    }
    const last = parts[parts.length - 1] as Token;
    nouns.push(`${label} ${lastNoun(last, last.sentence.end)}`);
    if (!subKindList(owner, parts, nouns)) continue;
    for (const m of parts) claimed.add(tokens[m.index] as Token);
    found.push(makeBreakdown(owner, parts, cue.phrase, 'subset', { subKinds: true, listed: true }));
  }
  return found;
}

/**
 * `giao N …, hoàn thành A …, đang thực hiện B …`; `có 42 nhiệm vụ; đã hoàn thành 31 …, đang thực
 * hiện 11 …`; a fraction `a/N` followed by counts of the rest (`04/12 đề án …, đang thực hiện 10`).
 */
function statusBreakdowns(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const t of tokens) {
    if (!usable(t) || claimed.has(t)) continue;
    const asDenominator = t.fraction && statusOf(t) !== null;
    const total = isTotal(t);
    if (!total && !asDenominator && statusOf(t) !== null) continue;
    const members: Token[] = asDenominator ? [t] : [];
    for (const v of tokens.slice(t.index + 1)) {
      if (v.sentence.start !== t.sentence.start && (asDenominator || t.depth > 0 || !total)) break;
      if (!sameParen(v, t) || claimed.has(v)) continue;
      if (usable(v) && isTotal(v) && unitAgreement(v, t) === 'same') break;
      if (!usable(v) || statusOf(v) === null || sameFamily(v, t)) continue;
      if (v.fraction && t.fraction && v.fact.fraction?.denominator.exact === t.fact.fraction?.denominator.exact) break;
      if (v.sentence.start !== t.sentence.start && unitAgreement(v, t) !== 'same') continue;
      if (!total && !asDenominator && unitAgreement(v, t) !== 'same') continue;
      members.push(v);
    }
    const parts = members.filter((m) => m !== t);
    if (asDenominator ? parts.length < 1 : members.length < 1) continue;
    if (!total && !asDenominator && (members.length < 2 || !exhaustive(members))) continue;
    // `15 nhiệm vụ hoàn thành, 06 nhiệm vụ chậm tiến độ, 03 nhiệm vụ chưa triển khai`: a group of the
    // same things with no status sits among the parts, so done and pending are not all of them.
    const last = parts[parts.length - 1];
    const unsorted = tokens.some(
      (v) =>
        last &&
        v.index > t.index &&
        v.index < last.index &&
        v.sentence.start === t.sentence.start &&
        sameParen(v, t) &&
        usable(v) &&
        !v.percent &&
        !claimed.has(v) &&
        statusOf(v) === null &&
        unitAgreement(v, t) === 'same',
    );
    for (const m of parts) claimed.add(m);
    const cue = asDenominator
      ? `${t.fact.fraction?.numerator.text}/${t.fact.fraction?.denominator.text} …`
      : (lastCue(t.before, 'total')?.phrase ?? 'có');
    const made = makeBreakdown(t, members, cue, 'subset', { ownerIsDenominator: asDenominator, incomplete: unsorted });
    found.push(INFLOW.test(fold(cue)) ? { ...made, inflow: true } : made);
  }
  return found;
}

/** Totals that count what came in during the period, not all there was to handle. */
const INFLOW = /^(?:tiếp nhận|phát sinh|thụ lý)$/u;

/**
 * `… triển khai 34 mô hình điểm. Đến nay, đã hoàn thành 17 mô hình, 16 mô hình đang triển khai, 01
 * mô hình đang chờ …`: a sentence that splits work by status (done and pending) without naming its
 * total splits the one figure of the sentence before it in the same unit, when that sentence has
 * no other such figure and no status of its own.
 */
function statusRunsAfterTotal(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  const sentences = [...new Set(tokens.map((t) => t.sentence.start))];
  for (let k = 1; k < sentences.length; k += 1) {
    const inSentence = tokens.filter((t) => t.sentence.start === sentences[k] && t.depth === 0 && usable(t));
    const first = inSentence[0];
    if (!first || inSentence.some((t) => claimed.has(t) || isTotal(t) || t.fraction || statusOf(t) === null)) continue;
    if (inSentence.length < 2 || !exhaustive(inSentence) || inSentence.some((t) => unitAgreement(t, first) !== 'same')) continue;
    const before = tokens.filter((t) => t.sentence.start === sentences[k - 1] && usable(t) && unitAgreement(t, first) === 'same');
    const owner = before[0];
    if (before.length !== 1 || !owner || statusOf(owner) !== null || claimed.has(owner)) continue;
    for (const m of inSentence) claimed.add(m);
    found.push(makeBreakdown(owner, inSentence, 'status', 'partition', { listed: true }));
  }
  return found;
}

/** `04 đề án trễ hạn: Sở A (01), Sở B (01), Sở C (02)`: a count followed by a colon list of named parts. */
function colonLists(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const t of tokens) {
    if (!usable(t)) continue;
    const colonAt = t.numberEnd + t.after.length;
    if (t.unit.text[colonAt] !== ':' || lastCue(t.after, 'examples') || lastCue(t.after, 'subset')) continue;
    const members = tokens.filter(
      (v) =>
        v.start > colonAt &&
        v.sentence.start === t.sentence.start &&
        usable(v) &&
        !claimed.has(v) &&
        v.depth <= t.depth + 1 &&
        compatible(t, v),
    );
    if (members.length < 2 || !namedItems(members)) continue;
    for (const m of members) claimed.add(m);
    found.push(makeBreakdown(t, members, ':', 'partition', { listed: true }));
  }
  return found;
}

/**
 * `đã giải quyết 3.210 hồ sơ ốm đau, 1.150 hồ sơ thai sản và 640 hồ sơ dưỡng sức, tổng cộng 5.000 hồ
 * sơ`: a clause that is only `tổng cộng|tổng số N` closes the list of every figure before it in its
 * sentence, when all of them count the same things.
 */
function totalsAfterParts(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const t of tokens) {
    if (!usable(t) || claimed.has(t) || t.fraction || t.depth > 0) continue;
    if (!/^[\s*_]*(?:tổng cộng|tổng số|cộng)(?: là| có)?\s*:?\s*$/u.test(fold(t.before))) continue;
    const lead = fold(t.unit.text.slice(Math.max(t.sentence.start, t.numberStart - t.before.length - 2), t.numberStart - t.before.length));
    if (!/[,;]\s*$/u.test(lead)) continue;
    const parts = tokens.filter((v) => v.sentence.start === t.sentence.start && v.end <= t.start && !(v.percent && v.depth > 0));
    if (parts.length < 2 || parts.some((v) => !usable(v) || claimed.has(v) || v.fraction || v.depth > 0 || unitAgreement(t, v) !== 'same'))
      continue;
    if (parts.some((v) => changeSign(v) !== 0 || isTotal(v))) continue;
    for (const m of parts) claimed.add(m);
    found.push(makeBreakdown(t, parts, 'tổng cộng', 'partition', { listed: true }));
  }
  return found;
}

/**
 * `Kết quả thực hiện 48 chỉ tiêu chủ yếu năm 2025: có 39 chỉ tiêu đạt …, 9 chỉ tiêu không đạt …`: a
 * count whose clause ends on a colon, then exactly two counts of the same things, one the negation of
 * the other: together they are all of it.
 */
function colonComplements(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const t of tokens) {
    if (!usable(t) || claimed.has(t) || t.fraction || t.depth > 0) continue;
    const head = /^[^,;:()]*:/u.exec(t.unit.text.slice(t.numberEnd, t.sentence.end))?.[0];
    if (!head || lastCue(head, 'examples') || lastCue(head, 'subset')) continue;
    const colonAt = t.numberEnd + head.length;
    const inSentence = tokens.filter((v) => v.start > t.end && v.sentence.start === t.sentence.start);
    // Only a date or year may stand between the count and its colon.
    if (inSentence.some((v) => v.start < colonAt && usable(v) && v.fact.kind !== 'date')) continue;
    const members = inSentence.filter((v) => v.start > colonAt && !v.percent);
    if (members.length !== 2 || members.some((m) => !usable(m) || claimed.has(m) || m.fraction || unitAgreement(t, m) !== 'same')) continue;
    const [a, b] = members as [Token, Token];
    if (!complementary(a.after, b.after)) continue;
    for (const m of members) claimed.add(m);
    found.push(makeBreakdown(t, members, ':', 'partition', { listed: true }));
  }
  return found;
}

/**
 * `ước đạt 2.667 tỷ đồng, bằng 103,77% kế hoạch, vốn trong nước đạt 870,8 tỷ đồng, vốn ngoài nước đạt
 * 1.796,2 tỷ đồng`: figures right after a figure, in its unit, carrying one complete label set, split it
 * even without a cue.
 */
function labelledRuns(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const o of tokens) {
    if (!usable(o) || claimed.has(o)) continue;
    const run: Token[] = [];
    for (const v of tokens.slice(o.index + 1)) {
      if (v.sentence.start !== o.sentence.start || run.length >= 4) break;
      if (v.percent || v.depth > o.depth) continue;
      if (!sameParen(v, o) || !usable(v) || claimed.has(v) || unitAgreement(o, v) !== 'same') break;
      run.push(v);
    }
    for (let k = run.length; k >= 2; k -= 1) {
      const parts = run.slice(0, k);
      if (!exhaustive(parts) || exhaustive([o, ...parts.slice(1)])) continue;
      for (const m of parts) claimed.add(m);
      found.push(makeBreakdown(o, parts, '…', 'partition', { listed: true }));
      break;
    }
  }
  return found;
}

/**
 * `kiểm tra 42/139 cơ quan, đơn vị, đạt tỷ lệ 30% (4/15 sở, ngành và 38/124 UBND cấp xã)`: a
 * fraction split into fractions in the parenthesis after it (past its share): the numerators add up.
 */
function fractionSplits(tokens: readonly Token[], parens: readonly Paren[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const o of tokens) {
    if (!o.fraction || !usable(o) || claimed.has(o) || o.depth > 0) continue;
    const paren = parens.find((p) => p.open >= o.end && p.open < o.sentence.end);
    if (!paren) continue;
    const between = tokens.filter((v) => v.start >= o.end && v.end <= paren.open);
    // Only the fraction's own share may stand between, and no other clause.
    if (between.some((v) => !v.percent) || between.length > 1 || /[;:]/u.test(o.unit.text.slice(o.end, paren.open))) continue;
    // `…, chỉ tiêu đề ra là tối thiểu 20%)`: a threshold beside the parts is no part.
    const inside = tokens.filter((v) => v.paren?.open === paren.open && !(v.percent && v.fact.bound !== null));
    if (inside.length < 2 || inside.some((v) => !v.fraction || !usable(v) || claimed.has(v))) continue;
    const head = fold(o.unit.text.slice(paren.open + 1, paren.close));
    if (hasCue(head, 'subset') || hasCue(head, 'examples')) continue;
    for (const m of inside) claimed.add(m);
    found.push(makeBreakdown(o, inside, '( a/b … )', 'partition', { listed: true, subKinds: true }));
    // The groups split the population too: the denominators add up to the whole's denominator.
    if (inside.every((m) => m.fact.fraction?.denominator.decimals === 0) && o.fact.fraction?.denominator.decimals === 0)
      found.push(
        makeBreakdown(o, inside, '( a/b … )', 'partition', {
          listed: true,
          subKinds: true,
          ownerIsDenominator: true,
          partsAreDenominators: true,
        }),
      );
  }
  return found;
}

/**
 * `59/63 Sở … gửi báo cáo đúng hạn, còn 4 tỉnh không gửi báo cáo`: a fraction and `còn M … không|chưa
 * <the fraction's own verb>` after it split the denominator: the rest is the negation of what the
 * fraction counts.
 */
function fractionRemainders(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const t of tokens) {
    if (!t.fraction || !usable(t) || claimed.has(t) || t.depth > 0) continue;
    const rest = tokens.find(
      (v) =>
        v.index > t.index &&
        v.sentence.start === t.sentence.start &&
        // In the sentence, or in a parenthesis right after the fraction's noun: `06/12 đơn vị (còn 06/12 đơn vị chưa kiểm tra)`.
        (v.depth === 0 || (v.depth === 1 && !!v.paren && /^[\s\p{L},]*$/u.test(textOf(t, t.end, v.paren.open)))) &&
        usable(v) &&
        !claimed.has(v) &&
        /(?:^|[^\p{L}])còn(?: lại)?\s*$/u.test(fold(v.before)),
    );
    if (!rest) continue;
    const negated = /(?:^|[^\p{L}])(?:không|chưa)\s+(\p{L}+(?:\s+\p{L}+)?)/u.exec(fold(rest.after));
    const verb = negated?.[1];
    if (!verb || !fold(textOf(t, t.sentence.start, rest.numberStart)).includes(verb)) continue;
    if (tokens.some((v) => v.index > t.index && v.index < rest.index && usable(v) && !v.percent)) continue;
    // `06/12 … (còn 06/12 …)`: one denominator is the fraction-family rule's; two must each be completed.
    const sameDenominator = rest.fraction && rest.fact.fraction?.denominator.exact === t.fact.fraction?.denominator.exact;
    if (sameDenominator) continue;
    // Over two denominators, only the same things (`06/13 đơn vị … còn 06/12 đơn vị chưa …`), not two
    // groups (`06/12 đơn vị cấp tỉnh, còn 3/20 đơn vị cấp xã chưa …`).
    const noun = (text: string): string =>
      fold(text)
        .split(/(?:^|\s)(?:không|chưa)\s/u)[0]
        ?.trim() ?? '';
    if (rest.fraction && noun(t.after) !== noun(rest.after)) continue;
    claimed.add(rest);
    const options = { ownerIsDenominator: true, subKinds: true, listed: true };
    found.push(makeBreakdown(t, [t, rest], 'còn … không', 'partition', options));
    if (rest.fraction) found.push(makeBreakdown(rest, [t, rest], 'còn … không', 'partition', options));
  }
  return found;
}

/**
 * `Trong 18 chỉ tiêu … giao, đến nay có 11 chỉ tiêu đạt …, 05 chỉ tiêu ước đạt …, 03 chỉ tiêu khó
 * đạt`: a sentence that opens with `Trong N X` and then counts X by group. The groups are told apart,
 * so together they fit in N; a `trong đó` inside the list (a group of a group) ends it.
 */
function withinCount(tokens: readonly Token[], claimed: Set<Token>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const t of tokens) {
    if (!usable(t) || claimed.has(t) || t.fraction || t.depth > 0) continue;
    if (!/^[\s*_]*trong(?: tổng số)?\s*$/u.test(fold(textOf(t, t.sentence.start, t.numberStart)))) continue;
    // `Trong 24 nhiệm vụ, đã triển khai 15/24 …`: a fraction of the whole makes it the fraction's list.
    if (
      tokens.some((v) => v.sentence.start === t.sentence.start && v.fraction && v.fact.fraction?.denominator.exact === t.fact.number?.exact)
    )
      continue;
    const members: Token[] = [];
    for (const v of tokens.slice(t.index + 1)) {
      if (v.sentence.start !== t.sentence.start) break;
      if (v.depth > 0 || !usable(v) || v.percent) continue;
      const gap = textOf(v, (members[members.length - 1] ?? t).end, v.numberStart);
      if (hasCue(gap, 'subset') || hasCue(gap, 'partition') || hasCue(gap, 'examples')) break;
      if (unitAgreement(t, v) !== 'same' || v.fraction || changeSign(v) !== 0) continue;
      members.push(v);
    }
    if (members.length < 2 || members.some((m) => claimed.has(m))) continue;
    for (const m of members) claimed.add(m);
    found.push(makeBreakdown(t, members, 'trong …', 'subset', { listed: true }));
  }
  return found;
}

/** Every breakdown inside one text unit, the most specific cues first so that each part is claimed once. */
export function findBreakdowns(analysis: Analysis, unitId: string): Breakdown[] {
  const tokens = analysis.unitTokens(unitId);
  const claimed = new Set<Token>();
  return [
    ...subsetGroups(tokens, claimed),
    ...parenBreakdowns(tokens, analysis.parens(unitId), claimed),
    ...subKindParens(tokens, analysis.parens(unitId), claimed),
    ...subKindRuns(tokens, claimed),
    ...fractionSplits(tokens, analysis.parens(unitId), claimed),
    ...fractionRemainders(tokens, claimed),
    ...colonLists(tokens, claimed),
    ...colonComplements(tokens, claimed),
    ...totalsAfterParts(tokens, claimed),
    ...withinCount(tokens, claimed),
    ...statusBreakdowns(tokens, claimed),
    ...labelledRuns(tokens, claimed),
    ...statusRunsAfterTotal(tokens, claimed),
  ];
}
