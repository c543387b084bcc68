import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SolieuError } from '../../src/errors/solieu-error.js';
import { docxParser } from '../../src/parsers/docx/index.js';
import type { LayoutDocument, LayoutParagraph } from '../../src/parsers/layout.js';
import { pdfParser } from '../../src/parsers/pdf/index.js';

/**
 * Extended suite over the real PDF reports in ../shared/corpus-real (never copied into the repo).
 * Prints, per file: pages, paragraphs, footnotes linked / unlinked, tables, warnings, time per page.
 */

const folder = new URL('../../../shared/corpus-real/', import.meta.url);
const available = existsSync(folder);
if (!available) console.warn(`[real pdf] skipped: ${folder.pathname} not found (real reports are not part of the repository)`);

const TEXT_PDFS = [
  '01_LamDong_UBND_BC329_CCHC_nam2025_signed.pdf',
  '05_LamDong_SNV_BC184_ChiSo_PAR-SIPAS-PAPI-PCI_2025-11-06_signed.pdf',
  '08_LamDong_SNV_BC228_ChiSo_2025-11-28_signed.pdf',
  '19_DakNong_STC_BC99_CCHC_6thang2019.pdf',
];
const SCAN = '16_DakNong_UBND_BC379_CongKhai_NSNN_6thang2019_SCAN.pdf';

function source(file: string, bytes: Uint8Array, format: 'pdf' | 'docx') {
  return { path: file, format, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, pages: null, ocr: false };
}

const cache = new Map<string, Promise<{ doc: LayoutDocument; ms: number }>>();
function load(file: string): Promise<{ doc: LayoutDocument; ms: number }> {
  let entry = cache.get(file);
  if (!entry) {
    entry = (async () => {
      const bytes = new Uint8Array(readFileSync(new URL(file, folder)));
      const start = performance.now();
      const doc = await pdfParser.parse(bytes, source(file, bytes, 'pdf'), { ocr: 'never' });
      return { doc, ms: performance.now() - start };
    })();
    cache.set(file, entry);
  }
  return entry;
}

const paragraphs = (doc: LayoutDocument): LayoutParagraph[] => doc.items.filter((i): i is LayoutParagraph => i.type === 'paragraph');
const norm = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');

/** Dice coefficient over character bigrams: 1 for equal texts, robust to small differences. */
function similarity(a: string, b: string): number {
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(norm(a));
  const gb = grams(norm(b));
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = [...ga.values()].reduce((s, n) => s + n, 0) + [...gb.values()].reduce((s, n) => s + n, 0);
  return total === 0 ? 1 : (2 * shared) / total;
}

describe.skipIf(!available)('real PDF reports', () => {
  for (const file of TEXT_PDFS) {
    it(`parses ${file.slice(0, 2)} and reports its shape`, async () => {
      const { doc, ms } = await load(file);
      const anchors = new Set(paragraphs(doc).flatMap((p) => p.anchors.map((a) => a.footnote)));
      const linked = doc.footnotes.filter((f) => anchors.has(f.number)).length;
      const tables = doc.items.filter((i) => i.type === 'table').length;
      const pages = doc.source.pages ?? 0;
      console.log(
        `${file.slice(0, 2)}: ${pages} pages, ${paragraphs(doc).length} paragraphs, footnotes ${linked} linked / ${doc.footnotes.length - linked} unlinked, ` +
          `${tables} tables, ${doc.warnings.length} warnings [${[...new Set(doc.warnings.map((w) => w.code))].join(', ')}], ${(ms / pages).toFixed(0)} ms/page`,
      );
      expect(pages).toBeGreaterThan(0);
      expect(paragraphs(doc).length).toBeGreaterThan(pages);
      // No page number is left in the text: neither alone nor glued to the paragraph a page opens with.
      for (const p of paragraphs(doc)) expect(p.text).not.toMatch(/^\d{1,3}$/u);
      for (const item of doc.items)
        if (item.type === 'paragraph' && item.afterBreak) expect(item.text.startsWith(`${item.page} `)).toBe(false);
      // Signature stamps never reach the text.
      expect(
        paragraphs(doc)
          .map((p) => p.text)
          .join('\n'),
      ).not.toMatch(/Ký bởi|Người ký|Thời gian ký/u);
    });
  }

  it('01: head, 17 footnotes each linked once, footnote 2 continued onto page 3 as one body', async () => {
    const { doc } = await load(TEXT_PDFS[0] as string);
    const head = paragraphs(doc).filter((p) => p.hints.headerColumn !== null);
    expect(head.map((p) => p.text)).toContain('Số: 329 /BC-UBND');
    expect(head.map((p) => p.text)).toContain('Lâm Đồng, ngày 19 tháng 12 năm 2025');
    expect(doc.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const counts = new Map<number, number>();
    for (const p of paragraphs(doc)) for (const a of p.anchors) counts.set(a.footnote, (counts.get(a.footnote) ?? 0) + 1);
    for (const f of doc.footnotes) expect(counts.get(f.number), `marker ${f.number}`).toBe(1);
    expect(doc.warnings.filter((w) => w.code.startsWith('footnote'))).toEqual([]);
    const second = doc.footnotes[1];
    expect(second?.page).toBe(2);
    expect(second?.text).toContain('Công văn số 3779/UBND-HCC ngày 19/9/2025');
  });

  it('01 against its DOCX twin 02: every Word footnote body is found among the PDF footnotes', async () => {
    const { doc } = await load(TEXT_PDFS[0] as string);
    const twin = '02_LamDong_UBND_BC_CCHC_nam2025_banDOCX.docx';
    const bytes = new Uint8Array(readFileSync(new URL(twin, folder)));
    const word = await docxParser.parse(bytes, source(twin, bytes, 'docx'), {});
    const scores = word.footnotes.map((w) => Math.max(...doc.footnotes.map((p) => similarity(w.text, p.text))));
    console.log(`01 vs 02: ${word.footnotes.length} Word footnotes, lowest match ${Math.min(...scores).toFixed(3)}`);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0.9);
  });

  it('08: text in the VNI font is converted and said so', async () => {
    const { doc } = await load(TEXT_PDFS[2] as string);
    expect(doc.warnings.map((w) => w.code)).toContain('legacy_font');
    expect(
      paragraphs(doc)
        .map((p) => p.text)
        .join('\n'),
    ).toContain('Đ/c Nguyễn Ngọc Phúc - PCT.UBND tỉnh');
  });

  it('16: a scan is reported as needing OCR', async () => {
    const bytes = new Uint8Array(readFileSync(new URL(SCAN, folder)));
    const error = await pdfParser.parse(bytes, source(SCAN, bytes, 'pdf'), { ocr: 'never' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SolieuError);
    expect((error as SolieuError).code).toBe('needs_ocr');
    console.log(`16: ${(error as SolieuError).message}`);
  });
});
