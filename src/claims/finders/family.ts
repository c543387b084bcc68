import type { Analysis, Token } from '../analysis.js';
import { type Interval, exactly } from '../../arith/index.js';
import { fold, lastCue } from '../lexicon.js';
import { descriptor, isTotal, nearestCue, statusOf, timelinessOf, unitAgreement } from './classify.js';
import { exhaustive, hasRemainder, overfull, usable } from './breakdown.js';
import { oneSlipApart } from './repeat.js';
import type { PartsPromise } from '../types.js';

/**
 * Fractions of one denominator that split it: `05/11 … 01/11 … 05/11 huyện còn lại`;
 * `Trong 24 chỉ tiêu …: (i) 4/24 … (iv) 01 chỉ tiêu … (v) 9/24`. `total` is the whole when the
 * text states it as a figure of its own.
 */
export interface Family {
  /** The whole: the denominator most members share (the first one's on a tie). */
  denominator: string;
  whole: Interval;
  members: Token[];
  total: Token | null;
  promise: PartsPromise;
  cue: string;
  /**
   * Members over another denominator, one slip of the pen from the family's (the classes of one
   * whole, `07/14 … xếp loại Xuất sắc, 05/13 … xếp loại Tốt`, cannot have two wholes), or a count
   * restating the whole that differs from it (`Tổng số … là 133, … 123/123 nhiệm vụ`).
   */
  strays: Token[];
  /** The text says the part falls short of the whole (`chỉ mới tổ chức 02/03 cuộc`): it must be less. */
  shortfall?: boolean;
  /** A fraction elsewhere whose denominator is the whole, when no member is a fraction (a grading restated in counts). */
  wholeFrom?: Token;
}

const denominatorOf = (t: Token): string | null => {
  const d = t.fact.fraction?.denominator;
  return d && !d.ambiguous && d.decimals === 0 ? d.exact : null;
};

const complete = (t: Token): boolean => t.fact.fraction?.numerator.exact === t.fact.fraction?.denominator.exact;

/**
 * A grade a fraction's things are given: `07/13 cơ quan, đơn vị xếp loại Xuất sắc`, `01/124 xếp loại
 * Tốt`; after `xếp loại` a short name of the grading may come first (`xếp loại văn hóa tốt`).
 */
const GRADE =
  /(?:^|[^\p{L}])(?:(?:xếp loại|đạt loại)(?:\s+\p{L}+){0,2}?|được đánh giá|đánh giá|xếp hạng|loại)\s+(hoàn thành xuất sắc|hoàn thành tốt|xuất sắc|tốt|khá|trung bình|yếu|kém|không đạt|đạt)(?![\p{L}])/u;

/** The words after a fraction up to the next figure of its sentence (or the clause's end). */
function following(t: Token, tokens: readonly Token[]): string {
  const next = tokens.find((o) => o.start >= t.end && o.depth === t.depth);
  const end = Math.min(t.sentence.end, next && next.sentence.start === t.sentence.start ? next.numberStart : t.sentence.end);
  return fold(t.unit.text.slice(t.end, end).split(/[;(]/u)[0] ?? '');
}

const gradeOf = (t: Token, tokens: readonly Token[]): string | null =>
  GRADE.exec(following(t, tokens))?.[1] ?? GRADE.exec(fold(t.before))?.[1] ?? null;

/** Done, or pending by its first word (`đang …` in progress, `chưa …` not begun). */
function stageOf(t: Token): string | null {
  const status = statusOf(t);
  if (status !== 'pending') return status;
  return `pending:${(nearestCue(t, 'pending') ?? nearestCue(t, 'stillOpen') ?? '').split(' ')[0] ?? ''}`;
}

/** The words after a figure, past the bodies its noun pairs with a comma (`xã, phường đã …`). */
const wordsPast = (t: Token): string => fold(descriptor(t).after);

/** The words around a figure: its clause before it and the words after it. */
const around = (t: Token): string => `${fold(t.before)} ${wordsPast(t)}`;

/** The word a figure's clause negates: `chưa đạt` → `đạt`, `chưa đầy đủ` → `đầy`. */
const negatedWord = (t: Token): string | null => /(?:^|[^\p{L}])(?:chưa|không)\s+(\p{L}+)/u.exec(around(t))?.[1] ?? null;

const hasWord = (text: string, word: string): boolean => new RegExp(`(?:^|[^\\p{L}])${word}(?![\\p{L}])`, 'u').test(text);

/**
 * The class a member names among the others: a stage of work (`đã …`, `đang …`, `chưa …`), or a
 * quality or act and its negation (`đạt chuẩn` / `chưa đạt`; `đầy đủ` / `chưa đầy đủ`; `kiểm tra
 * tại a/N đơn vị (còn b/N đơn vị chưa kiểm tra)`).
 */
function classKey(m: Token, members: readonly Token[]): string | null {
  const stage = stageOf(m);
  if (stage) return stage;
  if (/(?:^|[^\p{L}])đang\s/u.test(around(m))) return 'pending:đang';
  const negated = negatedWord(m);
  if (negated) return `not:${negated}`;
  const affirmed = members
    .filter((o) => o !== m)
    .find((o) => {
      const w = negatedWord(o);
      return w !== null && hasWord(around(m), w) && sameCriterion(wordsAfter(m, w), wordsAfter(o, w));
    });
  return affirmed ? `is:${negatedWord(affirmed)}` : null;
}

/** The words that follow `word` in a figure's clause or after it, to the next `và` or break (at most four). */
function wordsAfter(t: Token, word: string): string[] {
  for (const part of [fold(t.before), wordsPast(t)]) {
    const at = new RegExp(`(?:^|[^\\p{L}])${word}(?![\\p{L}])`, 'u').exec(part);
    if (!at) continue;
    const rest = part.slice(at.index + at[0].length).split(/[,;:()]|\s(?:và|hoặc)\s/u)[0] ?? '';
    return rest
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .slice(0, 4);
  }
  return [];
}

/** `đạt chuẩn` and `chưa đạt`, or `chưa đạt chuẩn`, name one criterion; `đạt chuẩn A` and `chưa đạt chuẩn B` two. */
const sameCriterion = (a: readonly string[], b: readonly string[]): boolean => a.every((w, k) => k >= b.length || b[k] === w);

/** The aspect word of a figure's verb: `đã` (done), `đang` (under way), `chưa` (not yet). */
const aspectOf = (t: Token): string | null => /(?:^|[^\p{L}])(đã|đang|chưa)\s/u.exec(around(t))?.[1] ?? null;

/**
 * `32 khu công nghiệp …, trong đó 24/32 khu công nghiệp đã đi vào hoạt động, 08/32 … đang xây dựng`:
 * under a stated whole, parts whose verbs stand in different aspects are states of the same things.
 */
function distinctAspects(members: readonly Token[]): boolean {
  const aspects = members.map(aspectOf);
  return aspects.every((a) => a !== null) && new Set(aspects).size === aspects.length;
}

/**
 * The members are classes of one whole by the grammar: each names another grade of one grading, or
 * another class of work done or not, or on time and late. Such classes never overlap, and cannot
 * have different wholes.
 */
function classesOfOneWhole(members: readonly Token[], tokens: readonly Token[]): boolean {
  const distinct = (keys: ReadonlyArray<string | null>): boolean => keys.every((k) => k !== null) && new Set(keys).size === keys.length;
  if (members.length < 2) return false;
  if (distinct(members.map((m) => gradeOf(m, tokens)))) return true;
  if (distinct(members.map(timelinessOf))) return true;
  const keys = members.map((m) => classKey(m, members));
  // A negated class needs its affirmed one, or a stage of work, beside it.
  return distinct(keys) && keys.some((k) => !k?.startsWith('not:'));
}

/**
 * `Tổng số nhiệm vụ được giao là 123, đã hoàn thành 123/123 nhiệm vụ`; `02/03 cuộc đối thoại (…
 * phải có 03 cuộc đối thoại)`: a count of the same things in the fraction's sentence, stated as the
 * total or as what is required, is its whole. Equal, or one slip of the pen apart (further apart,
 * two measures).
 */
const REQUIRED = /(?:phải có|phải tổ chức|phải thực hiện|phải đạt|yêu cầu có|yêu cầu)\s*$/u;

function restatedWhole(fraction: Token, tokens: readonly Token[], denominator: string): Token | null {
  const candidates = tokens.filter(
    (t) =>
      !t.fraction &&
      usable(t) &&
      t.sentence.start === fraction.sentence.start &&
      t.fact.number !== null &&
      t.fact.number.decimals === 0 &&
      unitAgreement(fraction, t) === 'same' &&
      (isTotal(t) || REQUIRED.test(fold(t.before).trimEnd())),
  );
  const equal = candidates.filter((t) => t.fact.number?.exact === denominator);
  if (equal.length > 0) return equal[0] as Token;
  const near = candidates.filter((t) => oneSlipApart(t.fact.number?.text ?? '', fraction.fact.fraction?.denominator.text ?? ''));
  // A fraction under a total cue of its own (`tiếp nhận 30/38 hồ sơ`) names its own whole: a near
  // count elsewhere in the sentence is then another measure.
  return near.length === 1 && lastCue(fold(fraction.before), 'total') === null ? (near[0] as Token) : null;
}

/** A share stated right after the fraction (`553/553 TTHC … (đạt 100%)`) that is at most 100 %. */
function shareAtMostWhole(t: Token, tokens: readonly Token[]): boolean {
  const next = tokens[t.index + 1];
  if (!next?.percent || next.sentence.start !== t.sentence.start || next.interval === null) return false;
  if (!/^[^,;.]{0,80}\(?\s*(?:đạt|bằng|tỷ lệ|chiếm)?\s*(?:tỷ lệ\s*)?$/u.test(fold(t.unit.text.slice(t.end, next.numberStart))))
    return false;
  return next.fact.number !== null && Number(next.fact.number.exact) <= 100;
}

/**
 * Families of one text unit. Complete fractions (`15/15`) never split a whole with others. Classes
 * of one whole over denominators one slip apart form one family whose strays disagree with it.
 */
export function findFamilies(analysis: Analysis, unitId: string): Family[] {
  const found = fractionFamilies(analysis, unitId);
  return [...found, ...findLoneFractions(analysis, unitId, found), ...findRestatedGradings(analysis, unitId)];
}

function fractionFamilies(analysis: Analysis, unitId: string): Family[] {
  const tokens = analysis.unitTokens(unitId);
  const fractions = tokens.map((t) => overfull(t) ?? t).filter((t) => t.fraction && usable(t) && denominatorOf(t) !== null && !complete(t));
  // One denominator may count different things in one paragraph (`151/173 trạm`, `148/173 xã`).
  const groups: Array<{ denominator: string; members: Token[] }> = [];
  for (const t of fractions) {
    const denominator = denominatorOf(t) as string;
    const group = groups.find(
      (g) =>
        (g.denominator === denominator &&
          unitAgreement(g.members[0] as Token, t) !== 'different' &&
          (g.members[g.members.length - 1] as Token).sentence.start === t.sentence.start) ||
        (g.denominator === denominator &&
          t.enumeration !== null &&
          (g.members[0] as Token).enumeration !== null &&
          unitAgreement(g.members[0] as Token, t) !== 'different'),
    );
    if (group) group.members.push(t);
    else groups.push({ denominator, members: [t] });
  }
  const merged = mergeStrays(groups, tokens);
  const found: Family[] = [];
  for (const { denominator, members: group, strays } of merged) {
    // An overfull fraction alone is no family; beside ones that read normally it is one of the groups.
    if (group.length < 2 || group.every((t) => t.interval !== analysis.unitTokens(unitId)[t.index]?.interval)) continue;
    const first = group[0] as Token;
    const enumerated = group.every((t) => t.enumeration !== null) && new Set(group.map((t) => t.enumeration?.start)).size === group.length;
    const oneSentence = group.every((t) => t.sentence.start === first.sentence.start);
    if (!enumerated && !oneSentence) continue;
    const last = group[group.length - 1] as Token;
    const members = [...group];
    if (enumerated) {
      // `(iv) 01 chỉ tiêu` in its own enumeration item between fraction items counts the same things.
      const used = new Set(group.map((t) => t.enumeration?.start));
      for (const t of tokens) {
        if (t.fraction || !usable(t) || !t.enumeration || used.has(t.enumeration.start)) continue;
        if (t.start < first.start || t.start > last.end + 400 || unitAgreement(first, t) !== 'same') continue;
        if (tokens.some((o) => o !== t && o.enumeration?.start === t.enumeration?.start && o.start < t.start && usable(o) && !o.percent))
          continue;
        members.push(t);
        used.add(t.enumeration.start);
      }
      members.sort((a, b) => a.start - b.start);
    }
    const total =
      tokens.find(
        (t) =>
          !t.fraction &&
          usable(t) &&
          t.end <= first.start &&
          t.fact.number?.exact === denominator &&
          unitAgreement(first, t) !== 'different',
      ) ?? null;
    const partition = hasRemainder(members) || exhaustive(members) || (total !== null && enumerated);
    // Fractions of one whole may overlap (`120/124 xã đạt chuẩn A, 118/124 xã đạt chuẩn B`): only
    // parts the grammar keeps apart (classes, enumerated items, a remainder) are summed.
    if (!partition && !enumerated && !classesOfOneWhole(group, tokens) && !(total !== null && distinctAspects(group))) continue;
    found.push({
      denominator,
      whole: exactly(denominator),
      members,
      total,
      promise: partition ? 'partition' : 'subset',
      cue: total ? `${total.fact.raw} … a/${first.fact.fraction?.denominator.text}` : `a/${first.fact.fraction?.denominator.text} …`,
      strays,
    });
  }
  return found;
}

/**
 * Groups over denominators one slip apart whose fractions together are classes of one whole, in one
 * sentence (`07/14 … Xuất sắc, 05/13 … Tốt, 01/13 … Khá`) or as the items of one enumeration under a
 * stated whole: one family, the minority its strays.
 */
function mergeStrays(
  groups: ReadonlyArray<{ denominator: string; members: Token[] }>,
  tokens: readonly Token[],
): Array<{ denominator: string; members: Token[]; strays: Token[] }> {
  const out = groups.map((g) => ({ ...g, strays: [] as Token[] }));
  for (let i = 0; i < out.length; i += 1) {
    for (let j = i + 1; j < out.length; j += 1) {
      const a = out[i] as (typeof out)[number];
      const b = out[j] as (typeof out)[number];
      if (a.strays.length > 0 || b.members.length === 0 || !oneSlipApart(a.denominator, b.denominator)) continue;
      const members = [...a.members, ...b.members].sort((x, y) => x.start - y.start);
      const first = members[0] as Token;
      const [major, minor] = a.members.length >= b.members.length ? [a, b] : [b, a];
      // Any two one-digit wholes are one slip apart: those must name the same things outright.
      const agreement = members.map((m) => unitAgreement(first, m));
      if (agreement.includes('different') || (a.denominator.length < 2 && agreement.includes('unknown'))) continue;
      const oneSentence = members.every((m) => m.sentence.start === first.sentence.start);
      if (oneSentence) {
        // `…; cấp xã có 01/134 xếp loại Khá`: past a `;` an elided noun may count another group.
        const last = members[members.length - 1] as Token;
        if (agreement.includes('unknown') && first.unit.text.slice(first.end, last.start).includes(';')) continue;
        if (!classesOfOneWhole(members, tokens)) continue;
      } else if (!enumeratedUnder(members, major.denominator, tokens) || agreement.includes('unknown')) continue;
      out[i] = { denominator: major.denominator, members, strays: [...minor.members] };
      out[j] = { denominator: b.denominator, members: [], strays: [] };
    }
  }
  return out.filter((g) => g.members.length > 0);
}

/**
 * `Trong 24 chỉ tiêu …: (i) 4/24 chỉ tiêu … (v) 9/25 chỉ tiêu`: items of one enumeration, each its own
 * marker, under a whole the text states before them, split that whole.
 */
function enumeratedUnder(members: readonly Token[], denominator: string, tokens: readonly Token[]): boolean {
  const first = members[0] as Token;
  if (!members.every((m) => m.enumeration !== null) || new Set(members.map((m) => m.enumeration?.start)).size !== members.length)
    return false;
  return tokens.some(
    (t) => !t.fraction && usable(t) && t.end <= first.start && t.fact.number?.exact === denominator && unitAgreement(first, t) === 'same',
  );
}

/** `chỉ mới tổ chức`, `mới chỉ đạt`: the words before a fraction say it falls short of its whole. */
const SHORT = /(?:^|[^\p{L}])(?:chỉ mới|mới chỉ|chỉ đạt|mới đạt được)(?:\s+\p{L}+){0,3}\s*$/u;

/**
 * A fraction alone whose whole the sentence states again (`Tổng số … là 123, … 123/123 nhiệm vụ`),
 * or a count fraction over its whole followed by a share of at most 100 % (`563/553 TTHC … (đạt
 * 100%)`), or one the text says falls short (`chỉ mới tổ chức 02/03 cuộc`): a family of one part.
 */

function findLoneFractions(analysis: Analysis, unitId: string, families: readonly Family[]): Family[] {
  const tokens = analysis.unitTokens(unitId);
  const inFamily = new Set(families.flatMap((f) => f.members.map((m) => m.start)));
  const found: Family[] = [];
  for (const raw of tokens) {
    if (!raw.fraction || inFamily.has(raw.start)) continue;
    const t = overfull(raw) ?? raw;
    const denominator = denominatorOf(t);
    if (!denominator || !usable(t)) continue;
    const sameSentence = tokens.filter(
      (o) => o.fraction && o !== raw && o.sentence.start === raw.sentence.start && unitAgreement(o, raw) !== 'different',
    );
    if (sameSentence.length > 0) continue;
    const total = restatedWhole(t, tokens, denominator);
    const over = t !== raw && shareAtMostWhole(raw, tokens);
    const shortfall = SHORT.test(fold(t.before));
    if (!total && !over && !shortfall) continue;
    found.push({
      ...(shortfall ? { shortfall } : {}),
      denominator,
      whole: exactly(denominator),
      members: [t],
      total: total && total.fact.number?.exact === denominator ? total : null,
      promise: 'subset',
      cue: total ? `${total.fact.raw} … a/${t.fact.fraction?.denominator.text}` : `a/${t.fact.fraction?.denominator.text} (…%)`,
      strays: total && total.fact.number?.exact !== denominator ? [total] : [],
    });
  }
  return found;
}

/** The nouns a figure counts: its unit, and the conjuncts of the noun phrase it carries (`07/13 cơ quan, đơn vị`). */
function nounsOf(t: Token): string[] {
  const phrase = fold(t.fact.raw).replace(/^[\d.,/\s]+/u, '');
  const nouns = [fold(t.fact.unit ?? ''), ...phrase.split(/,|\/|\s+và\s+/u)].map((w) => w.trim()).filter(Boolean);
  return [...new Set(nouns)];
}

/**
 * `có 07 đơn vị xếp loại Xuất sắc, 05 đơn vị xếp loại Tốt và 01 đơn vị xếp loại Khá` in one section,
 * after `07/13 cơ quan, đơn vị xếp loại Xuất sắc, 05/13 … Tốt, 01/13 … Khá` in an earlier one: the
 * same grading of the same things, restated in counts, still fits its whole. Only when exactly one
 * earlier graded family has the same grades in the same order and counts the same nouns.
 */
function findRestatedGradings(analysis: Analysis, unitId: string): Family[] {
  const tokens = analysis.unitTokens(unitId);
  const counts = tokens.filter((t) => !t.fraction && usable(t) && t.fact.number?.decimals === 0 && nounsOf(t).length > 0);
  const found: Family[] = [];
  const sentences = new Set(counts.map((t) => t.sentence.start));
  for (const start of sentences) {
    const members = counts.filter((t) => t.sentence.start === start);
    const grades = members.map((m) => gradeOf(m, tokens));
    if (members.length < 2 || grades.some((g) => g === null) || new Set(grades).size !== grades.length) continue;
    const nouns = new Set(nounsOf(members[0] as Token));
    if (members.some((m) => !nounsOf(m).some((n) => nouns.has(n)))) continue;
    const order = (members[0] as Token).unit.order;
    const earlier = new Set(
      analysis
        .allTokens()
        .filter((t) => t.fraction && t.unit.order < order)
        .map((t) => t.unit.id),
    );
    const sources = [...earlier].flatMap((id) =>
      fractionFamilies(analysis, id).filter((f) => {
        const fractions = f.members.filter((m) => m.fraction);
        if (fractions.length !== members.length || f.strays.length > 0 || f.members.length !== fractions.length) return false;
        const theirGrades = fractions.map((m) => gradeOf(m, analysis.unitTokens(m.unit.id)));
        if (theirGrades.some((g, k) => g !== grades[k])) return false;
        // Every fraction that names its noun names one of the counts' nouns.
        const named = fractions.filter((m) => nounsOf(m).length > 0);
        return named.length > 0 && named.every((m) => nounsOf(m).some((n) => nouns.has(n)));
      }),
    );
    const source = sources[0];
    if (sources.length !== 1 || !source) continue;
    const first = source.members[0] as Token;
    found.push({
      denominator: source.denominator,
      whole: source.whole,
      members,
      total: null,
      promise: 'subset',
      cue: `a/${first.fact.fraction?.denominator.text} … a`,
      strays: [],
      wholeFrom: first,
    });
  }
  return found;
}
