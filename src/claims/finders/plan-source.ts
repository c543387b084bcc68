import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex } from '../document-index.js';
import { findCues, fold } from '../lexicon.js';
import { unitAgreement } from './classify.js';
import { type PlanFigure, planFigures } from './plan-figures.js';
import { HUNDRED, type Interval, meets, over, scaleBy } from '../../arith/index.js';
import type { RatioClaim } from './ratio.js';

/**
 * `Khối lượng thực hiện … bằng nguồn vốn trái phiếu Chính phủ ước đạt 3.768,07 tỷ đồng, bằng 92,98% kế
 * hoạch` with, in another section, `Kế hoạch vốn đầu tư nguồn trái phiếu Chính phủ năm 2016 được … giao
 * là 4.052,52 tỷ đồng`: the plan of a figure named by its funding source or programme is the one plan
 * statement of the document named by the same source, in the same unit and year. One such plan fixes
 * the operand; two or more with different values leave the claim open, with its candidates.
 */

/**
 * Funding sources and programme families public-investment reports name (`vốn …`, `nguồn …`); the
 * longest phrase wins where two overlap (`ngân sách trung ương` over `ngân sách`).
 */
const SOURCES = [
  'trái phiếu chính phủ',
  'trái phiếu chính quyền địa phương',
  'ngân sách tập trung',
  'ngân sách trung ương',
  'ngân sách địa phương',
  'ngân sách nhà nước',
  'ngân sách cấp tỉnh',
  'ngân sách cấp huyện',
  'ngân sách cấp xã',
  'ngân sách tỉnh',
  'ngân sách huyện',
  'ngân sách xã',
  'cân đối ngân sách',
  'hỗ trợ có mục tiêu',
  'bổ sung có mục tiêu',
  'chương trình mục tiêu quốc gia',
  'chương trình mục tiêu',
  'xổ số kiến thiết',
  'tiền sử dụng đất',
  'thu sử dụng đất',
  'bội chi',
  'oda',
  'vay ưu đãi',
  'vốn vay',
  'viện trợ',
  'ngoài nước',
  'nước ngoài',
  'trong nước',
  'đối ứng',
  'sự nghiệp',
  'dự trữ quốc gia',
  'chuẩn bị đầu tư',
  'tín dụng',
  'xã hội hóa',
];
const SOURCE_PATTERN = new RegExp(`(?<![\\p{L}])(?:${[...SOURCES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'gu');

/** The funding sources a text names, as lexicon phrases. */
export function sourcesIn(text: string): Set<string> {
  return new Set([...fold(text).matchAll(SOURCE_PATTERN)].map((m) => m[0]));
}

const yearsIn = (text: string): Set<string> => new Set([...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => m[0]));

/** A figure the text introduces as a plan, with the sources and years that name it. */
export interface NamedPlan {
  token: Token;
  /** Sources its own clause names (`vốn trong nước 2.609,77` of a whole's `trong đó`). */
  own: Set<string>;
  /** Own, sentence, whole's and heading sources together. */
  sources: Set<string>;
  years: Set<string>;
  /** The plan word that introduces it (`kế hoạch`, `dự toán`, `chỉ tiêu`). */
  word: string;
  sentence: string;
  /** A part's whole plan (`7.262,47` of `vốn trong nước 2.609,77`); null for a whole. */
  whole: Token | null;
}

/**
 * The headings over a unit, one per level, with the numbered levels its section label leaves out
 * (`6.2 Vốn trái phiếu Chính phủ` over `6.2.1 Phân bổ vốn`), by path key, without their numbers.
 */
function headingLevels(index: DocumentIndex, section: readonly string[]): Map<string, string> {
  const levels = new Map<string, string>();
  section.forEach((label, i) => {
    const parts = label.split('.').filter(Boolean);
    const paths = parts.map((_, k) => [...section.slice(0, i), parts.slice(0, k + 1).join('.')]);
    if (parts.length === 0) paths.push(section.slice(0, i + 1));
    for (const path of paths) {
      const title = index.sectionTitles(path).at(-1) ?? '';
      levels.set(path.join('›'), title.replace(/^[\dIVXivx.)\s]+/u, ''));
    }
  });
  return levels;
}

const headings = (index: DocumentIndex, section: readonly string[]): string => [...headingLevels(index, section).values()].join(' ');

/** Words a results heading says without narrowing what it reports on (`Kết quả thực hiện`, `Tình hình giải ngân`). */
const RESULT_WORDS = new Set(
  'kết quả thực hiện tình hình giải ngân khối lượng tiến độ vốn đầu tư xây dựng cơ bản công năm tháng quý ước đạt và của các việc chung nguồn triển khai'.split(
    ' ',
  ),
);

const planCache = new WeakMap<Analysis, NamedPlan[]>();

/**
 * `Tổng số vốn kế hoạch năm 2016 được giao : 7.262,47 tỷ đồng, trong đó vốn trong nước 2.609,77 tỷ đồng,
 * vốn ngoài nước 4.652,7 tỷ đồng` under `Vốn Ngân sách tập trung`: a top-level figure is a plan when a
 * plan word stands in its clause, assigned to it (`giao`, `là`, `:`, or right before it) and followed by
 * no achievement; the figures a `trong đó` right after it lists are its parts.
 */
export function namedPlans(index: DocumentIndex, analysis: Analysis): NamedPlan[] {
  const cached = planCache.get(analysis);
  if (cached) return cached;
  const found: NamedPlan[] = [];
  const named = new Map<PlanFigure, NamedPlan>();
  for (const figure of planFigures(index, analysis)) {
    const { token: t, unit, clause } = figure;
    // Plans of the text's own sentences: not a table cell's, not one inside a parenthesis.
    if (unit.cell || t.depth !== 0) continue;
    const own = sourcesIn(clause);
    const whole = figure.whole ? named.get(figure.whole) : undefined;
    if (figure.whole) {
      // A part named by no source of its own says nothing the whole's plan does not.
      if (!whole || own.size === 0) continue;
      found.push({ ...whole, token: t, own, sources: new Set([...own, ...whole.sources]), whole: whole.token });
      continue;
    }
    const heading = headings(index, unit.section);
    const sentence = unit.text.slice(t.sentence.start, t.numberStart);
    const plan: NamedPlan = {
      token: t,
      own,
      sources: new Set([...own, ...sourcesIn(sentence), ...sourcesIn(heading)]),
      years: new Set([...yearsIn(fold(sentence)), ...(yearsIn(fold(sentence)).size === 0 ? yearsIn(heading) : [])]),
      word: figure.word,
      sentence: unit.text.slice(t.sentence.start, t.sentence.end),
      whole: null,
    };
    named.set(figure, plan);
    found.push(plan);
  }
  planCache.set(analysis, found);
  return found;
}

/** actual / plan × 100 as an interval; null when the plan may be zero. */
function ratioOf(actual: Token, plan: Token): Interval | null {
  if (!actual.interval || !plan.interval) return null;
  const q = over(actual.interval, plan.interval);
  return q ? scaleBy(q, HUNDRED) : null;
}

/** `kế hoạch năm` and `kế hoạch vốn` are both a `kế hoạch`; a `dự toán` is not. */
const planHead = (phrase: string): string => fold(phrase).trim().split(/\s+/u).slice(0, 2).join(' ');

export interface SourcePlan {
  /** The one plan the subject's sources name, or null when several do. */
  plan: Token | null;
  /** Every plan named as well (one value each), for a reader to choose from. */
  candidates: Token[];
  /** The sources that named it. */
  sources: string[];
}

/**
 * The plan named by the subject's funding source: the subject's item (since the last `;`, a list's
 * colon or its sentence start) names at least one source; a plan fits when it is named by every
 * source the item and the subject's headings name, names no part-source the item does not, states
 * no other year, and is introduced by the same plan word. Null when the item names no source or no
 * plan fits.
 */
export function sourcePlan(claim: RatioClaim, index: DocumentIndex, analysis: Analysis, ratios: readonly RatioClaim[]): SourcePlan | null {
  const subject = claim.subject;
  if (!subject || claim.reference || (claim.kind !== 'attainment' && claim.kind !== 'excess')) return null;
  if (subject.percent || subject.fraction || subject.interval === null || subject.fact.bound !== null) return null;
  const text = subject.unit.text;
  // The item: since the last `;` or a list's colon (`trong đó:`); a label before a colon (`Vốn ngân
  // sách tập trung: thực hiện …`) names the item and stays.
  const colon = text.lastIndexOf(':', subject.numberStart);
  const listColon =
    colon >= subject.sentence.start &&
    /(?:trong đó|trong số đó|gồm|bao gồm|cụ thể|như sau)[\s*_]*$/u.test(fold(text.slice(Math.max(0, colon - 30), colon)));
  const itemStart = Math.max(subject.sentence.start, text.lastIndexOf(';', subject.numberStart) + 1, listColon ? colon + 1 : 0);
  const item = sourcesIn(text.slice(itemStart, subject.numberStart));
  if (item.size === 0) return null;
  const heading = sourcesIn(headings(index, subject.unit.section));
  const wanted = new Set([...item, ...heading]);
  const years = yearsIn(fold(text.slice(subject.sentence.start, subject.numberStart)));
  const word = planHead(claim.referenceWord ?? '');
  let fits = namedPlans(index, analysis).filter(
    (p) =>
      p.token !== subject &&
      unitAgreement(p.token, subject) === 'same' &&
      [...wanted].every((s) => p.sources.has(s)) &&
      [...p.own].every((s) => item.has(s)) &&
      (years.size === 0 || p.years.size === 0 || [...years].some((y) => p.years.has(y))) &&
      (word === '' || planHead(p.word) === word),
  );
  // `… ước đạt 4.408,1 tỷ đồng, bằng 106,93% kế hoạch năm, vốn trong nước ước đạt 1.347 tỷ đồng`: a part
  // of the sentence's first figure takes a part-plan only when that figure's own stated attainment
  // holds against the part-plan's whole (the parts are of the same whole); stating none, it may be
  // a narrower whole (the projects' share of the source), so the part-plan is not fixed.
  const owner = analysis
    .unitTokens(subject.unit.id)
    .find(
      (o) =>
        o.index < subject.index &&
        o.sentence.start === subject.sentence.start &&
        o.depth === 0 &&
        !o.percent &&
        !o.fraction &&
        o.interval !== null &&
        unitAgreement(o, subject) === 'same',
    );
  const ownerClaim = owner
    ? ratios.find(
        (r) => (r.kind === 'attainment' || r.kind === 'excess') && r.subject?.unit === owner.unit && r.subject.start === owner.start,
      )
    : undefined;
  const sameWhole = (p: NamedPlan): boolean => {
    if (!p.whole || !owner) return true;
    const got = ownerClaim?.subject ? ratioOf(ownerClaim.subject, p.whole) : null;
    return got !== null && ownerClaim?.stated.interval != null && meets(got, ownerClaim.stated.interval);
  };
  fits = fits.filter(sameWhole);
  // `5.1.2.1 Vốn thực hiện dự án` under the source's `5.1`: the subject's own headings below the ones it
  // shares with the plan narrow what it reports on to less than the plan's whole.
  const mine = headingLevels(index, subject.unit.section);
  const sourceWords = new Set([...wanted].flatMap((w) => w.split(' ')));
  const narrowed = (p: NamedPlan): boolean => {
    const theirs = headingLevels(index, p.token.unit.section);
    return [...mine]
      .filter(([key]) => !theirs.has(key))
      .some(([, title]) =>
        fold(title)
          .split(/[^\p{L}]+/u)
          .some((w) => w.length > 1 && !RESULT_WORDS.has(w) && !sourceWords.has(w)),
      );
  };
  fits = fits.filter((p) => !narrowed(p));
  if (fits.length === 0) return null;
  // The same plan restated (one value) is one plan.
  const byValue = new Map<string, Token>();
  for (const p of fits) {
    const key = p.token.fact.number?.exact ?? '';
    if (!byValue.has(key)) byValue.set(key, p.token);
  }
  const candidates = [...byValue.values()];
  const issuer = findCues(claim.stated.after, 'planIssuer');
  // `bằng 80% kế hoạch điều chỉnh`: the plan's own sentence must say so too.
  const named = fits.every((p) => issuer.every((m) => fold(p.sentence).includes(m.phrase)));
  return {
    plan: candidates.length === 1 && named ? (candidates[0] ?? null) : null,
    candidates,
    sources: [...wanted],
  };
}
