import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseWhat, xlsxWorkbook } from '../../src/cli/xlsx-export.js';

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
          { document: 'kien-giang.pdf', value: 11_624_800_000_000, exact: '11624.8', date: '2022-07-05', qualifiers: ['trong đó', 'lũy kế'], estimated: false },
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
