import { createHash } from 'node:crypto';
import { open, rm, stat, type FileHandle } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { writeFileDurable } from './atomic-write.js';

/**
 * The catalogue's name index, `<catalogue>.index`: an on-disk hash table from a document's name to
 * the byte range of its entry in the catalogue file. `query --document <name>` then reads a few
 * slots and one entry (about 1 kB) instead of parsing the whole catalogue, so one document's lookup
 * costs the same at 100 or 100,000 documents. It is written right after each catalogue write (by
 * the same writer, under the lock, durably) and names the catalogue version it describes (inode,
 * size, mtime in ns); a reader trusts it only when that is the file it opened, and checks every
 * entry it points at (parses, has the entry shape, carries the wanted name). Anything else (index
 * missing, torn, stale after a crash between the two renames, or pointing at the wrong bytes) and
 * the reader falls back to reading the catalogue; the next commit writes the index again.
 */

/** Below this many entries the catalogue is small enough to parse (under about 10 ms): no index. */
export const INDEX_MIN_ENTRIES = 500;

const MAGIC = 'SOLIDX01';
const HEADER = 64;
/** hash (8) | entry offset (8) | entry length (4, 0 = empty slot) | unused (4) */
const SLOT = 24;
const PROBE_BATCH = 16;

const hashOf = (name: string): bigint => createHash('sha256').update(name, 'utf8').digest().readBigUInt64BE(0);

/** The version of the catalogue file an index describes: every catalogue write is a rename of a new file. */
const sameVersion = (a: BigIntStats, b: { ino: bigint; size: bigint; mtimeNs: bigint }): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

export const indexFile = (catalogue: string): string => `${catalogue}.index`;

/**
 * Writes (or, for a small catalogue, removes) the index of the catalogue just written, given each
 * entry's name and the byte range of its JSON in the file. Called under the store's lock.
 */
export async function writeNameIndex(
  catalogue: string,
  entries: ReadonlyArray<{ name: string; offset: number; length: number }>,
  minEntries = INDEX_MIN_ENTRIES,
): Promise<void> {
  const file = indexFile(catalogue);
  if (entries.length < Math.max(1, minEntries)) {
    await rm(file, { force: true });
    return;
  }
  const version = await stat(catalogue, { bigint: true });
  let slots = 16;
  while (slots < entries.length * 2) slots *= 2; // at most half full: short probe chains
  const buffer = Buffer.alloc(HEADER + slots * SLOT);
  buffer.write(MAGIC, 0, 'ascii');
  buffer.writeBigUInt64BE(version.ino, 8);
  buffer.writeBigUInt64BE(version.size, 16);
  buffer.writeBigUInt64BE(version.mtimeNs, 24);
  buffer.writeUInt32BE(slots, 32);
  buffer.writeUInt32BE(entries.length, 36);
  const mask = BigInt(slots - 1);
  for (const e of entries) {
    const hash = hashOf(e.name);
    let slot = Number(hash & mask);
    while (buffer.readUInt32BE(HEADER + slot * SLOT + 16) !== 0) slot = (slot + 1) % slots;
    const at = HEADER + slot * SLOT;
    buffer.writeBigUInt64BE(hash, at);
    buffer.writeBigUInt64BE(BigInt(e.offset), at + 8);
    buffer.writeUInt32BE(e.length, at + 16);
  }
  await writeFileDurable(file, buffer);
}

/** Whether the index describes the catalogue as it is now (a commit rewrites a stale one). */
export async function nameIndexFresh(catalogue: string): Promise<boolean> {
  const handle = await open(indexFile(catalogue), 'r').catch(() => null);
  if (handle === null) return false;
  try {
    const version = await stat(catalogue, { bigint: true }).catch(() => null);
    return version !== null && (await readHeader(handle, version)) !== null;
  } finally {
    await handle.close();
  }
}

interface Header {
  slots: number;
}

async function readHeader(handle: FileHandle, version: BigIntStats): Promise<Header | null> {
  const header = Buffer.alloc(HEADER);
  const { bytesRead } = await handle.read(header, 0, HEADER, 0);
  if (bytesRead !== HEADER || header.toString('ascii', 0, 8) !== MAGIC) return null;
  const described = { ino: header.readBigUInt64BE(8), size: header.readBigUInt64BE(16), mtimeNs: header.readBigUInt64BE(24) };
  const slots = header.readUInt32BE(32);
  if (!sameVersion(version, described) || slots === 0 || (slots & (slots - 1)) !== 0) return null;
  // A short file is a torn or foreign one: never trusted.
  if ((await handle.stat()).size !== HEADER + slots * SLOT) return null;
  return { slots };
}

/** What the index says of a name in one version of the catalogue. */
export type IndexAnswer =
  /** The entry's JSON text, read from the catalogue version described by `version`. */
  | { found: unknown; version: BigIntStats }
  /** No entry of that name in that catalogue version. */
  | { found: null; version: BigIntStats }
  /** No usable index: read the catalogue. */
  | null;

/**
 * Looks a name up: the index's probe chain, then the entry's bytes in the catalogue, both read
 * through handles opened before checking that the index describes that very catalogue file.
 */
export async function lookupName(catalogue: string, name: string, isEntry: (value: unknown) => boolean): Promise<IndexAnswer> {
  const index = await open(indexFile(catalogue), 'r').catch(() => null);
  if (index === null) return null;
  let file: FileHandle | null = null;
  try {
    file = await open(catalogue, 'r').catch(() => null);
    if (file === null) return null;
    const version = await file.stat({ bigint: true });
    const header = await readHeader(index, version);
    if (header === null) return null;
    const hash = hashOf(name);
    const slots = Buffer.alloc(PROBE_BATCH * SLOT);
    let slot = Number(hash & BigInt(header.slots - 1));
    for (let seen = 0; seen < header.slots;) {
      const count = Math.min(PROBE_BATCH, header.slots - slot, header.slots - seen);
      await index.read(slots, 0, count * SLOT, HEADER + slot * SLOT);
      for (let i = 0; i < count; i++, seen++) {
        const at = i * SLOT;
        const length = slots.readUInt32BE(at + 16);
        if (length === 0) return { found: null, version };
        if (slots.readBigUInt64BE(at) !== hash) continue;
        const offset = slots.readBigUInt64BE(at + 8);
        if (offset + BigInt(length) > version.size) return null;
        const text = Buffer.alloc(length);
        const { bytesRead } = await file.read(text, 0, length, Number(offset));
        if (bytesRead !== length) return null;
        let value: unknown;
        try {
          value = JSON.parse(text.toString('utf8'));
        } catch {
          return null;
        }
        if (!isEntry(value)) return null;
        if ((value as { document: { name: string } }).document.name === name) return { found: value, version };
        // Same 64-bit hash, another name: keep probing.
      }
      slot = (slot + count) % header.slots;
    }
    return { found: null, version };
  } finally {
    await file?.close();
    await index.close();
  }
}

/** Whether the catalogue file is still the version a lookup read (no compaction in between). */
export async function stillVersion(catalogue: string, version: BigIntStats): Promise<boolean> {
  const now = await stat(catalogue, { bigint: true }).catch(() => null);
  return now !== null && sameVersion(now, version);
}
