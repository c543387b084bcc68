import { fold } from './lexicon.js';
import type { Candidate, ReportAnalysis } from './observations.js';
import type { Indicator, Match, Observation } from './schema.js';
import { Idf, type Weighted, score, sharedWords, weigh } from './words.js';

/**
 * Matching figures across reports into indicators. A figure joins the indicator whose earlier
 * figures it resembles most (same kind, unit, behaviour over time and polarity; words compared by
 * IDF-weighted Jaccard), never by where it stands in the text. Assignment is greedy on the best
 * score first, one figure per indicator, report and period.
 */
export const MATCH_THRESHOLD = 0.4;

export interface Member {
  candidate: Candidate;
  match: Match | null;
}

export interface IndicatorDraft {
  id: string;
  members: Member[];
}

const unitsAgree = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && (a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `));

/**
 * `b` is one part of what `a` counted, split off: `15.860/24.555 cơ quan, tổ chức, hợp tác xã,
 * doanh nghiệp` one month, `2.111/2.627 cơ quan, tổ chức; 15.463/17.731 hợp tác xã, doanh nghiệp`
 * the next. Words of `a`'s noun phrase missing from `b`'s stand in the noun phrase of a figure
 * beside `b`.
 */
function splitFrom(a: Candidate, b: Candidate): boolean {
  const missing = [...a.nounWords].filter((w) => !b.nounWords.has(w));
  return missing.length >= 3 && missing.filter((w) => b.siblingWords.has(w)).length * 3 >= missing.length * 2;
}

/** Hard constraints: what words cannot overrule. */
export function comparable(a: Candidate, b: Candidate): boolean {
  return (
    a.kind === b.kind &&
    a.nature === b.nature &&
    a.negative === b.negative &&
    unitsAgree(a.unit, b.unit) &&
    !splitFrom(a, b) &&
    !splitFrom(b, a)
  );
}

/** Earlier figures a candidate is compared with: the indicator's latest ones (wording drifts slowly). */
const RECENT = 3;

function bestMember(
  c: Candidate,
  draft: IndicatorDraft,
  weights: ReadonlyMap<Candidate, Weighted>,
): { match: Match; member: Candidate } | null {
  let best: { score: number; member: Candidate } | null = null;
  const recent = draft.members.slice(-RECENT);
  for (const { candidate: m } of recent) {
    if (m.reportIndex >= c.reportIndex || !comparable(c, m)) continue;
    const s = score(weights.get(c) as Weighted, weights.get(m) as Weighted);
    if (!best || s > best.score) best = { score: s, member: m };
  }
  if (!best) return null;
  const m = best.member;
  return { member: m, match: { score: Math.round(best.score * 1000) / 1000, report: m.report.report, fact: m.token.fact.id, shared: [] } };
}

/** Candidates that could ever be comparable share kind, behaviour, polarity and the first word of their unit. */
const bucketOf = (c: Candidate): string => `${c.kind}|${c.nature}|${c.negative}|${(c.unit ?? '').split(' ')[0]}`;

/** Groups the candidate figures of a series' reports (in period order) into indicators. */
export function matchIndicators(reports: readonly ReportAnalysis[], threshold = MATCH_THRESHOLD): IndicatorDraft[] {
  const all = reports.flatMap((r) => r.candidates);
  const idf = new Idf(all.map((c) => c.bag));
  const weights = new Map(all.map((c) => [c, weigh(c.bag, idf)] as const));
  const drafts: IndicatorDraft[] = [];
  const buckets = new Map<string, IndicatorDraft[]>();
  for (const report of reports) {
    const pairs: Array<{ c: Candidate; draft: IndicatorDraft; match: Match; member: Candidate }> = [];
    for (const c of report.candidates) {
      for (const draft of buckets.get(bucketOf(c)) ?? []) {
        const found = bestMember(c, draft, weights);
        if (found && found.match.score >= threshold) pairs.push({ c, draft, ...found });
      }
    }
    pairs.sort((x, y) => y.match.score - x.match.score);
    const placed = new Set<Candidate>();
    const slots = new Set<string>();
    for (const { c, draft, match, member } of pairs) {
      const slot = `${draft.id}|${c.periodKey}`;
      if (placed.has(c) || slots.has(slot)) continue;
      match.shared = sharedWords(weights.get(c) as Weighted, weights.get(member) as Weighted);
      draft.members.push({ candidate: c, match });
      placed.add(c);
      slots.add(slot);
    }
    for (const c of report.candidates) {
      if (placed.has(c)) continue;
      const draft: IndicatorDraft = { id: String(drafts.length), members: [{ candidate: c, match: null }] };
      drafts.push(draft);
      const bucket = buckets.get(bucketOf(c));
      if (bucket) bucket.push(draft);
      else buckets.set(bucketOf(c), [draft]);
    }
  }
  return drafts;
}

const NATURE_WORD = { cumulative: 'lũy kế', period: 'trong kỳ', stock: 'hiện có', target: 'kế hoạch', unknown: '' } as const;

/** `đã kích hoạt … tài khoản` → `da-kich-hoat-tai-khoan`: ASCII, from the name's first words. */
function slug(text: string, words: number): string {
  return (
    fold(text)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/gu, 'd')
      .replace(/[^a-z0-9]+/gu, '-')
      .split('-')
      .filter((w) => w.length > 0)
      .slice(0, words)
      .join('-') || 'chi-tieu'
  );
}

// A noun phrase ends at a clause break, a parenthesis, the next figure, or a comma before a predicate.
const PHRASE_STOP =
  /[;:(]|\.(?!\d)|[\s/]\d|,\s*(?:tăng|giảm|đạt|chiếm|vượt|trong|bằng|so|gồm|cụ|với|là|còn|nâng|tỷ|tỉ|đang|đã|chưa)(?![\p{L}\p{M}])/iu;
const EDGE_WORDS = new Set([
  'và',
  'với',
  'là',
  'của',
  'cho',
  'để',
  'đã',
  'đang',
  'được',
  'có',
  'đạt',
  'trên',
  'tại',
  'theo',
  'thì',
  'gồm',
  'chiếm',
  'bằng',
  'trong',
  'đó',
  'tổng',
  'số',
  'toàn',
  'tỉnh',
  '-',
  '–',
  '+',
]);
const MAX_WORDS = 12;
/** Clause words before a figure, whole when short: cutting `giải quyết` to `quyết` would make nonsense. */
const leadOf = (words: readonly string[]): string[] => (words.length <= 14 ? [...words] : ['…', ...words.slice(-10)]);

/** Words with function words trimmed at both ends: `đã phát sinh` stays, `… đạt` loses `đạt`. */
function trimEdges(words: string[], from: 'both' | 'end' = 'both'): string[] {
  const out = [...words];
  while (out.length > 0 && EDGE_WORDS.has(fold(out[out.length - 1] ?? ''))) out.pop();
  if (from === 'both') while (out.length > 0 && EDGE_WORDS.has(fold(out[0] ?? ''))) out.shift();
  return out;
}

const wordsOf = (text: string): string[] =>
  text
    .replace(/[*"“”()]+/gu, ' ')
    .split(/\s+/u)
    .map((w) => w.replace(/^[,;/]+|[,;/]+$/gu, ''))
    .filter(Boolean);

/** The figure's noun phrase as written after its number: `14.092 hồ sơ cấp phiếu Lý lịch tư pháp trên VNeID, …` → `hồ sơ cấp phiếu …`. */
function nounAfter(c: Candidate): string[] {
  const t = c.token;
  const end = t.paren && t.paren.open > t.numberEnd ? Math.min(t.paren.open, t.sentence.end) : t.sentence.end;
  const text = t.unit.text.slice(t.numberEnd, Math.max(t.numberEnd, end)).replace(/^\s*%/u, ' ');
  const stop = text.search(PHRASE_STOP);
  return trimEdges(wordsOf(stop < 0 ? text : text.slice(0, stop)), 'end').slice(0, MAX_WORDS);
}

/**
 * The indicator's name for a reader: the measure's noun phrase as the report writes it
 * (`hồ sơ cấp phiếu Lý lịch tư pháp trên VNeID`); for a rate, `tỷ lệ` and what it is a rate of;
 * when the noun alone says little (`06 tỉnh`), the clause words before the figure lead it.
 */
export function indicatorName(c: Candidate): string {
  const t = c.token;
  const before = trimEdges(wordsOf(t.before));
  if (t.percent) {
    const rate = before.findIndex((w, i) => /^t[ỷỉ]$/iu.test(w) && /^lệ$/iu.test(before[i + 1] ?? ''));
    const after = nounAfter(c);
    if (rate >= 0 && before.length - rate > 2) return trimEdges(before.slice(rate)).slice(0, MAX_WORDS).join(' ');
    if (after.length >= 2 && !/^(?:trên|so|kế|cùng)$/iu.test(after[0] ?? '')) return `tỷ lệ ${after.join(' ')}`;
    // `hồ sơ đã trả kết quả — tỷ lệ … %`: the label names the figure the rate is about.
    const anchor = c.label.split(' — ')[0] ?? '';
    if (c.label.includes(' — ') && anchor) return `tỷ lệ ${trimEdges(wordsOf(anchor.replace(/…/gu, ' '))).join(' ')}`;
    const lead = rate >= 0 ? before.slice(0, rate) : before;
    return ['tỷ lệ', ...trimEdges(leadOf(lead)), ...after].join(' ').trim();
  }
  const noun = nounAfter(c);
  const content = noun.filter((w) => !EDGE_WORDS.has(fold(w)));
  if (content.length >= 3) return noun.join(' ');
  return [...leadOf(before), '…', ...noun].join(' ').replace(/^… /u, '');
}

export function observationOf({ candidate: c, match }: Member): Observation {
  const o = c.operand;
  const denominator = c.token.fact.fraction?.denominator.exact;
  return {
    report: c.report.report,
    fact: c.token.fact.id,
    raw: c.token.fact.raw,
    display: o.display,
    value: o.value,
    denominator: denominator === undefined ? null : Number(denominator),
    unit: c.unit,
    period: c.timing.period,
    own: c.timing.own,
    nature: c.nature,
    page: o.position.page,
    block: o.position.block,
    start: o.position.start,
    end: o.position.end,
    sentence: o.sentence,
    match,
  };
}

const byPeriod = (a: Member, b: Member): number =>
  a.candidate.timing.period.end.localeCompare(b.candidate.timing.period.end) || a.candidate.reportIndex - b.candidate.reportIndex;

/**
 * Indicators as published: a readable name from the latest report's wording (wording drifts, the
 * latest is what a reader has open), a short id from the name's first words, observations in period order.
 */
export function publishIndicators(
  series: string,
  drafts: readonly IndicatorDraft[],
): Array<{ indicator: Indicator; draft: IndicatorDraft }> {
  const used = new Map<string, number>();
  return drafts.map((draft) => {
    const members = [...draft.members].sort(byPeriod);
    draft.members = members;
    const first = members[0]?.candidate as Candidate;
    const latest = members[members.length - 1]?.candidate as Candidate;
    const suffix = NATURE_WORD[first.nature];
    const name = indicatorName(latest) || latest.label;
    const base = slug(name.replace(/…/gu, ' '), 4);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    draft.id = n === 1 ? base : `${base}-${n}`;
    return {
      draft,
      indicator: {
        id: draft.id,
        series,
        label: suffix ? `${name} (${suffix})` : name,
        unit: first.unit,
        kind: first.kind,
        nature: first.nature,
        observations: members.map(observationOf),
      },
    };
  });
}
