import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedEngine, readPdfWithOcr, type MixedLayoutDocument } from '../../src/parsers/pdf/ocr/index.js';
import type { LayoutDocument } from '../../src/parsers/layout.js';
import { buildPdf, type PdfPage } from '../parsers/pdf/helpers/build-pdf.js';
import { flow, footnoteZone as zone } from '../parsers/pdf/helpers/compose.js';
import { parse } from '../parsers/pdf/helpers/parse.js';
import { scanPages } from './helpers/scan.js';
import { processBytes } from '../../src/pipeline.js';

/**
 * A PDF with a partial text layer, as offices make them: typed pages with one scanned page (the
 * signed page, an annex) between them. Page 2 exists as text first, is printed to an image, scanned
 * and put back as a JPEG; pages 1 and 3 keep their text layer. Only page 2 may be OCR'd, and the
 * footnote running from page 1 onto page 2 must be joined as on any other page break.
 */

const source = { path: 'partial.pdf', format: 'pdf', sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false } as const;

const page1Body = flow(
  'Ủy ban nhân dân tỉnh đã ban hành Kế hoạch thực hiện^{1} và chỉ đạo các sở, ngành triển khai đồng bộ các nhiệm vụ được giao^{2}.',
  { top: 760, indent: 36 },
);
const z1 = zone([
  { n: 1, text: 'Kế hoạch số 17/KH-UBND ngày 07/02/2022 của UBND tỉnh.' },
  {
    n: 2,
    text: 'Gồm: Quyết định số 3320/QĐ-UBND ngày 31/12/2021; Kế hoạch số 101/KH-UBND ngày 14/4/2022; Công văn số 5019/VP-KGVX',
    continues: true,
  },
]);
// The scanned page is typeset without tone marks: pdf.js draws the standard Times of these test
// PDFs from its own font files, which lack the precomposed Vietnamese letters.
const page2Body = flow('Tong so nhiem vu duoc giao la 2.307 nhiem vu, da hoan thanh 1.367 nhiem vu, dat 59,25%.', {
  top: 760,
  indent: 36,
  size: 14,
  pitch: 18,
});
const z2 = zone([{ n: null, text: 'ngay 28/6/2022 cua Van phong UBND tinh.' }]);
const page3Body = flow('Thu ngân sách nhà nước trên địa bàn ước đạt 6.098 tỷ đồng, bằng 52,3% dự toán năm.', { top: 760, indent: 36 });

const textPages: PdfPage[] = [
  { texts: [...page1Body.runs, ...z1.texts], fills: z1.fills },
  // Word draws the continuation separator across the whole text width.
  { texts: [...page2Body.runs, ...z2.texts], fills: [[85, 144, 454, 0.6]] },
  { texts: page3Body.runs },
];

let parsed: LayoutDocument;
let mixed: Uint8Array;
let read: MixedLayoutDocument;
let seconds = 0;

beforeAll(async () => {
  const [scan] = await scanPages(buildPdf(textPages), [2], { dpi: 200, rotation: 0.6, noise: 6, specks: 0, jpegQuality: 80, seed: 5 });
  if (!scan) throw new Error('page 2 was not scanned');
  mixed = buildPdf([textPages[0] as PdfPage, { scan }, textPages[2] as PdfPage]);
  parsed = await parse(mixed);
  const started = performance.now();
  read = await readPdfWithOcr(mixed, { ...source, bytes: mixed.length }, { pages: 'missing' });
  seconds = (performance.now() - started) / 1000;
  console.log(`[ocr partial] 3 pages, 1 OCR'd: ${seconds.toFixed(1)} s`);
}, 120_000);

afterAll(async () => {
  await closeSharedEngine();
});

describe('a PDF with a partial text layer', () => {
  it('the PDF parser alone reads the text pages and reports the scanned page, without OCR', () => {
    expect(parsed.source.ocr).toBe(false);
    expect(parsed.warnings.filter((w) => w.code === 'page_without_text').map((w) => w.page)).toEqual([2]);
    expect(new Set(parsed.items.map((i) => i.page))).toEqual(new Set([1, 3]));
  });

  it('OCRs only the page without text, keeping page order', () => {
    expect(read.source.ocr).toBe(true);
    expect(read.source.pages).toBe(3);
    expect(read.ocr?.pages.map((p) => p.page)).toEqual([2]);
    expect(read.ocr?.pages[0]?.confidence).toBeGreaterThan(0.8);
    const pages = read.items.map((i) => i.page);
    expect(pages).toEqual([...pages].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(new Set(pages)).toEqual(new Set([1, 2, 3]));
    expect(read.warnings.map((w) => w.code)).not.toContain('page_without_text');
  });

  it('reads the text pages from the text layer, without confidence spans', () => {
    const fromText = read.items.filter((i) => i.page !== 2);
    expect(fromText).toEqual(parsed.items);
    for (const item of fromText) expect(item.confidence).toBeUndefined();
    expect(read.footnotes.find((f) => f.number === 1)?.confidence).toBeUndefined();
  });

  it('reads the scanned page by OCR, with spans on its figures', () => {
    const scanned = read.items.filter((i) => i.page === 2);
    expect(scanned.length).toBeGreaterThan(0);
    const text = scanned.map((i) => (i.type === 'paragraph' ? i.text : i.rows.flat().join(' '))).join(' ');
    expect(text).toContain('2.307');
    expect(text).toContain('59,25%');
    for (const item of scanned) expect(item.confidence).toBeDefined();
    const paragraph = scanned.find((i) => i.type === 'paragraph' && i.text.includes('2.307'));
    if (paragraph?.type !== 'paragraph') throw new Error('no OCR paragraph with 2.307');
    const at = paragraph.text.indexOf('2.307');
    expect(paragraph.confidence?.some((s) => s.start <= at && s.end >= at + 5)).toBe(true);
    expect(scanned[0]?.afterBreak).toBe(true);
  });

  it('joins a footnote running from the text page onto the scanned page', () => {
    const note = read.footnotes.find((f) => f.number === 2);
    expect(note?.page).toBe(1);
    // Tesseract may read the date as two words (`28/ 6/2022`).
    expect(note?.text).toMatch(/5019\/VP-KGVX ngay 28\/ ?6\/2022 cua Van phong UBND tinh\.$/u);
    // Spans only on the part read by OCR.
    const spans = note?.confidence ?? [];
    const joint = note?.text.indexOf('ngay 28/6/2022') ?? -1;
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.start >= joint)).toBe(true);
  });
});

describe('pages without a usable text layer that are not scans', () => {
  it('spares a blank page and a page holding only the signer name: no OCR, no warning left', async () => {
    const body = flow('Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm, đạt 52,3% kế hoạch.', {
      top: 760,
      indent: 36,
    });
    const pdf = buildPdf([{ texts: body.runs }, { texts: [{ x: 380, y: 700, size: 14, text: 'Võ Thị Thu Hằng', font: 'bold' }] }, {}]);
    const alone = await parse(pdf);
    expect(alone.warnings.filter((w) => w.code === 'page_without_text').map((w) => w.page)).toEqual([2, 3]);
    const doc = await readPdfWithOcr(pdf, { ...source, bytes: pdf.length }, { pages: 'missing' });
    expect(doc.source.ocr).toBe(false);
    expect(doc.ocr).toBeUndefined();
    expect(doc.items).toEqual(alone.items);
    expect(doc.warnings.map((w) => w.code)).not.toContain('page_without_text');
  });
});

describe('the pipeline on a PDF with a partial text layer', () => {
  it('--ocr auto reads the typed pages from the text layer and only the scanned page by OCR, figure by figure', async () => {
    const progress: Array<{ page: number; done: number; total: number; remainingMs: number }> = [];
    const doc = await processBytes(mixed, 'partial.pdf', {
      onProgress: ({ page, done, total, remainingMs }) => progress.push({ page, done, total, remainingMs }),
    });
    // The PDF parser decides to OCR page 2 alone, and says so page by page.
    expect(progress).toEqual([{ page: 2, done: 1, total: 1, remainingMs: 0 }]);
    expect(doc.source.ocr).toBe(true);
    expect(doc.ocr?.pages.map((p) => p.page)).toEqual([2]);
    const onPage = (page: number) => doc.facts.filter((f) => f.position.page === page && f.kind !== 'date');
    expect(onPage(2).length).toBeGreaterThan(0);
    expect(onPage(2).every((f) => f.confidence !== null)).toBe(true);
    expect(onPage(3).length).toBeGreaterThan(0);
    expect(onPage(3).every((f) => f.confidence === null && !f.uncertain)).toBe(true);
    // Footnote 2 starts typed on page 1 and ends on the scan: only its scanned part has confidence.
    const note = doc.facts.filter((f) => f.position.block === 'fn2');
    expect(note.find((f) => f.raw === '31/12/2021')?.confidence).toBeNull();
    expect(note.some((f) => f.confidence !== null)).toBe(true);
  }, 120_000);

  it('--ocr never keeps the text pages and says which page was not read', async () => {
    const doc = await processBytes(mixed, 'partial.pdf', { ocr: 'never' });
    expect(doc.source.ocr).toBe(false);
    expect(doc.ocr).toBeUndefined();
    expect(doc.warnings.filter((w) => w.code === 'page_without_text').map((w) => w.page)).toEqual([2]);
  });
});
