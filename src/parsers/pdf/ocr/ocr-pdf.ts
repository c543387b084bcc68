import { SolieuError } from '../../../errors/index.js';
import type { ParseWarning } from '../../../model/index.js';
import type { Source } from '../../../model/index.js';
import type { ParseProgress } from '../options.js';
import { adjustWords, pageConfidence } from './adjust.js';
import { OcrEngine, sharedEngine, type OcrModel } from './engine.js';
import { estimateSkew, pageImage, rotateCanvas, toPgm, type PageImage } from './image.js';
import { layoutFromOcr, type OcrLayoutDocument } from './layout.js';
import { openForRendering, renderPage } from './render.js';
import { eraseRules, findRules } from './rules.js';
import type { OcrPageResult } from './types.js';
import { readCells } from './cells.js';
import { findGrids } from './grid.js';
import { missingRowRules } from './rows.js';
import { digitCrop, readDigits, strokeOne, type DigitReading } from './marker-digits.js';
import { applyMarkers, markerCandidates } from './markers.js';
import { deskewWords, plainWord, wordsOf, type ReadWord } from './words.js';

/**
 * Scanned PDF → layout. Pages are rendered and cleaned on the main thread while tesseract reads the
 * previous ones in its worker threads; at most one page per worker (plus one) is held in memory.
 */

export interface OcrOptions {
  /** 1-based pages to read; all pages when absent. */
  pages?: number[];
  /** Rendering resolution; 300 by default (the resolution scanners use for A4 text). */
  dpi?: number;
  /** Tesseract workers; see `defaultWorkerCount`. Ignored when `engine` is given. */
  workers?: number;
  model?: OcrModel;
  /** An engine to use (and keep) instead of the shared one. */
  engine?: OcrEngine;
  password?: string;
  maxPages?: number;
  /**
   * Asked after a page is rendered, before any recognition: false leaves the page out (it is listed
   * in `skipped`). The partial-text-layer path uses it to spare pages whose ink the text layer
   * already explains.
   */
  wanted?: (page: number, image: PageImage, dpi: number) => boolean;
  /** Called as each page is done (read, spared or failed), with an estimate of the time left. */
  onProgress?: (event: ParseProgress) => void;
}

export const DEFAULT_DPI = 300;
const MIN_DPI = 100;
const MAX_DPI = 600;
const DEFAULT_MAX_PAGES = 2000;
/** Marker candidates read again per page, at most (each is a few milliseconds). */
const MAX_MARKER_CANDIDATES = 80;

export async function ocrPdf(bytes: Uint8Array, source: Source, options: OcrOptions = {}): Promise<OcrLayoutDocument> {
  const dpi = clampDpi(options.dpi);
  const engine = options.engine ?? sharedEngine({ workers: options.workers, model: options.model });
  const { results, pageCount, warnings } = await ocrPages(bytes, { ...options, dpi, engine });
  return layoutFromOcr({
    source: { ...source, pages: pageCount },
    results,
    engine: `tesseract.js vie ${engine.model}`,
    dpi,
    warnings,
  });
}

/** Counts pages done and reports each one with the time left at the mean pace so far. */
function progressReporter(total: number, onProgress: ((event: ParseProgress) => void) | undefined): (page: number) => void {
  const started = performance.now();
  let done = 0;
  return (page) => {
    done += 1;
    if (onProgress === undefined) return;
    const elapsedMs = performance.now() - started;
    onProgress({ stage: 'ocr', page, done, total, elapsedMs, remainingMs: (elapsedMs / done) * (total - done) });
  };
}

/**
 * OCR selected pages into words and rules (pixel space), without layout: for a PDF whose text layer
 * is partial, the pipeline can lay these pages out beside the text pages.
 */
export async function ocrPages(
  bytes: Uint8Array,
  options: OcrOptions & { engine: OcrEngine; dpi: number },
): Promise<{ results: OcrPageResult[]; pageCount: number; warnings: ParseWarning[]; skipped: number[] }> {
  const { doc, close } = await openForRendering(bytes, options.password);
  const warnings: ParseWarning[] = [];
  const skipped: number[] = [];
  try {
    const pageCount = doc.numPages;
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    if (pageCount > maxPages)
      throw new SolieuError(
        'too_many_pages',
        `has ${pageCount} pages, over the limit of ${maxPages}`,
        'raise the limit with --max-pages if this really is one report',
      );
    const wanted = [...new Set(options.pages ?? Array.from({ length: pageCount }, (_, i) => i + 1))].sort((a, b) => a - b);
    const outside = wanted.filter((p) => !Number.isInteger(p) || p < 1 || p > pageCount);
    if (outside.length > 0)
      throw new SolieuError(
        'usage',
        `page(s) ${outside.join(', ')} are not in the document (1–${pageCount})`,
        'pass page numbers that exist',
      );
    const inFlight = new Set<Promise<unknown>>();
    const pending: Promise<OcrPageResult | null>[] = [];
    const progress = progressReporter(wanted.length, options.onProgress);
    for (const number of wanted) {
      // Hold at most one rendered page per worker plus one: a 300 dpi A4 page is ~9 MB grey.
      while (inFlight.size > options.engine.workerCount) await Promise.race(inFlight);
      const started = performance.now();
      let prepared: Prepared;
      try {
        const page = await preparePage(doc, number, options.dpi, options.wanted);
        if (page === null) {
          skipped.push(number);
          progress(number);
          continue;
        }
        prepared = page;
      } catch (error) {
        warnings.push({
          code: 'ocr_page_unrenderable',
          message: `page could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
          page: number,
        });
        progress(number);
        continue;
      }
      const job = options.engine
        .recognize(prepared.pgm, prepared.dpi)
        .then(async (tesseract) => {
          const grids = findGrids(prepared.rules, prepared.dpi);
          const context = { image: prepared.image, ocrImage: prepared.ocrImage, skew: prepared.skew, dpi: prepared.dpi };
          const cells = await readCells(wordsOf(tesseract, prepared.image), grids, context, (image, mode) =>
            options.engine.recognize(image, prepared.dpi, mode),
          );
          const read = await withMarkers(cells, prepared, options.engine);
          const words = adjustWords(deskewWords(read, prepared.skew, prepared.image.width, prepared.image.height).map(plainWord));
          const rowRules = grids.flatMap((grid) => missingRowRules(grid, words));
          const result: OcrPageResult = {
            page: number,
            widthPt: prepared.widthPt,
            heightPt: prepared.heightPt,
            dpi: prepared.dpi,
            skew: prepared.skew,
            words,
            rules: [...prepared.rules, ...rowRules],
            confidence: pageConfidence(words),
            seconds: (performance.now() - started) / 1000,
          };
          return result;
        })
        .catch((error: unknown) => {
          if (error instanceof SolieuError) throw error;
          warnings.push({
            code: 'ocr_page_failed',
            message: `OCR failed on the page: ${error instanceof Error ? error.message : String(error)}`,
            page: number,
          });
          return null;
        })
        .finally(() => progress(number));
      const tracked = job.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      pending.push(job);
    }
    const results = (await Promise.all(pending)).filter((r): r is OcrPageResult => r !== null);
    return { results, pageCount, warnings, skipped };
  } finally {
    await close();
  }
}

/** Footnote markers tesseract misread: found from the ink, read again with digits only. */
async function withMarkers(words: ReadWord[], prepared: Prepared, engine: OcrEngine): Promise<ReadWord[]> {
  const candidates = markerCandidates(words, prepared.ocrImage).slice(0, MAX_MARKER_CANDIDATES);
  const readings: (DigitReading | null)[] = [];
  for (const candidate of candidates) {
    let reading: DigitReading | null = null;
    for (const thicken of [false, true]) {
      reading = readDigits(await engine.recognize(digitCrop(prepared.ocrImage, candidate, thicken), DEFAULT_DPI, 'digits'));
      if (reading) break;
    }
    readings.push(reading ?? strokeOne(prepared.ocrImage, candidate));
  }
  return applyMarkers(words, candidates, readings);
}

interface Prepared {
  pgm: Uint8Array;
  /** The grey image tesseract read (rules painted out). */
  ocrImage: { width: number; height: number; grey: Uint8Array; colour: Uint8Array };
  image: ReturnType<typeof pageImage>;
  rules: ReturnType<typeof findRules>;
  dpi: number;
  skew: number;
  widthPt: number;
  heightPt: number;
}

/**
 * Render, measure the skew, find the ruling lines on a straightened copy and paint them out of the
 * image tesseract reads. Tesseract reads the page as scanned: resampling it to straighten costs more
 * misread digits (measured on real report 16) than tesseract's own tolerance of a small skew; its
 * words are moved into the straightened frame afterwards.
 */
async function preparePage(
  doc: Awaited<ReturnType<typeof openForRendering>>['doc'],
  number: number,
  dpi: number,
  wanted: OcrOptions['wanted'],
): Promise<Prepared | null> {
  const rendered = await renderPage(doc, number, dpi);
  const image = pageImage(rendered.canvas);
  if (wanted && !wanted(number, image, rendered.dpi)) return null;
  const skew = estimateSkew(image);
  const level = skew === 0 ? image : pageImage(rotateCanvas(rendered.canvas, skew));
  const rules = findRules(level, rendered.dpi);
  // The colour mask stays with the words; tesseract gets a grey copy without the rules.
  const grey = { ...image, grey: image.grey.slice() };
  eraseRules(grey, rules, skew);
  return {
    pgm: toPgm(grey),
    ocrImage: grey,
    image,
    rules,
    dpi: rendered.dpi,
    skew,
    widthPt: rendered.widthPt,
    heightPt: rendered.heightPt,
  };
}

function clampDpi(dpi: number | undefined): number {
  if (dpi === undefined) return DEFAULT_DPI;
  if (!Number.isFinite(dpi)) throw new SolieuError('usage', `--dpi must be a number, got ${dpi}`, 'pass a resolution between 100 and 600');
  return Math.min(MAX_DPI, Math.max(MIN_DPI, Math.round(dpi)));
}
