import path from 'node:path';
import { fold } from './lexicon.js';
import { periodLabel } from './period.js';
import type { Indicator, SeriesFinding, SeriesResult } from './schema.js';
import { toCsv } from '../store/serialize.js';

/** What to show: indicators whose id or label contains `indicator`; singletons only with `all`. */
export interface SeriesView {
  indicator?: string;
  /** Also indicators seen in one report only, and consistent findings. */
  all?: boolean;
  language?: 'vi' | 'en';
}

const accentless = (text: string): string => fold(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');

/** The results narrowed to a view: chosen indicators, and the findings about them. */
export function selectView(results: readonly SeriesResult[], view: SeriesView): SeriesResult[] {
  const wanted = view.indicator ? accentless(view.indicator) : null;
  const keep = (i: Indicator): boolean =>
    (wanted === null ? view.all === true || new Set(i.observations.map((o) => o.report)).size > 1 : accentless(`${i.id} ${i.label}`).includes(wanted));
  return results.map((r) => {
    const indicators = r.indicators.filter(keep);
    const ids = new Set(indicators.map((i) => i.id));
    const findings = r.findings.filter((f) => (view.all || f.status !== 'consistent') && (wanted === null || (f.indicator !== null && ids.has(f.indicator))));
    return { ...r, indicators, findings };
  });
}

const short = (report: string): string => path.basename(report);

/** Columns padded to their widest cell (code points, so Vietnamese letters count once). */
function columns(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => row.map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...cell].length))).join('  ').trimEnd()).join('\n');
}

const MARK = { inconsistent: '✗', warning: '!', consistent: '✓', unverifiable: '?' } as const;

function findingText(f: SeriesFinding, language: 'vi' | 'en'): string {
  const head = `  ${MARK[f.status]} ${f.rule}${f.indicator ? `  [${f.indicator}]` : ''}\n    ${f.message[language]}`;
  const places = f.evidence.map((e) => `      ${e.role.padEnd(14)} ${e.raw}  — ${short(e.report)}${e.page === null ? '' : ` p. ${e.page}`}, ${e.block}`);
  return [head, ...places].join('\n');
}

/** Per series: its reports, per indicator a compact period → value table, then the findings. */
export function seriesTable(results: readonly SeriesResult[], view: SeriesView = {}): string {
  const language = view.language ?? 'vi';
  const out: string[] = [];
  for (const r of selectView(results, view)) {
    const head = r.reports[0];
    out.push(`Series: ${head?.kind ?? r.key} — ${head?.issuer ?? ''} (${r.reports.length} reports)`);
    out.push(columns(r.reports.map((id) => ['  ' + (id.period ? periodLabel(id.period) : '?'), short(id.report), id.documentNumber ?? '(no number)', id.draft ? 'draft' : 'signed'])));
    for (const v of r.versions) out.push(`  ${short(v.report)}: another version of ${short(v.sameAs)}, not compared`);
    for (const u of r.unplaced) out.push(`  ${short(u)}: no period found, not compared`);
    for (const i of r.indicators) {
      out.push('', `${i.id} · ${i.label}${i.unit ? ` · ${i.unit}` : ''}`);
      const rows = [['    period', 'value', 'report', 'page', 'block', 'match']];
      for (const o of i.observations) {
        rows.push([`    ${periodLabel(o.period)}${o.own ? '' : ' *'}`, o.raw, short(o.report), o.page === null ? '–' : String(o.page), o.block, o.match ? o.match.score.toFixed(2) : '']);
      }
      out.push(columns(rows));
    }
    if (r.indicators.some((i) => i.observations.some((o) => !o.own))) out.push('', '  * a figure a report gives for another period than its own (a restatement)');
    out.push('', r.findings.length ? `Findings (${r.findings.length})` : 'Findings: none');
    for (const f of r.findings) out.push(findingText(f, language));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

export const OBSERVATION_COLUMNS = [
  'series', 'indicator', 'label', 'unit', 'nature', 'period', 'periodStart', 'periodEnd', 'own', 'value', 'denominator', 'raw',
  'report', 'page', 'block', 'start', 'end', 'matchScore', 'matchWords',
] as const;

/** One row per indicator value, stable column names, UTF-8 with BOM (Excel reads Vietnamese). */
export function seriesCsv(results: readonly SeriesResult[], view: SeriesView = {}): string {
  const rows = selectView(results, view).flatMap((r) => r.indicators.flatMap((i) => i.observations.map((o) => ({
    series: r.key, indicator: i.id, label: i.label, unit: i.unit, nature: i.nature, period: periodLabel(o.period),
    periodStart: o.period.start, periodEnd: o.period.end, own: o.own, value: o.value, denominator: o.denominator,
    raw: o.raw, report: o.report, page: o.page, block: o.block, start: o.start, end: o.end,
    matchScore: o.match?.score ?? null, matchWords: o.match ? o.match.shared : null,
  }))));
  return toCsv(OBSERVATION_COLUMNS, rows);
}

/** The selected results as JSON (the `SeriesResult` schema). */
export function seriesJson(results: readonly SeriesResult[], view: SeriesView = {}): string {
  return `${JSON.stringify(selectView(results, view), null, 2)}\n`;
}
