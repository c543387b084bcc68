/**
 * Content tests the format declarations share: magic numbers, the entry names of a zip (read from
 * its central directory, nothing inflated) and the stream names of an OLE2 compound file.
 */

export const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const isOle2 = (bytes: Uint8Array): boolean => startsWith(bytes, OLE2);
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);

/** `%PDF-` in the first kilobyte, where PDF readers look for it. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i += 1) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

const cache = new WeakMap<Uint8Array, string[]>();

/** Entry names of a zip from its central directory; [] when there is none to read. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const known = cache.get(bytes);
  if (known) return known;
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB (its comment is at most 65535 bytes).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end >= 0) {
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const decoder = new TextDecoder();
    for (let k = 0; k < count && at + 46 <= bytes.length; k += 1) {
      if (view.getUint32(at, true) !== 0x02014b50) break;
      const nameLength = view.getUint16(at + 28, true);
      const extra = view.getUint16(at + 30, true);
      const comment = view.getUint16(at + 32, true);
      names.push(decoder.decode(bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + nameLength))));
      at += 46 + nameLength + extra + comment;
    }
  }
  cache.set(bytes, names);
  return names;
}

export const zipHas = (bytes: Uint8Array, test: (name: string) => boolean): boolean =>
  isZip(bytes) && zipEntryNames(bytes).some((name) => test(name.toLowerCase()));

/** An OLE2 file holding a stream of this name (directory entries are UTF-16LE). */
export function oleHasStream(bytes: Uint8Array, name: string): boolean {
  if (!isOle2(bytes)) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(`${name}\0`, 'utf16le'));
}
