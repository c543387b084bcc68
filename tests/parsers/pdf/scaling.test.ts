import { describe, expect, it } from 'vitest';
import { buildLines } from '../../../src/parsers/pdf/lines.js';
import type { Run } from '../../../src/parsers/pdf/types.js';
import { buildPdf, type PdfPage } from './helpers/build-pdf.js';
import { flow } from './helpers/compose.js';
import { parse } from './helpers/parse.js';

/** A page of three paragraphs with markers and their footnote bodies, and a page number. */
function page(n: number): PdfPage {
  const texts = [];
  let y = 760;
  for (let k = 0; k < 3; k++) {
    const note = n * 3 + k + 1;
    const p = flow(
      `Đến ngày 30/6/2022 toàn tỉnh đã tiêm ${3_363_245 + n} liều vắc-xin, đạt ${90 + k},${n % 10}% kế hoạch^{${note}}; trong đó mũi 3 đạt 68,19% và trẻ em từ 12 đến dưới 18 tuổi đạt 97,31%.`,
      { top: y, indent: 36 },
    );
    texts.push(...p.runs);
    y = p.next - 8;
  }
  for (let k = 0; k < 3; k++) {
    const note = n * 3 + k + 1;
    texts.push(
      { x: 85, y: 113.5 - k * 12, size: 6.5, text: String(note) },
      ...flow(`Kế hoạch số ${note}/KH-UBND ngày 07/02/2022.`, { left: 90, top: 110 - k * 12, size: 10 }).runs,
    );
  }
  texts.push(...flow(String(n + 1), { left: 295, top: 805, size: 12 }).runs);
  return { texts, fills: [[85, 124, 144, 0.6]] };
}

async function timePerPage(pages: number): Promise<number> {
  const bytes = buildPdf(Array.from({ length: pages }, (_, n) => page(n)));
  const start = performance.now();
  const doc = await parse(bytes);
  const ms = performance.now() - start;
  expect(doc.footnotes).toHaveLength(pages * 3);
  expect(doc.warnings.map((w) => `${w.code} ${w.page} ${w.message}`)).toEqual([]);
  return ms / pages;
}

describe('scaling', () => {
  it('groups a hundred thousand runs into lines in linear time', () => {
    const runs: Run[] = [];
    for (let line = 0; line < 5000; line++) {
      for (let word = 0; word < 20; word++)
        runs.push({ text: 'nhiệm', x: 85 + word * 22, y: 100_000 - line * 17, width: 20, size: 14, bold: false, italic: false });
    }
    const start = performance.now();
    const lines = buildLines(runs, 1);
    expect(lines).toHaveLength(5000);
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it('keeps the time per page flat from 20 to 120 pages', async () => {
    await timePerPage(20); // load pdf.js and warm the JIT once
    const small = await timePerPage(20);
    const large = await timePerPage(120);
    console.log(`pdf parse: ${small.toFixed(1)} ms/page at 20 pages, ${large.toFixed(1)} ms/page at 120 pages`);
    // Linear work keeps the ratio near 1; quadratic work would make it about 6.
    expect(large / small).toBeLessThan(2.5);
  }, 120_000);
});
