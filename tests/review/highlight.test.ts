import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TextSpan, renderSpans } from '../../src/review/highlight.js';
import { markedText, unescapeHtml } from './html.js';

const stripTags = (html: string): string => unescapeHtml(html.replace(/<[^>]*>/gu, ''));

describe('renderSpans', () => {
  it('cuts crossing spans into pieces that each list every span covering them', () => {
    const out = renderSpans(
      'abcdefgh',
      [
        { start: 1, end: 5, fact: 'f1' },
        { start: 3, end: 7, fact: 'f2' },
      ],
      [],
    );
    expect(out).toBe(
      'a<mark class="fig" data-facts="f1" tabindex="0">bc</mark><mark class="fig" data-facts="f1 f2" tabindex="0">de</mark><mark class="fig" data-facts="f2" tabindex="0">fg</mark>h',
    );
  });

  it('inserts markers between pieces, at the start, inside a span and at the very end', () => {
    const sup = (n: number) => ({ offset: n, html: `<sup>${n}</sup>` });
    const out = renderSpans('abcd', [{ start: 1, end: 3, fact: 'f1' }], [sup(0), sup(2), sup(4)]);
    expect(out).toBe(
      '<sup>0</sup>a<mark class="fig" data-facts="f1" tabindex="0">b</mark><sup>2</sup><mark class="fig" data-facts="f1" tabindex="0">c</mark>d<sup>4</sup>',
    );
  });

  it('renders only the asked range, clipping spans to it', () => {
    expect(renderSpans('ab\tcd', [{ start: 1, end: 4, fact: 'f1' }], [], 3, 5)).toBe(
      '<mark class="fig" data-facts="f1" tabindex="0">c</mark>d',
    );
  });

  it('drops spans that are empty, reversed, fractional or outside the text', () => {
    const bad: TextSpan[] = [
      { start: 9, end: 12, fact: 'f1' },
      { start: 2, end: 1, fact: 'f2' },
      { start: 0.5, end: 2, fact: 'f3' },
      { start: 1, end: 1, fact: 'f4' },
    ];
    expect(renderSpans('abc', bad, [])).toBe('abc');
  });

  it('escapes the text and the ids', () => {
    expect(renderSpans('<b>&', [{ start: 0, end: 3, fact: 'f"1 x' }], [])).toBe(
      '<mark class="fig" data-facts="f_1_x" tabindex="0">&lt;b&gt;</mark>&amp;',
    );
  });

  it('marks evidence that no fact covers', () => {
    expect(renderSpans('12 and 34', [{ start: 7, end: 9, finding: 2, status: 'inconsistent' }], [])).toBe(
      '12 and <mark class="ev s-inconsistent" data-findings="2" tabindex="0">34</mark>',
    );
  });

  it('never loses or reorders text, and marks exactly each span (property)', () => {
    const input = fc
      .string({ unit: fc.constantFrom('a', 'ệ', '<', '&', '"', ' ', '9', '\n'), maxLength: 40 })
      .chain((text) =>
        fc.tuple(
          fc.constant(text),
          fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 6 }),
          fc.array(fc.nat(text.length), { maxLength: 3 }),
        ),
      );
    fc.assert(
      fc.property(input, ([text, ranges, offsets]) => {
        const spans = ranges.map(([a, b], i) => ({ start: Math.min(a, b), end: Math.max(a, b), fact: `f${i}` }));
        const out = renderSpans(
          text,
          spans,
          offsets.map((offset) => ({ offset, html: '<sup>*</sup>' })),
        );
        expect(stripTags(out.replace(/<sup>\*<\/sup>/gu, ''))).toBe(text);
        expect((out.match(/<sup>\*<\/sup>/gu) ?? []).length).toBe(offsets.length);
        spans.forEach((s) => expect(markedText(out, 'data-facts', s.fact)).toBe(text.slice(s.start, s.end)));
      }),
    );
  });
});
