import path from 'node:path';
import { evidenceOf, render } from '../checks/index.js';
import type { ReportDocument } from '../model/index.js';
import { linkChanges } from './changes.js';
import { type SeriesModel, type SeriesReport, type SeriesRule, seriesRuleName } from './define-rule.js';
import { type ReportEntry, groupSeries, reportIdentity } from './identity.js';
import { MATCH_THRESHOLD, matchIndicators, publishIndicators } from './indicators.js';
import { en } from './messages/en.js';
import { vi } from './messages/vi.js';
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

const SEVERITY = { inconsistent: 'error', warning: 'warning', consistent: 'info', unverifiable: 'info' } as const;

function message(language: 'vi' | 'en', key: string, data: Record<string, string | number>): string {
  const template = (language === 'vi' ? vi : en)[key];
  if (template === undefined) throw new Error(`no ${language} message for ${key}`);
  return render(template, data);
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
  const key = `${rule.id}.${r.messageId}`;
  return {
    id: '',
    rule: seriesRuleName(rule.id),
    status: r.status,
    severity: SEVERITY[r.status],
    message: { vi: message('vi', key, r.data), en: message('en', key, r.data) },
    reason: r.reason,
    expected: r.expected,
    actual: r.actual,
    arithmetic: r.arithmetic,
    cue: r.cue,
    section: last ? last.report.index.sectionOf(last.operand.position.block) : [],
    series: model.key,
    indicator: r.indicator,
    reports,
    evidence: r.evidence.map(({ operand, report }) => ({ ...evidenceOf(operand), report: report.identity.report })),
  };
}

/** Stable ids: rule, the later report's file name, block and offset of the figure the finding is about. */
function withIds(findings: SeriesFinding[]): SeriesFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const last = f.evidence[f.evidence.length - 1];
    const base = `${f.rule}@${path.basename(last?.report ?? '')}:${last?.block ?? ''}:${last?.start ?? 0}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return SeriesFinding.parse({ ...f, id: n === 1 ? base : `${base}#${n}` });
  });
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
