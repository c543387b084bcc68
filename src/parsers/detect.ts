import { extname } from 'node:path';
import type { SourceFormat } from '../model/source.js';

/**
 * Decide the format from the bytes first (magic numbers), the extension second: reports arrive
 * renamed (`.doc` saved as `.docx`, a DOCX named `.pdf`) and the bytes do not lie.
 */
export function detectFormat(bytes: Uint8Array, path: string): SourceFormat | null {
  const ext = extname(path).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ext === '.docx' ? 'docx' : 'doc'; // OLE2
  if (startsWith(bytes, [0x50, 0x4b])) return ext === '.pdf' ? 'pdf' : 'docx'; // zip: let the named parser say what is wrong
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.doc') return 'doc';
  if (ext === '.txt' || ext === '.md' || ext === '.text') return 'text';
  return null;
}

export const REPORT_EXTENSIONS = ['.pdf', '.docx', '.doc', '.txt', '.md'];

const startsWith = (bytes: Uint8Array, magic: number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
