import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedEngine, ocrPdf, UNCERTAIN_BELOW, type OcrLayoutDocument } from '../../src/parsers/pdf/ocr/index.js';
import type { LayoutDocument } from '../../src/parsers/layout.js';
import { parsePdf } from '../../src/parsers/pdf/index.js';
import { alignFigures, figuresOf } from './helpers/figures.js';
import { imagePdf, scanPages } from './helpers/scan.js';
import { buildReport } from '../../src/structure/index.js';
import { finish } from '../../src/pipeline.js';

/**
 * A scan made by the project itself: two pages of the reference report's text PDF are rendered,
 * turned by 1–2°, noised, saved as JPEG and wrapped in a PDF with no text layer; OCR must give back
 * the figures of the text layer. Page 1 carries four footnotes, page 3 the task counts and shares
 * (2.307, 1.367, 12,92 %). The scan is made at 200 dpi, a common office setting, and read at 250.
 */

const PDF = new URL('../../corpus/kien-giang-6-thang-2022.pdf', import.meta.url);
const PAGES = [1, 3];
const source = { path: 'scan.pdf', format: 'pdf', sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false } as const;

let reference: LayoutDocument;
let read: OcrLayoutDocument;
let seconds = 0;

beforeAll(async () => {
  const original = new Uint8Array(readFileSync(PDF));
  reference = await parsePdf(original, { ...source, path: 'reference.pdf' });
  const scans = await scanPages(original, PAGES, { dpi: 200, rotation: 1.5, noise: 14, specks: 0.001, jpegQuality: 70, seed: 11 });
  const scan = imagePdf(scans);
  const started = performance.now();
  read = await ocrPdf(scan, { ...source, bytes: scan.length }, { dpi: 250 });
  seconds = (performance.now() - started) / 1000;
}, 240_000);

afterAll(async () => {
  await closeSharedEngine();
});

describe('OCR of a synthetic scan of the reference report', () => {
  it('recovers at least 98 % of the figures exactly, and marks every misread figure uncertain', () => {
    const expected = figuresOf(reference, new Set(PAGES));
    const got = figuresOf(read);
    const alignment = alignFigures(expected, got);
    const share = alignment.matched / expected.length;
    const perPage = read.ocr.pages
      .map((p) => `p${p.page} ${p.seconds.toFixed(1)} s, confidence ${p.confidence}, skew ${p.skew}°`)
      .join('; ');
    console.log(
      `[ocr synthetic] figures recovered exactly: ${alignment.matched}/${expected.length} = ${(100 * share).toFixed(1)} %; ` +
        `misread ${alignment.substituted.length}, missing ${alignment.missing.length}, extra ${alignment.extra.length}; ` +
        `${(seconds / PAGES.length).toFixed(1)} s per page (${perPage})`,
    );
    for (const s of alignment.substituted)
      console.log(`[ocr synthetic] misread ${s.expected} → ${s.actual.text} (confidence ${s.actual.confidence})`);
    if (alignment.missing.length > 0) console.log(`[ocr synthetic] missing: ${alignment.missing.join(' ')}`);
    expect(share).toBeGreaterThanOrEqual(0.98);
    // A figure read wrong must never pass as certain: the checker would call a true claim inconsistent.
    for (const s of alignment.substituted)
      expect(s.actual.confidence ?? 0, `${s.expected} read as ${s.actual.text}`).toBeLessThan(UNCERTAIN_BELOW);
  });

  it('keeps the document model: source.ocr, per-page confidence, spans on figures', () => {
    expect(read.source.ocr).toBe(true);
    expect(read.ocr.pages.map((p) => p.page)).toEqual([1, 2]);
    for (const page of read.ocr.pages) expect(page.confidence).toBeGreaterThan(0.85);
    const first = read.items.filter((i) => i.type === 'paragraph' && i.page === 2)[0];
    expect(first?.afterBreak).toBe(true);
    const counts = read.items.find((i) => i.type === 'paragraph' && i.text.includes('2.307'));
    expect(counts?.type).toBe('paragraph');
    if (counts?.type === 'paragraph') {
      const at = counts.text.indexOf('2.307');
      expect(counts.confidence.some((s) => s.start <= at && s.end >= at + 5)).toBe(true);
    }
  });

  it('finds the footnote markers and bodies from the ink', () => {
    const expectedNotes = reference.footnotes.filter((f) => f.page !== null && PAGES.includes(f.page)).map((f) => f.number);
    const linked = new Set(read.items.flatMap((i) => (i.type === 'paragraph' ? i.anchors.map((a) => a.footnote) : [])));
    const bodies = read.footnotes.map((f) => f.number);
    console.log(
      `[ocr synthetic] footnotes: reference ${expectedNotes.join(',')}; OCR bodies ${bodies.join(',')}; OCR markers ${[...linked].sort((a, b) => a - b).join(',')}`,
    );
    const found = expectedNotes.filter((n) => bodies.includes(n) && linked.has(n));
    expect(found.length / expectedNotes.length).toBeGreaterThanOrEqual(0.75);
  });

  it('never reports a claim inconsistent because of a misread figure: checked like the born-digital pages', () => {
    const pagesOnly = (layout: LayoutDocument): LayoutDocument => ({
      ...layout,
      items: layout.items.filter((i) => i.page !== null && PAGES.includes(i.page)),
      footnotes: layout.footnotes.filter((f) => f.page !== null && PAGES.includes(f.page)),
    });
    const born = finish(buildReport(pagesOnly(reference)));
    const scanned = finish(buildReport(read));
    const flagged = (findings: typeof born.findings): string[] =>
      findings.filter((f) => f.status === 'inconsistent').map((f) => `${f.rule}: ${f.arithmetic ?? f.message.en}`);
    const withheld = scanned.findings.filter((f) => f.reason?.startsWith('low OCR confidence'));
    console.log(
      `[ocr synthetic] inconsistent: born-digital ${flagged(born.findings).length}, scan ${flagged(scanned.findings).length}; withheld for low confidence ${withheld.length}; uncertain facts ${scanned.facts.filter((f) => f.uncertain).length}/${scanned.facts.length}`,
    );
    for (const claim of flagged(scanned.findings)) expect(flagged(born.findings), claim).toContain(claim);
    // Every figure on an OCR'd page carries its confidence, and `uncertain` agrees with it.
    const numbers = scanned.facts.filter((f) => f.kind !== 'date' && f.kind !== 'period');
    expect(numbers.every((f) => f.confidence !== null)).toBe(true);
    for (const fact of scanned.facts) expect(fact.uncertain).toBe(fact.confidence !== null && fact.confidence < UNCERTAIN_BELOW);
  });
});
