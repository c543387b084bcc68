import type { LayoutFootnote, LayoutItem, LayoutParagraph } from '../layout.js';
import { findBorderlessTables } from './borderless.js';
import { columnLines, findRegions } from './columns.js';
import { collectFootnotes, splitFootnoteZone, type FootnoteInput } from './footnotes.js';
import { median, mode } from './geometry.js';
import { finalizeText } from './hygiene.js';
import { frameOf, groupParagraphs, isCentered, joinLines, type Frame } from './paragraphs.js';
import type { Line, PageLayout, Warn } from './types.js';

/**
 * Pages (lines and tables, furniture already gone) → the layout the structure stage reads: body
 * paragraphs and tables in reading order, footnote bodies by number, and warnings for markers and
 * bodies that do not pair up.
 */

export interface Assembled {
  items: LayoutItem[];
  footnotes: LayoutFootnote[];
}

interface Placed {
  /** Reading position: the paragraph's first baseline, a region's top, a table's top edge. */
  top: number;
  seq: number;
  item: LayoutItem;
}

export function assemble(pages: readonly PageLayout[], warn: Warn): Assembled {
  const allLines = pages.flatMap((p) => p.lines);
  const bodySize = mode(
    allLines.map((l) => l.size),
    0.25,
    allLines.map((l) => l.text.length),
  );
  const pitch = linePitch(pages);
  const indent = firstLineIndent(pages);
  const items: LayoutItem[] = [];
  const zones: FootnoteInput[] = [];
  const frames = new Map<number, Frame>();
  let headerDone = false;
  for (const page of pages) {
    const fallback = frames.get(Math.round(page.width)) ?? null;
    const frame = frameOf(page.lines, pitch, fallback, indent);
    if (page.lines.length >= 4) frames.set(Math.round(page.width), frame);
    const split = splitFootnoteZone(page, bodySize);
    zones.push({ page: page.page, zone: split.zone, separator: split.separator, frame });
    const placed: Placed[] = [];
    let body = split.body;
    const borderless = findBorderlessTables(body);
    if (borderless.length > 0) {
      const taken = new Set(borderless.flatMap((t) => Array.from({ length: t.to - t.from + 1 }, (_, i) => t.from + i)));
      body = body.filter((_, i) => !taken.has(i));
      for (const t of borderless)
        placed.push({ top: t.top + 1, seq: placed.length, item: { type: 'table', page: page.page, rows: t.rows, afterBreak: false } });
    }
    const chunks = findRegions(body, frame);
    chunks.forEach((chunk, index) => {
      const top = chunk.lines[0]?.y ?? 0;
      if (chunk.kind === 'flow') {
        for (const group of groupParagraphs(chunk.lines, frame)) pushParagraph(placed, group, frame, null, false, group[0]?.y ?? top);
        return;
      }
      // The first two-column region of the document, before any body text, is the head.
      const header = !headerDone && index === 0 && items.length === 0;
      if (header) headerDone = true;
      for (const side of ['left', 'right'] as const) {
        const column = columnLines(chunk.lines, frame, side);
        if (header) {
          for (const line of column) pushParagraph(placed, [line], frame, side, false, top);
          continue;
        }
        const columnFrame = { ...frameOf(column, pitch, null), column: true };
        for (const group of groupParagraphs(column, columnFrame)) pushParagraph(placed, group, columnFrame, null, true, top);
      }
    });
    for (const table of page.tables) {
      placed.push({ top: table.top, seq: placed.length, item: { type: 'table', page: page.page, rows: table.rows, afterBreak: false } });
    }
    // Columns of a region share its top, so they keep their left-then-right order.
    placed.sort((a, b) => b.top - a.top || a.seq - b.seq);
    placed.forEach((p, i) => {
      if (i === 0 && items.length > 0) p.item.afterBreak = true;
      items.push(p.item);
    });
  }
  const footnotes = collectFootnotes(zones, warn);
  checkAnchors(items, footnotes, pages, warn);
  return { items, footnotes };
}

function pushParagraph(
  placed: Placed[],
  lines: Line[],
  frame: Frame,
  headerColumn: 'left' | 'right' | null,
  keepLines: boolean,
  top: number,
): void {
  const { text, anchors } = joinLines(lines, true);
  if (text === '' && anchors.length === 0) return;
  const first = lines[0] as Line;
  const paragraph: LayoutParagraph = {
    type: 'paragraph',
    text,
    anchors,
    page: first.page,
    afterBreak: false,
    hints: {
      headingLevel: null,
      bold: lines.every((l) => l.bold),
      italic: lines.every((l) => l.italic),
      centered: lines.every((l) => isCentered(l, frame)),
      headerColumn,
      lines: keepLines && lines.length > 1 ? lines.map((l) => finalizeText(l.text, []).text) : null,
    },
  };
  placed.push({ top, seq: placed.length, item: paragraph });
}

/** The normal distance between baselines, as a share of the font size. */
function linePitch(pages: readonly PageLayout[]): number {
  const ratios: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.lines.length; i++) {
      const a = page.lines[i - 1] as Line;
      const b = page.lines[i] as Line;
      if (Math.abs(a.size - b.size) > 0.5) continue;
      const ratio = (a.y - b.y) / b.size;
      if (ratio > 0.9 && ratio < 2) ratios.push(ratio);
    }
  }
  return ratios.length > 0 ? median(ratios) : 1.2;
}

/** The most common first-line indent, measured from each page's left margin. */
function firstLineIndent(pages: readonly PageLayout[]): number {
  const indents: number[] = [];
  for (const page of pages) {
    if (page.lines.length < 4) continue;
    const left = frameOf(page.lines, 1, null).left;
    for (const line of page.lines) {
      const indent = line.x - left;
      if (indent > 0.5 * line.size && indent < 6 * line.size) indents.push(indent);
    }
  }
  return indents.length > 0 ? mode(indents, 1) : 0;
}

/** Every marker has a body and every body a marker; say so when not. */
function checkAnchors(items: readonly LayoutItem[], footnotes: readonly LayoutFootnote[], pages: readonly PageLayout[], warn: Warn): void {
  const bodies = new Set(footnotes.map((f) => f.number));
  const marked = new Set<number>();
  for (const item of items) {
    if (item.type !== 'paragraph') continue;
    for (const anchor of item.anchors) {
      marked.add(anchor.footnote);
      if (!bodies.has(anchor.footnote)) warn('footnote_missing_body', `marker ${anchor.footnote} has no footnote body`, item.page);
    }
  }
  for (const page of pages) for (const table of page.tables) for (const n of table.markers) marked.add(n);
  for (const footnote of footnotes) {
    if (!marked.has(footnote.number)) warn('footnote_orphan', `footnote ${footnote.number} has no marker in the text`, footnote.page);
  }
}
