import { describe, expect, it } from 'vitest';
import { layoutFromText } from '../../../src/parsers/text/index.js';
import { buildReport } from '../../../src/structure/index.js';
import { extractAll } from '../../../src/extract/index.js';
import { Fact } from '../../../src/model/fact.js';

const source = { path: 'x.txt', format: 'text' as const, sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false };
const factsOf = (text: string): Fact[] => extractAll(buildReport({ ...layoutFromText(text), source })).facts;

const TABLE = [
  'Biểu số 03',
  'Đơn vị: tỷ đồng',
  '',
  'STT\tChỉ tiêu\tKế hoạch năm 2024\tThực hiện 6 tháng 2024\t% so với KH\tGhi chú',
  'I\tTổng thu ngân sách\t2.400\t1.320,5\t55,0\t',
  '1\tThu nội địa\t2.000\t1.100,5\t55,0\tĐạt',
  '2\tThu xuất nhập khẩu\t400\t220\t55,0\tx',
  '\tTrong đó:\t\t\t\t',
  '-\tThuế nhập khẩu\t300\t\t-\tChưa có số liệu',
  '',
].join('\n');

describe('table facts: each figure cell, with its row and column in words', () => {
  const facts = factsOf(TABLE).filter((f) => f.table);

  it('gives every figure cell a valid fact and no fact for words or empty cells', () => {
    for (const fact of facts) expect(() => Fact.parse(fact)).not.toThrow();
    expect(facts.map((f) => f.raw)).toEqual(['2.400', '1.320,5', '55,0', '2.000', '1.100,5', '55,0', '400', '220', '55,0', '300']);
  });

  it('scales by the caption unit and names row label path, column header and period', () => {
    const cell = facts.find((f) => f.raw === '1.100,5');
    expect(cell).toMatchObject({ kind: 'money', unit: 'đồng', scale: 1e9, value: 1_100_500_000_000 });
    expect(cell?.number).toMatchObject({ exact: '1100.5', decimals: 1 });
    expect(cell?.table).toMatchObject({
      rowLabel: ['I Tổng thu ngân sách', '1 Thu nội địa'],
      columnHeader: ['Thực hiện 6 tháng 2024'],
      period: '6 tháng 2024',
      role: 'actual',
      cell: 'number',
    });
    const percent = facts.find((f) => f.table?.row === 2 && f.table.column === 4);
    expect(percent).toMatchObject({ kind: 'percent', unit: '%', value: 55 });
    const sub = facts.find((f) => f.raw === '300');
    expect(sub?.table?.rowLabel).toEqual(['I Tổng thu ngân sách', '2 Thu xuất nhập khẩu', 'Thuế nhập khẩu']);
  });

  it('places a figure in the table block at the cell it came from', () => {
    const report = buildReport({ ...layoutFromText(TABLE), source });
    const block = report.blocks.find((b) => b.kind === 'table');
    for (const fact of facts) expect(block?.text.slice(fact.position.start, fact.position.end)).toBe(fact.raw);
  });

  it('reads the sentences of a prose cell like a paragraph, placed at its row and column', () => {
    const prose = factsOf(
      [
        'TT\tTiêu chí\tĐiểm tối đa\tĐiểm tự chấm\tTài liệu kiểm chứng',
        '1\tTrả lời kiến nghị\t2\t2\tĐã trả lời 165/165 kiến nghị của cử tri, đạt 100%; tiếp nhận 1.234 hồ sơ.',
        '',
      ].join('\n'),
    ).filter((f) => f.table?.cell === 'prose');
    expect(prose.map((f) => f.raw)).toEqual(expect.arrayContaining(['165/165 kiến nghị', '100%', '1.234 hồ sơ']));
    expect(prose[0]?.table).toMatchObject({ row: 1, column: 4, rowLabel: ['1 Trả lời kiến nghị'] });
  });
});
