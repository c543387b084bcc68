import type { Page as TesseractPage } from 'tesseract.js';
import { INK, type PageImage } from './image.js';
import type { Box } from './types.js';
import type { Glyph } from './words.js';

/**
 * Reading a footnote-marker candidate: the cluster is cut out on white, enlarged and read by
 * tesseract with digits only; a bare upright stroke that tesseract will not read is a `1` by shape.
 */

/** Crops are enlarged to this height (pixels): measured best for lone superscript digits. */
const TARGET_HEIGHT = 32;
/** Confidence given to a `1` read from its shape alone. */
const STROKE_ONE_CONFIDENCE = 0.6;
/** White around each crop (pixels). */
const MARGIN = 20;
/** A reading below this confidence is no marker. */
const MIN_DIGIT_CONFIDENCE = 0.5;

/** A word-edge cluster that may be a footnote marker (markers.ts finds them). */
export interface MarkerCandidate {
  word: number;
  side: 'start' | 'end';
  box: Box;
  /** Glyph text kept before the marker (end) or after it (start), and after it (end). */
  before: Glyph[];
  after: Glyph[];
}

export interface DigitReading {
  digits: string;
  confidence: number;
}

/**
 * One candidate cut out on white, enlarged (bilinear) to `TARGET_HEIGHT`; `thicken` darkens each
 * pixel to its darkest neighbour first, which rescues a superscript `1` drawn one or two pixels wide.
 */
export function digitCrop(image: Pick<PageImage, 'width' | 'height' | 'grey'>, candidate: MarkerCandidate, thicken: boolean): Uint8Array {
  const pad = 2;
  const x0 = Math.max(1, Math.floor(candidate.box.x0) - pad);
  const y0 = Math.max(1, Math.floor(candidate.box.y0) - pad);
  const x1 = Math.min(image.width - 2, Math.ceil(candidate.box.x1) + pad);
  const y1 = Math.min(image.height - 2, Math.ceil(candidate.box.y1) + pad);
  const scale = TARGET_HEIGHT / (y1 - y0 + 1);
  const w = Math.max(1, Math.round((x1 - x0 + 1) * scale));
  const width = w + 2 * MARGIN;
  const height = TARGET_HEIGHT + 2 * MARGIN;
  const grey = new Uint8Array(width * height).fill(255);
  const at = (px: number, py: number): number => {
    let v = image.grey[py * image.width + px] ?? 255;
    if (thicken) {
      v = Math.min(v, image.grey[py * image.width + px - 1] ?? 255, image.grey[py * image.width + px + 1] ?? 255);
      v = Math.min(v, image.grey[(py - 1) * image.width + px] ?? 255, image.grey[(py + 1) * image.width + px] ?? 255);
    }
    // Paper noise goes; ink keeps its grey edges, which the recogniser uses.
    return v >= INK ? 255 : v;
  };
  for (let sy = 0; sy < TARGET_HEIGHT; sy++) {
    const fy = y0 + sy / scale;
    const iy = Math.min(y1, Math.floor(fy));
    const ty = fy - iy;
    for (let sx = 0; sx < w; sx++) {
      const fx = x0 + sx / scale;
      const ix = Math.min(x1, Math.floor(fx));
      const tx = fx - ix;
      const top = at(ix, iy) * (1 - tx) + at(Math.min(x1, ix + 1), iy) * tx;
      const bottom = at(ix, Math.min(y1, iy + 1)) * (1 - tx) + at(Math.min(x1, ix + 1), Math.min(y1, iy + 1)) * tx;
      grey[(MARGIN + sy) * width + MARGIN + sx] = Math.round(top * (1 - ty) + bottom * ty);
    }
  }
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const pgm = new Uint8Array(header.length + grey.length);
  pgm.set(header);
  pgm.set(grey, header.length);
  return pgm;
}

/** The digits tesseract read on a crop, or null when it read none with confidence. */
export function readDigits(page: TesseractPage): DigitReading | null {
  const words = (page.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words)));
  const digits = words.map((w) => w.text.trim()).join('');
  if (words.length === 0 || !/^\d+$/u.test(digits)) return null;
  const reading = { digits, confidence: Math.min(...words.map((w) => w.confidence / 100)) };
  return acceptable(reading) ? reading : null;
}

export const acceptable = (r: DigitReading): boolean => r.confidence >= MIN_DIGIT_CONFIDENCE && /^[1-9]\d{0,2}$/u.test(r.digits);

/**
 * A superscript `1` is a bare upright stroke, which tesseract often will not read on its own. A
 * candidate that is one narrow, tall, solid cluster of ink in a marker position is read as `1` by
 * its shape, with the confidence that reading deserves.
 */
export function strokeOne(image: Pick<PageImage, 'width' | 'height' | 'grey'>, candidate: MarkerCandidate): DigitReading | null {
  const { x0, y0, x1, y1 } = candidate.box;
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  if (h < 3 * w * 0.8 || w > 0.25 * h + 4) return null;
  let ink = 0;
  for (let y = Math.floor(y0); y <= y1; y++)
    for (let x = Math.floor(x0); x <= x1; x++) if ((image.grey[y * image.width + x] ?? 255) < INK) ink += 1;
  return ink >= 0.45 * w * h ? { digits: '1', confidence: STROKE_ONE_CONFIDENCE } : null;
}
