import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ReportDocument } from '../../src/model/index.js';
import { renderReviewPage } from '../../src/review/index.js';
import { REVIEW_CLIENT_JS } from '../../src/review/assets/client.js';
import { HOSTILE, buildFixture } from './fixture.js';
import { elementById, markedText, marks, readAttrs, tags, unescapeHtml } from './html.js';

const doc = buildFixture();
const html = renderReviewPage(doc, { lang: 'vi' });
const containerText = (block: string): string =>
  doc.blocks.find((b) => b.id === block)?.text ?? doc.footnotes.find((f) => f.id === block)?.text ?? '';

describe('review page: figures', () => {
  it('the fixture is a valid ReportDocument', () => {
    expect(() => ReportDocument.parse(doc)).not.toThrow();
  });

  it('marks every fact, with its id in data-facts, over exactly its text', () => {
    for (const fact of doc.facts) {
      const expected = containerText(fact.position.block).slice(fact.position.start, fact.position.end);
      expect(markedText(html, 'data-facts', fact.id), fact.id).toBe(expected);
    }
  });

  it('keeps both of two overlapping facts (11/14 xã and 11)', () => {
    const fraction = doc.facts.find((f) => f.raw === '11/14 xã');
    const number = doc.facts.find((f) => f.raw === '11' && f.kind === 'number');
    const shared = marks(html).find((m) => m.text === '11');
    expect(shared?.attrs['data-facts']?.split(' ').sort()).toEqual([fraction?.id, number?.id].sort());
  });

  it('gives each mark its kind and the worst status of the findings it is evidence for', () => {
    const byText = (text: string) => marks(html).find((m) => m.text === text);
    expect(byText('1.367 nhiệm vụ')?.attrs.class).toContain('s-inconsistent'); // also in a consistent finding
    expect(byText('78%')?.attrs.class).toContain('s-warning');
    expect(byText('12,92%')?.attrs.class).toBe('fig k-percent');
    expect(byText('07/02/2022')?.attrs.class).toContain('k-date');
  });

  it('renders the table block as a table with its figures marked in their cells', () => {
    const table = elementById(html, 'blk-b8') ?? '';
    expect(table).toContain('<table>');
    expect(table).toMatch(/<td id="cell-b8-1-2"[^>]*><mark [^>]*data-facts="f\d+"[^>]*>2\.400\.000<\/mark><\/td>/u);
    expect(table).toContain('<td id="cell-b8-1-0">Lúa (tấn)</td>');
  });

  it('marks figures in the right cells of a large table, even one that runs across a cell boundary', () => {
    const rows = Array.from({ length: 60 }, (_, r) => [`Hàng ${r + 1}`, `${(r + 1) * 7}`, `${(r + 1) * 11},5`]);
    const text = rows.map((row) => row.join('\t')).join('\n');
    const base = doc.facts[0] as (typeof doc.facts)[number];
    const facts = rows.flatMap((row, r) => {
      const start = text.indexOf(`${row[0]}\t`);
      const second = start + (row[0] as string).length + 1;
      const third = second + (row[1] as string).length + 1;
      return [
        {
          ...base,
          id: `f${1000 + 2 * r}`,
          raw: row[1] as string,
          position: { block: 'b8', start: second, end: second + (row[1] as string).length, page: 2 },
        },
        {
          ...base,
          id: `f${1001 + 2 * r}`,
          raw: row[2] as string,
          position: { block: 'b8', start: third, end: third + (row[2] as string).length, page: 2 },
        },
      ];
    });
    // A span from the middle of one cell into the next: both cells show their part.
    const crossing = {
      ...base,
      id: 'f5000',
      raw: 'x',
      position: { block: 'b8', start: text.indexOf('\t') - 2, end: text.indexOf('\t') + 2, page: 2 },
    };
    const big = ReportDocument.parse({
      ...doc,
      blocks: doc.blocks.map((b) => (b.id === 'b8' ? { ...b, text } : b)),
      tables: [{ id: 't1', block: 'b8', page: 2, caption: null, rows }],
      facts: [...facts, crossing],
      findings: [],
    });
    const out = renderReviewPage(big, { lang: 'vi' });
    for (const fact of facts) expect(markedText(out, 'data-facts', fact.id)).toBe(fact.raw);
    expect(markedText(out, 'data-facts', 'f5000')).toBe(' 17');
    expect((elementById(out, 'blk-b8') ?? '').match(/<td /gu)).toHaveLength(180);
  });

  it('shows the section and paragraph of each block as a reader finds them, and page breaks', () => {
    const block = elementById(html, 'blk-b5') ?? '';
    expect(block).toMatch(
      /<span class="loc"><span class="l-vi" lang="vi">mục I, đoạn \d+<\/span><span class="l-en" lang="en">section I, paragraph \d+<\/span><\/span>/u,
    );
    expect(html).toContain('<div class="pagebreak" data-page="2">');
  });

  it('survives offsets outside the text and unknown blocks', () => {
    const broken = ReportDocument.parse({
      ...doc,
      facts: [
        ...doc.facts,
        { ...doc.facts[0], id: 'f900', position: { block: 'b4', start: 5000, end: 5010, page: 1 } },
        { ...doc.facts[0], id: 'f901', position: { block: 'b999', start: 0, end: 3, page: 1 } },
        { ...doc.facts[0], id: 'f902', position: { block: 'b4', start: 10, end: 5, page: 1 } },
      ],
    });
    const out = renderReviewPage(broken, { lang: 'vi' });
    for (const id of ['f900', 'f901', 'f902']) expect(markedText(out, 'data-facts', id)).toBe('');
    expect(markedText(out, 'data-facts', 'f1')).toBe('2.307 nhiệm vụ');
  });
});

describe('review page: footnotes and references', () => {
  it('links every marker to its footnote and every footnote back to each marker', () => {
    for (const block of doc.blocks) {
      for (const anchor of block.anchors) {
        const link = new RegExp(`<a id="(fnref-${anchor.footnote}-${block.id}-${anchor.offset})" href="#fn-${anchor.footnote}"`, 'u').exec(
          html,
        );
        expect(link, `${block.id}@${anchor.offset}`).not.toBeNull();
        const body = elementById(html, `fn-${anchor.footnote}`) ?? '';
        expect(body).toContain(`href="#${link?.[1]}"`);
      }
    }
    expect((elementById(html, 'fn-1') ?? '').match(/class="backref"/gu)).toHaveLength(2);
  });

  it('puts the marker at its offset, after the words it follows', () => {
    const block = elementById(html, 'blk-b5') ?? '';
    expect(block).toMatch(/470\.500 tấn<\/mark>\)<sup class="fnref"><a [^>]*>2<\/a><\/sup>\./u);
  });

  it('flags a marker whose footnote body is missing instead of linking nowhere', () => {
    const orphan = ReportDocument.parse({
      ...doc,
      blocks: doc.blocks.map((b) => (b.id === 'b6' ? { ...b, anchors: [{ footnote: 9, offset: 3 }] } : b)),
    });
    const out = renderReviewPage(orphan, { lang: 'vi' });
    expect(out).toMatch(/<sup class="fnref missing" id="fnref-9-b6-3"[^>]*>9<\/sup>/u);
    expect(out).not.toContain('href="#fn-9"');
  });

  it('lists the cited documents with a link to where each stands', () => {
    const refs = elementById(html, 'h-references') === null ? '' : html.slice(html.indexOf('<section class="references"'));
    expect(refs).toContain('<td>3320/QĐ-UBND</td><td>Quyết định</td><td>2021-12-31</td>');
    expect(refs).toContain('<a href="#fn-2">3320/QĐ-UBND</a>');
    expect(refs).toContain('<a href="#blk-b7">17/KH-UBND</a>');
  });
});

describe('review page: findings panel', () => {
  const items = [...html.matchAll(/<li class="finding [^"]*"([^>]*)>/gu)].map((m) => readAttrs(m[1] as string));

  it('lists inconsistent first, then warnings, then verified, then unverifiable', () => {
    expect(items.map((i) => i['data-status'])).toEqual(['inconsistent', 'warning', 'consistent', 'consistent', 'unverifiable']);
    expect(items.map((i) => i['data-index'])).toEqual(['0', '1', '2', '3', '4']);
  });

  it('opens the problem groups and collapses verified and unverifiable claims', () => {
    expect(html).toMatch(/<details class="group g-inconsistent" data-status="inconsistent" open>/u);
    expect(html).toMatch(/<details class="group g-warning" data-status="warning" open>/u);
    expect(html).toMatch(/<details class="group g-consistent" data-status="consistent">/u);
    expect(html).toMatch(/<details class="group g-unverifiable" data-status="unverifiable">/u);
  });

  it('marks every evidence range with the finding index, even evidence without a fact id', () => {
    const inconsistent = doc.findings.find((f) => f.status === 'inconsistent');
    for (const ev of inconsistent?.evidence ?? []) {
      expect(markedText(html, 'data-findings', '0')).toContain(containerText(ev.block).slice(ev.start, ev.end));
    }
    expect(inconsistent?.evidence.some((e) => e.fact === null)).toBe(true);
  });

  it('shows the arithmetic, expected and stated values, and evidence links', () => {
    const first = html.slice(html.indexOf('data-index="0"'), html.indexOf('data-index="1"'));
    expect(first).toContain('<div class="arith"');
    expect(first).toContain('1.367 + 904 = 2.271 ≠ 2.307');
    expect(first).toContain('<span class="v">2.271</span>');
    expect(first).toMatch(/<a href="#blk-b4" class="ev-link">904 nhiệm vụ<\/a>/u);
  });

  it('offers a filter for each rule and each status', () => {
    for (const rule of new Set(doc.findings.map((f) => f.rule))) expect(html).toContain(`<option value="${rule}" data-text-vi=`);
    for (const status of ['inconsistent', 'warning', 'consistent', 'unverifiable'])
      expect(html).toContain(`data-status="${status}" checked`);
  });

  it('counts claims in the summary strip', () => {
    const count = (key: string): string | undefined => new RegExp(`data-count="${key}"><b>(\\d+)</b>`, 'u').exec(html)?.[1];
    expect([count('figures'), count('claims'), count('verified'), count('inconsistent'), count('warnings'), count('unverifiable')]).toEqual(
      [String(doc.facts.length), '5', '2', '1', '1', '1'],
    );
  });

  it('says so when there are no findings', () => {
    const out = renderReviewPage({ ...doc, findings: [] }, { lang: 'en' });
    expect(out).toContain('No findings.');
    expect(out).not.toContain('data-findings=');
  });
});

describe('review page: language', () => {
  it('renders the UI in English on request and carries both languages of each finding message', () => {
    const en = renderReviewPage(doc, { lang: 'en' });
    expect(en).toMatch(/<html lang="en" data-lang="en">/u);
    expect(en).toContain('<span data-i18n="inconsistent">Inconsistent</span>');
    expect(html).toContain('<span data-i18n="inconsistent">Không khớp</span>');
    expect(html).toContain('<span class="l-vi" lang="vi">Thông điệp k3</span><span class="l-en" lang="en">Message k3</span>');
  });
});

describe('review page: hostile text', () => {
  const evil = renderReviewPage(buildFixture({ hostile: true }), { lang: 'vi' });

  it('has no element or attribute from the report: only its own two scripts', () => {
    expect(evil.match(/<script/giu)).toHaveLength(2);
    const found = tags(evil);
    expect(new Set(found.map((t) => t.name))).toEqual(new Set(tags(html).map((t) => t.name)));
    expect(found.flatMap((t) => t.attributes).filter((a) => a.startsWith('on'))).toEqual([]);
    expect(evil).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
  });

  it('keeps embedded JSON inert and intact', () => {
    const json = /<script type="application\/json" id="review-data">([^<]*)<\/script>/u.exec(evil)?.[1] ?? '';
    expect(json).not.toMatch(/[<>]/u);
    const data = JSON.parse(json) as { facts: Record<string, { raw: string; pattern: string }> };
    expect(data.facts.f1?.raw).toBe(`2.307 nhiệm vụ${HOSTILE}`);
    expect(data.facts.f1?.pattern).toBe(HOSTILE);
  });

  it('escapes attribute values (rule ids) so they cannot close the attribute', () => {
    expect(evil).toContain('data-rule="sum-of-parts&quot;&lt;script&gt;');
    const attrs = [...evil.matchAll(/<li class="finding [^"]*"([^>]*)>/gu)].map((m) => readAttrs(m[1] as string));
    expect(attrs[0]?.['data-rule']).toBe(`sum-of-parts"${HOSTILE}`);
  });

  it('allows only its own script by hash and no network', () => {
    const csp = unescapeHtml(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(evil)?.[1] ?? '');
    const hash = createHash('sha256').update(REVIEW_CLIENT_JS, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(evil).not.toMatch(/(?:src|href)="(?:https?:)?\/\//iu);
  });
});
