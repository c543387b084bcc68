import type { Token } from '../claims/index.js';
import { type PhraseMatch, type SeriesCue, findPhrases, fold, hasPhrase } from './lexicon.js';
import {
  cutoffMentions,
  cutoffPeriod,
  isoDate,
  monthOf,
  periodMentions,
  previousPeriod,
  previousYear,
  samePeriod,
  yearOf,
} from './period.js';
import type { Nature, Period } from './schema.js';

/**
 * When a figure is: which period it belongs to and how it behaves over time, read from the words
 * before it in its sentence. The cue standing nearest before the figure decides: `trong tháng`
 * (this period), `lũy kế` / `tính đến ngày …` (cumulative), `tháng 8` (an explicit, perhaps
 * earlier period), `tháng trước` / `cùng kỳ` (a relative one). A cue after `so với` names what is
 * compared with, not the figure's own period.
 */
export interface Timing {
  nature: Nature;
  period: Period;
  /** The period is the report's own. */
  own: boolean;
  /** The words that decided, for explanations. */
  cue: string | null;
}

interface Cue {
  start: number;
  end: number;
  apply: () => Timing | null;
}

const RELATIVE: ReadonlyArray<SeriesCue> = ['previousMonth', 'previousQuarter', 'previousYear'];

/** A cue right after `so với`, `bằng`, `hơn`: a comparison term, not the figure's own period. */
function afterComparison(folded: string, start: number): boolean {
  const window = folded.slice(Math.max(0, start - 14), start);
  return findPhrases(window, 'comparison').some((m) => window.slice(m.end).trim() === '');
}

/** `đến`, `đến hết`, `tới` right before a period: the end of a cumulative span (`lũy kế đến tháng 8`). */
const endsSpan = (folded: string, start: number): boolean =>
  /(?:đến|tới)(?:\s+hết)?\s*$/u.test(folded.slice(Math.max(0, start - 12), start));

/** The start of a cumulative span: `từ đầu năm` → 1 January; `từ ngày 01/3/2025` → that day. */
function spanStart(lead: string, end: string): string | null {
  const folded = fold(lead);
  if (/(?<![\p{L}])(?:từ|tính từ)\s+đầu\s+năm/u.test(folded)) return isoDate(yearOf(end), 1, 1);
  const from = /(?<![\p{L}])từ\s+ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u.exec(folded);
  if (from) return isoDate(Number(from[3]), Number(from[2]), Number(from[1]));
  return null;
}

/** The year of a month named without one: the report's (a month after the report's is moved back a year below). */
const defaultYear = (report: Period): number => yearOf(report.end);

/**
 * The timing of a figure. `report` is the report's own period; `cited` is the period of a series
 * report the figure's clause cites by number (`theo Báo cáo số 142/BC-BCĐ`), if any.
 */
export function timingOf(t: Token, report: Period, cited: Period | null): Timing {
  const text = t.unit.text;
  const lead = text.slice(t.sentence.start, t.numberStart);
  const folded = fold(lead);
  const own = (nature: Nature, cue: string | null): Timing => ({ nature, period: report, own: true, cue });
  const cues: Cue[] = [];
  const push = (m: PhraseMatch, apply: () => Timing | null): void => {
    cues.push({ start: m.start, end: m.end, apply });
  };
  const cumulative = (end: string, cue: string): Timing => ({
    nature: 'cumulative',
    period: cutoffPeriod(end, cue, spanStart(lead, end)),
    own: true,
    cue,
  });
  const cutoffs = cutoffMentions(lead);
  const lastCutoff = cutoffs[cutoffs.length - 1];

  for (const m of findPhrases(lead, 'cumulative')) {
    push(m, () =>
      cumulative(
        lastCutoff && lastCutoff.end >= m.start ? lastCutoff.date : report.end,
        lead.slice(m.start, Math.max(m.end, lastCutoff?.end ?? 0)),
      ),
    );
  }
  for (const m of findPhrases(lead, 'inPeriod')) push(m, () => own('period', lead.slice(m.start, m.end)));
  for (const mention of periodMentions(lead, defaultYear(report))) {
    if (afterComparison(folded, mention.start)) continue;
    const m = { cue: 'inPeriod' as const, phrase: '', start: mention.start, end: mention.end };
    push(m, () => {
      let period = mention.period;
      if (!mention.yearStated && report.granularity === 'month' && period.start !== null && monthOf(period.start) > monthOf(report.end)) {
        period = periodMentions(lead.slice(mention.start, mention.end), defaultYear(report) - 1)[0]?.period ?? period;
      }
      if (endsSpan(folded, mention.start)) return cumulative(period.end, lead.slice(mention.start, mention.end));
      if (samePeriod(period, report)) return own('period', period.text);
      if (period.start !== null && period.start > report.end) return { nature: 'target', period, own: false, cue: period.text };
      return { nature: 'period', period, own: false, cue: period.text };
    });
  }
  for (const cue of RELATIVE) {
    for (const m of findPhrases(lead, cue)) {
      if (afterComparison(folded, m.start)) continue;
      push(m, () => {
        const period =
          cue === 'previousYear' ? previousYear(report) : previousPeriod(report, cue === 'previousMonth' ? 'month' : 'quarter');
        return period ? { nature: 'period', period, own: false, cue: lead.slice(m.start, m.end) } : null;
      });
    }
  }
  const clause = `${t.before} ${t.after}`;
  const nearest =
    cues
      .sort((a, b) => b.end - a.end || a.start - b.start)
      .map((c) => c.apply())
      .find((x) => x !== null) ?? null;
  if (hasPhrase(t.before, 'target')) return { ...(nearest ?? own('target', null)), nature: 'target' };
  if (nearest && !nearest.own) return nearest;
  // `đang triển khai`, `còn … chưa …`: a count of things in a state now, which may go down.
  if (hasPhrase(clause, 'stock')) return own('stock', null);
  if (nearest) return nearest;
  if (cited && !samePeriod(cited, report)) return { nature: 'period', period: cited, own: false, cue: cited.text };
  return own('unknown', null);
}
