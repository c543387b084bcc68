import type { Line as TesseractLine, Page as TesseractPage, Word as TesseractWord } from 'tesseract.js';
import { INK, rotatePoint, type PageImage } from './image.js';
import type { Box, OcrWord } from './types.js';

/**
 * Tesseract's block tree → words with a box, a baseline, a font size and a confidence, in reading
 * order. Each word keeps its glyph boxes and its row's metrics for the footnote-marker pass.
 */

/** A text row's height (x-height + ascenders + descenders) is about this share of the font's em. */
const ROW_PER_EM = 0.9;
/** x-height of the serif faces reports are set in (Times New Roman 0.45), as a share of the em. */
const X_PER_EM = 0.46;
/** Height of capitals and digits, as a share of the em. */
const CAP_PER_EM = 0.68;
// Letters that stand exactly on the x-height, without marks: their boxes measure it.
const X_LETTERS = /^[acemnorsuvwxz]$/u;
const CAPS_DIGITS = /^[A-Z0-9]$/u;
/** Glyphs with less ink than this (pixels) do not decide whether a word is handwritten. */
const MIN_GLYPH_INK = 30;

export interface Glyph {
  text: string;
  box: Box;
}

export interface ReadWord extends OcrWord {
  glyphs: Glyph[];
  /** x-height of the word's row, pixels. */
  xHeight: number;
  /** First word of its tesseract line. */
  lineStart: boolean;
}

export function wordsOf(page: TesseractPage, image: PageImage): ReadWord[] {
  const words: ReadWord[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const { em, xHeight } = metricsOf(line);
        let first = true;
        for (const word of line.words) {
          const text = word.text.normalize('NFC').trim();
          if (text === '') continue;
          const confidence = Math.max(0, Math.min(1, word.confidence / 100));
          words.push({
            text,
            box: word.bbox,
            confidence,
            rawConfidence: confidence,
            baseline: baselineAt(line, (word.bbox.x0 + word.bbox.x1) / 2),
            size: em,
            colourInk: colourOf(image, word),
            flags: [],
            glyphs: (word.symbols ?? []).map((s) => ({ text: s.text, box: s.bbox })),
            xHeight,
            lineStart: first,
          });
          first = false;
        }
      }
    }
  }
  return words;
}

/**
 * A line's font size (em, pixels) and x-height, measured on its glyphs: the boxes of unmarked
 * x-height letters, else of capitals and digits. Tesseract's own row metrics are sometimes copied
 * from a neighbouring row, which would hide a footnote's smaller size.
 */
function metricsOf(line: TesseractLine): { em: number; xHeight: number } {
  const glyphs = line.words.flatMap((w) => w.symbols ?? []);
  const xs = glyphs.filter((g) => X_LETTERS.test(g.text)).map((g) => g.bbox.y1 - g.bbox.y0);
  if (xs.length >= 3) {
    const xHeight = median(xs);
    return { em: xHeight / X_PER_EM, xHeight };
  }
  const caps = glyphs.filter((g) => CAPS_DIGITS.test(g.text)).map((g) => g.bbox.y1 - g.bbox.y0);
  if (caps.length >= 2) {
    const em = median(caps) / CAP_PER_EM;
    return { em, xHeight: X_PER_EM * em };
  }
  const row = line.rowAttributes?.rowHeight;
  const em = (row && row > 0 ? row : line.bbox.y1 - line.bbox.y0) / ROW_PER_EM;
  return { em, xHeight: X_PER_EM * em };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function baselineAt(line: TesseractLine, x: number): number {
  const { x0, y0, x1, y1 } = line.baseline;
  if (x1 === x0) return y0;
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/**
 * Words read on the page as scanned, moved into the page turned by `skew` degrees (where lines are
 * level and the rules were found). Boxes keep their size: at a few degrees the error is a pixel.
 */
export function deskewWords<W extends OcrWord>(words: readonly W[], skew: number, width: number, height: number): W[] {
  if (skew === 0) return [...words];
  return words.map((word) => {
    const cx = (word.box.x0 + word.box.x1) / 2;
    const cy = (word.box.y0 + word.box.y1) / 2;
    const [nx, ny] = rotatePoint(cx, cy, skew, width, height);
    const [, baseline] = rotatePoint(cx, word.baseline, skew, width, height);
    const dx = nx - cx;
    const dy = ny - cy;
    return { ...word, box: { x0: word.box.x0 + dx, x1: word.box.x1 + dx, y0: word.box.y0 + dy, y1: word.box.y1 + dy }, baseline };
  });
}

/**
 * A word's coloured-ink share: the largest among its glyphs, so that a number written by hand into a
 * printed form (`Số: 379/BC-UBND` with `379` in blue) counts as handwritten.
 */
function colourOf(image: PageImage, word: TesseractWord): number {
  // A glyph with little ink (a dot, a comma) is all edge: JPEG colour fringes would decide it.
  const glyphs = (word.symbols ?? []).map((s) => inkOf(image, s.bbox)).filter((g) => g.ink >= MIN_GLYPH_INK);
  return Math.max(colourShare(image, word.bbox), ...glyphs.map((g) => g.coloured / g.ink));
}

/** Share of a box's ink that is coloured (handwriting in blue, a stamp), 0 for black print. */
export function colourShare(image: PageImage, box: Box): number {
  const { ink, coloured } = inkOf(image, box);
  return ink === 0 ? 0 : coloured / ink;
}

function inkOf(image: PageImage, box: Box): { ink: number; coloured: number } {
  const x0 = Math.max(0, Math.floor(box.x0));
  const x1 = Math.min(image.width - 1, Math.ceil(box.x1));
  const y0 = Math.max(0, Math.floor(box.y0));
  const y1 = Math.min(image.height - 1, Math.ceil(box.y1));
  let ink = 0;
  let coloured = 0;
  for (let y = y0; y <= y1; y++) {
    const row = y * image.width;
    for (let x = x0; x <= x1; x++) {
      const c = image.colour[row + x] === 1;
      if (c) coloured += 1;
      if (c || (image.grey[row + x] ?? 255) < INK) ink += 1;
    }
  }
  return { ink, coloured };
}

/** Drop the marker-pass fields once the words are final. */
export function plainWord(word: OcrWord): OcrWord {
  return {
    text: word.text,
    confidence: word.confidence,
    rawConfidence: word.rawConfidence,
    box: word.box,
    baseline: word.baseline,
    size: word.size,
    colourInk: word.colourInk,
    flags: word.flags,
  };
}
