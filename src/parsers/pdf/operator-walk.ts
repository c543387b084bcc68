import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { applyPoint, multiply, toMatrix, type Matrix } from './geometry.js';
import type { Rule, Run, Shape } from './types.js';

/**
 * One linear pass over a page's operator list that keeps what text extraction cannot give:
 * ruling segments (table borders, the footnote separator) and the text drawn inside annotation
 * appearances (e-signature widgets stamp the document number and day into the head this way).
 */

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface WalkResult {
  rules: Rule[];
  shapes: Shape[];
  /** Text of each annotation appearance, as runs in page space (before the viewport transform). */
  annotations: Run[][];
}

/** A segment thinner than this (points) is a drawn line, not a filled area. */
const RULE_THICKNESS = 2.5;
/** And at least this long. */
const RULE_MIN_LENGTH = 4;
/** Hostile files can draw millions of paths; beyond this many rules a page has no readable table. */
export const MAX_RULES = 20_000;
const MAX_SHAPES = 5_000;
/** Shapes thinner than this are rules or hairlines, not areas. */
const SHAPE_MIN = 3;

const PAINT_STROKE = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const PAINT_FILL = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

interface GraphicsState {
  ctm: Matrix;
  fillWhite: boolean;
  strokeWhite: boolean;
}

interface TextState {
  font: string;
  size: number;
  tm: Matrix;
  tlm: Matrix;
  leading: number;
  charSpacing: number;
  wordSpacing: number;
}

export function walkOperators(list: OperatorList): WalkResult {
  const rules: Rule[] = [];
  const shapes: Shape[] = [];
  const annotations: Run[][] = [];
  let state: GraphicsState = { ctm: [1, 0, 0, 1, 0, 0], fillWhite: false, strokeWhite: false };
  const stack: GraphicsState[] = [];
  let text: TextState = freshText();
  let annotationDepth = 0;
  let current: Run[] | null = null;

  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push(state);
        state = { ...state };
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(state.ctm, args as number[]);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(state);
        state = { ...state, ctm: multiply(state.ctm, toMatrix(args?.[0] as ArrayLike<number> | null)) };
        break;
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.beginAnnotation: {
        stack.push(state);
        const transform = toMatrix(args?.[2] as ArrayLike<number> | null);
        const matrix = toMatrix(args?.[3] as ArrayLike<number> | null);
        state = { ...state, ctm: multiply(multiply(state.ctm, transform), matrix) };
        annotationDepth += 1;
        current = [];
        break;
      }
      case OPS.endAnnotation:
        state = stack.pop() ?? state;
        annotationDepth = Math.max(0, annotationDepth - 1);
        if (current && current.length > 0) annotations.push(current);
        current = null;
        break;
      case OPS.setFillRGBColor:
        state.fillWhite = isWhite(args?.[0]);
        break;
      case OPS.setStrokeRGBColor:
        state.strokeWhite = isWhite(args?.[0]);
        break;
      case OPS.constructPath:
        if (rules.length < MAX_RULES) collectRules(args, state, rules);
        if (shapes.length < MAX_SHAPES) collectShape(args, state, shapes);
        break;
      default:
        if (annotationDepth > 0 && current) text = textOp(fn ?? -1, args, text, state, current);
    }
  }
  return { rules, shapes, annotations };
}

function freshText(): TextState {
  return { font: '', size: 0, tm: [1, 0, 0, 1, 0, 0], tlm: [1, 0, 0, 1, 0, 0], leading: 0, charSpacing: 0, wordSpacing: 0 };
}

const isWhite = (color: unknown): boolean => typeof color === 'string' && /^#f[ef]f[ef]f[ef]$/iu.test(color);

/** The small text-state machine needed to place annotation text; rendering detail is ignored. */
function textOp(fn: number, args: unknown[] | null, t: TextState, g: GraphicsState, out: Run[]): TextState {
  switch (fn) {
    case OPS.beginText:
      return freshText();
    case OPS.setFont:
      return { ...t, font: typeof args?.[0] === 'string' ? args[0] : '', size: Math.abs(Number(args?.[1] ?? 0)) };
    case OPS.setTextMatrix: {
      const m = toMatrix((Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0]) ? args?.[0] : args) as ArrayLike<number>);
      return { ...t, tm: m, tlm: m };
    }
    case OPS.moveText:
    case OPS.setLeadingMoveText: {
      const tx = Number(args?.[0] ?? 0);
      const ty = Number(args?.[1] ?? 0);
      const m = multiply(t.tlm, [1, 0, 0, 1, tx, ty]);
      return { ...t, tm: m, tlm: m, leading: fn === OPS.setLeadingMoveText ? -ty : t.leading };
    }
    case OPS.setLeading:
      return { ...t, leading: Number(args?.[0] ?? 0) };
    case OPS.nextLine: {
      const m = multiply(t.tlm, [1, 0, 0, 1, 0, -t.leading]);
      return { ...t, tm: m, tlm: m };
    }
    case OPS.setCharSpacing:
      return { ...t, charSpacing: Number(args?.[0] ?? 0) };
    case OPS.setWordSpacing:
      return { ...t, wordSpacing: Number(args?.[0] ?? 0) };
    case OPS.showText:
    case OPS.showSpacedText:
    case OPS.nextLineShowText:
    case OPS.nextLineSetSpacingShowText: {
      const glyphs = args?.[0];
      if (!Array.isArray(glyphs)) return t;
      return showGlyphs(glyphs, t, g, out);
    }
    default:
      return t;
  }
}

function showGlyphs(glyphs: unknown[], t: TextState, g: GraphicsState, out: Run[]): TextState {
  let advance = 0;
  let str = '';
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      advance -= (glyph * t.size) / 1000;
      continue;
    }
    const info = glyph as { unicode?: string; width?: number; isSpace?: boolean } | null;
    if (!info) continue;
    str += info.unicode ?? '';
    advance += ((info.width ?? 0) * t.size) / 1000 + t.charSpacing + (info.isSpace ? t.wordSpacing : 0);
  }
  const m = multiply(g.ctm, t.tm);
  const [x, y] = applyPoint(m, 0, 0);
  const scale = Math.hypot(m[2], m[3]);
  if (str.trim() !== '')
    out.push({ text: str, x, y, width: advance * Math.hypot(m[0], m[1]), size: t.size * scale, bold: false, italic: false });
  const moved = multiply(t.tm, [1, 0, 0, 1, advance, 0]);
  return { ...t, tm: moved };
}

function collectShape(args: unknown[] | null, g: GraphicsState, shapes: Shape[]): void {
  const paint = Number(args?.[0]);
  const stroked = PAINT_STROKE.has(paint) && !g.strokeWhite;
  const filled = PAINT_FILL.has(paint) && !g.fillWhite;
  if (!stroked && !filled) return;
  const box = args?.[2] as ArrayLike<number> | undefined;
  if (!box || box.length < 4) return;
  const corners = [
    applyPoint(g.ctm, box[0] ?? 0, box[1] ?? 0),
    applyPoint(g.ctm, box[2] ?? 0, box[3] ?? 0),
    applyPoint(g.ctm, box[0] ?? 0, box[3] ?? 0),
    applyPoint(g.ctm, box[2] ?? 0, box[1] ?? 0),
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const shape = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
  if (shape.x2 - shape.x1 < SHAPE_MIN || shape.y2 - shape.y1 < SHAPE_MIN) return;
  shapes.push({ ...shape, stroked, filledOnly: filled && !stroked });
}

/** Axis-aligned segments from a constructed path: thin filled rectangles and stroked lines. */
function collectRules(args: unknown[] | null, g: GraphicsState, rules: Rule[]): void {
  const paint = Number(args?.[0]);
  const stroke = PAINT_STROKE.has(paint) && !g.strokeWhite;
  const fill = PAINT_FILL.has(paint) && !g.fillWhite;
  if (!stroke && !fill) return;
  const raw = args?.[1];
  const data = (Array.isArray(raw) ? raw[0] : raw) as ArrayLike<number> | undefined;
  if (!data || typeof data.length !== 'number') return;
  let points: [number, number][] = [];
  let curved = false;
  const flush = (): void => {
    if (!curved && points.length >= 2) subpathRules(points, stroke, rules);
    points = [];
    curved = false;
  };
  let k = 0;
  while (k < data.length && rules.length < MAX_RULES) {
    const op = data[k];
    if (op === 0) {
      flush();
      points.push(applyPoint(g.ctm, data[k + 1] ?? 0, data[k + 2] ?? 0));
      k += 3;
    } else if (op === 1) {
      points.push(applyPoint(g.ctm, data[k + 1] ?? 0, data[k + 2] ?? 0));
      k += 3;
    } else if (op === 2) {
      curved = true;
      k += 7;
    } else if (op === 3) {
      curved = true;
      k += 5;
    } else if (op === 4) {
      const first = points[0];
      if (first) points.push(first);
      k += 1;
    } else {
      break;
    }
  }
  flush();
}

function subpathRules(points: [number, number][], stroke: boolean, rules: Rule[]): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let axisAligned = true;
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i] as [number, number];
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    const prev = points[i - 1];
    if (prev && Math.abs(prev[0] - x) > 0.5 && Math.abs(prev[1] - y) > 0.5) axisAligned = false;
  }
  if (!axisAligned) return;
  const w = maxX - minX;
  const h = maxY - minY;
  // A thin box, filled or stroked, is one ruling line along its long side.
  if (Math.min(w, h) <= RULE_THICKNESS && Math.max(w, h) >= RULE_MIN_LENGTH) {
    if (w >= h) rules.push({ x1: minX, y1: (minY + maxY) / 2, x2: maxX, y2: (minY + maxY) / 2 });
    else rules.push({ x1: (minX + maxX) / 2, y1: minY, x2: (minX + maxX) / 2, y2: maxY });
    return;
  }
  // Only strokes draw the edges of a larger shape; a filled area is shading, not a border.
  if (!stroke) return;
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1] as [number, number];
    const [x2, y2] = points[i] as [number, number];
    const length = Math.hypot(x2 - x1, y2 - y1);
    if (length < RULE_MIN_LENGTH) continue;
    rules.push({ x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) });
  }
}
