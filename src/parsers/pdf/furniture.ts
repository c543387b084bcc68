import furniture from './furniture.json' with { type: 'json' };
import { withSegments } from './lines.js';
import type { Line, PageLayout, Segment } from './types.js';

/**
 * Page furniture: what the page carries but the report does not say. Page numbers (top or bottom),
 * running headers and footers repeated on many pages, and the text of signature stamps.
 */

/** Top and bottom bands of the page (share of its height) where furniture lives. */
const TOP_BAND = 0.88;
const BOTTOM_BAND = 0.1;
/** A header/footer text repeated on at least this many pages, and this share of them, is furniture. */
const RUNNING_MIN_PAGES = 3;
const RUNNING_MIN_SHARE = 0.4;
/** …and stands at least this many of its font sizes away from the text next to it. */
const RUNNING_GAP = 1.6;
/** Stamp details (`Email:` …) are removed within this distance (points) of a stamp line. */
const STAMP_REACH = 90;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const STAMP_LINE = new RegExp(`^(?:${furniture.stampLines.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const STAMP_DETAIL = new RegExp(`^(?:${furniture.stampDetails.map(escape).join('|')})`, 'iu');
// `12.05.2019`, `16:48:06`, `+07:00`, or the three together: the stamp's clock.
const STAMP_CLOCK = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{4})?\s?(?:\d{1,2}:\d{2}(?::\d{2})?)?\s?(?:[+-]\d{2}:?\d{2})?$/u;
const PAGE_NUMBER = new RegExp(
  `^[-–—]?\\s?(?:(?:${furniture.pageWords.map(escape).join('|')})\\s?)?(\\d{1,4})(?:\\s?/\\s?\\d{1,4})?\\s?[-–—]?$`,
  'iu',
);

export interface FurnitureReport {
  pageNumbers: number;
  running: number;
  stamps: number;
}

export function removeFurniture(pages: PageLayout[]): FurnitureReport {
  const report: FurnitureReport = { pageNumbers: 0, running: 0, stamps: 0 };
  for (const page of pages) report.stamps += removeStamps(page);
  for (const page of pages) report.pageNumbers += removePageNumbers(page);
  report.running = removeRunning(pages);
  return report;
}

/** Signature stamp text, segment by segment (a stamp often stands beside the recipients list). */
function removeStamps(page: PageLayout): number {
  const anchorsY = page.lines.filter((l) => l.segments.some((s) => STAMP_LINE.test(s.text))).map((l) => l.y);
  if (anchorsY.length === 0) return 0;
  const near = (y: number): boolean => anchorsY.some((a) => Math.abs(a - y) <= STAMP_REACH);
  let removed = 0;
  const kept: Line[] = [];
  for (const line of page.lines) {
    const segments = line.segments.filter((s: Segment) => {
      const stamp = STAMP_LINE.test(s.text) || (near(line.y) && (STAMP_DETAIL.test(s.text) || isClock(s.text)));
      if (stamp) removed += 1;
      return !stamp;
    });
    const rebuilt = segments.length === line.segments.length ? line : withSegments(line, segments);
    if (rebuilt) kept.push(rebuilt);
  }
  page.lines = kept;
  return removed;
}

const isClock = (text: string): boolean => /\d/u.test(text) && STAMP_CLOCK.test(text.trim());

function inBand(line: Line, page: Pick<PageLayout, 'height'>): 'top' | 'bottom' | null {
  if (line.y >= page.height * TOP_BAND) return 'top';
  if (line.y <= page.height * BOTTOM_BAND) return 'bottom';
  return null;
}

/** A lone number (or `Trang 3`, `- 3 -`, `3/35`) as the first or last line, inside a band. */
function removePageNumbers(page: PageLayout): number {
  const candidates = pageNumberLines(page);
  for (const line of candidates) page.lines = page.lines.filter((l) => l !== line);
  return candidates.length;
}

/** The page's first and last lines that are page numbers (one line twice when it is the only one). */
export function pageNumberLines(page: { lines: readonly Line[]; height: number }): Line[] {
  const candidates = [page.lines[0], page.lines[page.lines.length - 1]];
  return candidates.filter(
    (line): line is Line =>
      line !== undefined && line.segments.length === 1 && inBand(line, page) !== null && PAGE_NUMBER.test(line.text.trim()),
  );
}

/** Some segment opens a signature stamp (`Ký bởi:` …). */
export const hasStampText = (lines: readonly Line[]): boolean => lines.some((l) => l.segments.some((s) => STAMP_LINE.test(s.text)));

const runningKey = (text: string): string => text.toLocaleLowerCase('vi').replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

/** The first two and last two lines that could be running headers or footers: in a band, apart from the text. */
export function runningCandidates(page: { lines: readonly Line[]; height: number }): Line[] {
  const n = page.lines.length;
  const out: Line[] = [];
  for (const i of new Set([0, 1, n - 2, n - 1])) {
    const line = page.lines[i];
    const band = line ? inBand(line, page) : null;
    if (!line || band === null) continue;
    // A running line stands apart from the text: a clear gap or a smaller size than its neighbour.
    const neighbour = band === 'top' ? page.lines[i + 1] : page.lines[i - 1];
    const apart = !neighbour || Math.abs(line.y - neighbour.y) >= RUNNING_GAP * line.size || line.size < 0.9 * neighbour.size;
    if (apart) out.push(line);
  }
  return out;
}

/** Lines in the bands whose text (digits aside) repeats on many pages. */
function removeRunning(pages: PageLayout[]): number {
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of runningCandidates(page)) {
      const key = runningKey(line.text);
      if (key.length < 2) continue;
      let set = seen.get(key);
      if (!set) {
        set = new Set();
        seen.set(key, set);
      }
      set.add(page.page);
    }
  }
  const minPages = Math.max(RUNNING_MIN_PAGES, Math.ceil(pages.length * RUNNING_MIN_SHARE));
  const running = new Set([...seen].filter(([, set]) => set.size >= minPages).map(([key]) => key));
  if (running.size === 0) return 0;
  let removed = 0;
  for (const page of pages) {
    const drop = new Set(runningCandidates(page).filter((l) => running.has(runningKey(l.text))));
    removed += drop.size;
    if (drop.size > 0) page.lines = page.lines.filter((l) => !drop.has(l));
  }
  return removed;
}
