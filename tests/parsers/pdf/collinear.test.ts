import { describe, expect, it } from 'vitest';
import { splitTables } from '../../../src/parsers/pdf/tables.js';
import type { Rule, Run } from '../../../src/parsers/pdf/types.js';

/**
 * One border drawn as several pieces (Word draws every cell edge on its own, and pieces of one
 * border may sit a fraction of a point apart): the pieces must make one rule spanning all of them,
 * on both ends, or a cell loses its border and merges with its neighbour.
 */

const run = (text: string, x: number, y: number): Run => ({ text, x, y, width: 20, size: 10, bold: false, italic: false });
const h = (x1: number, x2: number, y: number): Rule => ({ x1, x2, y1: y, y2: y });
const v = (x: number, y1: number, y2: number): Rule => ({ x1: x, x2: x, y1, y2 });

/** A 2 × 2 table from (50, 600) to (400, 700), cells A B / C D. */
const cells = [run('A', 100, 675), run('B', 280, 675), run('C', 100, 625), run('D', 280, 625)];
const frame = [h(50, 400, 700), h(50, 400, 600), v(50, 600, 700), v(400, 600, 700)];

describe('collinear rule pieces', () => {
  it('keeps the left end of a row border whose left piece sits a little off the right one', () => {
    for (const [left, right] of [
      [650.5, 650],
      [650, 650.5],
    ] as const) {
      // Listed right piece first as well: drawing order must not matter.
      for (const pieces of [
        [h(50, 200, left), h(200, 400, right)],
        [h(200, 400, right), h(50, 200, left)],
      ]) {
        const { tables } = splitTables([...frame, v(200, 600, 700), ...pieces], cells);
        expect(tables.map((t) => t.rows)).toEqual([
          [
            ['A', 'B'],
            ['C', 'D'],
          ],
        ]);
      }
    }
  });

  it('keeps the lower end of a column border drawn in pieces a little apart', () => {
    for (const pieces of [
      [v(200, 650, 700), v(200.5, 600, 650)],
      [v(200.5, 650, 700), v(200, 600, 650)],
    ]) {
      const { tables } = splitTables([...frame, h(50, 400, 650), ...pieces], cells);
      expect(tables.map((t) => t.rows)).toEqual([
        [
          ['A', 'B'],
          ['C', 'D'],
        ],
      ]);
    }
  });

  it('does not join pieces of one line that leave a real gap', () => {
    // The row border stops short of the left column: C belongs with A (a row-spanning cell).
    const { tables } = splitTables([...frame, v(200, 600, 700), h(50, 120, 650.5), h(200, 400, 650)], [...cells]);
    expect(tables[0]?.rows).toEqual([
      ['A C', 'B'],
      ['', 'D'],
    ]);
  });
});
