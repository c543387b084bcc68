import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline.js';
import { orderFindings, renderReviewPage } from '../../src/review/index.js';
import { markedTextIndex, tags } from './html.js';

/** The whole pipeline's output on the reference report, rendered: what a reviewer opens. */
const REFERENCE = resolve(import.meta.dirname, '../../corpus/kien-giang-6-thang-2022.txt');

describe('review page of the reference report (text form)', async () => {
  const doc = await processFile(REFERENCE);
  const html = renderReviewPage(doc, { lang: 'vi' });
  const textOf = (id: string): string | undefined =>
    doc.blocks.find((b) => b.id === id)?.text ?? doc.footnotes.find((f) => f.id === id || `fn${f.number}` === id)?.text;

  it('marks every extracted figure over exactly the text its position names', () => {
    expect(doc.facts.length).toBeGreaterThan(0);
    const marked = markedTextIndex(html, 'data-facts');
    const missed = doc.facts.filter((fact) => {
      const text = textOf(fact.position.block);
      return text === undefined || marked.get(fact.id) !== text.slice(fact.position.start, fact.position.end);
    });
    expect(missed.map((f) => `${f.id} ${f.raw} @${f.position.block}`)).toEqual([]);
  });

  it('marks every piece of evidence of every finding with that finding', () => {
    const ordered = orderFindings(doc.findings);
    const marked = markedTextIndex(html, 'data-findings');
    const missed: string[] = [];
    ordered.forEach((finding, index) => {
      for (const ev of finding.evidence) {
        const text = textOf(ev.block);
        if (text === undefined || !(marked.get(String(index)) ?? '').includes(text.slice(ev.start, ev.end)))
          missed.push(`${finding.id} ${ev.raw}`);
      }
    });
    expect(missed).toEqual([]);
  });

  it('links every footnote marker to a footnote body, and lists problems first', () => {
    const anchors = doc.blocks.flatMap((b) => b.anchors.map((a) => ({ block: b.id, ...a })));
    expect(anchors.length).toBeGreaterThan(0);
    for (const a of anchors) expect(html).toContain(`<a id="fnref-${a.footnote}-${a.block}-${a.offset}" href="#fn-${a.footnote}"`);
    const statuses = [...html.matchAll(/<li class="finding st-([a-z]+)"/gu)].map((m) => m[1]);
    const rank = ['inconsistent', 'warning', 'consistent', 'unverifiable'];
    expect(statuses).toEqual([...statuses].sort((a, b) => rank.indexOf(a as string) - rank.indexOf(b as string)));
    expect(statuses).toHaveLength(doc.findings.length);
  });

  it('holds only the tags the renderer writes', () => {
    const allowed = new Set([
      '!doctype',
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'header',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'div',
      'span',
      'p',
      'main',
      'aside',
      'section',
      'ol',
      'ul',
      'li',
      'a',
      'sup',
      'mark',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'pre',
      'details',
      'summary',
      'button',
      'label',
      'select',
      'option',
      'fieldset',
      'legend',
      'input',
      'code',
      'b',
      'script',
    ]);
    expect([...new Set(tags(html).map((t) => t.name))].filter((name) => !allowed.has(name))).toEqual([]);
  });
});
