import { textWidth, type FontStyle, type PdfPage, type PdfText } from './build-pdf.js';

/**
 * Typesetting for test pages: words wrapped to a measure and justified as Word does, footnote
 * markers written `^{n}` raised and smaller (2/3 of the size, a third of an em up).
 */

export interface FlowOptions {
  left?: number;
  right?: number;
  /** Baseline of the first line. */
  top: number;
  size?: number;
  /** Baseline to baseline. */
  pitch?: number;
  /** First-line indent. */
  indent?: number;
  justify?: boolean;
  /** Justify the last line too: the paragraph goes on after a page break. */
  continues?: boolean;
  font?: FontStyle;
  /** Marker size and rise as shares of the text size. */
  markerSize?: number;
  markerRise?: number;
}

interface Token {
  word: string;
  markers: string[];
}

const MARKER = /\^\{([^}]+)\}/gu;

function tokens(text: string): Token[] {
  return text
    .split(' ')
    .filter((w) => w !== '')
    .map((raw) => {
      const markers = [...raw.matchAll(MARKER)].map((m) => m[1] ?? '');
      return { word: raw.replace(MARKER, '\u0000'), markers };
    });
}

/** Draw one token at x: the word with its markers raised where `^{n}` stood. */
function drawToken(
  token: Token,
  x: number,
  y: number,
  o: Required<Pick<FlowOptions, 'size' | 'markerSize' | 'markerRise'>> & { font: FontStyle },
): { runs: PdfText[]; width: number } {
  const runs: PdfText[] = [];
  let cursor = x;
  const parts = token.word.split('\u0000');
  parts.forEach((part, i) => {
    if (part !== '') {
      runs.push({ x: cursor, y, size: o.size, text: part, font: o.font });
      cursor += textWidth(part, o.size);
    }
    const marker = token.markers[i];
    if (marker !== undefined && i < parts.length - 1) {
      const size = o.size * o.markerSize;
      runs.push({ x: cursor, y: y + o.size * o.markerRise, size, text: marker });
      cursor += textWidth(marker, size);
    }
  });
  return { runs, width: cursor - x };
}

/** Wrap and justify a paragraph; returns its runs and the baseline for the next line. */
export function flow(text: string, options: FlowOptions): { runs: PdfText[]; next: number; lines: number } {
  const o = {
    left: 85,
    right: 539,
    size: 14,
    indent: 0,
    justify: true,
    continues: false,
    font: 'regular' as FontStyle,
    markerSize: 0.65,
    markerRise: 0.35,
    ...options,
  };
  const pitch = o.pitch ?? o.size * 1.26;
  const space = textWidth(' ', o.size);
  const measured = tokens(text).map((t) => ({ t, w: drawToken(t, 0, 0, o).width }));
  const lines: (typeof measured)[] = [];
  let current: typeof measured = [];
  let width = 0;
  for (const m of measured) {
    const start = lines.length === 0 ? o.left + o.indent : o.left;
    const needed = current.length === 0 ? m.w : width + space + m.w;
    if (current.length > 0 && start + needed > o.right) {
      lines.push(current);
      current = [];
      width = 0;
    }
    width = current.length === 0 ? m.w : width + space + m.w;
    current.push(m);
  }
  if (current.length > 0) lines.push(current);
  const runs: PdfText[] = [];
  let y = o.top;
  lines.forEach((line, li) => {
    const start = li === 0 ? o.left + o.indent : o.left;
    const natural = line.reduce((s, m) => s + m.w, 0) + space * (line.length - 1);
    const last = li === lines.length - 1 && !o.continues;
    const gap = o.justify && !last && line.length > 1 ? space + (o.right - start - natural) / (line.length - 1) : space;
    let x = start;
    for (const m of line) {
      runs.push(...drawToken(m.t, x, y, o).runs);
      x += m.w + gap;
    }
    y -= pitch;
  });
  return { runs, next: y, lines: lines.length };
}

/** One line of text as a single run (headings, header cells, list items), markers allowed. */
export function line(text: string, x: number, y: number, size = 14, font: FontStyle = 'regular'): PdfText[] {
  return flow(text, { left: x, right: 10_000, top: y, size, justify: false, font }).runs;
}

/** A line centred on `centre`. */
export function centred(text: string, centre: number, y: number, size = 14, font: FontStyle = 'regular'): PdfText[] {
  return line(text, centre - textWidth(text.replace(MARKER, ''), size) / 2, y, size, font);
}

/** One footnote body: its number (null when carried over from the previous page) and text. */
export interface ZoneNote {
  n: number | null;
  text: string;
  continues?: boolean;
}

/** Word's footnote zone: a short rule, then bodies in 10 pt opened by a raised 6.5 pt number. */
export function footnoteZone(notes: readonly ZoneNote[], top = 130, ruleWidth = 144): Required<Pick<PdfPage, 'texts' | 'fills'>> {
  const texts: PdfText[] = [];
  let y = top;
  for (const note of notes) {
    if (note.n !== null) texts.push({ x: 85, y: y + 3.5, size: 6.5, text: String(note.n) });
    const body = flow(note.text, {
      left: note.n !== null ? 90 : 85,
      right: 539,
      top: y,
      size: 10,
      pitch: 12,
      continues: note.continues ?? false,
    });
    texts.push(...body.runs);
    y = body.next;
  }
  return { texts, fills: [[85, top + 14, ruleWidth, 0.6]] };
}
