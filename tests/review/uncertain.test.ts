import { describe, expect, it } from 'vitest';
import { renderReviewPage } from '../../src/review/index.js';
import { buildFixture } from './fixture.js';
import { marks } from './html.js';

/** A scanned report's figures read with low confidence are marked on the page and say so on hover. */
describe('review page: OCR confidence', () => {
  const doc = buildFixture();
  const target = doc.facts.find((f) => f.raw.startsWith('1.367'));
  if (!target) throw new Error('fixture lost its 1.367 figure');
  const scanned = {
    ...doc,
    source: { ...doc.source, ocr: true },
    ocr: {
      engine: 'tesseract.js vie best_int',
      dpi: 300,
      pages: [
        { page: 1, confidence: 0.93, skew: 0.2, words: 400, uncertainFigures: 0 },
        { page: 2, confidence: 0.71, skew: 0, words: 380, uncertainFigures: 1 },
      ],
    },
    facts: doc.facts.map((f) => (f.id === target.id ? { ...f, confidence: 0.41, uncertain: true } : { ...f, confidence: 0.95 })),
  };
  const html = renderReviewPage(scanned, { lang: 'en' });

  it('marks exactly the uncertain figure', () => {
    const uncertain = marks(html).filter((m) => (m.attrs.class ?? '').split(' ').includes('unc'));
    expect(uncertain.map((m) => m.attrs['data-facts'])).toEqual([target.id]);
  });

  it('gives the hover data the figure confidence', () => {
    const data = /"confidence":0\.41,"uncertain":true/u.test(html);
    expect(data).toBe(true);
  });

  it('shows how OCR read each page in the head of the page', () => {
    expect(html).toContain('tesseract.js vie best_int, 300 dpi — p1 0.93, p2 0.71 (1 ?)');
  });

  it('marks nothing on a born-digital report', () => {
    expect(marks(renderReviewPage(doc, { lang: 'en' })).some((m) => (m.attrs.class ?? '').split(' ').includes('unc'))).toBe(false);
  });
});
