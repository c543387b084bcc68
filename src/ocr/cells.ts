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

export type Recognise = (image: Uint8Array, mode: RecognitionMode) => Promise<TesseractPage>;

export interface CellContext {
  image: PageImage;
  ocrImage: Pick<PageImage, 'width' | 'height' | 'grey'>;
  skew: number;
  dpi: number;
}

const centre = (box: Box): [number, number] => [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
const inside = (x: number, y: number, box: Box): boolean => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

export async function readCells(words: readonly ReadWord[], grids: readonly Grid[], context: CellContext, recognise: Recognise): Promise<ReadWord[]> {
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
    for (const word of wordsOf(result, crop.image)) {
      const moved = shift(word, crop.box.x0 - PAD, crop.box.y0 - PAD);
      const [x, y] = level(moved.box);
      if (inside(x, y, cell)) cellWords.push(moved);
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
  ].map(([x, y]) => (context.skew === 0 ? [x as number, y as number] : rotatePoint(x as number, y as number, -context.skew, width, height)));
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

function shift(word: ReadWord, dx: number, dy: number): ReadWord {
  const move = (b: Box): Box => ({ x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy });
  return { ...word, box: move(word.box), baseline: word.baseline + dy, glyphs: word.glyphs.map((g) => ({ ...g, box: move(g.box) })) };
}
