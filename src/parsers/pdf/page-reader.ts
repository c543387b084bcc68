import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { FontBook } from './fonts.js';
import { applyPoint, multiply, toMatrix, type Matrix } from './geometry.js';
import { cleanRunText, unusableShare } from './hygiene.js';
import { decodeLegacy } from '../../text/index.js';
import { walkOperators, type OperatorList, type WalkResult } from './operator-walk.js';
import { visibleChars } from './text-layer.js';
import type { PageContent, Rule, Run, StampText, Warn } from './types.js';

/**
 * Read one page into runs and rules in a normalised space: points, origin at the bottom-left of
 * the page as displayed (rotation and crop box applied), y upwards.
 */

interface RawTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}

/** Above this share of unmapped characters a run is dropped rather than emitted as garbage. */
const UNUSABLE_RUN = 0.3;

export interface PageStats {
  rotatedRuns: number;
  unusableRuns: number;
  /** Visible characters of the runs left out as unmapped. */
  unusableChars: number;
}

/**
 * Decides from a page's runs whether its drawing is worth reading (src/parsers/pdf/drawing-need.ts):
 * the operator list costs about as much again as the text.
 */
export type DrawingWanted = (runs: readonly Run[], page: { width: number; height: number }) => boolean;

const NO_DRAWING: WalkResult = { rules: [], shapes: [], annotations: [] };

export async function readPage(
  page: PDFPageProxy,
  fonts: FontBook,
  warn: Warn,
  wantsDrawing: DrawingWanted = () => true,
): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const height = viewport.height;
  // Device space of the viewport is y-down; flip it so that y grows upwards again.
  const view: Matrix = multiply([1, 0, 0, -1, 0, height], toMatrix(viewport.transform));
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const items = content.items as RawTextItem[];
  // pdf.js sends a font's real name (bold, italic, legacy encodings) only with an operator list:
  // a page using a font no earlier page's list brought needs its own, before its runs are made.
  const fontIds = items
    .filter((item) => typeof item.str === 'string' && item.str !== '' && item.fontName)
    .map((item) => item.fontName as string);
  let ops: OperatorList | null = fonts.knowsAll(page.commonObjs as never, fontIds) ? null : await page.getOperatorList();
  const stats: PageStats = { rotatedRuns: 0, unusableRuns: 0, unusableChars: 0 };
  const runs: Run[] = [];
  for (const item of items) {
    const run = toRun(item, view, page, fonts, stats);
    if (run) runs.push(run);
  }
  if (ops === null && ((await drawsAnnotations(page)) || wantsDrawing(runs, { width: viewport.width, height }))) {
    ops = await page.getOperatorList();
  }
  const walked = ops ? walkOperators(ops) : NO_DRAWING;
  const rules = walked.rules.map((r) => transformRule(r, view));
  const shapes = walked.shapes.map((s) => ({ ...s, ...transformRule(s, view) }));
  const stamps: StampText[] = walked.annotations.map((annotationRuns) => stampOf(annotationRuns, view));
  if (stats.unusableRuns > 0) {
    warn('pdf_unmapped_text', `${stats.unusableRuns} text run(s) have no usable Unicode mapping and were left out`, page.pageNumber);
  }
  if (stats.rotatedRuns > 0) {
    warn('pdf_rotated_text', `${stats.rotatedRuns} rotated text run(s) were left out of the reading order`, page.pageNumber);
  }
  return {
    page: page.pageNumber,
    width: viewport.width,
    height,
    runs,
    rules,
    shapes,
    stamps,
    drawn: ops !== null,
    unmappedChars: stats.unusableChars,
  };
}

/**
 * Annotations other than plain links may paint text (signature stamps) or shapes into the page.
 * Asked with the print intent: for the display intent pdf.js extracts the page's text a second time
 * to find the words under each link. Signature widgets are printable (that is what a stamp is for).
 */
async function drawsAnnotations(page: PDFPageProxy): Promise<boolean> {
  try {
    const annotations = (await page.getAnnotations({ intent: 'print' })) as { subtype?: string; hasAppearance?: boolean }[];
    return annotations.some((a) => a.subtype !== 'Link' || a.hasAppearance === true);
  } catch {
    // Annotations pdf.js cannot list: read the drawing, which holds whatever of them it can paint.
    return true;
  }
}

function toRun(item: RawTextItem, view: Matrix, page: PDFPageProxy, fonts: FontBook, stats: PageStats): Run | null {
  if (typeof item.str !== 'string' || item.str === '' || !item.transform) return null;
  const m = multiply(view, item.transform);
  const size = Math.hypot(m[2], m[3]);
  if (size <= 0.1) return null;
  // Horizontal text only: anything else would scramble line order.
  if (Math.abs(m[1]) > 0.05 * size || Math.abs(m[2]) > 0.05 * size || m[0] <= 0) {
    if (item.str.trim() !== '') stats.rotatedRuns += 1;
    return null;
  }
  const font = fonts.info(page.commonObjs as never, item.fontName ?? '');
  let text = item.str;
  if (font.legacy) text = decodeLegacy(text, font.legacy);
  if (unusableShare(text) > UNUSABLE_RUN) {
    stats.unusableRuns += 1;
    stats.unusableChars += visibleChars(text);
    return null;
  }
  text = cleanRunText(text);
  if (text === '') return null;
  const width =
    Math.abs(item.width ?? 0) * (Math.hypot(m[0], m[1]) / Math.max(Math.hypot(item.transform[0] ?? 1, item.transform[1] ?? 0), 1e-6));
  return { text, x: m[4], y: m[5], width, size, bold: font.bold, italic: font.italic };
}

function transformRule(rule: Rule, view: Matrix): Rule {
  const [ax, ay] = applyPoint(view, rule.x1, rule.y1);
  const [bx, by] = applyPoint(view, rule.x2, rule.y2);
  return { x1: Math.min(ax, bx), y1: Math.min(ay, by), x2: Math.max(ax, bx), y2: Math.max(ay, by) };
}

function stampOf(annotationRuns: Run[], view: Matrix): StampText {
  const runs = annotationRuns.map((run) => {
    const [x, y] = applyPoint(view, run.x, run.y);
    return { ...run, x, y, text: cleanRunText(run.text) };
  });
  // Lines of the stamp, top to bottom, for recognising signature blocks.
  const byLine = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: string[] = [];
  let lastY = Number.NaN;
  for (const run of byLine) {
    if (Number.isNaN(lastY) || Math.abs(run.y - lastY) > run.size * 0.5) lines.push(run.text.trim());
    else lines[lines.length - 1] += ` ${run.text.trim()}`;
    lastY = run.y;
  }
  return { lines: lines.filter((line) => line !== ''), runs };
}
