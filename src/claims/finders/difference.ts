import type { Analysis, Token } from '../analysis.js';
import { type CueCategory, findCues, fold, lastCue } from '../lexicon.js';
import { clauseTail, unitAgreement } from './classify.js';
import { usable } from './breakdown.js';
import type { RatioClaim } from './ratio.js';

/**
 * A stated gap between two figures: `hụt 3.366 tỷ đồng so với dự kiến` (plan − actual),
 * `cao hơn giá khởi điểm 41,27 tỷ đồng (giá khởi điểm 227,08 tỷ đồng)` (actual − base),
 * `đạt từ 2.483,2 tỷ đồng trở lên để hoàn thành dự toán` (plan − done so far).
 */
export interface DifferenceClaim {
  stated: Token;
  /** Candidate (subject, base) pairs, most plausible first. */
  pairs: Array<{ subject: Token; base: Token; named: boolean }>;
  /** +1: subject − base; −1: base − subject. */
  sign: 1 | -1;
  cue: string;
}

const STOP = new Set([
  'và',
  'của',
  'các',
  'những',
  'đã',
  'đang',
  'được',
  'là',
  'có',
  'với',
  'so',
  'trong',
  'từ',
  'đến',
  'tháng',
  'năm',
  'quý',
  'ước',
  'đạt',
  'thực',
  'hiện',
  'tổng',
  'số',
  'mới',
  'còn',
  'cuối',
  'đầu',
  'phấn',
  'đấu',
  'trở',
  'lên',
  'để',
  'hoàn',
  'thành',
  'kỳ',
  'cả',
  'nhà',
  'nước',
  'lũy',
  'luỹ',
  'kế',
  'hoạch',
  'dự',
  'toán',
  'giao',
  'hụt',
  'vượt',
  'tăng',
  'giảm',
  'bằng',
]);

/** Content syllables of a phrase, for telling which measure a stated gap is about. */
export function contentWords(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/u.test(w)),
  );
}

/** Share of the gap's words that the candidate's subject also has. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / a.size;
}

/** The subject phrase of a figure: its clause, or, when the clause names nothing, its sentence's opening clause. */
export function subjectWords(t: Token): Set<string> {
  const text = t.unit.text;
  const clauseStart = t.numberStart - t.before.length;
  let headEnd = t.sentence.start;
  while (headEnd < text.length && !/[,;:(]/u.test(text[headEnd] ?? '')) headEnd += 1;
  const head = clauseStart > headEnd ? text.slice(t.sentence.start, headEnd) : '';
  const own = contentWords(t.before);
  return own.size >= 2 ? own : new Set([...own, ...contentWords(head)]);
}

/** The gap's verb stands close before it: `hụt 3.366`, `cao hơn giá khởi điểm 41,27`. */
function predicateOf(t: Token): { category: CueCategory; phrase: string } | null {
  const before = fold(t.before).replace(/\s+$/u, '');
  for (const category of ['shortfall', 'surplus', 'decrease', 'increase'] as const) {
    const m = lastCue(before, category);
    if (m && before.slice(m.end).split(/\s+/u).filter(Boolean).length <= 4) return { category, phrase: m.phrase };
  }
  const remaining = findCues(t.after, 'remaining')[0];
  if (remaining && findCues(t.after.slice(remaining.end), 'plan').length > 0) return { category: 'remaining', phrase: remaining.phrase };
  return null;
}

const inReferenceParen = (t: Token): boolean => t.depth > 0;

/**
 * `tỷ lệ bao phủ 95,08% dân số, vượt 0,28 điểm phần trăm so với chỉ tiêu giao (94,8%)`, `đạt 52,4% kế
 * hoạch, cao hơn cùng kỳ 3,1 điểm phần trăm (cùng kỳ năm 2025 đạt 49,3% kế hoạch)`: a gap in
 * percentage points is between the rate stated just before it, in its sentence, and the one rate of the
 * parenthesis right after its clause.
 */
function ratePair(d: Token, tokens: readonly Token[]): { subject: Token; base: Token } | null {
  if (!/^điểm\s*(?:phần trăm|%)/u.test(fold(d.fact.unit ?? ''))) return null;
  const previous = tokens[d.index - 1];
  if (!previous?.percent || previous.interval === null || previous.sentence.start !== d.sentence.start || previous.depth !== d.depth)
    return null;
  if (/[;.]/u.test(d.unit.text.slice(previous.end, d.numberStart).replace(/\d\.\d/gu, ''))) return null;
  const next = tokens[d.index + 1];
  if (!next?.paren || next.paren.open < d.end || next.sentence.start !== d.sentence.start) return null;
  // Only the rest of the gap's clause between it and the parenthesis.
  if (/[,;:]/u.test(d.unit.text.slice(d.numberEnd, next.paren.open))) return null;
  const inside = tokens.filter((o) => o.paren?.open === next.paren?.open);
  const rates = inside.filter((o) => o.percent && o.interval !== null && o.fact.bound === null);
  return rates.length === 1 && rates[0] ? { subject: previous, base: rates[0] } : null;
}

const FROM = /(?:^|\s)từ(?: mức)?\s*$/u;
const TO = /^\s*(?:tăng |giảm )?(?:lên|xuống|xuống còn|còn)(?: mức)?\s*$/u;

/**
 * The levels a stated change goes between: `tăng 200 đ/kg, từ 4.200 đ/kg lên 4.400 đ/kg`, `giảm 200
 * đ/kg, từ 5.100 đ/kg xuống còn 4.900 đ/kg`. A change that heads a list of labelled items (`tăng 200
 * đ/kg, chủng loại OM 5451 từ … lên …; chủng loại OM 4900 từ … lên …`) holds for each item that
 * carries the same label word; an unlabelled pair, or another label, is no item of it.
 */
function fromToPairs(d: Token, tokens: readonly Token[]): Array<{ subject: Token; base: Token }> {
  const text = d.unit.text;
  const pairs: Array<{ subject: Token; base: Token }> = [];
  let label: string | null = null;
  let since = d.end;
  for (let i = d.index + 1; i + 1 < tokens.length; i += 1) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1] as Token;
    if (a.sentence.start !== d.sentence.start) break;
    const own = predicateOf(a);
    if (own && (own.category === 'increase' || own.category === 'decrease')) break;
    if (!FROM.test(fold(a.before)) || !TO.test(fold(b.before)) || a.depth !== d.depth || b.depth !== d.depth) continue;
    if (!usable(a) || !usable(b) || unitAgreement(a, b) !== 'same' || unitAgreement(a, d) !== 'same') continue;
    const gap = text.slice(since, a.numberStart);
    const item = fold(gap.slice(Math.max(gap.lastIndexOf(';'), gap.lastIndexOf(',')) + 1))
      .replace(/từ(?: mức)?\s*$/u, '')
      .trim();
    const word = item.split(/\s+/u)[0] || null;
    if (pairs.length === 0) {
      if (gap.includes(';')) break;
      label = word;
    } else if (!label || word !== label) break;
    pairs.push({ subject: b, base: a });
    since = b.end;
    i += 1;
  }
  return pairs;
}

/**
 * `tăng từ 12.400 người lên 13.150 người, tăng 750 người`, `giảm từ 3,12% xuống còn 2,45%, giảm 0,67
 * điểm phần trăm`: the two levels written right before the change, in its sentence, name its operands.
 */
function levelsBefore(d: Token, tokens: readonly Token[]): { subject: Token; base: Token } | null {
  const predicate = predicateOf(d);
  if (!predicate || (predicate.category !== 'increase' && predicate.category !== 'decrease')) return null;
  const from = tokens[d.index - 2];
  const to = tokens[d.index - 1];
  if (!from || !to || from.sentence.start !== d.sentence.start || to.sentence.start !== d.sentence.start) return null;
  if (!FROM.test(fold(from.before)) || !TO.test(fold(to.before)) || from.depth !== d.depth || to.depth !== d.depth) return null;
  // Rates are no parts of a sum (`usable` leaves them out) but are levels all the same.
  const level = (t: Token): boolean => (t.percent ? t.interval !== null && t.fact.bound === null : usable(t));
  if (!level(from) || !level(to) || unitAgreement(from, to) !== 'same') return null;
  const points = /^điểm/u.test(fold(d.fact.unit ?? '')) && from.percent && to.percent;
  if (!points && unitAgreement(to, d) !== 'same') return null;
  if (/[;.]/u.test(d.unit.text.slice(to.end, d.numberStart).replace(/\d\.\d/gu, ''))) return null;
  return { subject: to, base: from };
}

/** The figures the document's ratio claims state, per list of claims: called once per unit, built once. */
const statedByRatios = new WeakMap<readonly RatioClaim[], Set<Token>>();

function statedIn(ratios: readonly RatioClaim[]): Set<Token> {
  let stated = statedByRatios.get(ratios);
  if (!stated) {
    stated = new Set(ratios.map((r) => r.stated));
    statedByRatios.set(ratios, stated);
  }
  return stated;
}

export function findDifferences(analysis: Analysis, unitId: string, ratios: readonly RatioClaim[]): DifferenceClaim[] {
  const tokens = analysis.unitTokens(unitId);
  const found: DifferenceClaim[] = [];
  const stated = statedIn(ratios);
  for (const d of tokens) {
    // `thấp hơn 80 tỷ đồng so với kế hoạch`: `hơn` closes the comparative, it does not bound the gap.
    const comparative = /(?:cao|thấp|nhiều|ít)\s+hơn\s*$/u.test(fold(d.before));
    const bounded = d.fact.bound !== null && d.fact.bound !== 'at-least' && !comparative;
    if (d.percent || d.fraction || d.interval === null || bounded || d.depth > 0) continue;
    if (stated.has(d)) continue;
    const predicate = predicateOf(d);
    if (!predicate) continue;
    const after = fold(d.after);
    const sign: 1 | -1 = predicate.category === 'surplus' || predicate.category === 'increase' ? 1 : -1;
    // `đạt 95,08%, vượt 0,28 điểm phần trăm so với chỉ tiêu (94,8%)`: a gap between two rates.
    if (predicate.category === 'surplus' || predicate.category === 'shortfall') {
      const rates = ratePair(d, tokens);
      if (rates) {
        found.push({ stated: d, pairs: [{ ...rates, named: true }], sign, cue: `${predicate.phrase} N điểm phần trăm` });
        continue;
      }
    }
    if (findCues(after, 'previous').length > 0 || lastCue(d.before, 'previous')) continue;
    const earlier = tokens.filter(
      (o) => o.index < d.index && o.sentence.start === d.sentence.start && usable(o) && unitAgreement(o, d) === 'same',
    );
    // 0. `tăng 200 đ/kg, từ 4.200 đ/kg lên 4.400 đ/kg`: both levels written after the change, one claim each.
    if (predicate.category === 'increase' || predicate.category === 'decrease') {
      const levels = fromToPairs(d, tokens);
      for (const p of levels)
        found.push({
          stated: d,
          pairs: [{ ...p, named: true }],
          sign,
          cue: `${predicate.phrase} N, từ … ${sign === 1 ? 'lên' : 'xuống'} …`,
        });
      if (levels.length > 0) continue;
    }
    const pairs: DifferenceClaim['pairs'] = [];
    // 1. `(giá khởi điểm 227,08 tỷ đồng)`: the base restated in a parenthesis after the gap.
    const next = tokens[d.index + 1];
    if (next && next.depth > 0 && usable(next) && unitAgreement(next, d) === 'same') {
      const head = contentWords(d.unit.text.slice((next.paren?.open ?? next.start) + 1, next.numberStart));
      const subject = [...earlier].reverse().find((o) => !inReferenceParen(o));
      const own = new Set([...contentWords(d.before), ...contentWords(clauseTail(d))]);
      // `nhiều hơn kế hoạch 50 học viên (kế hoạch 1.200 học viên)`: the plan restated by its own word.
      const headText = fold(d.unit.text.slice((next.paren?.open ?? next.start) + 1, next.numberStart)).trim();
      // `vượt 20 tỷ đồng so với dự toán (dự toán 300 tỷ đồng)`, `thấp hơn 80 triệu USD so với kế hoạch (1.600 triệu USD)`:
      // the gap names the plan before or after it, and the parenthesis restates it or holds only its figure.
      const gapWords = `${fold(d.before)} ${fold(d.unit.text.slice(d.end, next.paren?.open ?? next.start))}`;
      const planHead =
        head.size === 0 &&
        (headText === '' || findCues(headText, 'plan').some((c) => c.start === 0 && c.end === headText.length)) &&
        findCues(gapWords, 'plan').length > 0;
      if (subject && (head.size > 0 || planHead) && [...head].every((w) => own.has(w) || findCues(w, 'plan').length > 0)) {
        pairs.push({ subject, base: next, named: true });
      }
    }
    // 2. `… so với giá trị đề nghị`: the base named by the words it was introduced with.
    const named = /so với\s+([^,;.()]+)/u.exec(clauseTail(d));
    if (named) {
      const words = contentWords(named[1] ?? '');
      const base = earlier.find(
        (o) =>
          words.size > 0 &&
          [...words].every((w) => contentWords(o.before + (o.paren ? d.unit.text.slice(o.paren.open, o.start) : '')).has(w)),
      );
      const subject = base ? [...earlier].reverse().find((o) => o !== base && !inReferenceParen(o)) : undefined;
      if (base && subject) pairs.push({ subject, base, named: true });
    }
    // 3. Two figures of the same kind before the gap in its sentence: their difference, unnamed.
    const plain = earlier.filter((o) => !inReferenceParen(o));
    if (pairs.length === 0 && plain.length === 2) {
      const [from, to] = plain as [Token, Token];
      pairs.push({ subject: to, base: from, named: levelsBefore(d, tokens) !== null });
    }
    if (pairs.length === 0 && /^điểm/u.test(fold(d.fact.unit ?? ''))) {
      // `giảm từ 3,12% xuống còn 2,45%, giảm 0,67 điểm phần trăm`: a change of a rate, in points.
      const rates = levelsBefore(d, tokens);
      if (rates) pairs.push({ ...rates, named: true });
    }
    // 4. An actual and its plan stated elsewhere, about the same measure.
    if (pairs.length === 0 && predicate.category !== 'increase' && predicate.category !== 'decrease') {
      const own = contentWords(d.before);
      const words = own.size >= 2 ? own : subjectWords(d);
      const scored = ratios
        .filter(
          (r) =>
            (r.kind === 'attainment' || r.kind === 'excess') &&
            r.subject &&
            r.reference &&
            !r.referenceIsDenominator &&
            unitAgreement(r.subject, d) === 'same',
        )
        .map((r) => ({ r, score: overlap(words, subjectWords(r.subject as Token)) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score);
      const best = scored[0];
      for (const { r, score } of scored) {
        const unique =
          best !== undefined &&
          score === best.score &&
          score >= 0.75 &&
          words.size >= 2 &&
          scored.filter((x) => x.score === score).length === 1;
        pairs.push({ subject: r.subject as Token, base: r.reference as Token, named: unique });
      }
    }
    if (pairs.length === 0) continue;
    found.push({ stated: d, pairs, sign: predicate.category === 'remaining' ? -1 : sign, cue: predicate.phrase });
  }
  return found;
}
