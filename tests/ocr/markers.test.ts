import { describe, expect, it } from 'vitest';
import { strokeOne } from '../../src/parsers/pdf/ocr/marker-digits.js';
import { applyMarkers, markerCandidates } from '../../src/parsers/pdf/ocr/markers.js';
import { estimateSkew, pageImage, rotateCanvas } from '../../src/parsers/pdf/ocr/image.js';
import type { ReadWord } from '../../src/parsers/pdf/ocr/words.js';
import { blankCanvas } from './helpers/scan.js';

/**
 * Footnote markers found from ink, on drawn glyphs: boxes standing on a baseline at y = 70 with an
 * x-height of 20 px (a 43 px em), as a 14 pt body font at 220 dpi.
 */
const BASE = 70;
const X = 20;

type Shape = [x: number, top: number, w: number, h: number];

function drawWord(shapes: Shape[]): ReturnType<typeof pageImage> {
  const canvas = blankCanvas(400, 120);
  const g = canvas.getContext('2d');
  g.fillStyle = '#000000';
  for (const [x, top, w, h] of shapes) g.fillRect(x, top, w, h);
  return pageImage(canvas);
}

function word(text: string, glyphs: { text: string; x0: number; x1: number }[], lineStart = false): ReadWord {
  const x0 = Math.min(...glyphs.map((g) => g.x0));
  const x1 = Math.max(...glyphs.map((g) => g.x1));
  return {
    text,
    confidence: 0.9,
    rawConfidence: 0.9,
    box: { x0, y0: 28, x1, y1: BASE + 1 },
    baseline: BASE,
    size: X / 0.46,
    colourInk: 0,
    flags: [],
    glyphs: glyphs.map((g) => ({ text: g.text, box: { x0: g.x0, x1: g.x1, y0: 40, y1: BASE } })),
    xHeight: X,
    lineStart,
  };
}

// `năm¹.`: three x-height letters, a raised thin `1`, a full stop on the baseline.
const letters: Shape[] = [
  [100, BASE - X, 16, X],
  [120, BASE - X - 8, 16, X + 8],
  [140, BASE - X, 24, X],
];
const one: Shape = [170, 32, 4, 17];
const stop: Shape = [180, BASE - 4, 4, 4];

describe('footnote markers from the ink', () => {
  it('cuts a raised, small digit off the end of a word and keeps the full stop after it', () => {
    const image = drawWord([...letters, one, stop]);
    const w = word("năm'.", [
      { text: 'n', x0: 100, x1: 116 },
      { text: 'ă', x0: 120, x1: 136 },
      { text: 'm', x0: 140, x1: 164 },
      { text: "'", x0: 168, x1: 176 },
      { text: '.', x0: 178, x1: 184 },
    ]);
    const candidates = markerCandidates([w], image);
    expect(candidates).toHaveLength(1);
    const candidate = candidates[0]!;
    expect(candidate.side).toBe('end');
    expect(candidate.box).toMatchObject({ x0: 170, x1: 173, y1: 48 });
    // Tesseract would not read a lone stroke; its shape says `1`.
    const reading = strokeOne(image, candidate);
    expect(reading?.digits).toBe('1');
    const split = applyMarkers([w], candidates, [reading]);
    expect(split.map((s) => s.text)).toEqual(['năm.', '1']);
    const marker = split[1]!;
    expect(marker.size).toBeLessThan(0.75 * w.size);
    expect(marker.baseline).toBeLessThan(BASE - 0.3 * X);
  });

  it('finds the number that opens a footnote body at the start of a line', () => {
    const image = drawWord([
      [96, 32, 10, 17],
      [110, BASE - 30, 18, 30],
      [130, BASE - X, 14, X],
    ]);
    const w = word(
      '“Kế',
      [
        { text: '“', x0: 96, x1: 106 },
        { text: 'K', x0: 110, x1: 128 },
        { text: 'ế', x0: 130, x1: 144 },
      ],
      true,
    );
    const candidates = markerCandidates([w], image);
    expect(candidates.map((c) => c.side)).toEqual(['start']);
    const split = applyMarkers([w], candidates, [{ digits: '4', confidence: 0.96 }]);
    expect(split.map((s) => s.text)).toEqual(['4', 'Kế']);
    expect(split[1]!.box.x0).toBeGreaterThan(split[0]!.box.x1);
  });

  it('leaves hyphens, tone marks and unconfirmed readings alone', () => {
    const hyphen = drawWord([...letters, [170, 40, 12, 3]]);
    const w = word('năm-', [
      { text: 'n', x0: 100, x1: 116 },
      { text: 'ă', x0: 120, x1: 136 },
      { text: 'm', x0: 140, x1: 164 },
      { text: '-', x0: 170, x1: 182 },
    ]);
    expect(markerCandidates([w], hyphen)).toEqual([]);
    const image = drawWord([...letters, [170, 30, 9, 17]]);
    const candidates = markerCandidates([w], image);
    expect(candidates).toHaveLength(1);
    // A reading that is not a footnote number (0, low confidence, nothing) changes nothing.
    for (const reading of [{ digits: '0', confidence: 0.99 }, { digits: '7', confidence: 0.2 }, null]) {
      expect(applyMarkers([w], candidates, [reading]).map((s) => s.text)).toEqual(['năm-']);
    }
  });
});

describe('skew', () => {
  it('measures the turn of a crooked page to a tenth of a degree', () => {
    const canvas = blankCanvas(1200, 1600);
    const g = canvas.getContext('2d');
    g.fillStyle = '#000000';
    for (let y = 150; y < 1450; y += 60) for (let x = 150; x < 1050; x += 30) g.fillRect(x, y, 22, 26);
    for (const turn of [1.5, -1.2, 0]) {
      const skew = estimateSkew(pageImage(rotateCanvas(canvas, turn)));
      expect(Math.abs(skew + turn)).toBeLessThan(0.1);
    }
  });
});
