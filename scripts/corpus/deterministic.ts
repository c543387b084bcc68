import { readZip, writeZip } from '../lib/zip.js';

/**
 * Generated files are committed, so rebuilding them must not change their bytes: the DOCX is
 * re-zipped with fixed entry times and fixed core-property dates, and the PDF's dates and file
 * identifier are replaced by fixed values of the same length (byte offsets stay valid).
 */

const FIXED_ISO = '2024-01-01T00:00:00Z';
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01

export async function normaliseDocx(docx: Buffer): Promise<Buffer> {
  const entries = await readZip(docx);
  const fixed = entries.map(({ name, data }) =>
    name === 'docProps/core.xml'
      ? { name, data: Buffer.from(data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/gu, `$1${FIXED_ISO}$2`), 'utf8') }
      : { name, data },
  );
  return writeZip(fixed, { dosDate: DOS_DATE, dosTime: DOS_TIME });
}

export function normalisePdf(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text
    // PDF dates `D:20241125201530+00'00'` → same length, fixed value.
    .replace(/D:(\d{14})([+\-Z0-9']{0,8})/gu, (_m, digits: string, rest: string) => `D:${'20240101000000'.slice(0, digits.length)}${rest.replace(/\d/gu, '0')}`)
    // XMP dates inside the metadata stream (when not compressed).
    .replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)/gu, (_m, a: string, v: string, b: string) => `${a}${FIXED_ISO.padEnd(v.length, ' ').slice(0, v.length)}${b}`)
    // LibreOffice's `/DocChecksum /<hex>` changes on every export.
    .replace(/(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/gu, (_m, a: string, x: string) => `${a}${'0'.repeat(x.length)}`)
    // File identifiers `/ID [ <hex> <hex> ]`.
    .replace(/(\/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)/gu, (_m, a: string, x: string, b: string, y: string, c: string) => `${a}${'0'.repeat(x.length)}${b}${'0'.repeat(y.length)}${c}`);
  return Buffer.from(fixed, 'latin1');
}
