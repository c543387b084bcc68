import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutFromText } from '../../../src/parsers/text/index.js';
import { buildReport } from '../../../src/structure/index.js';
import { ParsedReport } from '../../../src/model/document.js';

const source = { path: 'x.md', format: 'text' as const, sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false };
const parse = (text: string) => buildReport({ ...layoutFromText(text), source });

const HEAD = '|Col1|Đơn vị|Thực hiện<br>9 tháng 2023|Thực hiện<br>9 tháng 2024|% so với<br>C.kỳ 2023|';
const PIPE = [
  'Kết quả một số chỉ tiêu chính như sau:',
  '',
  HEAD,
  '|---|---|---|---|---|',
  '|**1. Sản lượng lúa**|1000 tấn|**2.000,0**|<br>**2.100,0**|**105,0**|',
  '|Trong đó: - Lúa mùa|"|1.200,0|1.260,0|_105,0_|',
  '|- Lúa đông xuân|"|800,0|840,0|105,0|',
  '',
  '',
  '2',
  '',
  HEAD,
  '|---|---|---|---|---|',
  '|**2. Kim ngạch xuất khẩu**|Tr.USD|**15.300**|**16.830**|**110,0**|',
  '',
  'Đoạn văn sau bảng.',
].join('\n');

describe('markdown pipe tables', () => {
  it('become one table: head above the rule, <br> and emphasis out, the part after a page break joined', () => {
    const report = parse(PIPE);
    expect(report.tables).toHaveLength(1);
    const table = report.tables[0];
    expect(table?.rows).toHaveLength(5);
    expect(table?.rows[0]).toEqual(['', 'Đơn vị', 'Thực hiện 9 tháng 2023', 'Thực hiện 9 tháng 2024', '% so với C.kỳ 2023']);
    expect(table?.rows[1]).toEqual(['1. Sản lượng lúa', '1000 tấn', '2.000,0', '2.100,0', '105,0']);
    expect(table?.rows[4]?.[0]).toBe('2. Kim ngạch xuất khẩu');
    const s = table?.structure;
    expect(s?.headerRows).toBe(1);
    expect(s?.columns.map((c) => c.role)).toEqual(['label', 'unit', 'previous', 'actual', 'percentPrevious']);
    const rows = new Map(s?.rows.map((r) => [r.index, r]));
    expect(rows.get(2)).toMatchObject({ parent: 1, subset: true, label: 'Lúa mùa', unit: '1000 tấn' });
    expect(rows.get(3)).toMatchObject({ parent: 1, subset: true, unit: '1000 tấn' });
    expect(report.blocks.some((b) => b.text === 'Đoạn văn sau bảng.')).toBe(true);
    expect(report.blocks.some((b) => b.text === '2')).toBe(false);
  });

  it('keeps two tables apart when the second does not repeat the head', () => {
    const report = parse(['|A|B|', '|---|---|', '|x|1|', '', '|C|D|', '|---|---|', '|y|2|'].join('\n'));
    expect(report.tables.map((t) => t.rows.length)).toEqual([2, 2]);
  });

  it('joins a tab table across a page break when its first row repeats', () => {
    const report = parse(
      ['Chỉ tiêu\tKế hoạch\tThực hiện', 'Thu\t100\t90', '', '3', '', 'Chỉ tiêu\tKế hoạch\tThực hiện', 'Chi\t80\t70', ''].join('\n'),
    );
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]?.rows.map((r) => r[0])).toEqual(['Chỉ tiêu', 'Thu', 'Chi']);
  });

  it('never throws and always gives a valid model on any mix of pipes, rules and tabs', () => {
    const piece = fc.constantFrom(
      '|a|b|',
      '|---|---|',
      '|1.234|5,6|',
      '|',
      '||',
      '|**x**|<br>|',
      '\t',
      'a\t1',
      '',
      '2',
      HEAD,
      'Trong đó:',
      '| - | |',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 40 }), (parts) => {
        expect(ParsedReport.safeParse(parse(parts.join('\n'))).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
