import { createCanvas, type Canvas } from '@napi-rs/canvas';

/**
 * Page bitmaps for recognition: a grey image for tesseract, a mask of coloured ink (handwriting,
 * stamps) for confidence, and skew correction. Red seals are dropped from the grey image (a red
 * pixel becomes paper) because they sit over the signature and the last lines; blue handwriting is
 * kept, since the number and the day of a signed report are often written by hand.
 */

export interface PageImage {
  width: number;
  height: number;
  /** 0 = black, 255 = white. */
  grey: Uint8Array;
  /** 1 where the pixel is ink of a clear colour (not black or grey). */
  colour: Uint8Array;
}

/** A pixel whose channels spread by more than this is coloured (scanner noise on black stays below). */
const CHROMA = 70;
/** A pixel darker than this (0–255) is ink. */
export const INK = 150;
/** Skew is searched within ± this many degrees… */
const MAX_SKEW = 5;
/** …and corrected when larger than this. */
const MIN_SKEW = 0.08;
/** The skew search works on a copy about this wide. */
const SKEW_WIDTH = 900;

export function pageImage(canvas: Canvas): PageImage {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const grey = new Uint8Array(width * height);
  const colour = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < grey.length; i += 4, p++) {
    const r = rgba[i] ?? 255;
    const g = rgba[i + 1] ?? 255;
    const b = rgba[i + 2] ?? 255;
    const lum = (r * 299 + g * 587 + b * 114) / 1000;
    const chroma = Math.max(r, g, b) - Math.min(r, g, b);
    const coloured = chroma > CHROMA && lum < 235;
    colour[p] = coloured ? 1 : 0;
    // Red seal ink: as light as paper in the red channel, so tesseract never sees it.
    grey[p] = coloured && r > g + CHROMA && r > b + CHROMA ? 255 : Math.round(lum);
  }
  return { width, height, grey, colour };
}

/**
 * The page's skew in degrees (positive = text lines rise to the right), from the projection profile
 * of a reduced binary copy: the angle at which ink rows are sharpest.
 */
export function estimateSkew(image: PageImage): number {
  const step = Math.max(1, Math.floor(image.width / SKEW_WIDTH));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) {
      if ((image.grey[y * image.width + x] ?? 255) < INK) {
        xs.push(x / step);
        ys.push(y / step);
      }
    }
  }
  if (xs.length < 200) return 0;
  const rows = Math.ceil(image.height / step) + Math.ceil(image.width / step) + 2;
  const score = (degrees: number): number => {
    const t = Math.tan((degrees * Math.PI) / 180);
    const bins = new Float64Array(rows);
    const offset = Math.ceil(image.width / step);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round((ys[i] ?? 0) + (xs[i] ?? 0) * t) + offset;
      if (row >= 0 && row < rows) bins[row] = (bins[row] ?? 0) + 1;
    }
    let sum = 0;
    for (const v of bins) sum += v * v;
    return sum;
  };
  let best = 0;
  let bestScore = score(0);
  for (const [from, to, by] of [
    [-MAX_SKEW, MAX_SKEW, 0.5],
    [-0.5, 0.5, 0.1],
    [-0.1, 0.1, 0.025],
  ] as const) {
    const centre = best;
    for (let d = from; d <= to + 1e-9; d += by) {
      const angle = centre + d;
      const s = score(angle);
      if (s > bestScore) {
        bestScore = s;
        best = angle;
      }
    }
  }
  return Math.abs(best) < MIN_SKEW ? 0 : Math.round(best * 1000) / 1000;
}

/** The canvas turned by `degrees` about its centre (same size, white corners). */
export function rotateCanvas(canvas: Canvas, degrees: number): Canvas {
  const out = createCanvas(canvas.width, canvas.height);
  const context = out.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.translate(out.width / 2, out.height / 2);
  context.rotate((degrees * Math.PI) / 180);
  context.drawImage(canvas, -canvas.width / 2, -canvas.height / 2);
  return out;
}

/** Where a pixel of the page lands once the page is turned by `degrees` about its centre (as `rotateCanvas`). */
export function rotatePoint(x: number, y: number, degrees: number, width: number, height: number): [number, number] {
  const t = (degrees * Math.PI) / 180;
  const cx = width / 2;
  const cy = height / 2;
  const dx = x - cx;
  const dy = y - cy;
  return [cx + dx * Math.cos(t) - dy * Math.sin(t), cy + dx * Math.sin(t) + dy * Math.cos(t)];
}

/** A binary PGM (P5) of the grey image: tesseract's Leptonica reads it without decoding work. */
export function toPgm(image: Pick<PageImage, 'width' | 'height' | 'grey'>): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.grey.length);
  out.set(header, 0);
  out.set(image.grey, header.length);
  return out;
}
