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
  return a.kind === b.kind && a.nature === b.nature && a.negative === b.negative && unitsAgree(a.unit, b.unit)
    && !splitFrom(a, b) && !splitFrom(b, a);
}

/** Earlier figures a candidate is compared with: the indicator's latest ones (wording drifts slowly). */
const RECENT = 3;

function bestMember(c: Candidate, draft: IndicatorDraft, weights: ReadonlyMap<Candidate, Weighted>): { match: Match; member: Candidate } | null {
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

/** `đã kích hoạt … tài khoản` → `da-kich-hoat-tai-khoan`: ASCII, from the label's words. */
function slug(text: string): string {
  return fold(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/[^a-z0-9]+/gu, '-')
    .split('-').filter((w) => w.length > 0).slice(0, 8).join('-') || 'indicator';
}

export function observationOf({ candidate: c, match }: Member): Observation {
  const o = c.operand;
  const denominator = c.token.fact.fraction?.denominator.exact;
  return {
    report: c.report.report, fact: c.token.fact.id, raw: c.token.fact.raw, display: o.display, value: o.value,
    denominator: denominator === undefined ? null : Number(denominator), unit: c.unit, period: c.timing.period, own: c.timing.own,
    nature: c.nature, page: o.position.page, block: o.position.block, start: o.position.start, end: o.position.end,
    sentence: o.sentence, match,
  };
}

const byPeriod = (a: Member, b: Member): number =>
  a.candidate.timing.period.end.localeCompare(b.candidate.timing.period.end) || a.candidate.reportIndex - b.candidate.reportIndex;

/** Indicators as published: stable ids from their words, observations in period order. */
export function publishIndicators(series: string, drafts: readonly IndicatorDraft[]): Array<{ indicator: Indicator; draft: IndicatorDraft }> {
  const used = new Map<string, number>();
  return drafts.map((draft) => {
    const first = draft.members[0]?.candidate as Candidate;
    const suffix = NATURE_WORD[first.nature];
    const base = slug(`${first.label.replace(/…/gu, ' ')} ${suffix}`);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const members = [...draft.members].sort(byPeriod);
    draft.members = members;
    draft.id = n === 1 ? base : `${base}-${n}`;
    return {
      draft,
      indicator: {
        id: draft.id, series, label: suffix ? `${first.label} (${suffix})` : first.label, unit: first.unit, kind: first.kind,
        nature: first.nature, observations: members.map(observationOf),
      },
    };
  });
}
