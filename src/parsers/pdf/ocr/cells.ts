import type { Page as TesseractPage } from 'tesseract.js';
import type { RecognitionMode } from './engine.js';
import { INK, rotatePoint, type PageImage } from './image.js';
import type { Grid } from './grid.js';
import type { Box } from './types.js';
import { wordsOf, type ReadWord } from './words.js';

/**
 * Tables read cell by cell. Each cell of a ruled grid is cut out of the image tesseract read (rules
 * already painted out), read as one line or one block, and its words replace whatever the page
 * reading found inside the grid. Cells are found on the straightened page; crops are taken from the
 * page as scanned, so corners are turned back by the skew.
 */

/** Pixels (at 300 dpi) trimmed inside each cell border, and white added around the crop. */
const INSET_300 = 4;
const PAD = 12;
/** A cell with fewer ink pixels than this is empty. */
const MIN_INK = 12;
/** A cell shorter than this many ems holds one line of text. */
const ONE_LINE = 1.9;
/** Unread ink at least this share of the cell's typical word height is a dropped glyph… */
const UNREAD_HEIGHT = 0.5;
/** …when it stands this many pixels clear of the crop's edges (border remnants)… */
const EDGE = 8;
/** …and is not taller than this many word heights (a longer stroke is a border remnant). */
const BORDER_HEIGHT = 1.3;
/** Ink for this check includes grey: the thin arcs of a light `0` must hold its two sides together. */
const LIGHT_INK = 215;
/** Digits are set half an em wide (tabular figures), their ink a little less… */
const DIGIT_WIDTH = 0.5;
/** …so a digit's box this many times wider covers two. */
const WIDE_DIGIT = 1.3;

export type Recognise = (image: Uint8Array, mode: RecognitionMode) => Promise<TesseractPage>;

export interface CellContext {
  image: PageImage;
  ocrImage: Pick<PageImage, 'width' | 'height' | 'grey'>;
  skew: number;
  dpi: number;
}

const centre = (box: Box): [number, number] => [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
const inside = (x: number, y: number, box: Box): boolean => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

export async function readCells(
  words: readonly ReadWord[],
  grids: readonly Grid[],
  context: CellContext,
  recognise: Recognise,
): Promise<ReadWord[]> {
  if (grids.length === 0) return [...words];
  const { width, height } = context.image;
  const level = (box: Box): [number, number] => {
    const [x, y] = centre(box);
    return context.skew === 0 ? [x, y] : rotatePoint(x, y, context.skew, width, height);
  };
  const em = typicalEm(words);
  const inGrid = (word: ReadWord): boolean => {
    const [x, y] = level(word.box);
    return grids.some((g) => inside(x, y, g.box));
  };
  const flags = words.map(inGrid);
  const firstInGrid = flags.indexOf(true);
  const kept = words.filter((_, i) => !flags[i]);
  const cellWords: ReadWord[] = [];
  const cells = grids.flatMap((g) => g.cells).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  for (const cell of cells) {
    const crop = cropOf(cell, context);
    if (!crop) continue;
    const mode: RecognitionMode = crop.box.y1 - crop.box.y0 < ONE_LINE * em ? 'line' : 'block';
    const result = await recognise(crop.pgm, mode);
    const read = wordsOf(result, crop.image);
    // Ink no word covers is a glyph tesseract dropped (a thin `1` beside a digit: `71` read `7`).
    const dropped = hasUnreadInk(crop.image, read);
    for (const word of read) {
      const moved = shift(word, crop.box.x0 - PAD, crop.box.y0 - PAD);
      const [x, y] = level(moved.box);
      if (inside(x, y, cell)) cellWords.push(dropped ? { ...moved, flags: [...moved.flags, 'unread-ink'] } : moved);
    }
  }
  // Cell words stand where the table stood in the page reading.
  const at = firstInGrid < 0 ? kept.length : firstInGrid - flags.slice(0, firstInGrid).filter(Boolean).length;
  return [...kept.slice(0, at), ...cellWords, ...kept.slice(at)];
}

function typicalEm(words: readonly ReadWord[]): number {
  const sizes = words.map((w) => w.size).sort((a, b) => a - b);
  return sizes[sizes.length >> 1] ?? 40;
}

interface Crop {
  box: Box;
  pgm: Uint8Array;
  image: PageImage;
}

/** The cell's inside on the page as scanned, on white; null when it holds no ink. */
function cropOf(cell: Box, context: CellContext): Crop | null {
  const inset = Math.max(2, INSET_300 * (context.dpi / 300));
  const inner = { x0: cell.x0 + inset, y0: cell.y0 + inset, x1: cell.x1 - inset, y1: cell.y1 - inset };
  if (inner.x1 - inner.x0 < 4 || inner.y1 - inner.y0 < 4) return null;
  const { width, height } = context.ocrImage;
  const corners = [
    [inner.x0, inner.y0],
    [inner.x1, inner.y0],
    [inner.x0, inner.y1],
    [inner.x1, inner.y1],
  ].map(([x, y]) =>
    context.skew === 0 ? [x as number, y as number] : rotatePoint(x as number, y as number, -context.skew, width, height),
  );
  const box = {
    x0: Math.max(0, Math.floor(Math.min(...corners.map((c) => c[0] as number)))),
    y0: Math.max(0, Math.floor(Math.min(...corners.map((c) => c[1] as number)))),
    x1: Math.min(width - 1, Math.ceil(Math.max(...corners.map((c) => c[0] as number)))),
    y1: Math.min(height - 1, Math.ceil(Math.max(...corners.map((c) => c[1] as number)))),
  };
  const w = box.x1 - box.x0 + 1 + 2 * PAD;
  const h = box.y1 - box.y0 + 1 + 2 * PAD;
  const grey = new Uint8Array(w * h).fill(255);
  const colour = new Uint8Array(w * h);
  let ink = 0;
  for (let y = box.y0; y <= box.y1; y++) {
    for (let x = box.x0; x <= box.x1; x++) {
      const v = context.ocrImage.grey[y * width + x] ?? 255;
      if (v < INK) ink += 1;
      const at = (y - box.y0 + PAD) * w + (x - box.x0 + PAD);
      grey[at] = v;
      colour[at] = context.image.colour[y * width + x] ?? 0;
    }
  }
  if (ink < MIN_INK) return null;
  const header = new TextEncoder().encode(`P5\n${w} ${h}\n255\n`);
  const pgm = new Uint8Array(header.length + grey.length);
  pgm.set(header);
  pgm.set(grey, header.length);
  return { box, pgm, image: { width: w, height: h, grey, colour } };
}

/**
 * Whether a crop holds a glyph tesseract did not read: a cluster of inked columns (away from the
 * crop's edges, where border remnants lie) as tall as a glyph that no word covers, or a digit whose
 * box is far wider than a digit (a box stretched over the digit it left out).
 */
export function hasUnreadInk(image: PageImage, words: readonly ReadWord[]): boolean {
  if (words.length === 0) return false;
  const heights = words.map((w) => w.box.y1 - w.box.y0).sort((a, b) => a - b);
  const glyph = UNREAD_HEIGHT * (heights[heights.length >> 1] ?? 0);
  const margin = PAD + EDGE;
  const boxes = words.map((w) => w.box);
  const clusters: { x0: number; x1: number; top: number; bottom: number }[] = [];
  let open: { x0: number; x1: number; top: number; bottom: number } | null = null;
  for (let x = margin; x <= image.width - margin; x++) {
    let top = -1;
    let bottom = -1;
    if (x < image.width - margin) {
      for (let y = margin; y < image.height - margin; y++) {
        if ((image.grey[y * image.width + x] ?? 255) >= LIGHT_INK) continue;
        if (top < 0) top = y;
        bottom = y;
      }
    }
    if (top < 0) {
      if (open) clusters.push(open);
      open = null;
    } else if (open) {
      open.x1 = x;
      open.top = Math.min(open.top, top);
      open.bottom = Math.max(open.bottom, bottom);
    } else {
      open = { x0: x, x1: x, top, bottom };
    }
  }
  // Glyph-tall, but not taller than the words: a longer stroke is what is left of a cell border.
  const tall = clusters.filter(
    (c) => c.bottom - c.top + 1 >= glyph && c.bottom - c.top + 1 <= BORDER_HEIGHT * (heights[heights.length >> 1] ?? 0),
  );
  const within = (c: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean => c.x0 >= b.x0 - 2 && c.x1 <= b.x1 + 2;
  if (tall.some((c) => !boxes.some((b) => within(c, b)))) return true;
  // A digit box wider than any digit took in a digit it left out (`71` read `7`).
  return words.some((w) => w.glyphs.some((g) => /^\d$/u.test(g.text) && g.box.x1 - g.box.x0 > WIDE_DIGIT * DIGIT_WIDTH * w.size));
}

function shift(word: ReadWord, dx: number, dy: number): ReadWord {
  const move = (b: Box): Box => ({ x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy });
  return { ...word, box: move(word.box), baseline: word.baseline + dy, glyphs: word.glyphs.map((g) => ({ ...g, box: move(g.box) })) };
}
