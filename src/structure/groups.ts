import type { LayoutItem, LayoutParagraph } from '../parsers/index.js';
import { SIGNATURE_CAPACITY, TITLE_WORDS } from './header.js';
import { sliceSpans } from '../text/index.js';

/**
 * A paragraph that kept several physical lines (the text form groups consecutive lines; DOCX keeps
 * line breaks) is split into one paragraph per line when its lines are a list, a title with its
 * subject, a signature, or a recipients list; otherwise the lines are one paragraph.
 */
export function expandGroups(items: LayoutItem[]): LayoutItem[] {
  const out: LayoutItem[] = [];
  for (const item of items) {
    const lines = item.type === 'paragraph' ? item.hints.lines : null;
    if (item.type !== 'paragraph' || !lines || lines.length < 2 || !shouldSplit(lines)) {
      out.push(item);
      continue;
    }
    out.push(...splitLines(item, lines));
  }
  return out;
}

function shouldSplit(lines: string[]): boolean {
  const first = (lines[0] ?? '').trim();
  if (TITLE_WORDS.test(first) || /^Nơi nhận\s*:/u.test(first)) return true;
  if (lines.some((line) => SIGNATURE_CAPACITY.test(line.trim()))) return true;
  if (lines.slice(1).every((line) => /^[-+•]\s/u.test(line.trim()))) return true;
  // Short upper-case lines are titles or captions, one per line.
  return (
    lines.every((line) => line.trim().length < 120 && !/[.;,]$/u.test(line.trim())) &&
    lines.some((line) => line === line.toLocaleUpperCase('vi'))
  );
}

function splitLines(item: LayoutParagraph, lines: string[]): LayoutParagraph[] {
  // Anchors are re-based line by line: the joined text is the lines joined with single spaces.
  const out: LayoutParagraph[] = [];
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    const start = offset;
    const end = start + line.length;
    out.push({
      ...item,
      text: line,
      afterBreak: i === 0 ? item.afterBreak : false,
      anchors: item.anchors.filter((a) => a.offset >= start && a.offset <= end).map((a) => ({ ...a, offset: a.offset - start })),
      hints: { ...item.hints, lines: null },
      ...(item.confidence ? { confidence: sliceSpans(item.confidence, start, end) } : {}),
    });
    offset = end + 1;
  }
  return out;
}
