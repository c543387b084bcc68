import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedEngine, figureConfidence, ocrPdf, UNCERTAIN_BELOW, type OcrLayoutDocument } from '../../src/parsers/pdf/ocr/index.js';
import { finish } from '../../src/pipeline.js';
import { buildReport } from '../../src/structure/index.js';

/**
 * Extended OCR test on real report 16 (UBND tỉnh Đắk Nông, 379/BC-UBND of 15/7/2019, a scan with no
 * text layer), read from ../shared/corpus-real (never copied into the repo). Five pages take one to
 * two minutes on one core, so it runs with the other real-report tests (`npm run test:real`).
 * Prints what the head gives and with what confidence, the figures of section I, and what the
 * checker says of 1.448.367 = 1.339.584 + 105.474 + 3.309.
 */

const folder = new URL('../../../shared/corpus-real/', import.meta.url);
const FILE = '16_DakNong_UBND_BC379_CongKhai_NSNN_6thang2019_SCAN.pdf';
const available = existsSync(new URL(FILE, folder));
const enabled = available && process.env.SOLIEU_REAL === '1';
if (!available)
  console.warn(`[real ocr] skipped: ${new URL(FILE, folder).pathname} not found (real reports are not part of the repository)`);
else if (!enabled) console.warn('[real ocr] skipped: set SOLIEU_REAL=1 (npm run test:real) to OCR real report 16');

let layout: OcrLayoutDocument;

beforeAll(async () => {
  if (!enabled) return;
  const bytes = new Uint8Array(readFileSync(new URL(FILE, folder)));
  const source = {
    path: FILE,
    format: 'pdf',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    pages: null,
    ocr: false,
  } as const;
  layout = await ocrPdf(bytes, source, {});
}, 600_000);

afterAll(async () => {
  await closeSharedEngine();
});

/** A token's text and confidence in the first paragraph (on `page`) that holds it. */
function read(pattern: RegExp, page: number): { text: string; token: string; confidence: number | null } | null {
  for (const item of layout.items) {
    if (item.type !== 'paragraph' || item.page !== page) continue;
    const match = pattern.exec(item.text);
    if (!match) continue;
    return {
      text: item.text,
      token: match[0],
      confidence: figureConfidence(item.text, item.confidence, match.index, match.index + match[0].length),
    };
  }
  return null;
}

describe.skipIf(!enabled)('real report 16 (scan, no text layer)', () => {
  it('is read page by page with its confidence and speed', () => {
    expect(layout.source.ocr).toBe(true);
    expect(layout.ocr.pages).toHaveLength(5);
    for (const p of layout.ocr.pages) {
      console.log(
        `[real ocr] page ${p.page}: confidence ${p.confidence}, skew ${p.skew}°, ${p.words} words, ${p.uncertainFigures} uncertain figures, ${p.seconds} s`,
      );
      expect(p.confidence ?? 0).toBeGreaterThan(0.6);
    }
  });

  it('reports what the head gives, and never a misread number or day as certain', () => {
    const number = read(/\d+\S*\/BC-UBND/u, 1);
    const date = read(/ngày\s+\S+\s+tháng\s+\d+\s+năm\s+\d{4}/iu, 1);
    const meta = buildReport(layout).meta;
    console.log(
      `[real ocr] number: "${number?.token}" (confidence ${number?.confidence}); date line: "${date?.token}" (day confidence ${date ? dayConfidence(date.text) : null}); meta ${JSON.stringify({ number: meta.documentNumber, date: meta.date, place: meta.place })}`,
    );
    expect(number).not.toBeNull();
    // The number and the day are handwritten in blue: read right and certain, or marked uncertain.
    if (!number!.token.startsWith('379/')) expect(number!.confidence ?? 0).toBeLessThan(UNCERTAIN_BELOW);
    const day = date ? /ngày\s+(\S+)/u.exec(date.token)?.[1] : undefined;
    if (date && day !== '15') expect(dayConfidence(date.text) ?? 0).toBeLessThan(UNCERTAIN_BELOW);
  });

  it('reads the figures of section I exactly and with confidence', () => {
    for (const figure of ['1.448.367', '1.339.584', '105.474', '3.309']) {
      const found = read(new RegExp(`(?<![\\d.])${figure.replaceAll('.', '\\.')}(?![\\d])`, 'u'), 1);
      console.log(`[real ocr] section I: ${figure} → ${found ? `found, confidence ${found.confidence}` : 'not found'}`);
      expect(found, figure).not.toBeNull();
      expect(found!.confidence ?? 0).toBeGreaterThanOrEqual(UNCERTAIN_BELOW);
    }
    const table = layout.items.find((i) => i.type === 'table' && i.rows.some((row) => row.includes('1.448.367')));
    const row = table?.type === 'table' ? table.rows.find((r) => r.includes('1.448.367')) : undefined;
    console.log(`[real ocr] Biểu 60 row: ${row ? row.join(' | ') : 'not found'}`);
  });

  it('says what the checker makes of the section I total', () => {
    const report = finish(buildReport(layout));
    const about = report.findings.filter((f) => JSON.stringify(f.evidence).includes('1.448.367'));
    console.log(
      `[real ocr] ${report.facts.length} facts, ${report.findings.length} findings; on 1.448.367: ${about.length === 0 ? 'none' : about.map((f) => `${f.rule} ${f.status}: ${f.message.en}`).join(' / ')}`,
    );
    expect(report.source.ocr).toBe(true);
    const sum = report.findings.find((f) => f.rule === 'sum' && f.evidence[0]?.raw.startsWith('1.448.367'));
    expect(sum?.status).toBe('consistent');
    expect(sum?.arithmetic).toBe('1.339.584 + 105.474 + 3.309 = 1.448.367');
    for (const figure of ['1.448.367', '1.339.584', '105.474', '3.309']) {
      const fact = report.facts.find((f) => f.raw.startsWith(figure));
      expect(fact?.uncertain, figure).toBe(false);
      expect(fact?.confidence ?? 0, figure).toBeGreaterThanOrEqual(UNCERTAIN_BELOW);
    }
    // The handwritten number and day are said to be uncertain, with what was read.
    const head = report.warnings.filter((w) => w.code === 'ocr_uncertain_header');
    for (const w of head) console.log(`[real ocr] ${w.message}`);
    expect(head.length).toBeGreaterThanOrEqual(1);
    // The text's shares of plan, checked against the plans of the OCR'd appendix rows (Biểu 59–61).
    const fromAppendix = report.findings.filter((f) => f.rule === 'attainment' && f.status === 'consistent' && f.evidence.length === 4);
    console.log(`[real ocr] shares of plan verified against the appendix: ${fromAppendix.length}`);
    expect(fromAppendix.length).toBeGreaterThanOrEqual(10);
    for (const f of report.findings.filter((x) => x.status === 'inconsistent'))
      console.log(`[real ocr] inconsistent: ${f.message.en} (${f.evidence.map((e) => `${e.raw}@${e.confidence ?? '-'}`).join(', ')})`);
  });
});

/** Confidence of the word after `ngày` in the date line. */
function dayConfidence(text: string): number | null {
  const match = /ngày\s+(\S+)/u.exec(text);
  if (!match) return null;
  const start = match.index + match[0].length - (match[1] ?? '').length;
  const item = layout.items.find((i) => i.type === 'paragraph' && i.text === text);
  if (item?.type !== 'paragraph') return null;
  const spans = item.confidence.filter((s) => s.start < start + (match[1] ?? '').length && s.end > start);
  return spans.length === 0 ? null : Math.min(...spans.map((s) => s.value));
}
