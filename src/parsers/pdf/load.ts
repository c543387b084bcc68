import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, PasswordResponses, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SolieuError } from '../../errors/index.js';

/**
 * Opening a PDF with pdf.js as an untrusted input: the legacy (Node) build, no worker thread (the
 * "fake worker" runs in-process), no eval, no network, no system fonts; CMaps and standard fonts come
 * from the pdfjs-dist package directory. Images are never decoded: we read text and vector rules only.
 */

const PACKAGE_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_DIR = join(PACKAGE_DIR, 'cmaps') + sep;
const STANDARD_FONT_DIR = join(PACKAGE_DIR, 'standard_fonts') + sep;

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  close(): Promise<void>;
}

/** What a caller may change: the renderer (OCR) needs images decoded; the text reader never does. */
export interface OpenOptions {
  /** Largest embedded image pdf.js decodes, in pixels (1 = none: text and rules only). */
  maxImageSize?: number;
}

export async function openPdf(bytes: Uint8Array, password: string | undefined, options: OpenOptions = {}): Promise<OpenedPdf> {
  if (bytes.length === 0) {
    throw new SolieuError('invalid_pdf', 'is not a readable PDF: the file is empty (0 bytes)', 'check that the download or copy finished');
  }
  const params = {
    // pdf.js takes ownership of the buffer it is given; keep the caller's bytes intact.
    data: bytes.slice(),
    password,
    // Older pdf.js releases compiled font programs with `new Function`; keep it off wherever supported.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_DIR,
    // Real font names (for TCVN3/VNI detection and bold/italic) are only sent with the extra properties.
    fontExtraProperties: true,
    // Reading text never needs images: skipping them keeps scans cheap. Rendering asks for them.
    maxImageSize: options.maxImageSize ?? 1,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  };
  const task = getDocument(params);
  try {
    const doc = await task.promise;
    return { doc, close: () => task.destroy() };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfOpenError(error, password);
  }
}

/** Turn a pdf.js loading failure into the one error type solieu reports. */
export function pdfOpenError(error: unknown, password: string | undefined): SolieuError {
  const name = error instanceof Error ? error.name : '';
  const reason = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    const code = (error as { code?: number }).code;
    if (code === PasswordResponses.INCORRECT_PASSWORD || password !== undefined) {
      return new SolieuError(
        'wrong_password',
        'is encrypted and the password given does not open it',
        'check the password passed with --password',
        null,
        { cause: error },
      );
    }
    return new SolieuError('password_required', 'is encrypted and needs a password', 'pass the password with --password', null, {
      cause: error,
    });
  }
  return new SolieuError(
    'invalid_pdf',
    `is not a readable PDF: ${reason}`,
    'the file may be truncated, damaged, or another format renamed .pdf; ask the sender for the original',
    null,
    { cause: error },
  );
}
