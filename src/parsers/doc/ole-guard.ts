import { createRequire } from 'node:module';
import { SolieuError } from '../../errors/index.js';

/**
 * word-extractor trusts the OLE2 header and sector chains of the file it reads: a crafted header
 * (a huge allocation-table size, an odd sector size) makes it allocate gigabytes, and a sector chain
 * that loops back on itself makes it run until memory is gone. The header is checked here against
 * the real file size before the reader runs, and the chain walk is made cycle-safe.
 */

const HEADER_SIZE = 512;

export function checkOleHeader(bytes: Uint8Array): void {
  const refuse = (why: string): never => {
    throw new SolieuError(
      'invalid_doc',
      `has a damaged or crafted OLE2 header (${why})`,
      'open it in Word or LibreOffice and save it again',
    );
  };
  if (bytes.length < HEADER_SIZE * 2) refuse('the file is shorter than one header and one sector');
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.readUInt16LE(30);
  const miniShift = view.readUInt16LE(32);
  if (sectorShift !== 9 && sectorShift !== 12) refuse(`sector size 2^${sectorShift}`);
  if (miniShift !== 6) refuse(`mini sector size 2^${miniShift}`);
  const sectors = Math.floor((bytes.length - HEADER_SIZE) / 2 ** sectorShift) + 1;
  const satSize = view.readInt32LE(44);
  const msatSize = view.readInt32LE(72);
  const ssatSize = view.readInt32LE(64);
  if (satSize < 1 || satSize > sectors) refuse(`${satSize} allocation-table sectors in a ${sectors}-sector file`);
  if (msatSize < 0 || msatSize > sectors) refuse(`${msatSize} master-table sectors`);
  if (ssatSize < 0 || ssatSize > sectors) refuse(`${ssatSize} short-table sectors`);
  for (const [name, at] of [
    ['directory', 48],
    ['short table', 60],
    ['master table', 68],
  ] as const) {
    const start = view.readInt32LE(at);
    if (start >= sectors || start < -2) refuse(`${name} starts at sector ${start}`);
  }
}

interface AllocationTableLike {
  _table: number[];
}

const require = createRequire(import.meta.url);
const AllocationTable = require('word-extractor/lib/ole-allocation-table.js') as { prototype: { getSecIdChain(start: number): number[] } };

// Same walk as word-extractor's, but a chain that comes back to a sector it already visited is an error.
AllocationTable.prototype.getSecIdChain = function getSecIdChain(this: AllocationTableLike, start: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  let secId: number | undefined = start;
  while (secId !== undefined && secId > -1) {
    if (seen.has(secId)) throw new Error(`sector chain loops back to sector ${secId}`);
    seen.add(secId);
    chain.push(secId);
    secId = this._table[secId];
  }
  return chain;
};
