import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { AnnotationMode } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf, type OpenedPdf } from '../load.js';

/**
 * Pages to bitmaps for OCR: pdf.js (legacy build, no eval, no network, no system fonts; CMaps and
 * standard fonts from the package) draws onto an `@napi-rs/canvas` canvas. Annotations are left out:
 * an e-signature widget drawn over the recipients list would garble the text under it, and its own
 * text is in the file's text layer, where the PDF parser reads it.
 */

/** A page bigger than this many pixels is rendered at a lower resolution (A0 posters, hostile sizes). */
const MAX_PIXELS = 40_000_000;
/** Embedded images above this many pixels are not decoded (pdf.js option). */
const MAX_IMAGE_PIXELS = 100_000_000;

export type RenderablePdf = OpenedPdf;

/** The parser's hardened opener (no eval, no network, package fonts), with images decoded for drawing. */
export const openForRendering = (bytes: Uint8Array, password?: string): Promise<RenderablePdf> =>
  openPdf(bytes, password, { maxImageSize: MAX_IMAGE_PIXELS });

export interface RenderedPage {
  page: number;
  canvas: Canvas;
  /** Pixels per inch actually used (lowered for very large pages). */
  dpi: number;
  widthPt: number;
  heightPt: number;
}

/** Render one page (1-based) at `dpi` (lowered for huge pages) onto a white canvas. */
export async function renderPage(doc: PDFDocumentProxy, pageNumber: number, dpi: number): Promise<RenderedPage> {
  const page = await doc.getPage(pageNumber);
  try {
    const base = page.getViewport({ scale: 1 });
    const wanted = base.width * base.height * (dpi / 72) ** 2;
    const effectiveDpi = wanted > MAX_PIXELS ? dpi * Math.sqrt(MAX_PIXELS / wanted) : dpi;
    const viewport = page.getViewport({ scale: effectiveDpi / 72 });
    const width = Math.max(1, Math.ceil(viewport.width));
    const height = Math.max(1, Math.ceil(viewport.height));
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({
      // pdf.js types the DOM canvas; @napi-rs/canvas implements the same 2D API.
      canvasContext: context as unknown as Parameters<typeof page.render>[0]['canvasContext'],
      canvas: canvas as unknown as Parameters<typeof page.render>[0]['canvas'],
      viewport,
      annotationMode: AnnotationMode.DISABLE,
      intent: 'print',
    }).promise;
    return { page: pageNumber, canvas, dpi: effectiveDpi, widthPt: base.width, heightPt: base.height };
  } finally {
    page.cleanup();
  }
}
