import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { registerSeriesCommand } from '../../src/cli/commands/series.js';
import { processReportText } from '../../src/pipeline.js';
import { analyseSeries, loadSeriesInputs, seriesCsv, seriesJson, seriesTable } from '../../src/series/index.js';
import { sharedPhrases } from '../../src/series/render.js';
import { SeriesResult } from '../../src/series/schema.js';
import { JsonReportStore } from '../../src/store/json-store.js';

const fixture = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/series/de-an-06-dong-thap');
const files = readdirSync(fixture)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(fixture, f));
const docs = files.map((f) => processReportText(readFileSync(f, 'utf8'), f, { check: false }));
const results = analyseSeries(docs);
const temp = mkdtempSync(path.join(tmpdir(), 'solieu-series-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const program = new Command('solieu').exitOverride();
  registerSeriesCommand(program);
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'solieu', 'series', ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, err, code };
}
afterEach(() => {
  process.exitCode = 0;
});

describe('series output', () => {
  it('table: findings first in Vietnamese, then one line per indicator; --all gives the period → value tables', () => {
    const text = seriesTable(results, { indicator: 'kích hoạt' });
    expect(text.indexOf('Kết quả so sánh giữa các kỳ (1)')).toBeLessThan(text.indexOf('Chỉ tiêu theo dõi qua các kỳ (1)'));
    expect(text).toContain('✗ Mức tăng, giảm giữa các kỳ — kích hoạt … tài khoản (lũy kế) [kich-hoat-tai-khoan]');
    expect(text).toMatch(/độ khớp: 1,00 — chung các từ: .*“đã kích hoạt”/u);
    expect(text).toContain('Độ khớp (0–1): mức trùng từ ngữ');
    expect(text).toContain('1.322.415 tài khoản (đến 25/7/2025) → 1.343.595 tài khoản (đến 25/8/2025)');
    expect(text).not.toContain('Số lũy kế qua các kỳ'); // consistent findings only with --all
    expect(text).not.toMatch(/\b(?:Findings|period|value|report)\b/u);
    const all = seriesTable(results, { indicator: 'kích hoạt', all: true });
    expect(all).toMatch(/đến 25\/8\/2025\s+1\.343\.595 tài khoản\s+thang-08-2025\.txt\s+b21\s+1,00/u);
    const english = seriesTable(results, { indicator: 'kích hoạt', language: 'en' });
    expect(english).toContain('Findings across periods (1)');
    expect(english).toContain('✗ Change across periods');
  });

  it('explains a match by the wording both sentences share near the figure', () => {
    const later = 'Toàn tỉnh đã kích hoạt 1.343.595 tài khoản định danh điện tử mức độ 2, tăng 18.540 tài khoản so với tháng trước.';
    const earlier = 'Đến nay, toàn tỉnh đã kích hoạt 1.322.415 tài khoản định danh điện tử mức độ 2.';
    expect(sharedPhrases(later, earlier, 3, '1.343.595 tài khoản')).toBe('“tài khoản định danh điện tử mức độ”, “Toàn tỉnh đã kích hoạt”');
    expect(sharedPhrases('Cấp 12 giấy phép.', 'Thu 40 tỷ đồng.')).toBe('');
  });

  it('names indicators by the noun phrase the report writes, with short ids', () => {
    for (const r of results) {
      for (const i of r.indicators) {
        expect(i.id.split('-').length, i.id).toBeLessThanOrEqual(5);
        expect(i.label, i.id).not.toMatch(/^\s|\s$|\s{2}/u);
      }
    }
  });

  it('csv: one row per value, stable columns, BOM', () => {
    const csv = seriesCsv(results, { indicator: 'kich hoat' });
    const lines = csv
      .replace(/^\uFEFF/u, '')
      .trimEnd()
      .split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'series,indicator,label,unit,nature,period,periodStart,periodEnd,own,value,denominator,raw,report,page,block,start,end,matchScore,matchWords',
    );
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain(',1343595,');
  });

  it('json: the SeriesResult schema', () => {
    const parsed = JSON.parse(seriesJson(results, { all: true })) as unknown[];
    expect(() => parsed.map((r) => SeriesResult.parse(r))).not.toThrow();
  });
});

describe('solieu series', () => {
  it('reads report files, exits 1 on an inconsistency, prints JSON', async () => {
    const { out, code } = await run(['--json', ...files]);
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as Array<{ findings: Array<{ rule: string }> }>;
    expect(parsed[0]?.findings.map((f) => f.rule).sort()).toEqual([
      'series/change-mismatch',
      'series/cumulative-decrease',
      'series/denominator-change',
      'series/restatement',
      'series/stale-copy',
    ]);
  });

  it('reads an out/ folder of per-document JSONs', async () => {
    const out = path.join(temp, 'out');
    mkdirSync(out, { recursive: true });
    docs.forEach((d, i) => writeFileSync(path.join(out, `r${i}.json`), JSON.stringify(d)));
    writeFileSync(path.join(out, 'notes.json'), '{"not":"a report"}');
    const loaded = await loadSeriesInputs([out]);
    expect(loaded.reports).toHaveLength(4);
    expect(loaded.notes.some((n) => n.includes('notes.json'))).toBe(true);
    const { out: csv, code } = await run(['--csv', '--indicator', 'thanh toán trực tuyến', out]);
    expect(code).toBe(0);
    expect(csv).toContain('84/102 xã, phường');
  });

  it('reads a store written by ingest', async () => {
    const dir = path.join(temp, 'store');
    mkdirSync(dir, { recursive: true });
    const store = new JsonReportStore(path.join(dir, 'solieu.json'));
    await store.commit(
      docs.map((doc) => ({
        info: {
          source: doc.source.path,
          sha256: doc.source.sha256,
          bytes: doc.source.bytes,
          generatorVersion: doc.generator.version,
          options: '{}',
          ingestedAt: new Date(0).toISOString(),
          durationMs: 1,
        },
        result: { ok: true as const, document: doc },
      })),
      dir,
    );
    const { out, code } = await run(['--store', store.location, '--json']);
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as Array<{ reports: Array<{ report: string }>; findings: unknown[] }>;
    expect(parsed[0]?.reports.map((r) => path.basename(r.report))).toEqual(files.map((f) => path.basename(f)));
    expect(parsed[0]?.findings).toHaveLength(5);
  });

  it('refuses bad input with exit 2 and a one-line reason, keeping the good inputs', async () => {
    const { err, code, out } = await run([path.join(temp, 'missing.pdf'), ...files]);
    expect(code).toBe(2);
    expect(err).toMatch(/missing\.pdf: not_found/u);
    expect(out).toContain('Kết quả so sánh giữa các kỳ (5)');
    const none = await run(['--store', path.join(temp, 'nothing.json')]);
    expect(none.code).toBe(2);
  });
});
