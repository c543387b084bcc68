import { startsLowercase, concatSpans, sliceSpans } from '../text/index.js';
import { readLabel } from './labels.js';
import type { LayoutItem, LayoutParagraph } from '../parsers/index.js';

// A paragraph that ends on one of these is complete; anything else may run on after a page break.
const CLOSING = /[.;:!?…)"”»]$/u;

/**
 * Rejoin paragraphs that a page break split: a paragraph that ends without closing punctuation,
 * followed across the break (footnote bodies, page number) by one that starts with a lowercase
 * letter (Unicode-aware: `đ`, `ư`, `ơ` count) and carries no label of its own (`a) …` opens a new
 * item), is one paragraph.
 */
export function rejoinPageSplits(items: LayoutItem[]): { items: LayoutItem[]; joins: number } {
  const out: LayoutItem[] = [];
  let joins = 0;
  for (const item of items) {
    const previous = out.at(-1);
    if (
      item.type === 'paragraph' &&
      item.afterBreak &&
      previous?.type === 'paragraph' &&
      previous.hints.headerColumn === null &&
      startsLowercase(item.text) &&
      readLabel(item.text) === null &&
      !CLOSING.test(previous.text.trimEnd())
    ) {
      out[out.length - 1] = join(previous, item);
      joins += 1;
      continue;
    }
    out.push(item);
  }
  return { items: out, joins };
}

function join(first: LayoutParagraph, second: LayoutParagraph): LayoutParagraph {
  const head = first.text.trimEnd();
  const tail = second.text.trimStart();
  const shift = head.length + 1 - (second.text.length - tail.length);
  return {
    ...first,
    text: `${head} ${tail}`,
    anchors: [
      ...first.anchors.map((a) => ({ ...a, offset: Math.min(a.offset, head.length) })),
      ...second.anchors.map((a) => ({ ...a, offset: Math.max(head.length + 1, a.offset + shift) })),
    ],
    hints: { ...first.hints, lines: null },
    ...withSpans(
      concatSpans(
        sliceSpans(first.confidence, 0, head.length),
        head.length,
        1,
        sliceSpans(second.confidence, second.text.length - tail.length, second.text.length),
      ),
    ),
  };
}

/** OCR confidence spans ride along only when the layout had them. */
const withSpans = (confidence: LayoutParagraph['confidence']): Pick<LayoutParagraph, 'confidence'> => (confidence ? { confidence } : {});
