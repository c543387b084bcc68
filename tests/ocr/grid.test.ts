import { describe, expect, it } from 'vitest';
import { findGrids } from '../../src/parsers/pdf/ocr/grid.js';
import { pageImage } from '../../src/parsers/pdf/ocr/image.js';
import { eraseRules, findRules, rulesToPoints } from '../../src/parsers/pdf/ocr/rules.js';
import { blankCanvas } from './helpers/scan.js';

/** A 1000 × 800 page with a ruled table: 4 columns, a head row and 3 body rows; one row rule is a broken grey hairline. */
function tablePage() {
  const canvas = blankCanvas(1000, 800);
  const g = canvas.getContext('2d');
  g.fillStyle = '#000000';
  const xs = [100, 200, 500, 700, 900];
  const ys = [100, 180, 240, 300, 360];
  for (const x of xs) g.fillRect(x - 1, 100, 3, 261);
  for (const y of [100, 180, 360]) g.fillRect(99, y - 1, 803, 3);
  // Row 2 border: a grey hairline broken in places and fading out before the right edge.
  g.fillStyle = '#9a9a9a';
  for (let x = 99; x < 640; x += 60) g.fillRect(x, 240, 54, 1);
  g.fillRect(99, 300, 803, 2);
  // Text-like ink that must not become a rule: a row of letters with gaps.
  g.fillStyle = '#000000';
  for (let x = 110; x < 480; x += 14) g.fillRect(x, 200, 9, 22);
  // A head rule under the last column only, as under `So sánh thực hiện với (%)`: it must stay partial.
  g.fillRect(700, 139, 200, 2);
  return { canvas, xs, ys };
}

describe('ruling lines and table cells from a scan', () => {
  it('finds the grid, completes the faded row rule, keeps the grouping rule partial', () => {
    const { canvas } = tablePage();
    const image = pageImage(canvas);
    const rules = findRules(image, 300);
    const grids = findGrids(rules, 300);
    expect(grids).toHaveLength(1);
    const grid = grids[0]!;
    // Head: 3 cells and the last column's two (split by the grouping rule); body: 3 rows × 4.
    expect(grid.cells).toHaveLength(3 + 2 + 12);
    const faded = rules.find((r) => Math.abs((r.y0 + r.y1) / 2 - 240) <= 2);
    expect(faded && faded.x0 <= 101 && faded.x1 >= 899).toBe(true);
    const grouping = rules.find((r) => Math.abs((r.y0 + r.y1) / 2 - 140) <= 2);
    expect(grouping && grouping.x0 >= 690).toBe(true);
    // The row of letter-like blocks is text, not a rule.
    expect(rules.some((r) => r.x1 - r.x0 > r.y1 - r.y0 && r.y0 >= 195 && r.y1 <= 225)).toBe(false);
  });

  it('paints the rules out of the image tesseract reads and converts them to PDF points', () => {
    const { canvas } = tablePage();
    const image = pageImage(canvas);
    const rules = findRules(image, 300);
    eraseRules(image, rules);
    expect(image.grey[100 * 1000 + 300]).toBe(255);
    expect(image.grey[210 * 1000 + 112]).toBeLessThan(100);
    const points = rulesToPoints(rules, 300, 800 * 0.24);
    const top = points.find((r) => r.y1 === r.y2 && Math.abs(r.y1 - (800 - 100) * 0.24) < 1);
    expect(top?.x1).toBeCloseTo(99 * 0.24, 0);
  });
});
