import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex, TextUnit } from '../document-index.js';
import { firstCue, fold, lastCue } from '../lexicon.js';
import { changeSign, isTotal, unitAgreement } from './classify.js';
import { measureKey } from './breakdown-finders.js';
import { oneSlipApart } from './repeat.js';
import { type Breakdown, classOf, exhaustive, makeBreakdown, overfull, usable } from './breakdown.js';

const TRAILING_CUE = /(trong đó|trong số đó|bao gồm|gồm|chia ra|cụ thể(?: là| như sau)?) ?:?$/u;
/** Longer than any match of TRAILING_CUE: the regex is tried on the text's tail only, not at every offset of a long paragraph. */
const CUE_TAIL = 40;

/** The cue a paragraph ends with (`… Trong đó:`), as TRAILING_CUE finds it in the whole folded text. */
const trailingCue = (text: string): RegExpExecArray | null =>
  TRAILING_CUE.exec(fold(text.trimEnd()).replace(/\s+/gu, ' ').slice(-CUE_TAIL));

/** A section number written at the start of a paragraph's own text (`**6.1.2.1** Vốn …`): the paragraph's label. */
const TEXT_NUMBER = /^[\s*_]*(\d+(?:\.\d+)+)\.?(?=[\s*_:])/u;

/** A unit's list label: its own, or a multi-level number its text opens with. */
const labelOf = (unit: TextUnit): string | null => unit.label ?? TEXT_NUMBER.exec(unit.text)?.[1] ?? null;

/** The shape of a list label: `a)` letters, `1.` numbers, `-`/`+` dashes; null for none. */
function labelStyle(unit: TextUnit): string | null {
  const label = labelOf(unit);
  if (!label) return null;
  if (/^\p{Ll}\)$/u.test(label)) return 'letter';
  if (/^\d+(?:\.\d+)*\.?\)?$/u.test(label)) return `number${label.split('.').filter(Boolean).length}`;
  if (/^\(?[ivx]+\)$/u.test(label)) return 'roman';
  return `mark:${label}`;
}

/** The running number of a numbered label: its last level (`6.1.2.3` → 3). */
const labelNumber = (unit: TextUnit): number => Number.parseInt(labelOf(unit)?.split('.').filter(Boolean).pop() ?? '', 10);

const within = (section: readonly string[], parent: readonly string[]): boolean => parent.every((label, i) => section[i] === label);

/** An item ends by opening a list of its own (`… một số dự án:`, `… trong đó:`). */
const opensList = (unit: TextUnit): boolean => /:\s*[*_]*\s*$/u.test(unit.text) || trailingCue(unit.text) !== null;

/** The label words of an item: its text before the colon that ends them (`Đầu tư Thủy lợi:`), emphasis dropped. */
const itemName = (unit: TextUnit, first: Token): string =>
  fold(unit.text.slice(0, first.numberStart).replace(TEXT_NUMBER, '').split(':')[0] ?? '')
    .replace(/[*_]/gu, ' ')
    .trim();

/**
 * The figures an item opens with: `Tàng trữ trái phép chất ma túy: 422 vụ, 536 đối tượng`; `Đầu tư
 * Thủy lợi: Khối lượng thực hiện ước đạt 3.533,21 tỷ đồng, …`. Only a label (and a colon) may stand
 * before the first one; the figures of the item's first sentence are its candidates. Null when the
 * item does not open with a figure.
 */
function openingFigures(unit: TextUnit, analysis: Analysis): Token[] | null {
  const numbered = TEXT_NUMBER.exec(unit.text)?.[0].length ?? 0;
  const tokens = analysis.unitTokens(unit.id).filter((t) => t.depth === 0 && t.start >= numbered);
  const first = tokens[0];
  if (!first || !usable(first)) return null;
  // A name before the colon may hold commas (`Chương trình … Nông, Lâm, Thủy sản :`); the words after it may not.
  const lead = unit.text.slice(numbered, first.numberStart).split(':').pop() ?? '';
  if (/[,;.]/u.test(lead.replace(/\([^()]*\)/gu, ''))) return null;
  return tokens.filter((t) => t.sentence.start === first.sentence.start && usable(t) && !t.fraction);
}

const fits = (whole: Token, part: Token): boolean =>
  classOf(whole) === classOf(part) && unitAgreement(whole, part) !== 'different' && changeSign(whole) === changeSign(part);

/** The words two or more measure names share from their start (`khối lượng thực hiện`). */
function commonMeasure(keys: readonly string[]): string[] {
  const split = keys.map((k) => k.split(' ').filter(Boolean));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((words) => words[n] === first[n])) n += 1;
  return first.slice(0, n);
}

/**
 * Which figures of the cue paragraph the items break down. Each candidate whole takes, from every
 * item, its first figure of the same kind and unit; a candidate every item answers is a whole.
 * Candidates answered by the same figures compete: the one whose measure the items repeat (`Khối
 * lượng thực hiện … 5.762,47 tỷ đồng` for items `Khối lượng thực hiện ước đạt …`) wins over the
 * nearer `vốn ngoài nước … 4.128,02 tỷ đồng`; otherwise the one nearest the cue.
 */
function wholesOf(candidates: readonly Token[], items: readonly Token[][]): Array<{ owner: Token; members: Token[] }> {
  const answered = candidates
    .map((owner) => ({ owner, members: items.map((figures) => figures.find((t) => fits(owner, t))) }))
    .filter((c): c is { owner: Token; members: Token[] } => c.members.every((m) => m !== undefined));
  const found: Array<{ owner: Token; members: Token[] }> = [];
  for (const c of answered) {
    if (found.some((f) => f.members.some((m) => c.members.includes(m)))) continue;
    const rivals = answered.filter((o) => o.members.every((m, i) => m === c.members[i]));
    const shared = commonMeasure(c.members.map(measureKey));
    const named =
      shared.length >= 2 ? rivals.filter((o) => commonMeasure([measureKey(o.owner), shared.join(' ')]).length === shared.length) : [];
    found.push(named[0] ?? c);
  }
  return found;
}

/**
 * `Tổng thu … 11.624,8 tỷ đồng … Trong đó:` followed by list items `a) Thu nội địa 10.318,6 tỷ
 * đồng …`, `b) Thu từ hoạt động xuất nhập khẩu 1.306,2 tỷ đồng …`: a breakdown across blocks. The
 * parts are the figures that open sibling list items of one style; deeper items are skipped, and so
 * are the items of a sub-list an item opens in the same style (`Đầu tư Thủy lợi: … một số dự án:`
 * then `Dự án …` items, until the next `Đầu tư …` item).
 */
export function findCrossBlockBreakdowns(index: DocumentIndex, analysis: Analysis): Breakdown[] {
  const units = index.orderedUnits().filter((u) => u.kind !== 'footnote');
  const found: Breakdown[] = [];
  units.forEach((unit, i) => {
    // `Thực hiện 36 nhiệm vụ …:` then `- Đã hoàn thành: 22 …`, `- Đang triển khai: 14 …`: a bare colon
    // opens a breakdown only when the items are a complete set (done and pending, on time and late).
    const cue = trailingCue(unit.text);
    const colonOnly = !cue && /:\s*[*_]*\s*$/u.test(unit.text);
    if (!cue && !colonOnly) return;
    // The whole is a figure of the same kind as the parts: `… 1.448.367 triệu đồng, đạt 61% dự
    // toán, tăng 18% … bao gồm:` breaks down the amount, not the percentages after it.
    const candidates = [...analysis.unitTokens(unit.id)].reverse().filter((t) => t.depth === 0 && usable(t) && !t.fraction);
    if (candidates.length === 0) return;
    const items: Token[][] = [];
    let style: string | null = null;
    let previousNumber = 0;
    let firstName: string | null = null;
    let inSubList = false;
    const rest = units.slice(i + 1);
    for (const [k, next] of rest.entries()) {
      const st = labelStyle(next);
      // A letter-labelled item may come out as a heading (`a) Thu nội địa …`); numbered headings end the list.
      if ((next.kind === 'heading' && st !== 'letter' && !TEXT_NUMBER.test(next.text)) || !within(next.section, unit.section)) break;
      if (style === null) {
        if (st === null) break;
        style = st;
      } else if (st !== style) {
        // A paragraph that opens a list of its own ends this one, and so does an item in the cue's own
        // style (its next sibling); a deeper item is nested.
        if (st === null ? trailingCue(next.text) !== null : st === labelStyle(unit)) break;
        continue;
      }
      // Numbering that starts again (`1.` after `3.`) is another list.
      const number = style.startsWith('number') ? labelNumber(next) : Number.NaN;
      if (Number.isFinite(number)) {
        if (number <= previousNumber) break;
        previousNumber = number;
      }
      const figures = openingFigures(next, analysis);
      const first = figures?.[0];
      if (inSubList) {
        // Inside an item's own sub-list: only an item named like the first one resumes the list.
        const name = first ? itemName(next, first).split(' ')[0] : null;
        if (!name || name !== firstName) continue;
        inSubList = false;
      }
      if (!figures || !first || !candidates.some((c) => fits(c, first))) break;
      // `Tổng số người bị quản lý …: 933` is a total of its own, not one more part.
      if (isTotal(first)) break;
      firstName ??= itemName(next, first).split(' ')[0] ?? '';
      items.push(figures);
      // An item that opens a list of its own: when that list is in this list's style, its items
      // are not parts of this whole (a deeper style is skipped anyway).
      if (opensList(next) && labelStyle(rest.slice(k + 1).find((u) => labelStyle(u) !== null) ?? next) === style) inSubList = true;
    }
    // An item that ends in a cue, followed by items in its own bullet style: the page does not show
    // which items sit under it and which are its siblings, so nothing is claimed.
    if (items.length < 2 || (style !== null && labelStyle(unit) === style)) return;
    const partition = !/^trong/u.test(cue?.[1] ?? '');
    for (const { owner, members } of wholesOf(candidates, items)) {
      if (colonOnly && !exhaustive(members.filter((m) => m !== owner))) continue;
      found.push(makeBreakdown(owner, members, `${cue?.[1] ?? ''}:`, partition ? 'partition' : 'subset', { listed: true }));
    }
  });
  return [
    ...found,
    ...findNestedBreakdowns(units, analysis, found),
    ...findComplementFractions(analysis),
    ...findClosingTotals(units, analysis),
  ];
}

/**
 * `- Cấp lần đầu: 455 giấy;` `- Cấp đổi, cấp lại: 1.020 giấy;` `- Tổng cộng: 1.475 giấy.`: the last item
 * of a list, labelled `Tổng cộng`/`Tổng số`/`Cộng` and holding one figure, totals the figures its
 * siblings open with, when the list is all of them (it starts after a non-item) and all count the same.
 */
function findClosingTotals(units: readonly TextUnit[], analysis: Analysis): Breakdown[] {
  const found: Breakdown[] = [];
  units.forEach((unit, i) => {
    const style = labelStyle(unit);
    const own = analysis.unitTokens(unit.id).filter((t) => t.depth === 0);
    const total = own[0];
    if (!style || own.length !== 1 || !total || !usable(total) || total.fraction) return;
    if (!/^[\s*_]*(?:tổng cộng|tổng số|cộng)\s*:?\s*$/u.test(fold(unit.text.slice(0, total.numberStart).replace(TEXT_NUMBER, '')))) return;
    const members: Token[] = [];
    let k = i - 1;
    for (; k >= 0; k -= 1) {
      const prev = units[k] as TextUnit;
      if (labelStyle(prev) !== style) break;
      const first = openingFigures(prev, analysis)?.[0];
      if (!first || first.fraction || isTotal(first) || unitAgreement(total, first) !== 'same') return;
      members.unshift(first);
    }
    // The list must start right after a non-item (its heading), or it may have items before it.
    if (members.length < 2 || (k >= 0 && labelStyle(units[k] as TextUnit) !== null)) return;
    found.push(makeBreakdown(total, members, 'tổng cộng', 'partition', { listed: true }));
  });
  return found;
}

/**
 * A bare whole number after `Số …:` counts what the label names (`Số đang ở ngoài xã hội: 83.`), though
 * the figure carries no unit of its own.
 */
const labelledCount = (t: Token, lead: string): boolean =>
  t.interval === null &&
  t.fact.kind === 'number' &&
  t.fact.number?.decimals === 0 &&
  /^\s*(?:số|tổng số)\s/u.test(fold(lead)) &&
  /:\s*$/u.test(lead);

/** A list item that is a label and one figure: `Số đang trong cơ sở cai nghiện: 1109.`, maybe a note in parentheses. */
function labelledFigure(unit: TextUnit, analysis: Analysis): Token | null {
  if (unit.kind !== 'list-item') return null;
  const tokens = analysis.unitTokens(unit.id).filter((t) => t.depth === 0);
  const only = tokens[0];
  if (tokens.length !== 1 || !only || only.fraction || only.percent) return null;
  const lead = unit.text.slice(0, only.numberStart);
  if (!usable(only) && !labelledCount(only, lead)) return null;
  // A label before its colon may hold commas (`… tại gia đình, cộng đồng: 20.`); without a colon it may not.
  const unlabelled = lead.includes(':') ? (lead.split(':').pop() ?? '') : lead;
  if (/[,;.]/u.test(unlabelled.replace(/\([^()]*\)/gu, '')) || !/[\p{L}]/u.test(lead)) return null;
  return /^\s*(?:\([^()\d]*\))?[\s.;]*$/u.test(unit.text.slice(only.end)) ? only : null;
}

const ASPECT = new Set(['đang', 'đã', 'chưa', 'được', 'bị', 'còn', 'phải', 'hiện']);
/** The word after `Số` in a figure's label: a noun (`Số vụ`) or an aspect word (`Số đang …`) that keeps the parent's noun. */
const countedWord = (t: Token): string | null =>
  /^\s*(?:tổng )?số\s+(\p{L}+)/u.exec(fold(t.unit.text.slice(0, t.numberStart)))?.[1] ?? null;

/**
 * Bare counts count what their labels name: `Số vụ: 12` and `+ Số người chết: 15` count different
 * things; `Số đang ở ngoài xã hội: 83` and `+ Số chưa thực hiện biện pháp …: 223` the same people.
 */
function sameCounted(owner: Token, part: Token): boolean {
  if (owner.interval !== null && part.interval !== null) return true;
  const a = countedWord(owner);
  const b = countedWord(part);
  // Two nouns must agree; an aspect word keeps the noun of the label above it.
  return a !== null && b !== null && (a === b || ASPECT.has(a) || ASPECT.has(b));
}

/**
 * `- Số đang trong cơ sở cai nghiện: 1109.` followed by deeper items `+ Số đang cai nghiện bắt buộc
 * …: 1085.`, `+ … tự nguyện …: 16.`: the items nested under a labelled figure break it down. Without
 * a cue the parts may overlap, so they only promise to fit (each part, or their exact sum).
 */
function findNestedBreakdowns(units: readonly TextUnit[], analysis: Analysis, taken: readonly Breakdown[]): Breakdown[] {
  const used = new Set(taken.flatMap((b) => [b.owner, ...b.members]));
  const found: Breakdown[] = [];
  units.forEach((unit, i) => {
    const owner = labelledFigure(unit, analysis);
    const parentStyle = labelStyle(unit);
    if (!owner || !parentStyle || used.has(owner)) return;
    let childStyle: string | null = null;
    const members: Token[] = [];
    for (const next of units.slice(i + 1)) {
      const st = labelStyle(next);
      if (next.kind !== 'list-item' || st === null || st === parentStyle || !within(next.section, unit.section)) break;
      childStyle ??= st;
      const part = labelledFigure(next, analysis);
      // A grandchild, or a child that is not a labelled figure of the parent's kind: no breakdown.
      if (st !== childStyle || !part || !fits(owner, part) || used.has(part) || !sameCounted(owner, part)) return;
      members.push(part);
    }
    if (members.length < 2) return;
    found.push(makeBreakdown(owner, members, '- … + …', 'subset'));
  });
  return found;
}

/**
 * `trễ hạn 6 hồ sơ⁸` with footnote 8 giving `… (04 hồ sơ); … (02 hồ sơ)`: the footnote breaks the
 * count down. The marker must follow the count closely, and every part count the same things.
 */
export function findFootnoteBreakdowns(index: DocumentIndex, analysis: Analysis): Breakdown[] {
  const found: Breakdown[] = [];
  for (const block of index.input.blocks) {
    const tokens = analysis.unitTokens(block.id);
    for (const anchor of block.anchors) {
      const owner = [...tokens].reverse().find((t) => t.end <= anchor.offset);
      if (!owner || !usable(owner)) continue;
      const gap = block.text.slice(owner.end, anchor.offset);
      if (/[,;:.()]/u.test(gap) || gap.trim().split(/\s+/u).filter(Boolean).length > 4) continue;
      const footnote = index.footnotesByNumber.get(anchor.footnote);
      if (!footnote) continue;
      // `… 46/45 xã …`: an overfull fraction still counts its numerator.
      const parts = analysis
        .unitTokens(footnote.id)
        .map((t) => (t.interval === null ? (overfull(t) ?? t) : t))
        .filter((t) => !t.percent && t.interval !== null);
      if (parts.length < 2 || parts.some((p) => !usable(p) || unitAgreement(owner, p) !== 'same')) continue;
      // `67/124 xã⁵` with `… 22/51 xã …; … 45/45 xã …`: the numerators split the numerator; a fraction
      // with plain counts, or counts with a fraction, are not one breakdown.
      if (parts.some((p) => p.fraction !== owner.fraction)) continue;
      found.push(makeBreakdown(owner, parts, `…${anchor.footnote}`, 'partition', { listed: true }));
    }
  }
  return found;
}

const TASK_FILLER = new Set([
  'đã',
  'đang',
  'chưa',
  'của',
  'đối',
  'với',
  'các',
  'và',
  'trong',
  'đó',
  'có',
  'tại',
  'là',
  'được',
  'công',
  'tác',
]);

/**
 * The content words of the clause that leads to a fraction (`đã hoàn thành số hóa dữ liệu đất đai
 * của`); `wide` reaches back past the sentence start, for peers that lean on a clause before them
 * (`đã phê duyệt 5/12 huyện; đang thẩm định 7/12`).
 */
const taskWords = (t: Token, wide = false): string[] =>
  fold(t.unit.text.slice(Math.max(wide ? 0 : t.sentence.start, t.numberStart - 120), t.numberStart))
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !TASK_FILLER.has(w));

/** Two clauses name one task: they share a run of three content words (`số hóa dữ liệu`). */
function sameTask(a: readonly string[], b: readonly string[]): boolean {
  const runs = new Set(a.slice(2).map((w, i) => `${a[i]} ${a[i + 1]} ${w}`));
  return b.slice(2).some((w, i) => runs.has(`${b[i]} ${b[i + 1]} ${w}`));
}

/** Done or pending, as the fraction's clause says: before it, or in the words that follow it in its sentence. */
function progressOf(t: Token): 'done' | 'pending' | null {
  const before = fold(t.unit.text.slice(Math.max(t.sentence.start, t.numberStart - 120), t.numberStart));
  const after = fold(t.unit.text.slice(t.end, Math.min(t.sentence.end, t.end + 60)).split(/[;.(]/u)[0] ?? '');
  const pendingAfter = firstCue(after, 'pending');
  if (pendingAfter) return 'pending';
  const done = lastCue(before, 'done');
  const pending = lastCue(before, 'pending');
  if (done && pending) return done.end > pending.end ? 'done' : 'pending';
  return done ? 'done' : pending ? 'pending' : null;
}

const nounAfter = (t: Token): string =>
  fold(t.unit.text.slice(t.end))
    .trim()
    .split(/[^\p{L}]+/u)[0] ?? '';

/**
 * `Đã hoàn thành số hóa dữ liệu đất đai của 67/124 xã, phường.` in one section and `… số hóa dữ
 * liệu đất đai đối với 57/124 xã, phường, đặc khu chưa hoàn thành` in another: the done and the
 * pending share of one task over one denominator split it. Only when the document has exactly one
 * of each for that task and denominator.
 */
function findComplementFractions(analysis: Analysis): Breakdown[] {
  const fractions = analysis.allTokens().filter((t) => t.fraction && usable(t) && !t.fact.fraction?.denominator.ambiguous);
  const found: Breakdown[] = [];
  for (const done of fractions) {
    if (progressOf(done) !== 'done') continue;
    const denominator = done.fact.fraction?.denominator.exact;
    const task = taskWords(done);
    // Every fraction of the task over this denominator, whatever it counts: two pending ones, or
    // another done one, leave the pairing open.
    // A denominator one slip of the pen from this one is the same whole miswritten (`57/134` beside
    // `67/124`): it pairs too, and the pair then holds the two copies of the whole against each other.
    const peers = fractions.filter(
      (t) =>
        t !== done &&
        sameWhole(t, done) &&
        t.fact.fraction?.numerator.exact !== t.fact.fraction?.denominator.exact &&
        sameTask(task, taskWords(t, true)),
    );
    const pending = peers.filter((t) => progressOf(t) === 'pending');
    const otherDone = peers.filter(
      (t) => progressOf(t) === 'done' && t.fact.fraction?.numerator.exact !== done.fact.fraction?.numerator.exact,
    );
    const rest = pending[0];
    if (
      pending.length !== 1 ||
      otherDone.length > 0 ||
      !rest ||
      (rest.sentence.start === done.sentence.start && rest.unit.id === done.unit.id)
    )
      continue;
    const sameThings = unitAgreement(rest, done) === 'same' || (!rest.fact.unit && !done.fact.unit && nounAfter(rest) === nounAfter(done));
    if (!sameThings) continue;
    // Each pending figure closes one pair, the first done figure of its task.
    if (found.some((b) => b.members.includes(rest))) continue;
    found.push(makeBreakdown(done, [done, rest], 'đã … / chưa …', 'partition', { ownerIsDenominator: true, listed: true }));
    // Two copies of the whole: the parts must make each of them, so a miswritten one shows.
    if (rest.fact.fraction?.denominator.exact !== denominator)
      found.push(makeBreakdown(rest, [done, rest], 'đã … / chưa …', 'partition', { ownerIsDenominator: true, listed: true }));
  }
  return found;
}

/** Two fractions over one whole: the same denominator, or one slip of the pen apart (`124`, `134`). */
function sameWhole(a: Token, b: Token): boolean {
  const x = a.fact.fraction?.denominator;
  const y = b.fact.fraction?.denominator;
  if (!x || !y) return false;
  return x.exact === y.exact || (x.decimals === 0 && y.decimals === 0 && x.exact.length >= 2 && oneSlipApart(x.text, y.text));
}
