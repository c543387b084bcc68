import type { Line as TesseractLine, Page as TesseractPage, Symbol as TesseractSymbol, Word as TesseractWord } from 'tesseract.js';
import { INK, rotatePoint, type PageImage } from './image.js';
import type { Box, OcrWord } from './types.js';

/**
 * Tesseract's block tree → words with a box, a baseline, a font size and a confidence. Footnote
 * markers that tesseract glued to the word before (`tỉnh¹` read as `tỉnh1`) are cut off into words
 * of their own, smaller and raised, so the PDF parser's superscript rule recognises them from
 * geometry exactly as it does in a text PDF.
 */

/** A text row's height (x-height + ascenders + descenders) is about this share of the font's em. */
const ROW_PER_EM = 0.9;
/** A digit of a body font is about this share of its em tall. */
const DIGIT_PER_EM = 0.68;
/** A trailing digit group is a marker when its bottom is raised by this share of the row's x-height… */
const MARKER_RISE = 0.3;
/** …and it is at most this share as tall as the word's other glyphs. */
const MARKER_HEIGHT = 0.8;
const SUPERSCRIPT_DIGITS: Record<string, string> = { '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁰': '0' };

export function wordsOf(page: TesseractPage, image: PageImage): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const em = emOf(line);
        for (const word of line.words) {
          const text = word.text.normalize('NFC').trim();
          if (text === '') continue;
          words.push(...splitMarker(word, text, line, em, image));
        }
      }
    }
  }
  return words;
}

function emOf(line: TesseractLine): number {
  const row = line.rowAttributes?.rowHeight;
  const height = row && row > 0 ? row : line.bbox.y1 - line.bbox.y0;
  return height / ROW_PER_EM;
}

function baselineAt(line: TesseractLine, x: number): number {
  const { x0, y0, x1, y1 } = line.baseline;
  if (x1 === x0) return y0;
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

function makeWord(text: string, box: Box, confidence: number, baseline: number, size: number, image: PageImage): OcrWord {
  return { text, box, confidence, rawConfidence: confidence, baseline, size, colourInk: colourShare(image, box), flags: [] };
}

/** The word, or the word and its footnote marker when the last glyphs are a raised, smaller number. */
function splitMarker(word: TesseractWord, text: string, line: TesseractLine, em: number, image: PageImage): OcrWord[] {
  const confidence = Math.max(0, Math.min(1, word.confidence / 100));
  const centre = (word.bbox.x0 + word.bbox.x1) / 2;
  const baseline = baselineAt(line, centre);
  const whole = (): OcrWord[] => [makeWord(text, word.bbox, confidence, baseline, em, image)];
  const symbols = word.symbols ?? [];
  const xHeight = Math.max(1, (line.rowAttributes?.rowHeight ?? em) - (line.rowAttributes?.ascenders ?? 0) - (line.rowAttributes?.descenders ?? 0));
  const raisedGlyph = (s: TesseractSymbol): boolean =>
    isMarkerGlyph(s) && (s.is_superscript || SUPERSCRIPT_DIGITS[s.text] !== undefined || baseline - s.bbox.y1 >= MARKER_RISE * xHeight);
  let cut = symbols.length;
  while (cut > 0 && raisedGlyph(symbols[cut - 1] as TesseractSymbol)) cut -= 1;
  if (cut === symbols.length) return whole();
  if (cut === 0) {
    // A marker tesseract read as a word of its own: keep its raised baseline and small size.
    const box = word.bbox;
    const lone = /^\d{1,3}$/u.test(text) && box.y1 - box.y0 <= MARKER_HEIGHT * DIGIT_PER_EM * em;
    return lone ? [makeWord(text, box, confidence, box.y1, Math.min(0.75 * em, (box.y1 - box.y0) / DIGIT_PER_EM), image)] : whole();
  }
  const body = symbols.slice(0, cut);
  const marker = symbols.slice(cut);
  const bodyText = body.map((s) => s.text).join('').normalize('NFC');
  const markerText = marker.map((s) => SUPERSCRIPT_DIGITS[s.text] ?? s.text).join('');
  if (!/^\d{1,3}$/u.test(markerText) || bodyText.trim() === '') return whole();
  const markerBox = unionBox(marker.map((s) => s.bbox));
  const bodyBox = unionBox(body.map((s) => s.bbox));
  // Tesseract's superscript flag is trusted; a raised digit alone must also be clearly smaller.
  const flagged = marker.every((s) => s.is_superscript || SUPERSCRIPT_DIGITS[s.text] !== undefined);
  const small = markerBox.y1 - markerBox.y0 <= MARKER_HEIGHT * digitHeight(body, em);
  if (!flagged && !small) return whole();
  const markerSize = Math.min(0.75 * em, (markerBox.y1 - markerBox.y0) / DIGIT_PER_EM);
  return [
    makeWord(bodyText, bodyBox, confidence, baseline, em, image),
    makeWord(markerText, markerBox, confidence, markerBox.y1, markerSize, image),
  ];
}

function isMarkerGlyph(symbol: TesseractSymbol): boolean {
  return /^\d$/u.test(symbol.text) || SUPERSCRIPT_DIGITS[symbol.text] !== undefined;
}

/** Height of the tallest glyphs of the word body: capitals and ascenders, or the em share for digits. */
function digitHeight(body: readonly TesseractSymbol[], em: number): number {
  const heights = body.filter((s) => /[\p{Lu}\d bdfhklt]/u.test(s.text)).map((s) => s.bbox.y1 - s.bbox.y0);
  return heights.length > 0 ? Math.max(...heights) : DIGIT_PER_EM * em;
}

function unionBox(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/**
 * Words read on the page as scanned, moved into the page turned by `skew` degrees (where lines are
 * level and the rules were found). Boxes keep their size: at a few degrees the error is a pixel.
 */
export function deskewWords(words: readonly OcrWord[], skew: number, width: number, height: number): OcrWord[] {
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

/** Share of a box's ink that is coloured (handwriting in blue, a stamp), 0 for black print. */
export function colourShare(image: PageImage, box: Box): number {
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
  return ink === 0 ? 0 : coloured / ink;
}
