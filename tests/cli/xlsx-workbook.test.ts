import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS, type SheetSpec, buildWorkbook } from '../parsers/xlsx/build.js';
import { solieu, tempDir } from './ingest-helpers.js';

// A second sheet whose total row keeps a stale cached formula result: 412 + 275 + 138 = 825, shown 852.
const CASES: SheetSpec = {
  name: 'Bieu 02',
  rows: [
    ['BIỂU SỐ 02: HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2026', null, null],
    ['Đơn vị tính: hồ sơ', null, null],
    ['STT', 'Đơn vị', 'Số hồ sơ'],
    [null, null, 'Tiếp nhận'],
    ['1', 'Phường Đông Thành', 412],
    ['2', 'Xã Tân Phước', 275],
    ['3', 'Xã Mỹ Hòa', 138],
    [null, 'Tổng cộng', { formula: 'C5+C6+C7', result: 852 }],
  ],
  merges: ['A3:A4', 'B3:B4'],
};

interface Fact {
  value: number | null;
  raw: string;
  table?: { rowLabel: string[]; columnHeader: string[]; role: string };
}
interface Finding {
  rule: string;
  status: string;
}

describe('an .xlsx workbook (merged headers, formulas, two sheets) through extract, check, ingest and export', () => {
  let work = '';
  beforeAll(async () => {
    work = await tempDir('workbook');
    await writeFile(path.join(work, 'bieu-so-lieu.xlsx'), await buildWorkbook([INDICATORS, CASES]));
  }, 60_000);

  it('extract: every figure cell of both sheets is a fact with its row label and column header', async () => {
    const result = await solieu(['extract', '--stdout', 'bieu-so-lieu.xlsx'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout) as { source: { format: string }; facts: Fact[] };
    expect(document.source.format).toBe('xlsx');
    const cells = document.facts.filter((f) => f.table);
    // Figures as the sheet displays them (its number format decides the digits).
    const find = (row: string, raw: string): Fact | undefined =>
      cells.find((f) => f.raw === raw && f.table!.rowLabel.some((label) => label.includes(row)));
    // The merged head `Năm 2024` over `Thực hiện` reaches the cell under it.
    expect(find('Thuế', '1.100,3')?.table?.columnHeader.join(' › ')).toMatch(/Năm 2024.*Thực hiện/);
    // A formula cell is read by its cached value; the second sheet is read too.
    expect(find('Tổng cộng', '1.800,5')?.value).toBe(1_800_500_000); // triệu đồng from the unit line
    expect(find('Xã Tân Phước', '275')).toBeDefined();
    expect(find('Tổng cộng', '852')).toBeDefined();
  }, 120_000);

  it('check: the stale total of the second sheet is inconsistent, the first sheet is not', async () => {
    const result = await solieu(['check', '--json', 'bieu-so-lieu.xlsx'], { cwd: work });
    expect(result.code, result.stderr).toBe(1);
    const parsed = JSON.parse(result.stdout) as { findings?: Finding[] } | Array<{ findings: Finding[] }>;
    const findings = Array.isArray(parsed) ? parsed.flatMap((d) => d.findings) : (parsed.findings ?? []);
    const inconsistent = findings.filter((f) => f.status === 'inconsistent');
    expect(inconsistent.map((f) => f.rule)).toEqual(['table-total']);
    expect(JSON.stringify(inconsistent[0])).toMatch(/852/);
  }, 120_000);

  it('ingest stores it and export writes its table facts', async () => {
    const ingest = await solieu(['ingest', '.', '--concurrency', '1'], { cwd: work });
    expect(ingest.code, ingest.stderr).toBe(1); // the planted total is an inconsistency
    const csvPath = path.join(work, 'facts.csv');
    const exported = await solieu(['export', '--format', 'csv', '--what', 'facts', '-o', csvPath], { cwd: work });
    expect(exported.code, exported.stderr).toBe(0);
    const csv = await readFile(csvPath, 'utf8');
    expect(csv).toMatch(/bieu-so-lieu\.xlsx/);
    expect(csv).toMatch(/1100[.,]3/);
    expect(csv).toMatch(/\b852\b/);
  }, 180_000);
});
