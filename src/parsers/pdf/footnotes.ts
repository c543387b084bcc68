import type { LayoutFootnote } from '../layout.js';
import { mode } from './geometry.js';
import { frameOf, groupParagraphs, joinLines, type Frame } from './paragraphs.js';
import type { Line, PageLayout, Rule, Warn } from './types.js';

/**
 * The footnote zone is the block of smaller text at the bottom of a page. Word and LibreOffice draw
 * a rule above it from the left margin (a third of the text width, or all of it above a carried-over
 * footnote); each body opens
 * with its number, raised and smaller. A zone that opens without a number continues the last
 * footnote of the previous page.
 */

/** Footnote text is at most this share of the body size (Word: 10/14, LibreOffice: 10/12). */
export const FOOTNOTE_SIZE_RATIO = 0.87;
/** The separator is a horizontal rule at least this long (points)… */
const SEPARATOR_MIN = 20;
/** …and at most this share of the page width: Word's separator is a third of the text width, its
 * continuation separator (above a footnote carried over from the previous page) the full width. */
const SEPARATOR_MAX_SHARE = 0.9;
// A body numbered in plain text: `3 Kế hoạch…`, `3. Kế hoạch…`, `3) …`.
export const PLAIN_NUMBER = /^(\d{1,3})[.)]?\s+(?=\S)/u;

export interface ZoneSplit {
  body: Line[];
  zone: Line[];
  separator: boolean;
}

/** Split a page's lines (top to bottom) into body lines and footnote-zone lines. */
export function splitFootnoteZone(page: PageLayout, bodySize: number): ZoneSplit {
  const lines = page.lines;
  const small = (l: Line): boolean => l.size <= FOOTNOTE_SIZE_RATIO * bodySize;
  const separator = findSeparator(page.freeRules, lines, bodySize, page.width);
  if (separator !== null) {
    const cut = lines.findIndex((l) => l.y < separator);
    return { body: lines.slice(0, cut), zone: lines.slice(cut), separator: true };
  }
  // No rule: the bottom run of small lines, from the first one that opens with a number.
  let start = lines.length;
  while (start > 0 && small(lines[start - 1] as Line)) start -= 1;
  const open = lines.slice(start).findIndex((l) => l.leadingMarker !== null);
  if (open < 0) return { body: lines, zone: [], separator: false };
  const cut = start + open;
  return { body: lines.slice(0, cut), zone: lines.slice(cut), separator: false };
}

/**
 * The lowest short rule with only small text under it; its y, or null. Small means smaller than
 * the text above the rule (or the document's body size when nothing is above it), so a short last
 * page with more footnote text than body text is still read right.
 */
function findSeparator(rules: readonly Rule[], lines: readonly Line[], bodySize: number, pageWidth: number): number | null {
  let best: number | null = null;
  for (const rule of rules) {
    const length = rule.x2 - rule.x1;
    if (rule.y2 - rule.y1 > 1 || length < SEPARATOR_MIN || length > SEPARATOR_MAX_SHARE * pageWidth) continue;
    const below = lines.filter((l) => l.y < rule.y1);
    const above = lines.filter((l) => l.y > rule.y1);
    const reference =
      above.length > 0
        ? mode(
            above.map((l) => l.size),
            0.25,
            above.map((l) => l.text.length),
          )
        : bodySize;
    if (below.length === 0 || !below.every((l) => l.size <= FOOTNOTE_SIZE_RATIO * reference)) continue;
    // The rule starts at the text's left edge, where the footnote lines start too.
    const leftmost = Math.min(...below.map((l) => l.x));
    if (rule.x1 > leftmost + 3 * (below[0]?.size ?? 10)) continue;
    if (best === null || rule.y1 > best) best = rule.y1;
  }
  return best;
}

interface Draft {
  number: number;
  page: number;
  lines: Line[];
}

export interface FootnoteInput {
  page: number;
  zone: Line[];
  separator: boolean;
  frame: Frame;
}

/** Bodies by number across pages; continuations joined, oddities reported as warnings. */
export function collectFootnotes(zones: readonly FootnoteInput[], warn: Warn): LayoutFootnote[] {
  const drafts: Draft[] = [];
  const frames = new Map<number, Frame>();
  for (const { page, zone, separator, frame } of zones) {
    frames.set(page, frame);
    for (const line of zone) {
      const current = drafts[drafts.length - 1];
      if (line.leadingMarker !== null) {
        drafts.push({ number: line.leadingMarker, page, lines: [line] });
        continue;
      }
      const plain = separator ? PLAIN_NUMBER.exec(line.text) : null;
      const expected = (current?.number ?? 0) + 1;
      if (plain && Number(plain[1]) === expected) {
        drafts.push({ number: expected, page, lines: [{ ...line, text: line.text.slice(plain[0].length), anchors: [] }] });
        continue;
      }
      if (current) current.lines.push(line);
      else warn('footnote_without_number', `footnote text without a number: "${line.text.slice(0, 60)}"`, page);
    }
  }
  const footnotes: LayoutFootnote[] = [];
  let previous = 0;
  const seen = new Set<number>();
  for (const draft of drafts) {
    if (seen.has(draft.number)) warn('footnote_duplicate', `footnote ${draft.number} has more than one body`, draft.page);
    else if (draft.number !== previous + 1) {
      warn('footnote_numbering', `footnote ${draft.number} follows footnote ${previous}`, draft.page);
    }
    seen.add(draft.number);
    previous = draft.number;
    footnotes.push({ number: draft.number, text: bodyText(draft.lines, frames), page: draft.page });
  }
  return footnotes;
}

/**
 * A body may hold several paragraphs (a list of decisions): they are kept apart by a newline. Lines
 * continued on the next page are moved up under the last line so the usual paragraph rules apply.
 */
function bodyText(lines: readonly Line[], frames: Map<number, Frame>): string {
  const first = lines[0];
  if (!first) return '';
  const frame = frames.get(first.page) ?? frameOf(lines, 1.2, null);
  let offset = 0;
  let prev: Line | null = null;
  const placed: Line[] = [];
  for (const line of lines) {
    if (prev && prev.page !== line.page) offset = prev.y - frame.pitch * line.size - line.y;
    const moved = offset === 0 ? line : { ...line, y: line.y + offset };
    placed.push(moved);
    prev = moved;
  }
  const paragraphs = groupParagraphs(placed, frame)
    .map((group) => joinLines(group, false).text)
    .filter((text) => text !== '');
  return paragraphs.join('\n');
}
