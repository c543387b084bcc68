import type { Operand } from '../claims/index.js';
import { defineRule, type Rule, type RuleReport } from '../checks/index.js';
import type { ChangeLink } from './changes.js';
import type { IndicatorDraft } from './indicators.js';
import type { ReportAnalysis } from './observations.js';
import type { Indicator } from './schema.js';

/** One figure a cross-report finding rests on, and the report it stands in. */
export interface SeriesOperand {
  operand: Operand;
  report: ReportAnalysis;
}

/** What a series rule reports: a rule report whose evidence names its report, and the indicator it is about. */
export type SeriesReport<MessageId extends string = string, ReasonId extends string = string> = RuleReport<
  MessageId,
  ReasonId,
  SeriesOperand
> & {
  indicator: string | null;
};

/** Everything a rule sees about one series. */
export interface SeriesModel {
  key: string;
  /** Reports in period order, one per period. */
  reports: readonly ReportAnalysis[];
  indicators: ReadonlyArray<{ indicator: Indicator; draft: IndicatorDraft }>;
  changes: readonly ChangeLink[];
}

/** A cross-report rule: the same engine and meta as a single-report rule, over a series. */
export type SeriesRule<MessageId extends string = string, ReasonId extends string = string> = Rule<
  { series: SeriesModel },
  SeriesOperand,
  MessageId,
  ReasonId,
  { indicator: string | null }
>;

/** ESLint-style definition of a cross-report rule: one file, one id, messages as data. */
export function defineSeriesRule<const MessageId extends string, const ReasonId extends string = never>(
  rule: SeriesRule<MessageId, ReasonId>,
): SeriesRule<MessageId, ReasonId> {
  return defineRule(rule, SERIES_NAMESPACE);
}

/** The finding's `rule` prefix: series rules live in their own namespace, like an ESLint plugin's. */
export const SERIES_NAMESPACE = 'series/';
export const seriesRuleName = (id: string): string => `${SERIES_NAMESPACE}${id}`;

/** What a series rule's `check` receives. */
export type SeriesRuleContext<MessageId extends string = string> = Parameters<SeriesRule<MessageId>['check']>[0];
