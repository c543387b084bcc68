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

  it('marks nothing on a born-digital report', () => {
    expect(marks(renderReviewPage(doc, { lang: 'en' })).some((m) => (m.attrs.class ?? '').split(' ').includes('unc'))).toBe(false);
  });
});
