import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex } from '../document-index.js';
import { fold } from '../lexicon.js';
import { unitKeys } from './classify.js';
import { usable } from './breakdown.js';

/** The same measure stated in two places. */
export interface RepeatClaim {
  first: Token;
  second: Token;
  cue: string;
}

/** What the pairing compares: figures of one `group` (unit, periods, reference) in different `place`s, by their word pairs. */
export interface MatchCandidate {
  group: string;
  place: string;
  words: ReadonlySet<string>;
}

interface Signature extends MatchCandidate {
  token: Token;
}

const CUE_WORDS = new Set([
  'tăng',
  'giảm',
  'vượt',
  'đạt',
  'bằng',
  'so',
  'với',
  'cùng',
  'kỳ',
  'kế',
  'hoạch',
  'dự',
  'toán',
  'chiếm',
  'tỷ',
  'lệ',
  'và',
  'là',
  'có',
  'đã',
  'được',
  'của',
  'ước',
  'khoảng',
]);

/** Figures of one sentence share its opening clause: its bigrams are read once. */
const bigramCache = new Map<string, readonly string[]>();

/** Adjacent word pairs of a phrase, cue words dropped: `10 tháng` and `tháng 10` stay apart. */
function bigrams(text: string): readonly string[] {
  let pairs = bigramCache.get(text);
  if (!pairs) {
    pairs = readBigrams(text);
    if (bigramCache.size > 20_000) bigramCache.clear();
    bigramCache.set(text, pairs);
  }
  return pairs;
}

function readBigrams(text: string): string[] {
  const words = fold(text)
    .split(/[^\p{L}\p{N},]+/u)
    .filter((w) => w && !CUE_WORDS.has(w) && !/^\d+(?:[.,]\d+)+$/u.test(w));
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) pairs.push(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

const CLAUSE_END = /[,;:(]/g;

/** The words that say what a figure measures: its clause, and its sentence's opening clause. */
function measureWords(t: Token): Set<string> {
  const text = t.unit.text;
  const clauseStart = t.numberStart - t.before.length;
  // The sentence's opening clause ends at its first `,`, `;`, `:` or `(`.
  CLAUSE_END.lastIndex = t.sentence.start;
  const headEnd = CLAUSE_END.exec(text)?.index ?? text.length;
  const head = clauseStart > headEnd ? text.slice(t.sentence.start, headEnd) : '';
  const tail = t.percent ? '' : text.slice(t.numberEnd, t.end);
  return new Set([...bigrams(head), ...bigrams(t.before), ...bigrams(tail)]);
}

/** Periods named in a figure's clause (`10 tháng` is not `tháng 10`). */
function periodsOf(t: Token, index: DocumentIndex): string {
  const clauseStart = t.numberStart - t.before.length;
  return index
    .factsIn(t.unit.id)
    .filter((f) => (f.kind === 'period' || f.kind === 'date') && f.position.start >= clauseStart && f.position.end <= t.numberStart)
    .map((f) => fold(f.raw))
    .sort()
    .join('|');
}

function signature(t: Token, index: DocumentIndex): Signature | null {
  if (!usable(t) && !(t.percent && t.interval !== null && t.fact.bound === null)) return null;
  if (t.depth > 0 || t.fraction) return null;
  const unit = t.percent ? '%' : unitKeys(t.fact.unit)[0];
  if (!unit) return null;
  const words = measureWords(t);
  if (words.size < 3) return null;
  const reference = t.percent
    ? fold(t.after)
        .replace(/^[\s%]*/u, '')
        .split(/\s+/u)
        .slice(0, 4)
        .join(' ')
    : '';
  return { token: t, group: JSON.stringify([unit, periodsOf(t, index), reference]), place: t.unit.id, words };
}

/**
 * Two displays one slip of the pen apart: a digit changed, added or dropped, or two digits swapped
 * (`11.624,8` / `11.642,8`, `268.430` / `268.340`). Figures further apart than that are more
 * likely two measures described alike than one measure restated wrongly: precision first.
 */
export function oneSlipApart(a: string, b: string): boolean {
  const x = a.replace(/\D/gu, '');
  const y = b.replace(/\D/gu, '');
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  if (x.length === y.length) {
    const diff = [...x].map((c, i) => (c === y[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    return diff.length === 2 && x[diff[0] as number] === y[diff[1] as number] && x[diff[1] as number] === y[diff[0] as number];
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  for (let i = 0; i < long.length; i += 1) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** Candidates by group, each group in input order. */
function groupsOf<T extends MatchCandidate>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.group);
    if (group) group.push(item);
    else groups.set(item.group, [item]);
  }
  return [...groups.values()];
}

/**
 * Each candidate's single best match: same group, another place, Dice similarity of the word
 * pairs ≥ 0.6 with at least four shared; null when there is none or two tie (so the order the
 * candidates are met in does not matter). The same answer as comparing every pair, but only
 * candidates sharing a word pair are ever compared: each group indexes which members hold each
 * pair. Entries come in input order.
 */
export function bestMatches<T extends MatchCandidate>(items: readonly T[]): Map<T, { other: T; score: number } | null> {
  const best = new Map<T, { other: T; score: number } | null>();
  for (const item of items) best.set(item, null);
  for (const group of groupsOf(items)) {
    const holders = new Map<string, number[]>();
    group.forEach((item, n) => {
      for (const w of item.words) {
        const list = holders.get(w);
        if (list) list.push(n);
        else holders.set(w, [n]);
      }
    });
    const shared = new Array<number>(group.length).fill(0);
    for (const [n, a] of group.entries()) {
      const touched: number[] = [];
      for (const w of a.words) {
        for (const m of holders.get(w) ?? []) {
          if (shared[m] === 0) touched.push(m);
          shared[m] = (shared[m] ?? 0) + 1;
        }
      }
      let top: { other: T; score: number } | null = null;
      let tie = false;
      for (const m of touched) {
        const common = shared[m] ?? 0;
        shared[m] = 0;
        const b = group[m] as T;
        if (m === n || a.place === b.place) continue;
        const score = (2 * common) / (a.words.size + b.words.size);
        if (score < 0.6 || common < 4) continue;
        if (!top || score > top.score) {
          top = { other: b, score };
          tie = false;
        } else if (score === top.score) tie = true;
      }
      best.set(a, tie ? null : top);
    }
  }
  return best;
}

/**
 * Pairs of figures in different paragraphs that measure the same thing: same unit, same period,
 * nearly the same describing words, each the other's single best match.
 */
export function findRepeats(index: DocumentIndex, analysis: Analysis): RepeatClaim[] {
  const signatures = analysis
    .allTokens()
    .filter((t) => t.unit.kind !== 'footnote')
    .map((t) => signature(t, index))
    .filter((s): s is Signature => s !== null);
  const best = bestMatches(signatures);
  const found: RepeatClaim[] = [];
  for (const [a, match] of best) {
    if (!match || best.get(match.other)?.other !== a || a.token.unit.order > match.other.token.unit.order) continue;
    const x = a.token.fact.number?.text;
    const y = match.other.token.fact.number?.text;
    // Short numbers are one slip apart from too many others to be told from two measures.
    const digits = (text: string): number => text.replace(/\D/gu, '').replace(/^0+/u, '').length;
    if (!x || !y || Math.min(digits(x), digits(y)) < 4 || !oneSlipApart(x, y) || a.token.fact.scale !== match.other.token.fact.scale)
      continue;
    const shared = [...a.words].filter((w) => match.other.words.has(w));
    found.push({ first: a.token, second: match.other.token, cue: shared.slice(0, 4).join(', ') });
  }
  return found;
}
