import { readFileSync, readdirSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { processReportText } from '../../src/pipeline.js';
import { analyseSeries } from '../../src/series/index.js';
import type { SeriesFinding, SeriesResult } from '../../src/series/schema.js';
import { describe, flagged } from './helpers.js';

/**
 * The two fixture series written for issue 10: every planted cross-report contradiction of
 * `de-an-06-dong-thap` found with both reports, both places and both values, nothing else flagged;
 * nothing flagged on `consistent-de-an-06-tay-ninh`; the expected indicators matched across reports.
 */

interface Figure {
  report: string;
  raw: string;
}
interface Expected {
  reports: Array<{ file: string; period: string; documentNumber: string; date: string }>;
  contradictions: Array<{
    kind: string;
    indicator: string;
    reports: string[];
    figures: Figure[];
    changed: Figure;
    alsoAcceptable?: string[];
  }>;
  mustNotFlag: Array<{ indicator: string; reports: string[]; figures: Figure[] }>;
  indicators: Array<{ id: string; unit: string; nature: string; values: Array<{ report: string; period: string; raw: string }> }>;
}

const folder = (name: string): URL => new URL(`../fixtures/series/${name}/`, import.meta.url);

function load(name: string): { expected: Expected; result: SeriesResult } {
  const dir = folder(name);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  // Given in reverse order on purpose: the series orders reports by period, not by input order.
  const docs = files.reverse().map((f) => processReportText(readFileSync(new URL(f, dir), 'utf8'), f, { check: false }));
  const results = analyseSeries(docs);
  expect(results).toHaveLength(1);
  return {
    expected: JSON.parse(readFileSync(new URL('series.expected.json', dir), 'utf8')) as Expected,
    result: results[0] as SeriesResult,
  };
}

/** The evidence raw is the figure as written, or its leading part (`41.236 hồ sơ` of `41.236 hồ sơ trực tuyến toàn trình`). */
const sameFigure = (evidence: { raw: string; report: string }, figure: Figure): boolean =>
  evidence.report === figure.report && (figure.raw.startsWith(evidence.raw) || evidence.raw.startsWith(figure.raw));

const covers = (f: SeriesFinding, figure: Figure): boolean => f.evidence.some((e) => sameFigure(e, figure));

for (const name of ['de-an-06-dong-thap', 'consistent-de-an-06-tay-ninh']) {
  group(`series fixture ${name}`, () => {
    const { expected, result } = load(name);

    it('knows which report is which and orders them by period', () => {
      expect(result.reports.map((r) => r.report)).toEqual(expected.reports.map((r) => r.file));
      for (const [i, r] of expected.reports.entries()) {
        const id = result.reports[i];
        expect(id?.documentNumber).toBe(r.documentNumber);
        expect(id?.date).toBe(r.date);
        expect(id?.draft).toBe(false);
        expect(id?.period?.granularity).toBe('month');
        expect(id?.period?.start?.slice(0, 7)).toBe(r.date.slice(0, 7));
      }
    });

    it('finds every planted contradiction with both reports, both places and both values', () => {
      for (const c of expected.contradictions) {
        const rules = [c.kind, ...(c.alsoAcceptable ?? [])].map((k) => `series/${k}`);
        const hit = flagged(result.findings).find((f) => f.rule === `series/${c.kind}` && c.figures.every((fig) => covers(f, fig)));
        expect(hit, `${c.kind} ${c.indicator}\n${describe(result.findings)}`).toBeDefined();
        const found = hit as SeriesFinding;
        expect(rules).toContain(found.rule);
        expect(found.reports).toEqual(c.reports);
        expect(covers(found, c.changed)).toBe(true);
        for (const e of found.evidence) {
          expect(e.block).toMatch(/^(b|fn)\d+$/);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.sentence).toContain(e.raw);
        }
        expect(found.message.vi.length).toBeGreaterThan(0);
        expect(found.message.en.length).toBeGreaterThan(0);
      }
    });

    it('flags nothing else', () => {
      const planted = (f: SeriesFinding): boolean =>
        expected.contradictions.some(
          (c) => [c.kind, ...(c.alsoAcceptable ?? [])].some((k) => f.rule === `series/${k}`) && c.figures.some((fig) => covers(f, fig)),
        );
      const extra = flagged(result.findings).filter((f) => !planted(f));
      expect(extra, describe(extra)).toEqual([]);
      expect(flagged(result.findings)).toHaveLength(expected.contradictions.length);
    });

    it('verifies the controls: the cross-report claims that hold are checked and pass', () => {
      for (const control of expected.mustNotFlag) {
        const later = control.figures.filter((fig) => fig.report === control.reports[control.reports.length - 1]);
        if (later.length === 0) continue;
        for (const fig of later) {
          const checked = result.findings.filter((f) => f.status === 'consistent' && covers(f, fig));
          expect(checked.length, `${control.indicator} ${fig.raw}\n${describe(result.findings)}`).toBeGreaterThan(0);
        }
      }
    });

    it('matches the shared indicators across reports, one value per report', () => {
      for (const ind of expected.indicators) {
        const first = ind.values[0] as { report: string; raw: string };
        const mine = result.indicators.find((i) => i.observations.some((o) => sameFigure(o, first) && o.own));
        expect(mine, ind.id).toBeDefined();
        const own = mine?.observations.filter((o) => o.own) ?? [];
        for (const v of ind.values) {
          const o = own.find((x) => x.report === v.report);
          expect(o && sameFigure(o, v), `${ind.id} ${v.report} ${v.raw}: got ${o?.raw}`).toBe(true);
          expect(o?.period.end.slice(0, 7)).toBe(v.period);
        }
        expect(new Set(own.map((o) => o.report)).size).toBe(own.length);
        if (ind.unit !== '%') expect(mine?.nature === 'cumulative').toBe(ind.nature === 'cumulative');
      }
    });
  });
}
