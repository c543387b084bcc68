import type { Operand } from '../claims/index.js';
import type { FindingStatus } from '../model/index.js';
import type { ChangeLink } from './changes.js';
import type { IndicatorDraft } from './indicators.js';
import type { ReportAnalysis } from './observations.js';
import type { Indicator } from './schema.js';

/** One figure a cross-report finding rests on, and the report it stands in. */
export interface SeriesOperand {
  operand: Operand;
  report: ReportAnalysis;
}

/** What a series rule reports; the runner turns it into a `SeriesFinding`. */
export interface SeriesReport<MessageId extends string = string> {
  messageId: MessageId;
  status: FindingStatus;
  data: Record<string, string | number>;
  expected: string | null;
  actual: string | null;
  arithmetic: string | null;
  cue: string | null;
  reason: string | null;
  indicator: string | null;
  /** Earlier report's figures first; the figure the finding is about last. */
  evidence: SeriesOperand[];
}

/** Everything a rule sees about one series. */
export interface SeriesModel {
  key: string;
  /** Reports in period order, one per period. */
  reports: readonly ReportAnalysis[];
  indicators: ReadonlyArray<{ indicator: Indicator; draft: IndicatorDraft }>;
  changes: readonly ChangeLink[];
}

export interface SeriesRuleContext<MessageId extends string = string> {
  series: SeriesModel;
  report(report: SeriesReport<MessageId>): void;
}

export interface SeriesRule<MessageId extends string = string> {
  id: string;
  meta: { description: string; messages: readonly MessageId[] };
  check(context: SeriesRuleContext<MessageId>): void;
}

/** ESLint-style definition of a cross-report rule: one file, one id, messages as data. */
export function defineSeriesRule<const MessageId extends string>(rule: SeriesRule<MessageId>): SeriesRule<MessageId> {
  if (!/^[a-z][a-z0-9-]*$/u.test(rule.id)) throw new Error(`rule id must be kebab-case: ${rule.id}`);
  return rule;
}

/** The finding's `rule`: series rules live in their own namespace, like an ESLint plugin's. */
export const seriesRuleName = (id: string): string => `series/${id}`;
