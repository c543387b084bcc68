import path from 'node:path';
import { evidenceOf, findingCore, withStableIds } from '../checks/index.js';
import type { ReportDocument } from '../model/index.js';
import { linkChanges } from './changes.js';
import { type SeriesModel, type SeriesReport, type SeriesRule, SERIES_NAMESPACE } from './define-rule.js';
import { type ReportEntry, groupSeries, reportIdentity } from './identity.js';
import { MATCH_THRESHOLD, matchIndicators, publishIndicators } from './indicators.js';
import { analyseReport } from './observations.js';
import { seriesRules } from './rules/index.js';
import { type Indicator, type Period, SeriesFinding, SeriesResult } from './schema.js';

/** A report to put in a series: the processed document, and the name to call it by (its path by default). */
export type SeriesInput = ReportDocument | { doc: ReportDocument; name: string };

export interface SeriesOptions {
  /** Similarity a figure needs to join an indicator (0–1). */
  threshold?: number;
  rules?: readonly SeriesRule[];
}

function toFinding(rule: SeriesRule, r: SeriesReport, model: SeriesModel): SeriesFinding {
  const last = r.evidence[r.evidence.length - 1];
  const reports = [
    ...new Set(
      [...r.evidence]
        .sort((a, b) => model.reports.indexOf(a.report) - model.reports.indexOf(b.report))
        .map((e) => e.report.identity.report),
    ),
  ];
  return {
    id: '',
    ...findingCore(rule, r, SERIES_NAMESPACE),
    section: last ? last.report.index.sectionOf(last.operand.position.block) : [],
    series: model.key,
    indicator: r.indicator,
    reports,
    evidence: r.evidence.map(({ operand, report }) => ({ ...evidenceOf(operand), report: report.identity.report })),
  };
}

/** Stable ids: rule, the later report's file name, block and offset of the figure the finding is about. */
function withIds(findings: SeriesFinding[]): SeriesFinding[] {
  return withStableIds(findings, (f) => {
    const last = f.evidence[f.evidence.length - 1];
    return `${f.rule}@${path.basename(last?.report ?? '')}:${last?.block ?? ''}:${last?.start ?? 0}`;
  }).map((f) => SeriesFinding.parse(f));
}

const entryOf = (input: SeriesInput): ReportEntry => {
  const { doc, name } = 'doc' in input ? input : { doc: input, name: input.source.path };
  return { doc, identity: reportIdentity(doc, name) };
};

/**
 * Puts reports into series (issuer and kind), orders them by period, matches their figures into
 * indicators and runs the cross-report rules. One result per series found among the inputs.
 */
export function analyseSeries(inputs: readonly SeriesInput[], options: SeriesOptions = {}): SeriesResult[] {
  const rules = options.rules ?? seriesRules;
  return groupSeries(inputs.map(entryOf)).map((group) => {
    const periods = new Map<string, Period>();
    for (const e of group.entries)
      if (e.identity.documentNumber && e.identity.period) periods.set(e.identity.documentNumber, e.identity.period);
    const reports = group.entries.map((e, i) => analyseReport(e.identity, e.doc, i, periods));
    const drafts = matchIndicators(reports, options.threshold ?? MATCH_THRESHOLD);
    const indicators = publishIndicators(group.key, drafts);
    const model: SeriesModel = { key: group.key, reports, indicators, changes: linkChanges(reports, drafts) };
    const findings: SeriesFinding[] = [];
    for (const rule of rules) rule.check({ series: model, report: (r) => findings.push(toFinding(rule, r, model)) });
    const order = (f: SeriesFinding): number => Math.max(...f.reports.map((r) => reports.findIndex((x) => x.identity.report === r)));
    findings.sort((a, b) => order(a) - order(b));
    return SeriesResult.parse({
      key: group.key,
      reports: group.entries.map((e) => e.identity),
      versions: group.versions,
      unplaced: group.unplaced,
      indicators: indicators.map((i) => i.indicator),
      findings: withIds(findings),
    });
  });
}

/** Every cross-report finding (consistent ones included) over the series among `inputs`. */
export function runSeriesChecks(inputs: readonly SeriesInput[], options: SeriesOptions = {}): SeriesFinding[] {
  return analyseSeries(inputs, options).flatMap((s) => s.findings);
}

/** Every indicator of every series among `inputs`, with its value per period, report and place. */
export function listIndicators(inputs: readonly SeriesInput[], options: SeriesOptions = {}): Indicator[] {
  return analyseSeries(inputs, { ...options, rules: [] }).flatMap((s) => s.indicators);
}
