import { withSegments } from './lines.js';
import type { Frame } from './paragraphs.js';
import type { Line, Segment } from './types.js';

/**
 * Two-column regions: the head of a report (issuer | national motto, number | place and date) and
 * the foot (recipients | signature) are borderless two-column tables. A line with segments on both
 * sides of the frame's middle anchors a region; neighbouring one-sided lines join it. Reading such a
 * region line by line would interleave the columns, so each column is read on its own.
 */

export type Side = 'left' | 'right';

export interface Chunk {
  kind: 'flow' | 'columns';
  lines: Line[];
}

/** A segment reaching this share of the frame width past the middle on both sides spans the page. */
const SPAN_SHARE = 0.25;
/** Lines further apart than this many pitches are not in the same region. */
const REGION_GAP = 3;

type Kind = 'split' | 'left' | 'right' | 'span';

const sideOf = (segment: Segment, mid: number): Side => ((segment.x + segment.end) / 2 < mid ? 'left' : 'right');

function kindOf(line: Line, frame: Frame): Kind {
  const mid = (frame.left + frame.right) / 2;
  const reach = SPAN_SHARE * (frame.right - frame.left);
  if (line.segments.some((s) => s.x < mid - reach && s.end > mid + reach)) return 'span';
  const sides = new Set(line.segments.map((s) => sideOf(s, mid)));
  if (sides.size === 2) return 'split';
  // A single centred segment (a title) belongs to neither column.
  const only = line.segments[0];
  if (only && line.segments.length === 1 && Math.abs((only.x + only.end) / 2 - mid) < 0.06 * (frame.right - frame.left)) return 'span';
  return sides.has('left') ? 'left' : 'right';
}

/** Cut a page's body lines (top to bottom) into flow chunks and two-column regions. */
export function findRegions(lines: readonly Line[], frame: Frame): Chunk[] {
  const kinds = lines.map((l) => kindOf(l, frame));
  const inRegion = new Array<boolean>(lines.length).fill(false);
  const near = (a: Line, b: Line): boolean => Math.abs(a.y - b.y) <= REGION_GAP * frame.pitch * Math.max(a.size, b.size);
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'split' || inRegion[i]) continue;
    inRegion[i] = true;
    for (let j = i + 1; j < lines.length; j++) {
      const kind = kinds[j];
      if (kind === 'span' || !near(lines[j - 1] as Line, lines[j] as Line)) break;
      inRegion[j] = true;
    }
    for (let j = i - 1; j >= 0; j--) {
      const kind = kinds[j];
      if (kind === 'span' || !near(lines[j] as Line, lines[j + 1] as Line)) break;
      // The last line of a paragraph that spans the page is not part of the columns below it.
      const above = lines[j - 1];
      if (above && kinds[j - 1] === 'span' && above.y - (lines[j] as Line).y <= 1.4 * frame.pitch * above.size) break;
      inRegion[j] = true;
    }
  }
  const chunks: Chunk[] = [];
  lines.forEach((line, i) => {
    const kind: Chunk['kind'] = inRegion[i] ? 'columns' : 'flow';
    const last = chunks[chunks.length - 1];
    if (last && last.kind === kind) last.lines.push(line);
    else chunks.push({ kind, lines: [line] });
  });
  return chunks;
}

/** The lines of one column of a region: each line reduced to its segments on that side. */
export function columnLines(lines: readonly Line[], frame: Frame, side: Side): Line[] {
  const mid = (frame.left + frame.right) / 2;
  const out: Line[] = [];
  for (const line of lines) {
    const kept = withSegments(
      line,
      line.segments.filter((s) => sideOf(s, mid) === side),
    );
    if (kept) out.push(kept);
  }
  return out;
}
