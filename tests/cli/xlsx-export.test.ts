import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWhat, xlsxWorkbook } from '../../src/cli/xlsx-export.js';
import { repoRoot, solieu, tempDir } from './ingest-helpers.js';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('xlsx workbook', () => {
  it('types numbers, dates and lists; freezes and filters the header; one sheet each', async () => {
    const bytes = await xlsxWorkbook([
      {
        name: 'facts',
        columns: ['document', 'value', 'exact', 'date', 'qualifiers', 'estimated'],
        rows: [
          {
            document: 'kien-giang.pdf',
            value: 11_624_800_000_000,
            exact: '11624.8',
            date: '2022-07-05',
            qualifiers: ['trong đó', 'lũy kế'],
            estimated: false,
          },
          { document: '=HYPERLINK("x")', value: 12.92, exact: '12.92', date: null, qualifiers: [], estimated: true },
        ],
      },
      { name: 'findings', columns: ['document', 'rule'], rows: [] },
    ]);
    const workbook = await readBack(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['facts', 'findings']);
    const facts = workbook.getWorksheet('facts')!;
    expect(facts.getRow(1).values).toEqual([undefined, 'document', 'value', 'exact', 'date', 'qualifiers', 'estimated']);
    expect(facts.getCell('B2').value).toBe(11_624_800_000_000);
    expect(facts.getCell('B3').value).toBe(12.92);
    expect(facts.getCell('C2').value).toBe('11624.8');
    expect(facts.getCell('D2').value).toEqual(new Date('2022-07-05T00:00:00Z'));
    expect(facts.getCell('D3').value).toBeNull();
    expect(facts.getCell('E2').value).toBe('trong đó; lũy kế');
    expect(facts.getCell('F2').value).toBe(false);
    // Text that looks like a formula stays text.
    expect(facts.getCell('A3').value).toBe('=HYPERLINK("x")');
    expect(facts.getCell('A3').formula).toBeUndefined();
    expect(facts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(facts.autoFilter).toBeTruthy();
    expect(JSON.stringify(facts.autoFilter)).toContain('A1');
    expect(facts.getRow(1).font?.bold).toBe(true);
    expect(workbook.getWorksheet('findings')!.rowCount).toBe(1);
  });

  it('--what takes several kinds, comma-separated or repeated, in a fixed order', () => {
    expect(parseWhat('findings,facts', undefined)).toEqual(['facts', 'findings']);
    expect(parseWhat('documents', ['facts'])).toEqual(['documents', 'facts']);
    expect(() => parseWhat('facts,cells', undefined)).toThrow(/unknown rows "cells"/);
  });
});

describe('store rows for spreadsheets and people: export --format xlsx, query tables (the built CLI)', () => {
  let work = '';
  beforeAll(async () => {
    work = await tempDir('xlsx');
    for (const name of ['an-giang-quy-3-2023.txt', 'kien-giang-6-thang-2022.txt'])
      await copyFile(path.join(repoRoot, 'corpus', name), path.join(work, name));
    const ingest = await solieu(['ingest', '.', '--concurrency', '1'], { cwd: work });
    expect(ingest.code).toBe(1); // the corpus reports carry planted inconsistencies
  }, 240_000);

  it('one sheet per --what, the same rows and columns as JSONL, numbers typed', async () => {
    const result = await solieu(['export', '--format', 'xlsx', '--what', 'facts,findings', '--what', 'documents', '-o', 'rows.xlsx'], {
      cwd: work,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/rows of documents, facts, findings → rows\.xlsx/);
    const workbook = await readBack(await readFile(path.join(work, 'rows.xlsx')));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['documents', 'facts', 'findings']);
    for (const what of ['documents', 'facts', 'findings']) {
      const jsonl = await solieu(['export', '--format', 'jsonl', '--what', what], { cwd: work });
      const rows = jsonl.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const sheet = workbook.getWorksheet(what)!;
      expect(sheet.rowCount, what).toBe(rows.length + 1);
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header, what).toEqual(Object.keys(rows[0]!));
      expect(sheet.views[0], what).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, what).toBeTruthy();
      // Every number of the JSONL is the same number in the sheet, typed as a number.
      rows.forEach((row, r) => {
        Object.entries(row).forEach(([column, value], c) => {
          if (typeof value === 'number') expect(sheet.getRow(r + 2).getCell(c + 1).value, `${what} ${column}`).toBe(value);
        });
      });
    }
    const facts = workbook.getWorksheet('facts')!;
    const valueColumn = (facts.getRow(1).values as unknown[]).indexOf('value');
    const money = facts.getColumn(valueColumn).values.filter((v): v is number => typeof v === 'number' && v >= 1e12);
    expect(money.length).toBeGreaterThan(0); // `61.422 tỷ đồng` is 61422000000000, a number
  }, 180_000);

  it('query tables write figures as the reports do; --raw writes plain numbers in base units', async () => {
    const table = await solieu(['query', 'facts', '--kind', 'money', '--unit', 'ty dong'], { cwd: work });
    expect(table.code).toBe(0);
    // an-giang: `ước đạt 61.422 tỷ đồng`: the value column shows the report's digits and unit.
    const line = table.stdout.split('\n').find((l) => l.includes('61.422 tỷ đồng'));
    expect(line).toMatch(/money\s+61\.422\s+tỷ đồng\b/);
    const raw = await solieu(['query', 'facts', '--kind', 'money', '--unit', 'ty dong', '--raw'], { cwd: work });
    expect(raw.stdout.split('\n').find((l) => l.includes('61.422 tỷ đồng'))).toMatch(/money\s+61422000000000\s+đồng\b/);
    const documents = await solieu(['query', 'documents'], { cwd: work });
    const json = JSON.parse((await solieu(['query', 'documents', '--json'], { cwd: work })).stdout) as Array<{
      name: string;
      counts: { facts: number };
    }>;
    for (const doc of json) {
      const line = documents.stdout.split('\n').find((l) => l.startsWith(doc.name));
      expect(line).toMatch(new RegExp(`\\s${new Intl.NumberFormat('vi-VN').format(doc.counts.facts).replace('.', '\\.')}\\s`));
    }
  }, 180_000);

  it('several --what without xlsx is a usage error; csv on stdout keeps its CRLF line ends', async () => {
    const several = await solieu(['export', '--format', 'csv', '--what', 'facts,findings'], { cwd: work });
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/several --what need --format xlsx/);
    const unknown = await solieu(['export', '--format', 'xlsx', '--what', 'cells', '-o', 'x.xlsx'], { cwd: work });
    expect(unknown.code).toBe(2);
    const csv = await solieu(['export', '--format', 'csv', '--what', 'findings'], { cwd: work });
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFdocument,id,rule,')).toBe(true);
    expect(csv.stdout.split('\r\n').length).toBeGreaterThan(2);
    expect(csv.stdout).not.toContain('\uFFFD');
  }, 180_000);
});
