import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 of a file's bytes, streamed so a huge file never sits in memory. */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    hash.update(buffer);
  }
  return { sha256: hash.digest('hex'), bytes };
}

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
};

/**
 * A short stable digest of the options that change a document's output. A password only counts as
 * present or absent: its value never reaches the store, and a wrong one fails the file (and failed
 * files are always redone).
 */
export function optionsFingerprint(options: Record<string, unknown>): string {
  const { password, ...rest } = options;
  const shown = { ...rest, password: typeof password === 'string' && password !== '' };
  return createHash('sha256')
    .update(JSON.stringify(canonical(shown)))
    .digest('hex')
    .slice(0, 16);
}
