import { quantile } from './geometry.js';
import { finalizeText } from './hygiene.js';
import type { Line, LineAnchor } from './types.js';

/**
 * Lines → paragraphs. A paragraph starts where the typesetting says so:
 * - a vertical gap clearly above the line pitch (space before/after paragraphs);
 * - a first-line indent (the line starts right of the margin and right of the line above);
 * - the line above ended short: the first word of this line would have fitted on it, so the writer
 *   (not the justification) broke the line;
 * - a change of font size, or of centring (titles are centred, body text is not);
 * - a bullet (`-`, `+`, `•`) after a line that closed a clause (`;` `:` `.`).
 */

/** The text frame of a page or column: margins and the normal line pitch (share of font size). */
export interface Frame {
  left: number;
  right: number;
  pitch: number;
  /** The usual first-line indent (points from `left`), 0 when unknown. */
  indent: number;
  /** A column of a two-column region: its widest line sets the margins, so centring ignores them. */
  column?: boolean;
}

/** A gap this much bigger than the normal pitch separates paragraphs. */
const GAP_FACTOR = 1.2;
/** Font sizes differing by more than this share are different paragraphs. */
const SIZE_CHANGE = 0.15;
/** An indent of at least this share of the font size is a first-line indent. */
const INDENT = 0.5;
/** A line centred within this share of the frame width is centred text. */
const CENTRE_TOLERANCE = 0.05;
/** …and clear of both margins by this share of its size (a justified line touches both). */
const CENTRE_MARGIN = 0.3;
const SPACE = 0.25;

// Only bullets: numbered labels (`(2)`, `a)`) also run inline (`(i) … (ii) …`) and can wrap to a line start.
const LIST_LABEL = /^[-–—•+*]\s/u;
const CLAUSE_END = /[;:.!?]["”)]?$/u;
// `117/QĐ-` ⏎ `UBND`, `Số 117/` ⏎ `QĐ-UBND`: a code cut at the line end continues without a space.
const CODE_CUT = /(?:\S-|[\p{Lu}\d]\/)$/u;

/** Margins from the lines themselves: robust quantiles, so an odd indented line does not move them. */
export function frameOf(lines: readonly Line[], pitch: number, fallback: Frame | null, indent = 0): Frame {
  if (lines.length < 4 && fallback) return { ...fallback, pitch, indent };
  const left = quantile(
    lines.map((l) => l.x),
    0.05,
  );
  const right = quantile(
    lines.map((l) => l.end),
    0.9,
  );
  return { left, right: Math.max(right, left + 1), pitch, indent };
}

export function isCentered(line: Line, frame: Frame): boolean {
  // An indented heading can happen to sit in the middle; starting at the usual indent gives it away.
  if (frame.indent > 0 && Math.abs(line.x - frame.left - frame.indent) < 1.5) return false;
  const width = frame.right - frame.left;
  const mid = (frame.left + frame.right) / 2;
  const centre = (line.x + line.end) / 2;
  if (Math.abs(centre - mid) > CENTRE_TOLERANCE * width) return false;
  const margin = CENTRE_MARGIN * line.size;
  return frame.column === true || (line.x > frame.left + margin && line.end < frame.right - margin);
}

const isUpper = (text: string): boolean => text === text.toLocaleUpperCase('vi') && /\p{Lu}/u.test(text);

function firstWordWidth(line: Line): number {
  const segment = line.segments[0];
  if (!segment || segment.text.length === 0) return 0;
  const word = segment.text.split(' ')[0] ?? '';
  return ((segment.end - segment.x) * word.length) / segment.text.length;
}

export function startsParagraph(above: Line, line: Line, frame: Frame): boolean {
  const size = Math.max(above.size, line.size);
  if (above.y - line.y > frame.pitch * size * GAP_FACTOR + 1) return true;
  if (Math.abs(above.size - line.size) > SIZE_CHANGE * size) return true;
  const aboveCentered = isCentered(above, frame);
  const lineCentered = isCentered(line, frame);
  if (aboveCentered !== lineCentered) return true;
  // A centred title wraps freely; only a change from capitals to mixed case splits it (BÁO CÁO / subject).
  // Lines that start at the same x are left-aligned (a list), whatever their centres say.
  if (aboveCentered && Math.abs(above.x - line.x) > 1) return isUpper(above.text) !== isUpper(line.text);
  if (line.x > frame.left + INDENT * line.size && line.x > above.x + INDENT * line.size) return true;
  const room = frame.right - above.end - SPACE * line.size;
  if (firstWordWidth(line) < room - 2) return true;
  return LIST_LABEL.test(line.text) && CLAUSE_END.test(above.text);
}

export function groupParagraphs(lines: readonly Line[], frame: Frame): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    const above = current[current.length - 1];
    if (above && startsParagraph(above, line, frame)) {
      groups.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * One paragraph's text: lines joined with a space (Vietnamese words never continue across a line),
 * except after a code cut at `-` or `/` (`117/QĐ-` ⏎ `UBND`). A marker that opens a line belongs to
 * the word that ended the line before.
 */
export function joinLines(lines: readonly Line[], markersAtStart: boolean): { text: string; anchors: LineAnchor[] } {
  let text = '';
  const anchors: LineAnchor[] = [];
  for (const line of lines) {
    if (markersAtStart && line.leadingMarker !== null) anchors.push({ footnote: line.leadingMarker, offset: text.trimEnd().length });
    if (text !== '' && line.text !== '' && !CODE_CUT.test(text)) text += ' ';
    for (const a of line.anchors) anchors.push({ footnote: a.footnote, offset: text.length + a.offset });
    text += line.text;
  }
  return finalizeText(text, anchors);
}
