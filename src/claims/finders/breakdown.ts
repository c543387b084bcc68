import partitionSets from '../../lexicon/partition-sets.json' with { type: 'json' };
import subKindWords from '../../lexicon/sub-kinds.json' with { type: 'json' };
import type { Token } from '../analysis.js';
import { exactly } from '../../arith/index.js';
import { type CueCategory, fold, hasCue } from '../lexicon.js';
import { isMeasuredUnit } from '../lexicon.js';
import type { PartsPromise, Scope } from '../types.js';
import { type UnitAgreement, changeSign, isTotal, qualifierOf, statusOf, timelinessOf, unitAgreement, unitKeys } from './classify.js';

/**
 * A whole and the parts the text names for it. `promise` says what the text commits to:
 * `partition` (parts add up to the whole), `subset` (each part, and disjoint parts together, at
 * most the whole). The whole is a figure, or the denominator of a fraction (`04/12 … 10 …`).
 */
export interface Breakdown {
  owner: Token;
  ownerIsDenominator: boolean;
  /** The parts are the members' denominators (`42/139 … (4/15 sở, 38/124 xã)`: 15 + 124 = 139). */
  partsAreDenominators?: boolean;
  members: Token[];
  cue: string;
  promise: PartsPromise;
  /** Parts are told apart by distinct qualifiers, statuses, names or list items: their sum is bounded too. */
  disjoint: boolean;
  agreement: UnitAgreement;
  scope: Scope;
  /**
   * The whole is what came in during the period (`tiếp nhận`, `phát sinh`, `thụ lý`) and the parts are
   * what became of it: cases carried over from before may be among them.
   */
  inflow?: boolean;
}

export const usable = (t: Token): boolean => t.interval !== null && !t.percent && t.fact.bound === null;
export const sameParen = (a: Token, b: Token): boolean => a.paren?.open === b.paren?.open;
export const textOf = (t: Token, from: number, to: number): string => t.unit.text.slice(Math.max(0, from), Math.max(from, to));

/** What a figure counts, coarsely: parts of a `gồm` list may name sub-kinds, never another class. */
export function classOf(t: Token): 'percent' | 'money' | 'measured' | 'count' {
  if (t.percent) return 'percent';
  const unit = fold(t.fact.unit ?? '');
  if (t.fact.kind === 'money' || unit === 'đồng' || unit === 'usd') return 'money';
  return isMeasuredUnit(t.fact.unit) ? 'measured' : 'count';
}

/** The text that leads up to a figure from the previous figure (or its sentence or paren start). */
export function lead(t: Token, tokens: readonly Token[]): { text: string; from: number } {
  const prev = tokens[t.index - 1];
  let from = t.sentence.start;
  if (t.paren) from = Math.max(from, t.paren.open + 1);
  if (prev && prev.end > from) from = prev.end;
  return { text: textOf(t, from, t.numberStart), from };
}

/**
 * `133/124 địa phương xếp loại Xuất sắc, 01/124 xếp loại Tốt`; `kiểm tra 43/42 cơ quan (gồm: …)`: the
 * extractor leaves a written count fraction whose numerator exceeds its denominator without a value,
 * yet the grammar still fixes it as a group of a family or the whole of a breakdown. Its figure is its
 * numerator, exactly, and the arithmetic decides.
 */
export function overfull(t: Token): Token | null {
  const f = t.fact.fraction;
  // Money or areas over their plan may exceed it; only things counted cannot.
  if (!f || t.fact.kind !== 'fraction' || t.interval !== null || t.fact.bound !== null || classOf(t) !== 'count') return null;
  const { numerator: n, denominator: d } = f;
  if (n.ambiguous || d.ambiguous || n.decimals > 0 || d.decimals > 0 || !/^\d+$/u.test(n.exact) || !/^\d+$/u.test(d.exact)) return null;
  if (BigInt(n.exact) <= BigInt(d.exact) || BigInt(d.exact) === 0n) return null;
  return { ...t, interval: exactly(n.exact) };
}

const SETS: readonly (readonly string[])[] = partitionSets.sets.map((set) => set.map((label) => fold(label)));
const hasLabel = (words: string, label: string): boolean => new RegExp(`(?:^|[^\\p{L}])${label}(?![\\p{L}])`, 'u').test(words);

/**
 * The parts carry exactly the labels of one complete set (`cấp tỉnh 1.946 TTHC, cấp xã 426
 * TTHC`; `1.495 chứng thư tổ chức, 8.891 chứng thư cá nhân`), one label each.
 */
function labelledSet(members: readonly Token[]): boolean {
  if (members.length < 2) return false;
  // The label after the figure first (`2.100 chứng thư … cấp tỉnh và 3.140 chứng thư ở cấp xã`: the
  // words before 3.140 end the previous item), else the words before it too.
  const readings = members.map((m) => [fold(m.after), fold(`${itemLabel(m)} ${m.after}`)]);
  return SETS.some((set) => {
    if (set.length !== members.length) return false;
    const labelsIn = (w: string): string[] =>
      set.filter((label) => hasLabel(w, label) && !set.some((other) => other !== label && other.includes(label) && hasLabel(w, other)));
    const found = readings.map(([after, whole]) => {
      const own = labelsIn(after ?? '');
      return own.length === 1 ? own : labelsIn(whole ?? '');
    });
    if (found.some((labels) => labels.length !== 1)) return false;
    return new Set(found.map((labels) => labels[0])).size === set.length;
  });
}

/** Whether the parts exhaust a whole: a full status pair, a full timeliness pair, a complete label set. */
export function exhaustive(members: readonly Token[]): boolean {
  const statuses = new Set(members.map(statusOf));
  const times = new Set(members.map(timelinessOf));
  return (statuses.has('done') && statuses.has('pending')) || (times.has('onTime') && times.has('late')) || labelledSet(members);
}

const words = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const startsWith = (ws: readonly string[], prefix: readonly string[]): boolean =>
  prefix.length > 0 && prefix.length <= ws.length && prefix.every((w, k) => ws[k] === w);

/**
 * The total names its groups by coordination and the parts name each group once: `5.120 người nghiện
 * và người sử dụng trái phép chất ma túy (người nghiện 1.830, người sử dụng 3.290)`. The conjuncts of
 * the total's noun phrase (`phrase`, the words between the figure and the parenthesis) are the
 * complete set; each part's label must open exactly one conjunct, and every conjunct be named.
 */
export function conjunctSet(owner: Token, members: readonly Token[], phrase: string): boolean {
  if (members.length < 2) return false;
  // The noun right after the figure opens the first conjunct: `5.120 người nghiện và người sử dụng …`.
  const noun = owner.after.slice(0, Math.max(0, owner.end - owner.numberEnd));
  const conjuncts = `${noun} ${phrase}`
    .split(/\s+và\s+|,/u)
    .map(words)
    .filter((ws) => ws.length > 0);
  if (conjuncts.length < 2 || conjuncts.length > members.length) return false;
  if (conjuncts.length === members.length) {
    const hits = members.map((m) => {
      const labels = [words(itemLabel(m)), words(m.after)].filter((ws) => ws.length >= 2);
      return conjuncts.map((c, k) => (labels.some((l) => startsWith(c, l)) ? k : -1)).filter((k) => k >= 0);
    });
    if (hits.every((h) => h.length === 1) && new Set(hits.map((h) => h[0])).size === conjuncts.length) return true;
  }
  // `12 cuộc thanh tra, kiểm tra (05 cuộc thanh tra hành chính, 04 cuộc thanh tra chuyên ngành và 03
  // cuộc kiểm tra)`: each part names one conjunct, maybe narrowed; every conjunct is named. The counted
  // noun (`cuộc`) is no part of a conjunct's name.
  const unitWords = words(noun);
  const bare = (ws: string[]): string[] => (startsWith(ws, unitWords) ? ws.slice(unitWords.length) : ws);
  const names = conjuncts.map(bare);
  if (names.some((c) => c.length < 2)) return false;
  const hits = members.map((m) => {
    const label = bare(words(m.after));
    return names.map((c, k) => (startsWith(label, c) ? k : -1)).filter((k) => k >= 0);
  });
  if (hits.some((h) => h.length !== 1)) return false;
  return new Set(hits.map((h) => h[0])).size === names.length;
}

const NEGATIONS = new Set(['không', 'chưa', 'ngoài', 'phi']);
const NEUTRAL = new Set(['có', 'được', 'đã']);

/**
 * Two labels naming a thing and its complement (`khám bảo hiểm y tế` / `khám không có bảo hiểm y
 * tế`, `đạt chuẩn` / `chưa đạt chuẩn`): together they exhaust the whole.
 */
export function complementary(a: string, b: string): boolean {
  // `đạt và vượt kế hoạch` (met or beat) is the affirmative of `không đạt kế hoạch`.
  const words = (label: string): string[] =>
    fold(label)
      .replace(/(?<![\p{L}])đạt (?:và|hoặc) vượt(?![\p{L}])/gu, 'đạt')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const key = (ws: string[]): string => ws.filter((w) => !NEGATIONS.has(w) && !NEUTRAL.has(w)).join(' ');
  const wa = words(a);
  const wb = words(b);
  const na = wa.some((w) => NEGATIONS.has(w));
  const nb = wb.some((w) => NEGATIONS.has(w));
  return na !== nb && key(wa) !== '' && key(wa) === key(wb);
}

/** One part is "the rest" (`còn lại`, `các mặt hàng khác`): the list is complete by construction. */
export const hasRemainder = (members: readonly Token[]): boolean =>
  members.some((m) => hasCue(itemLabel(m, true), 'remainder') || hasCue(m.after, 'remainder'));

/** The words naming a list item: back from the figure to the previous `,`, `;` or `:`, cue words dropped. */
export function itemLabel(m: Token, ownColon = false): string {
  const text = m.unit.text;
  const floor = Math.max(m.sentence.start, m.paren ? m.paren.open + 1 : 0);
  // `Số … do lý do khác: 0`: with `ownColon`, the colon right before the figure closes its own label.
  let end = m.numberStart;
  const own = ownColon ? /:\s*$/u.exec(text.slice(floor, end)) : null;
  if (own) end = floor + own.index;
  let k = end - 1;
  while (k >= floor && !/[,;:]/u.test(text[k] ?? '')) k -= 1;
  return text
    .slice(Math.max(k + 1, floor), end)
    .replace(/^[\s*_]*(?:(?:trong đó|trong số đó|gồm có|bao gồm|gồm|và|có|là)[\s:,]+)*/iu, '')
    .trim();
}

/** Parts each preceded by a capitalised name (`Sở Công Thương 204 hồ sơ`, `Sở Xây dựng (01)`). */
export function namedItems(members: readonly Token[]): boolean {
  return members.length >= 2 && members.every((m) => /^\p{Lu}/u.test(itemLabel(m)));
}

const firstWord = (label: string): string => fold(label).split(/\s+/u)[0] ?? '';
const FUNCTION_WORDS = new Set(['', 'đã', 'đang', 'và', 'có', 'là', 'được', 'các', 'số', 'trong']);

/** `thu nội địa …; thu từ hoạt động xuất nhập khẩu …`: items built the same way belong to one list. */
export function parallel(a: Token, b: Token): boolean {
  const w = firstWord(itemLabel(a));
  return !FUNCTION_WORDS.has(w) && w === firstWord(itemLabel(b));
}

/** Parts told apart by timeliness or status (`trước hạn`, `trễ hạn`; `đã giải quyết`, `đang giải quyết`). */
function distinctQualifiers(members: readonly Token[]): boolean {
  const keys = members.map((m) => timelinessOf(m) ?? statusOf(m));
  return keys.every((k) => k !== null) && new Set(keys).size === keys.length;
}

export const allParallel = (members: readonly Token[]): boolean =>
  members.length >= 2 && members.every((m) => parallel(members[0] as Token, m));

/**
 * `256.300 con, trong đó đàn trâu …, đàn bò …`; `865 ca. Trong đó, huyện A 412 ca, huyện B 453 ca`: labels that open with one head word and name other kinds of it are the classes of
 * one classification, which cannot overlap. Not when the head is the counted noun itself (`xã biên
 * giới 15; xã vùng cao 20`: groups told apart by descriptions), nor for qualifiers (`trực tuyến`,
 * `đúng hạn`) or attributes (`nữ`, `dân tộc thiểu số`), which cut across classes.
 */
function parallelCategories(owner: Token, members: readonly Token[]): boolean {
  const parts = members.filter((m) => m !== owner);
  // Sums of money or area list nested items under one head (`thu nội địa …, thu tiền sử dụng đất …`): counts only.
  if (classOf(owner) !== 'count' || parts.some((m) => classOf(m) !== 'count')) return false;
  if (parts.length < 2 || !allParallel(parts) || parts.some((m) => m.sentence.start !== parts[0]?.sentence.start)) return false;
  const labels = parts.map((m) => ` ${words(itemLabel(m)).join(' ')} `);
  const head = firstWord(itemLabel(parts[0] as Token));
  if (labels.some((l) => l.trim().split(' ').length < 2) || new Set(labels).size !== labels.length) return false;
  const counted = [owner, ...parts].flatMap((t) => unitKeys(t.fact.unit)).flatMap((k) => k.split(' '));
  if (counted.includes(head)) return false;
  if (parts.some((m) => qualifierOf(m) !== null || statusOf(m) !== null || changeSign(m) !== 0)) return false;
  return !labels.some((l) => ATTRIBUTES.some((w) => l.includes(` ${w} `)));
}

function scopeOf(owner: Token, members: readonly Token[]): Scope {
  if (owner.unit.kind === 'footnote') return 'footnote';
  if (members.some((m) => m.unit.id !== owner.unit.id)) return 'section';
  return members.every((m) => m.sentence.start === owner.sentence.start) ? 'sentence' : 'paragraph';
}

export interface MakeOptions {
  ownerIsDenominator?: boolean;
  /** The parts name sub-kinds of the whole (`17 văn bản, gồm: 04 quyết định …`). */
  subKinds?: boolean;
  /** The parts are items of one list (colon list, list items): they are disjoint. */
  listed?: boolean;
  /** The parts are the members' denominators. */
  partsAreDenominators?: boolean;
  /** A group the finder could not place sits among the parts: the list is not known to be complete. */
  incomplete?: boolean;
}

export function makeBreakdown(owner: Token, members: Token[], cue: string, promise: PartsPromise, options: MakeOptions = {}): Breakdown {
  const agreements = members.filter((m) => m !== owner).map((m) => unitAgreement(owner, m));
  const agreement: UnitAgreement = options.subKinds
    ? 'same'
    : agreements.includes('different')
      ? 'different'
      : agreements.includes('unknown')
        ? 'unknown'
        : 'same';
  const pair = members.length === 2 && complementary(itemLabel(members[0] as Token), itemLabel(members[1] as Token));
  const complete = !options.incomplete && (exhaustive(members) || hasRemainder(members) || pair);
  // A "complete" list of one part is a part, not a partition: promise only that it fits.
  const parts = members.filter((m) => m !== owner || options.ownerIsDenominator).length;
  // `Tổng điểm tối đa là 100 điểm, gồm: …`: a scale's maximum bounds the items listed; the list may go on.
  const scale = /tối đa|thang điểm|thang \d/u.test(fold(`${owner.before} ${owner.after}`));
  const promised: PartsPromise = scale ? 'subset' : complete || promise === 'partition' ? 'partition' : promise;
  return {
    owner,
    ownerIsDenominator: options.ownerIsDenominator ?? false,
    ...(options.partsAreDenominators ? { partsAreDenominators: true } : {}),
    members,
    cue,
    promise: promised === 'partition' && parts < 2 ? 'subset' : promised,
    agreement,
    disjoint:
      complete ||
      distinctQualifiers(members) ||
      namedItems(members) ||
      parallelCategories(owner, members) ||
      (options.listed === true && !mayOverlap(owner, members, options)),
    scope: scopeOf(owner, members),
  };
}

/** Words that sort things into classes of one scale (`xã loại I …; xã loại II …`): such groups cannot overlap. */
const CLASS_WORDS = /(?:^|\s)(?:loại|nhóm|hạng|cấp|mức|xếp loại|khu vực|vùng)\s+\S/u;

/**
 * `24 xã, trong đó: xã biên giới 15; xã vùng cao 20` or `120 hồ sơ, trong đó: 80 trực tuyến; 70
 * đúng hạn`: counted groups of the whole's own kind, told apart by descriptions rather than by
 * one classification, may overlap, even written as the items of one list in its sentence.
 */
function mayOverlap(owner: Token, members: readonly Token[], options: MakeOptions): boolean {
  // Items set out one a line under their whole are the whole's classes, as a form lists them.
  if (options.subKinds || classOf(owner) !== 'count' || members.some((m) => m.unit.id !== owner.unit.id)) return false;
  const ofWhole = members.filter((m) => m !== owner).every((m) => unitAgreement(owner, m) !== 'different' && classOf(m) === 'count');
  if (!ofWhole) return false;
  const labels = members.map((m) => fold(itemLabel(m)));
  if (labels.every((l) => CLASS_WORDS.test(` ${l}`))) return false;
  return !gradedVerb(members.map((m) => `${fold(itemLabel(m))} ${fold(clauseAfter(m))}`));
}

const clauseAfter = (m: Token): string => m.after.split(/[,;:.()]/u)[0] ?? '';

/** Words that grade one verb (`ước đạt`, `khó đạt`, `chưa đạt`), the bare verb being a grade too. */
const MODALITY = new Set(['ước', 'khó', 'chưa', 'không', 'đã', 'đang', 'sẽ', 'dự kiến', 'có thể']);

/**
 * `11 chỉ tiêu đạt và vượt kế hoạch, 05 chỉ tiêu ước đạt, 03 chỉ tiêu khó đạt`: one verb every part
 * says, each part with its own grade of it, sorts the whole by one scale. (`đạt chuẩn A`, `đạt chuẩn
 * B` say the verb with no grade: criteria that may overlap.)
 */
function gradedVerb(descriptions: readonly string[]): boolean {
  const tokenised = descriptions.map((d) => d.split(/\s+/u).filter(Boolean));
  const first = tokenised[0] ?? [];
  return first.some((verb) => {
    if (MODALITY.has(verb) || !tokenised.every((t) => t.includes(verb))) return false;
    const grades = tokenised.map((t) => {
      const at = t.indexOf(verb);
      const two = t.slice(Math.max(0, at - 2), at).join(' ');
      return MODALITY.has(two) ? two : MODALITY.has(t[at - 1] ?? '') ? (t[at - 1] as string) : '';
    });
    return new Set(grades).size === descriptions.length;
  });
}

/**
 * `(8.250 Token, 641 SIM PKI)`: a whole number followed by a noun the lexicon does not know (or
 * labelled by one) is left unclassified by the extractor, yet in a list of a count's sub-kinds it
 * counts that noun, exactly.
 */
export function bareCount(t: Token, labelled = false): Token | null {
  const n = t.fact.number;
  if (t.interval !== null || t.fact.kind !== 'number' || t.fact.bound !== null || t.percent || t.fraction) return null;
  if (!n || n.ambiguous || n.decimals > 0 || !/^(?:\d{1,3}(?:\.\d{3})+|\d+)$/u.test(n.text)) return null;
  // Its noun after it, or, in a labelled list (`(Token 8.250, SIM PKI 641)`), its label before it.
  const named = /^\s*\p{L}/u.test(t.after) || (labelled && /\p{L}\s*:?\s*$/u.test(textOf(t, t.numberStart - 40, t.numberStart)));
  return named ? { ...t, interval: exactly(n.exact) } : null;
}

const wordList = (list: readonly string[]): string[] => list.map((w) => fold(w)).sort((a, b) => b.length - a.length);
const NOUN_CLASSES: ReadonlyArray<readonly [string, string[]]> = Object.entries(subKindWords.classes).map(([k, forms]) => [
  k,
  wordList(forms),
]);
const ATTRIBUTES = wordList(subKindWords.attributes);
const PERIODS = wordList(subKindWords.periods);
const NOT_KINDS: readonly CueCategory[] = ['plan', 'previous', 'share', 'attain', 'excess', 'shortfall'];
const wordsOf = (text: string): string => ` ${words(text).join(' ')} `;

/** The class of thing a noun phrase counts (`người`, `Ủy ban nhân dân cấp xã` → person, body), by its head. */
export function nounClass(noun: string): string | null {
  const phrase = wordsOf(noun);
  let best: { cls: string; length: number } | null = null;
  for (const [cls, forms] of NOUN_CLASSES) {
    const form = forms.find((f) => phrase.startsWith(` ${f} `));
    if (form && (!best || form.length > best.length)) best = { cls, length: form.length };
  }
  return best?.cls ?? null;
}

/**
 * Whether figures right after a count, each `N <noun>` with its own noun, name the count's
 * sub-kinds (`58 người: 53 biên chế …; 01 sinh viên …; 02 hợp đồng …`), which are told apart by
 * their nouns. Not when a part is a measure, a share, a change, a status or a qualifier
 * (`trực tuyến`, `trễ hạn`), carries an attribute that overlaps others (`nữ`, `đảng viên`), counts
 * another period, counts things of another class than the whole (`25 vụ (40 đối tượng …)`) or
 * the whole's own noun, or when two parts carry one label.
 */
export function subKindList(owner: Token, parts: readonly Token[], nouns: readonly string[]): boolean {
  if (parts.length < 2 || parts.length !== nouns.length || classOf(owner) !== 'count' || owner.fraction) return false;
  const whole = nounClass(owner.after);
  // `120 xã, trong đó: xã đạt chuẩn 80; …`: a label opening with the whole's noun names a group of it.
  const wholeNoun = (unitKeys(owner.fact.unit)[0] ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
  const labels = new Set<string>();
  for (const [k, m] of parts.entries()) {
    const noun = wordsOf(nouns[k] ?? '');
    if (noun.trim() === '' || !/\p{L}/u.test(noun)) return false;
    if (classOf(m) !== 'count' || m.fraction || changeSign(m) !== 0 || isTotal(m)) return false;
    // `120 đối tượng, trong đó 80 người nghiện, 60 đối tượng có tiền án`: a part in the whole's own
    // noun is a qualified group of it, which may overlap the others.
    if (unitAgreement(owner, m) === 'same' || (wholeNoun !== '' && noun.startsWith(` ${wholeNoun} `))) return false;
    if (statusOf(m) !== null || qualifierOf(m) !== null || timelinessOf(m) !== null) return false;
    if ([...ATTRIBUTES, ...PERIODS].some((w) => noun.includes(` ${w} `))) return false;
    // `(kế hoạch 50, thực hiện 45)`, `(chiếm 30 …)`: a plan, an earlier figure or a share is no kind.
    if (NOT_KINDS.some((c) => hasCue(noun, c))) return false;
    const cls = nounClass(noun);
    if (whole && cls && cls !== whole) return false;
    labels.add(noun);
  }
  return labels.size === parts.length;
}
