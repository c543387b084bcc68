import { readZip, writeZip } from '../lib/zip.js';

export type Random = () => number;
const int = (random: Random, max: number): number => Math.floor(random() * max);
const pickOf = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;

const INTERESTING = [0x00, 0xff, 0x7f, 0x80, 0x28, 0x29, 0x3c, 0x3e, 0x2f, 0x5b, 0x5d, 0x25, 0x0a, 0x0d];
const EXTREMES = ['0', '-1', '2147483648', '99999999999', '4294967295', '1e308', '-0', '00000000000000000001'];

/** Byte-level mutations that know no format. */
const byteMutators: Record<string, (b: Buffer, r: Random, other: Buffer) => Buffer> = {
  flipBits(b, r) {
    const out = Buffer.from(b);
    for (let i = 0, n = 1 + int(r, 8); i < n && out.length; i++) out[int(r, out.length)]! ^= 1 << int(r, 8);
    return out;
  },
  interestingBytes(b, r) {
    const out = Buffer.from(b);
    for (let i = 0, n = 1 + int(r, 16); i < n && out.length; i++) out[int(r, out.length)] = pickOf(r, INTERESTING);
    return out;
  },
  truncate: (b, r) => b.subarray(0, int(r, b.length)),
  deleteChunk(b, r) {
    const start = int(r, b.length);
    return Buffer.concat([b.subarray(0, start), b.subarray(start + 1 + int(r, 4096))]);
  },
  duplicateChunk(b, r) {
    const start = int(r, b.length);
    const chunk = b.subarray(start, start + 1 + int(r, 4096));
    const copies = Array.from({ length: 1 + int(r, 64) }, () => chunk);
    return Buffer.concat([b.subarray(0, start), ...copies, b.subarray(start)]);
  },
  insertRandom(b, r) {
    const at = int(r, b.length);
    const junk = Buffer.from(Array.from({ length: 1 + int(r, 512) }, () => int(r, 256)));
    return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
  },
  splice(b, r, other) {
    return Buffer.concat([b.subarray(0, int(r, b.length)), other.subarray(int(r, other.length))]);
  },
  /** PDF objects are full of ASCII numbers (/Length, /Count, xref offsets): replace some with extremes. */
  extremeNumbers(b, r) {
    const text = b.toString('latin1');
    let changed = 0;
    const out = text.replace(/\d{1,10}/g, (digits) => (changed < 8 && r() < 0.002 ? (changed++, pickOf(r, EXTREMES)) : digits));
    return Buffer.from(out, 'latin1');
  },
};

/** XML-level mutations for DOCX parts: deep nesting, huge runs, broken tags, hostile text. */
const xmlMutators: Record<string, (xml: string, r: Random) => string> = {
  deepNesting(xml, r) {
    const depth = 500 + int(r, 20_000);
    const at = xml.indexOf('<w:body>');
    if (at < 0) return xml;
    const open = '<w:p><w:r>'.repeat(depth);
    const close = '</w:r></w:p>'.repeat(depth);
    return `${xml.slice(0, at + 8)}${open}${close}${xml.slice(at + 8)}`;
  },
  hugeText(xml, r) {
    const body = pickOf(r, ['9'.repeat(100_000), '1.2.3.4,5,6 '.repeat(20_000), '%%%('.repeat(30_000), '('.repeat(50_000)]);
    return xml.replace(/<w:t(\s[^>]*)?>/, (tag) => `${tag}${body}`);
  },
  cutTag(xml, r) {
    const at = int(r, xml.length);
    return xml.slice(0, at) + xml.slice(at + 1 + int(r, 200));
  },
  repeatParagraphs(xml, r) {
    const match = /<w:p[ >][\s\S]*?<\/w:p>/.exec(xml);
    if (!match) return xml;
    return xml.replace(match[0], match[0].repeat(1000 + int(r, 30_000)));
  },
  entities: (xml) => xml.replace('<w:t>', '<w:t>&#0;&#xFFFF;&amp;&lt;&#x1F600;\u0000'),
  unknownElements: (xml, r) => xml.replace(/<w:r>/g, (tag) => (r() < 0.1 ? `<x:foo a="${'b'.repeat(int(r, 5000))}">${tag}</x:foo>` : tag)),
};

export const MUTATOR_NAMES = [...Object.keys(byteMutators), ...Object.keys(xmlMutators).map((n) => `xml.${n}`), 'zip.lie'];

/** One mutant of `seed`; DOCX seeds also get structure-aware XML and zip-directory mutations. */
export async function mutate(seed: Buffer, isZip: boolean, other: Buffer, random: Random): Promise<{ bytes: Buffer; how: string }> {
  if (isZip && random() < 0.5) {
    const entries = await readZip(seed);
    const xmlIndexes = entries.flatMap((e, i) => (e.name.endsWith('.xml') ? [i] : []));
    if (random() < 0.15) {
      const index = int(random, entries.length);
      const lying = entries.map((e, i) => ({
        ...e,
        store: true,
        ...(i === index ? { centralSize: pickOf(random, [0, 1, 0xffffffff, 2 ** 31]) } : {}),
      }));
      return { bytes: writeZip(lying), how: 'zip.lie' };
    }
    const index = xmlIndexes.find((i) => entries[i]!.name === 'word/document.xml' && random() < 0.6) ?? pickOf(random, xmlIndexes);
    const name = pickOf(random, Object.keys(xmlMutators));
    const entry = entries[index]!;
    entries[index] = { name: entry.name, data: Buffer.from(xmlMutators[name]!(entry.data.toString('utf8'), random), 'utf8') };
    return { bytes: writeZip(entries.map((e) => ({ ...e, store: true }))), how: `xml.${name}:${entry.name}` };
  }
  const name = pickOf(random, Object.keys(byteMutators));
  let bytes = byteMutators[name]!(seed, random, other);
  // Stack a second mutation now and then: single flips rarely get past checksums.
  if (random() < 0.3) bytes = byteMutators[pickOf(random, Object.keys(byteMutators))]!(bytes, random, other);
  return { bytes, how: name };
}
