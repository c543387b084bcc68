import { describe, expect, it } from 'vitest';
import { renderReviewPage } from '../../src/review/index.js';
import { findingKey, type ReviewEntry } from '../../src/triage/index.js';
import { buildFixture } from './fixture.js';

/** The page names places as a reader finds them, shows each finding's review key, and sets reviewed ones apart. */
describe('review page: places, keys and reviewed findings', () => {
  const doc = buildFixture();
  const inconsistent = doc.findings.find((f) => f.status === 'inconsistent');
  if (!inconsistent) throw new Error('fixture lost its inconsistent finding');
  const key = findingKey(inconsistent, doc.source.sha256);
  const entry: ReviewEntry = {
    key,
    rule: inconsistent.rule,
    document: { name: 'x.pdf', sha256: doc.source.sha256 },
    evidence: inconsistent.evidence.map((e) => ({ role: e.role, raw: e.raw })),
    message: inconsistent.message.vi,
    decision: 'dismissed',
    note: 'đã đối chiếu bản gốc',
    reviewedAt: '2026-01-01T00:00:00Z',
  };

  it('gives evidence places in both languages, never block offsets', () => {
    const html = renderReviewPage(doc, { lang: 'vi' });
    expect(html).toMatch(
      /<span class="l-vi" lang="vi">trang \d+, mục I, đoạn \d+<\/span><span class="l-en" lang="en">page \d+, section I, paragraph \d+<\/span>/u,
    );
    expect(html).not.toMatch(/\bb\d+:\d+\b/u);
  });

  it('shows the key of every finding with a copy button and the triage command', () => {
    const html = renderReviewPage(doc, { lang: 'vi' });
    for (const f of doc.findings) expect(html).toContain(`<code class="key">${findingKey(f, doc.source.sha256)}</code>`);
    expect(html).toContain(`data-copy="${key}"`);
    expect(html).toContain(`solieu triage dismiss ${key}`);
  });

  it('moves a reviewed finding out of its status group into the reviewed group, with the note and a count', () => {
    const html = renderReviewPage(doc, { lang: 'vi', reviewed: [entry] });
    const group = /<details class="group g-inconsistent"[^]*?<\/details>/u.exec(html)?.[0] ?? '';
    expect(group).not.toContain(key);
    const reviewed = /<details class="group g-reviewed"[^]*?<\/details>/u.exec(html)?.[0] ?? '';
    expect(reviewed).toContain(key);
    expect(reviewed).toContain('đã đối chiếu bản gốc');
    expect(html).toMatch(/data-count="reviewedCount"><b>1<\/b>/u);
    const all = renderReviewPage(doc, { lang: 'vi', reviewed: [entry], allFindings: true });
    expect(/<details class="group g-inconsistent"[^]*?<\/details>/u.exec(all)?.[0]).toContain(key);
    expect(all).not.toContain('g-reviewed');
  });

  it('says at the top that a scan was read by OCR and lists the head warnings', () => {
    const scanned = {
      ...doc,
      source: { ...doc.source, ocr: true },
      ocr: { engine: 'tesseract.js', dpi: 300, pages: [{ page: 1, confidence: 0.9, skew: 0, words: 100, uncertainFigures: 2 }] },
      warnings: [
        {
          code: 'ocr_uncertain_header',
          message: 'document number read as "379/BC-UBND" with OCR confidence 0.30: it may be misread (handwritten or stamped?)',
          page: 1,
        },
      ],
    };
    const html = renderReviewPage(scanned, { lang: 'vi' });
    const banner = /<div class="ocr-banner"[^]*?<\/ul>/u.exec(html)?.[0] ?? '';
    expect(banner).toContain('được đọc bằng OCR');
    expect(banner).toContain('số văn bản đọc được là “379/BC-UBND” với độ tin cậy OCR 0,30');
    expect(banner).toContain('document number read as');
    expect(renderReviewPage(doc, { lang: 'vi' })).not.toContain('class="ocr-banner"');
  });
});
