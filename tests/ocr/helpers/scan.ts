import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { rotateCanvas } from '../../../src/parsers/pdf/ocr/image.js';
import { openForRendering, renderPage } from '../../../src/parsers/pdf/ocr/render.js';
import { prng } from '../../../scripts/lib/prng.js';

/**
 * Make a scan the way an office does: print a text PDF's pages, scan them slightly crooked with
 * sensor noise, save as JPEG, and wrap the images in a PDF with no text layer. The wrapper is a
 * minimal PDF written here (one DCT image XObject per page): the format is a few fixed objects, so
 * a PDF library dependency is not worth it.
 */

export interface ScanOptions {
  dpi: number;
  /** Rotation in degrees (positive turns the page clockwise, as scanners misfeed). */
  rotation: number;
  /** Standard deviation of the grey noise (0–255 scale). */
  noise: number;
  /** Share of pixels flipped to black or white (dust, toner specks). */
  specks: number;
  jpegQuality: number;
  seed: number;
}

export interface ScannedPage {
  jpeg: Uint8Array;
  width: number;
  height: number;
  widthPt: number;
  heightPt: number;
}

export async function scanPages(pdf: Uint8Array, pages: readonly number[], options: ScanOptions): Promise<ScannedPage[]> {
  const { doc, close } = await openForRendering(pdf);
  try {
    const out: ScannedPage[] = [];
    for (const [i, number] of pages.entries()) {
      const rendered = await renderPage(doc, number, options.dpi);
      const turned = rotateCanvas(rendered.canvas, options.rotation * (i % 2 === 0 ? 1 : -0.7));
      addNoise(turned, options, options.seed + i);
      const jpeg = await turned.encode('jpeg', options.jpegQuality);
      out.push({
        jpeg: new Uint8Array(jpeg),
        width: turned.width,
        height: turned.height,
        widthPt: rendered.widthPt,
        heightPt: rendered.heightPt,
      });
    }
    return out;
  } finally {
    await close();
  }
}

function addNoise(canvas: Canvas, options: ScanOptions, seed: number): void {
  const next = prng(seed);
  const context = canvas.getContext('2d');
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const data = image.data;
  // Box–Muller once into a table; pixels draw from it (grey sensor noise, the same on all channels).
  const table = Int16Array.from({ length: 1 << 16 }, () =>
    Math.round(Math.sqrt(-2 * Math.log(next() + 1e-12)) * Math.cos(2 * Math.PI * next()) * options.noise),
  );
  const specks = Math.round(options.specks * 0xffffffff);
  for (let i = 0; i < data.length; i += 4) {
    const r = Math.floor(next() * 0x100000000);
    let delta = table[r & 0xffff] ?? 0;
    if (r >>> 0 < specks / 2) delta = -255;
    else if (r >>> 0 < specks) delta = 255;
    for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, (data[i + c] ?? 255) + delta));
  }
  context.putImageData(image, 0, 0);
}

/** A PDF whose pages are the given JPEG images, each filling a page of the given size in points. */
export function imagePdf(pages: readonly ScannedPage[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (bytes: Uint8Array): void => {
    chunks.push(bytes);
    length += bytes.length;
  };
  const text = (s: string): void => push(new TextEncoder().encode(s));
  const object = (id: number, body: () => void): void => {
    offsets[id] = length;
    text(`${id} 0 obj\n`);
    body();
    text('\nendobj\n');
  };
  text('%PDF-1.4\n%\u00e2\u00e3\n');
  const pageIds = pages.map((_, i) => 3 + i * 3);
  object(1, () => text('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, () => text(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`));
  pages.forEach((page, i) => {
    const id = pageIds[i] as number;
    const w = page.widthPt.toFixed(2);
    const h = page.heightPt.toFixed(2);
    object(id, () =>
      text(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${id + 1} 0 R >> >> /Contents ${id + 2} 0 R >>`,
      ),
    );
    object(id + 1, () => {
      text(
        `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`,
      );
      push(page.jpeg);
      text('\nendstream');
    });
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(id + 2, () => text(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`));
  });
  const count = 3 + pages.length * 3;
  const xref = length;
  text(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) text(`${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`);
  text(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A blank canvas, for tests that draw their own page. */
export const blankCanvas = (width: number, height: number): Canvas => {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  return canvas;
};
