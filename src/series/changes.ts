import { type Token, type RatioClaim } from '../claims/index.js';
import { eq } from '../arith/index.js';
import type { IndicatorDraft, Member } from './indicators.js';
import { type SeriesCue, findPhrases } from './lexicon.js';
import type { ReportAnalysis } from './observations.js';
import { previousPeriod, previousSpan, previousYear, samePeriod } from './period.js';
import type { Period } from './schema.js';

/** What a stated change is measured against. */
export type Comparison = 'month' | 'quarter' | 'report' | 'year';

/**
 * A change the text states against an earlier report (`tăng 18.540 tài khoản so với tháng trước`)
 * without stating the earlier figure itself, tied to the indicator of the figure it is about and,
 * when the earlier report is in the series, to that report's figure of the same indicator.
 */
export interface ChangeLink {
  report: ReportAnalysis;
  claim: RatioClaim;
  stated: Token;
  comparison: Comparison;
  /** The figure the change is about (the current value) and its indicator. */
  current: Member;
  draft: IndicatorDraft;
  /** The earlier report's figure of the same indicator, when that report is in the series. */
  previous: Member | null;
  previousReport: ReportAnalysis | null;
  /** The change the earlier report stated for its own figure, if any. */
  previousChange: ChangeLink | null;
}

const COMPARISONS: ReadonlyArray<[SeriesCue, Comparison]> = [
  ['previousMonth', 'month'],
  ['previousQuarter', 'quarter'],
  ['previousReport', 'report'],
  ['previousYear', 'year'],
];

function comparisonOf(word: string | null): Comparison | null {
  if (!word) return null;
  for (const [cue, comparison] of COMPARISONS) if (findPhrases(word, cue).length > 0) return comparison;
  return null;
}

/** The report a comparison points to: the previous month, quarter or report, or the same period a year before. */
function earlierReport(reports: readonly ReportAnalysis[], at: number, comparison: Comparison): ReportAnalysis | null {
  const own = reports[at]?.identity.period as Period;
  if (comparison === 'report') {
    // `kỳ trước`: the period just before of the same length; for cut-off reports, the report before.
    const before = reports[at - 1];
    if (!before || before.identity.period?.granularity !== own.granularity) return null;
    const span = previousSpan(own);
    if (span === null) return own.granularity === 'cutoff' ? before : null;
    return before.identity.period !== null && samePeriod(before.identity.period, span) ? before : null;
  }
  const target = comparison === 'year' ? previousYear(own) : previousPeriod(own, comparison);
  if (!target) return null;
  return reports.find((r) => r.identity.period !== null && samePeriod(r.identity.period, target)) ?? null;
}

/** Every change of the series' reports stated against an earlier report, resolved where possible. */
export function linkChanges(reports: readonly ReportAnalysis[], drafts: readonly IndicatorDraft[]): ChangeLink[] {
  const memberOf = new Map<Token, { member: Member; draft: IndicatorDraft }>();
  for (const draft of drafts) for (const member of draft.members) memberOf.set(member.candidate.token, { member, draft });
  const links: ChangeLink[] = [];
  reports.forEach((report, at) => {
    for (const claim of report.relations.ratios()) {
      if (claim.kind !== 'change' || claim.reference !== null || claim.subject === null) continue;
      const comparison = comparisonOf(claim.referenceWord);
      const found = memberOf.get(claim.subject);
      if (!comparison || !found || !found.member.candidate.timing.own) continue;
      const previousReport = earlierReport(reports, at, comparison);
      const previous = previousReport
        ? (found.draft.members.find((m) => m.candidate.report === previousReport.identity && m.candidate.timing.own) ?? null)
        : null;
      links.push({
        report,
        claim,
        stated: claim.stated,
        comparison,
        current: found.member,
        draft: found.draft,
        previous,
        previousReport,
        previousChange: null,
      });
    }
  });
  for (const link of links) {
    link.previousChange =
      links.find((l) => link.previous !== null && l.current === link.previous && l.comparison === link.comparison) ?? null;
  }
  return links;
}

const sameDisplay = (a: Token, b: Token): boolean => {
  const x = a.interval;
  const y = b.interval;
  return x !== null && y !== null && eq(x.lo, y.lo) && eq(x.hi, y.hi);
};

/**
 * A figure copied unchanged from the previous report together with its stated change: the value
 * and the non-zero change both equal the earlier report's, so the change cannot be true.
 */
export function isStaleCopy(link: ChangeLink): boolean {
  const { previous, previousChange } = link;
  if (!previous || !previousChange) return false;
  const zero = link.stated.interval !== null && link.stated.interval.lo.n === 0n && link.stated.interval.hi.n === 0n;
  return (
    !zero &&
    sameDisplay(link.current.candidate.token, previous.candidate.token) &&
    sameDisplay(link.stated, previousChange.stated) &&
    link.claim.sign === previousChange.claim.sign
  );
}
