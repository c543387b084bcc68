import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

/**
 * Generated files are committed, so rebuilding them must not change their bytes: the DOCX is
 * re-zipped with fixed entry times and fixed core-property dates, and the PDF's dates and file
 * identifier are replaced by fixed values of the same length (byte offsets stay valid).
 */

const FIXED_ISO = '2024-01-01T00:00:00Z';
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01

export async function normaliseDocx(docx: Buffer): Promise<Buffer> {
  const entries = await readEntries(docx);
  const fixed = entries.map(({ name, data }) =>
    name === 'docProps/core.xml'
      ? { name, data: Buffer.from(data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/gu, `$1${FIXED_ISO}$2`), 'utf8') }
      : { name, data },
  );
  return writeEntries(fixed);
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

function readEntries(buffer: Buffer): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const out: { name: string; data: Buffer }[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function writeEntries(entries: { name: string; data: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const body = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, fileName, body);
    directory.push(central, fileName);
    offset += 30 + fileName.length + body.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}
