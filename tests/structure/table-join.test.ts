import { describe, expect, it } from 'vitest';
import { joinContinuedTables } from '../../src/structure/table-join.js';
import type { LayoutItem } from '../../src/parsers/layout.js';

const table = (rows: string[][], page: number | null, extra: Partial<Extract<LayoutItem, { type: 'table' }>> = {}): LayoutItem => ({
  type: 'table',
  page,
  rows,
  afterBreak: false,
  ...extra,
});
const paragraph = (text: string): LayoutItem => ({
  type: 'paragraph',
  text,
  anchors: [],
  page: 1,
  afterBreak: false,
  hints: { headingLevel: null, bold: false, italic: false, centered: false, headerColumn: null, lines: null },
});
const HEAD = ['STT', 'Nội dung', 'Điểm số'];

describe('tables broken by a page break are joined', () => {
  it('joins a part that repeats the head, dropping the repeat and shifting its merges', () => {
    const out = joinContinuedTables([
      table([HEAD, ['IV', 'Số hóa hồ sơ', '19,05'], ['1', 'Cấp kết quả điện tử', '4,84']], null),
      table([HEAD, ['2', 'Số hóa hồ sơ TTHC', '3,6']], null, { spans: [{ row: 1, column: 1, rowSpan: 1, colSpan: 2 }] }),
    ]);
    expect(out).toHaveLength(1);
    const joined = out[0] as Extract<LayoutItem, { type: 'table' }>;
    expect(joined.rows.map((r) => r[0])).toEqual(['STT', 'IV', '1', '2']);
    expect(joined.spans).toEqual([{ row: 3, column: 1, rowSpan: 1, colSpan: 2 }]);
  });

  it('joins a PDF part on the next page with as many columns, not one on the same page or after text', () => {
    expect(joinContinuedTables([table([HEAD, ['1', 'a', '2']], 4), table([['2', 'b', '3']], 5)])).toHaveLength(1);
    expect(joinContinuedTables([table([HEAD, ['1', 'a', '2']], 4), table([['2', 'b', '3']], 4)])).toHaveLength(2);
    expect(
      joinContinuedTables([table([HEAD, ['1', 'a', '2']], 4), paragraph('Biểu số 2'), table([HEAD, ['2', 'b', '3']], 5)]),
    ).toHaveLength(3);
    expect(
      joinContinuedTables([
        table([HEAD, ['1', 'a', '2']], 4),
        table(
          [
            ['Huyện', 'Số xã'],
            ['A', '3'],
          ],
          5,
        ),
      ]),
    ).toHaveLength(2);
  });
});
