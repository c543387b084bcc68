import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfTextStats, shouldOcrPages, type PdfTextStats } from '../../src/parsers/pdf/ocr/select.js';
import { blankCanvas, imagePdf } from './helpers/scan.js';

const stats = (chars: number[], unusable: number[] = []): PdfTextStats => ({
  pages: chars.map((c, i) => ({ page: i + 1, chars: c, unusable: unusable[i] ?? 0 })),
});

describe('--ocr auto|always|never', () => {
  it('auto reads only the pages without a usable text layer', () => {
    expect(shouldOcrPages(stats([0, 0, 0]))).toEqual([1, 2, 3]);
    expect(shouldOcrPages(stats([2400, 0, 1900, 3]))).toEqual([2, 4]);
    expect(shouldOcrPages(stats([2400, 1900]))).toEqual([]);
    // A layer of glyphs with no Unicode mapping is as good as none.
    expect(shouldOcrPages(stats([2400, 2400], [0, 0.9]))).toEqual([2]);
  });

  it('always reads every page, never reads none', () => {
    expect(shouldOcrPages(stats([2400, 0]), 'always')).toEqual([1, 2]);
    expect(shouldOcrPages(stats([0, 0]), 'never')).toEqual([]);
  });

  it('measures the text layer of a text PDF and of a scan', async () => {
    const text = await readPdfTextStats(new Uint8Array(readFileSync(new URL('../../corpus/kien-giang-6-thang-2022.pdf', import.meta.url))));
    expect(text.pages.length).toBeGreaterThan(10);
    expect(text.pages.every((p) => p.chars > 100)).toBe(true);
    expect(shouldOcrPages(text)).toEqual([]);
    const page = blankCanvas(200, 280);
    page.getContext('2d').fillRect(20, 20, 160, 4);
    const jpeg = new Uint8Array(await page.encode('jpeg', 80));
    const scan = imagePdf([
      { jpeg, width: 200, height: 280, widthPt: 595, heightPt: 842 },
      { jpeg, width: 200, height: 280, widthPt: 595, heightPt: 842 },
    ]);
    const scanned = await readPdfTextStats(scan);
    expect(scanned.pages.map((p) => p.chars)).toEqual([0, 0]);
    expect(shouldOcrPages(scanned)).toEqual([1, 2]);
  });
});
