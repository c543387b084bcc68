import { createHash } from 'node:crypto';

/**
 * A small PDF writer for tests: text at exact positions and sizes, rules, rectangles, images and
 * signature widgets, so each test states the geometry it exercises. Unicode text uses the standard
 * Times fonts re-encoded with `/Differences` (glyph names `uniXXXX`); legacy fonts are declared by
 * name (`VNI-Times`, `.VnTime`) with WinAnsi bytes, as old reports embed them. Optional RC4 (R2)
 * encryption makes password-protected files.
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'vni' | 'tcvn3';

export interface PdfText {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  text: string;
  font?: FontStyle;
}

export interface PdfPage {
  width?: number;
  height?: number;
  texts?: PdfText[];
  /** Filled rectangles [x, y, w, h] (thin ones are rules). */
  fills?: [number, number, number, number][];
  /** Stroked lines [x1, y1, x2, y2]. */
  lines?: [number, number, number, number][];
  /** Stroked rectangles [x, y, w, h] (a chart frame, a text box border). */
  boxes?: [number, number, number, number][];
  /** Draw a full-page image (a scan). */
  image?: boolean;
  /** Draw this JPEG over the whole page (a real scanned page: see tests/ocr/helpers/scan.ts). */
  scan?: { jpeg: Uint8Array; width: number; height: number };
  /** Signature widgets whose appearance draws text. */
  stamps?: { rect: [number, number, number, number]; lines: string[]; size: number }[];
}

export interface BuildOptions {
  userPassword?: string;
  ownerPassword?: string;
}

/** Width of a character in thousandths of an em, the same for every font this writer declares. */
export function charWidth(ch: string): number {
  if (ch === ' ') return 250;
  if (/[0-9]/u.test(ch)) return 500;
  if (/[.,:;'!|il]/u.test(ch)) return 280;
  if (/\p{Lu}/u.test(ch)) return 680;
  return 480;
}

/** Rendered width of `text` at `size` points. */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units * size) / 1000;
}

const STYLE_BASE: Record<'regular' | 'bold' | 'italic', string> = { regular: 'Times-Roman', bold: 'Times-Bold', italic: 'Times-Italic' };
const CHUNK = 220; // codes 33..252 per re-encoded font

class Writer {
  readonly objects: (string | Uint8Array)[] = [];
  add(body: string | Uint8Array): number {
    this.objects.push(body);
    return this.objects.length;
  }
  set(id: number, body: string | Uint8Array): void {
    this.objects[id - 1] = body;
  }
  reserve(): number {
    return this.add('null');
  }
}

const hex = (bytes: number[]): string => `<${bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}>`;

export function buildPdf(pages: PdfPage[], options: BuildOptions = {}): Uint8Array {
  const w = new Writer();
  const catalog = w.reserve();
  const pagesId = w.reserve();
  // Unicode characters used in each style, assigned one byte code each, chunked into fonts.
  const charsByStyle = new Map<string, string[]>();
  for (const page of pages) {
    for (const t of [
      ...(page.texts ?? []),
      ...(page.stamps ?? []).flatMap((s) => s.lines.map((text) => ({ text, font: 'regular' as const }))),
    ]) {
      const style = t.font ?? 'regular';
      if (style === 'vni' || style === 'tcvn3') continue;
      const list = charsByStyle.get(style) ?? [];
      for (const ch of t.text) if (ch !== ' ' && !list.includes(ch)) list.push(ch);
      charsByStyle.set(style, list);
    }
  }
  const fontResources: string[] = [];
  const codeOf = new Map<string, { font: string; code: number }>();
  for (const [style, chars] of charsByStyle) {
    for (let chunk = 0; chunk * CHUNK < Math.max(chars.length, 1); chunk++) {
      const part = chars.slice(chunk * CHUNK, (chunk + 1) * CHUNK);
      const name = `F${style[0]}${chunk}`;
      const diffs = part.map((ch) => `/uni${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
      const widths = Array.from({ length: 256 - 32 }, (_, i) => (i === 0 ? 250 : charWidth(part[i - 1] ?? 'a')));
      const id = w.add(
        `<< /Type /Font /Subtype /Type1 /BaseFont /${STYLE_BASE[style as 'regular']} /FirstChar 32 /LastChar 255 /Widths [${widths.join(' ')}] /Encoding << /Type /Encoding /Differences [32 /space ${diffs}] >> >>`,
      );
      fontResources.push(`/${name} ${id} 0 R`);
      part.forEach((ch, i) => codeOf.set(`${style}:${ch}`, { font: name, code: 33 + i }));
    }
  }
  const latinWidths = Array.from({ length: 224 }, (_, i) => charWidth(String.fromCharCode(32 + i))).join(' ');
  fontResources.push(
    `/Fvni ${w.add(`<< /Type /Font /Subtype /TrueType /BaseFont /VNI-Times /FirstChar 32 /LastChar 255 /Widths [${latinWidths}] /Encoding /WinAnsiEncoding >>`)} 0 R`,
  );
  fontResources.push(
    `/Ftcvn ${w.add(`<< /Type /Font /Subtype /TrueType /BaseFont /.VnTime /FirstChar 32 /LastChar 255 /Widths [${latinWidths}] /Encoding /WinAnsiEncoding >>`)} 0 R`,
  );
  const image = w.add(
    new Uint8Array([
      ...ascii('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n'),
      0,
      255,
      255,
      0,
      ...ascii('\nendstream'),
    ]),
  );
  const resources = `<< /Font << ${fontResources.join(' ')} >> /XObject << /Im1 ${image} 0 R >> >>`;

  const showText = (t: PdfText | { text: string; font: 'regular'; size: number }): string => {
    const style = t.font ?? 'regular';
    if (style === 'vni' || style === 'tcvn3') {
      const bytes = [...t.text].map((ch) => ch.charCodeAt(0) & 0xff);
      return `/${style === 'vni' ? 'Fvni' : 'Ftcvn'} ${t.size} Tf ${hex(bytes)} Tj`;
    }
    let out = '';
    let font = '';
    let bytes: number[] = [];
    const flush = (): void => {
      if (bytes.length > 0) out += `${hex(bytes)} Tj `;
      bytes = [];
    };
    for (const ch of t.text) {
      const target =
        ch === ' '
          ? { font: font || (codeOf.get(`${style}:${[...t.text].find((c) => c !== ' ') ?? ''}`)?.font ?? ''), code: 32 }
          : codeOf.get(`${style}:${ch}`);
      if (!target) continue;
      if (target.font !== font) {
        flush();
        font = target.font;
        out += `/${font} ${t.size} Tf `;
      }
      bytes.push(target.code);
    }
    flush();
    return out;
  };

  const pageIds: number[] = [];
  for (const page of pages) {
    const width = page.width ?? 595;
    const height = page.height ?? 842;
    let content = '';
    if (page.image) content += `q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q\n`;
    let pageResources = resources;
    if (page.scan) {
      const { jpeg, width: w2, height: h2 } = page.scan;
      const head = ascii(
        `<< /Type /XObject /Subtype /Image /Width ${w2} /Height ${h2} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      );
      const tail = ascii('\nendstream');
      const body = new Uint8Array(head.length + jpeg.length + tail.length);
      body.set(head);
      body.set(jpeg, head.length);
      body.set(tail, head.length + jpeg.length);
      const scanId = w.add(body);
      pageResources = resources.replace('/XObject << ', `/XObject << /Im2 ${scanId} 0 R `);
      content += `q ${width} 0 0 ${height} 0 0 cm /Im2 Do Q\n`;
    }
    for (const [x, y, rw, rh] of page.fills ?? []) content += `${x} ${y} ${rw} ${rh} re f\n`;
    for (const [x1, y1, x2, y2] of page.lines ?? []) content += `0.5 w ${x1} ${y1} m ${x2} ${y2} l S\n`;
    for (const [x, y, bw, bh] of page.boxes ?? []) content += `0.75 w ${x} ${y} ${bw} ${bh} re S\n`;
    for (const t of page.texts ?? []) content += `BT 1 0 0 1 ${t.x} ${t.y} Tm ${showText(t)} ET\n`;
    const stream = w.add(streamObject(content));
    const annots: number[] = [];
    for (const stamp of page.stamps ?? []) {
      const [x1, y1, x2, y2] = stamp.rect;
      let ap = 'BT ';
      stamp.lines.forEach((line, i) => {
        ap += `1 0 0 1 2 ${y2 - y1 - (i + 1) * stamp.size * 1.2} Tm ${showText({ text: line, font: 'regular', size: stamp.size })} `;
      });
      ap += 'ET';
      const apId = w.add(streamObject(ap, `/Type /XObject /Subtype /Form /BBox [0 0 ${x2 - x1} ${y2 - y1}] /Resources ${resources}`));
      annots.push(
        w.add(
          `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Sig${annots.length + 1}) /Rect [${x1} ${y1} ${x2} ${y2}] /F 4 /AP << /N ${apId} 0 R >> >>`,
        ),
      );
    }
    const annotsEntry = annots.length > 0 ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : '';
    pageIds.push(
      w.add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${width} ${height}] /Resources ${pageResources} /Contents ${stream} 0 R${annotsEntry} >>`,
      ),
    );
  }
  w.set(pagesId, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  w.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  return serialize(w, catalog, options);
}

function ascii(text: string): number[] {
  return [...text].map((ch) => ch.charCodeAt(0) & 0xff);
}

function streamObject(content: string, dict = ''): Uint8Array {
  const data = ascii(content);
  return new Uint8Array([...ascii(`<< ${dict} /Length ${data.length} >>\nstream\n`), ...data, ...ascii('\nendstream')]);
}

// --- Standard security handler, revision 2 (RC4, 40-bit key) -----------------------------------

const PAD = [
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e,
  0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
];

function rc4(key: number[], data: number[]): number[] {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out: number[] = [];
  let i = 0;
  j = 0;
  for (const byte of data) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] ?? 0)) & 0xff;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    out.push(byte ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 0xff] ?? 0));
  }
  return out;
}

const md5 = (bytes: number[]): number[] => [...createHash('md5').update(Uint8Array.from(bytes)).digest()];
const padded = (password: string): number[] => [...ascii(password), ...PAD].slice(0, 32);

interface Encryption {
  key: number[];
  dict: string;
}

function encryption(user: string, owner: string, id: number[]): Encryption {
  const o = rc4(md5(padded(owner)).slice(0, 5), padded(user));
  const p = -44; // print and copy allowed
  const pBytes = [p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >> 24) & 0xff];
  const key = md5([...padded(user), ...o, ...pBytes, ...id]).slice(0, 5);
  const u = rc4(key, PAD);
  return { key, dict: `<< /Filter /Standard /V 1 /R 2 /O ${hex(o)} /U ${hex(u)} /P ${p} >>` };
}

function encryptObject(body: string | Uint8Array, id: number, key: number[]): Uint8Array {
  const bytes = typeof body === 'string' ? ascii(body) : [...body];
  const objectKey = md5([...key, id & 0xff, (id >> 8) & 0xff, (id >> 16) & 0xff, 0, 0]).slice(0, Math.min(16, key.length + 5));
  const text = String.fromCharCode(...bytes);
  const start = text.indexOf('stream\n');
  const end = text.lastIndexOf('\nendstream');
  if (start < 0 || end < 0) return Uint8Array.from(bytes);
  const data = bytes.slice(start + 7, end);
  return Uint8Array.from([...bytes.slice(0, start + 7), ...rc4(objectKey, data), ...bytes.slice(end)]);
}

function serialize(w: Writer, catalog: number, options: BuildOptions): Uint8Array {
  const id = md5(ascii(`solieu-test-${w.objects.length}`));
  const enc =
    options.userPassword !== undefined
      ? encryption(options.userPassword, options.ownerPassword ?? `${options.userPassword}-owner`, id)
      : null;
  const chunks: number[] = ascii('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const offsets: number[] = [];
  w.objects.forEach((body, i) => {
    offsets.push(chunks.length);
    const bytes = enc ? encryptObject(body, i + 1, enc.key) : typeof body === 'string' ? ascii(body) : body;
    chunks.push(...ascii(`${i + 1} 0 obj\n`));
    // One byte at a time: a spread of a scan's JPEG would overflow the call stack.
    for (const byte of bytes) chunks.push(byte);
    chunks.push(...ascii('\nendobj\n'));
  });
  let encryptRef = '';
  if (enc) {
    offsets.push(chunks.length);
    const encId = w.objects.length + 1;
    chunks.push(...ascii(`${encId} 0 obj\n${enc.dict}\nendobj\n`));
    encryptRef = ` /Encrypt ${encId} 0 R`;
  }
  const xref = chunks.length;
  let table = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) table += `${String(offset).padStart(10, '0')} 00000 n \n`;
  table += `trailer\n<< /Size ${offsets.length + 1} /Root ${catalog} 0 R${encryptRef} /ID [${hex(id)} ${hex(id)}] >>\nstartxref\n${xref}\n%%EOF\n`;
  chunks.push(...ascii(table));
  return Uint8Array.from(chunks);
}
