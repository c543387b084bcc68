import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { xlsxFormat } from '../../../src/parsers/xlsx/index.js';
import { detectFormat } from '../../../src/parsers/formats.js';
import { buildReport } from '../../../src/structure/index.js';
import { extractAll } from '../../../src/extract/index.js';
import { processBytes } from '../../../src/pipeline.js';
import { SolieuError } from '../../../src/errors/solieu-error.js';
import { INDICATORS, buildWorkbook } from './build.js';

const source = { path: 'x.xlsx', format: 'xlsx' as const, sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false };
const parse = async (bytes: Uint8Array) => buildReport(await xlsxFormat.parse(bytes, source, {}));

describe('xlsx parser', () => {
  it('reads a sheet: title lines as caption, merged head as spans, numbers as the format shows them, formulas by value', async () => {
    const report = await parse(await buildWorkbook([INDICATORS]));
    expect(report.tables).toHaveLength(1);
    const table = report.tables[0];
    expect(table?.caption).toContain('Đơn vị: triệu đồng');
    expect(table?.rows[2]).toEqual(['I', 'Thu nội địa', '2.000', '1.800,5', '90,0%', '']);
    expect(table?.rows[3]?.[5]).toBe('Đạt');
    expect(table?.rows[5]?.slice(1, 4)).toEqual(['Tổng cộng', '2.000', '1.800,5']);
    const s = table?.structure;
    expect(s?.headerRows).toBe(2);
    expect(s?.cells.find((c) => c.row === 0 && c.column === 2)).toMatchObject({ colSpan: 2, text: 'Năm 2024' });
    expect(s?.columns.map((c) => c.role)).toEqual(['numbering', 'label', 'plan', 'actual', 'percentPlan', 'note']);
    expect(s?.columns[3]).toMatchObject({ header: ['Năm 2024', 'Thực hiện'], unit: 'triệu đồng', period: 'Năm 2024' });
  });

  it('makes every figure cell a fact with its unit and scale', async () => {
    const report = await parse(await buildWorkbook([INDICATORS]));
    const facts = extractAll(report).facts.filter((f) => f.table);
    expect(facts).toHaveLength(12);
    expect(facts.find((f) => f.raw === '1.100,3')).toMatchObject({ kind: 'money', unit: 'đồng', scale: 1e6, value: 1_100_300_000 });
    expect(facts.find((f) => f.raw === '91,7%')).toMatchObject({ kind: 'percent', value: 91.7 });
  });

  it('keeps hidden rows and columns, marked; converts a TCVN3 cell; parts tables at two empty rows; reads every sheet', async () => {
    const bytes = await buildWorkbook([
      INDICATORS,
      {
        name: 'Sheet2',
        rows: [
          ['Huyện', 'Dân số', 'Ẩn'],
          ['Tæng sè', 300, 1],
          ['Huyện A', 100, 1],
          ['Huyện B', 200, 1],
          [null, null, null],
          [null, null, null],
          ['Xã', 'Hộ nghèo', null],
          ['Xã C', 12, null],
        ],
        fonts: { A2: '.VnTime' },
        hiddenRows: [4],
        hiddenColumns: [3],
      },
    ]);
    const report = await parse(bytes);
    expect(report.tables).toHaveLength(3);
    const second = report.tables[1];
    expect(second?.rows[1]?.[0]).toBe('Tổng số');
    expect(second?.structure?.rows.find((r) => r.index === 3)?.hidden).toBe(true);
    expect(second?.structure?.columns[2]?.hidden).toBe(true);
    expect(second?.structure?.rows.find((r) => r.index === 1)?.total).toBe(true);
    expect(report.tables[2]?.rows).toEqual([
      ['Xã', 'Hộ nghèo'],
      ['Xã C', '12'],
    ]);
    expect(report.warnings.some((w) => w.code === 'legacy_encoding')).toBe(true);
  });

  it('gives a stacked indentation its depth', async () => {
    const report = await parse(
      await buildWorkbook([
        {
          name: 'S',
          rows: [
            ['Ngành', 'Giá trị'],
            ['Tổng số', 60],
            ['Nông nghiệp', 40],
            ['Trồng trọt', 30],
            ['Chăn nuôi', 10],
            ['Dịch vụ', 20],
          ],
          indents: { A4: 1, A5: 1 },
        },
      ]),
    );
    const rows = new Map(report.tables[0]?.structure?.rows.map((r) => [r.index, r]));
    expect(rows.get(3)?.parent).toBe(2);
    expect(rows.get(4)?.parent).toBe(2);
    expect(rows.get(2)?.parent).toBe(1);
    expect(rows.get(5)?.parent).toBe(1);
  });
});

describe('format detection reads the content the same way for every format', () => {
  it('knows an .xlsx named .docx, a DOCX named .pdf and a workbook named .zip', async () => {
    const xlsx = await buildWorkbook([INDICATORS]);
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo')] }] })));
    expect(detectFormat(xlsx, 'a.docx')).toBe('xlsx');
    expect(detectFormat(xlsx, 'a.zip')).toBe('xlsx');
    expect(detectFormat(docx, 'a.pdf')).toBe('docx');
    expect(detectFormat(docx, 'a.xlsx')).toBe('docx');
    expect(detectFormat(new TextEncoder().encode('%PDF-1.7\n'), 'a.docx')).toBe('pdf');
    expect(detectFormat(new TextEncoder().encode('Báo cáo'), 'a.md')).toBe('text');
    expect(detectFormat(new TextEncoder().encode('Báo cáo'), 'a.odt')).toBeNull();
  });

  it('refuses an .xls workbook with unsupported_format and the advice to save it as .xlsx', async () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('Workbook\0', 'utf16le').copy(ole, 1024);
    expect(detectFormat(ole, 'bieu.doc')).toBe('xls');
    const error = await processBytes(new Uint8Array(ole), 'bieu.xls').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SolieuError);
    expect((error as SolieuError).code).toBe('unsupported_format');
    expect((error as SolieuError).suggestion).toMatch(/\.xlsx/u);
  });

  it('refuses a zip that is no workbook as invalid_xlsx, never as a Word error', async () => {
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] })));
    const error = await xlsxFormat.parse(docx, source, {}).catch((e: unknown) => e);
    expect((error as SolieuError).code).toBe('invalid_xlsx');
  });
});
