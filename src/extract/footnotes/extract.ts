import type { ParsedReport } from '../../model/index.js';
import { FootnoteContent } from '../../model/index.js';
import type { Reference } from '../../model/index.js';
import type { ReadText } from '../agencies/texts.js';
import { listItems } from './items.js';
import { segmentText, trimSegment, type Segment } from './segments.js';
import { blankParentheses } from '../../text/index.js';

type Kind = FootnoteContent['kind'];

/** A number that is a figure: not a year, not a year range, not a date, not inside a document number. */
const NUMBER = /\d+(?:[.,/-]\d+)*/gu;
const YEARISH = /^(?:19|20)\d\d(?:-(?:19|20)\d\d)?$/u;
const DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/u;
/** `Quốc lộ 91`, `đường tỉnh 943`: a number that names a road. */
const ROAD_BEFORE = /(?:quốc lộ|tỉnh lộ|đường tỉnh|đường huyện|hương lộ|QL|ĐT|ĐH)\s{1,2}$/iu;

/** The item states a figure outside parentheses (`247 tàu cá`, `3,03%`), not just names, years and dates. */
function hasFigure(text: string, item: Segment, references: readonly Segment[]): boolean {
  NUMBER.lastIndex = 0;
  const body = blankParentheses(text.slice(item.start, item.end));
  for (let m = NUMBER.exec(body); m; m = NUMBER.exec(body)) {
    const at = item.start + m.index;
    if (references.some((r) => r.start <= at && at < r.end)) continue;
    if (YEARISH.test(m[0]) || DATE.test(m[0]) || ROAD_BEFORE.test(body.slice(Math.max(0, m.index - 16), m.index))) continue;
    return true;
  }
  return false;
}

/** `Theo Kế hoạch số …`, `Căn cứ Quyết định …`: a lead-in before a citation. */
const CITATION_LEAD = /^(?:theo|căn cứ|tại|thực hiện)\s{1,3}/iu;

const startsWithReference = (text: string, item: Segment, references: readonly Segment[]): boolean => {
  const lead = CITATION_LEAD.exec(text.slice(item.start, item.end));
  const at = item.start + (lead ? lead[0].length : 0);
  return references.some((r) => r.start === at);
};

/** A reference starts a new cited item unless it is named inside another's description (`… thực hiện Nghị quyết số …`). */
const SEPARATOR_BEFORE = /(?:[,;:]|\svà|\((?:[ivxlc]{1,6}|\d{1,2}|[a-z])\))$/iu;
const LEAD_ONLY = /^(?:theo|căn cứ|tại)$/iu;

function opensItem(text: string, reference: Segment): boolean {
  const before = text.slice(0, reference.start).trimEnd();
  return before === '' || LEAD_ONLY.test(before) || SEPARATOR_BEFORE.test(before.slice(-12));
}

/** One item per citing reference, up to the next one or the end of its list item (`…; (ii) …`). */
function citationItems(text: string, references: readonly Segment[], items: readonly Segment[]): Segment[] {
  const starts = references.filter((r) => opensItem(text, r));
  return starts.map((r, n) => {
    const container = items.find((item) => item.start <= r.start && r.start < item.end);
    const end = Math.min(starts[n + 1]?.start ?? text.length, container?.end ?? text.length);
    return trimSegment(text, { start: r.start, end });
  });
}

/**
 * What each footnote body is: a `citation` (every item opens with a document reference), a `list`
 * of names or indicators (two or more items, most without figures: `Tỷ lệ đô thị hóa; …`), or a
 * `statement` (prose with figures). Lists and citations carry their items; `facts` is left empty
 * for the combiner, which files facts by the footnote they stand in.
 */
export function extractFootnoteContents(report: ParsedReport, references: Reference[], texts: readonly ReadText[] = []): FootnoteContent[] {
  const footnotes = [...report.footnotes].sort((a, b) => a.number - b.number);
  // The footnote bodies as the shared reading pass tokenised them (reused when it is the same text).
  const read = new Map(texts.filter((t) => t.source.kind === 'footnote').map((t) => [t.source.block, t]));
  return footnotes.map((footnote) => {
    const { text } = footnote;
    const cited = references.filter((r) => r.position.block === footnote.id);
    const refSpans = cited.map((r) => ({ start: r.position.start, end: r.position.end }));
    const shared = read.get(footnote.id);
    const items = listItems(text, shared?.source.text === text ? shared : undefined);
    let kind: Kind = 'statement';
    let chosen: Segment[] = [];
    if (cited.length > 0 && items.length > 0 && items.every((item) => startsWithReference(text, item, refSpans))) {
      kind = 'citation';
      chosen = citationItems(text, refSpans, items);
    } else if (items.length >= 2 && items.filter((item) => hasFigure(text, item, refSpans)).length * 2 < items.length) {
      kind = 'list';
      chosen = items;
    }
    const texts = chosen.map((s) => segmentText(text, s));
    return FootnoteContent.parse({
      footnote: footnote.number,
      kind,
      items: texts,
      itemCount: texts.length,
      references: cited.map((r) => r.id),
      facts: [],
    });
  });
}
