import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat } from '../../src/parsers/detect.js';
import type { Source } from '../../src/model/source.js';

/** A corpus file read for a measuring script: its bytes and the source record the parsers take. */
export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  source: Source;
}

/** The reports of a folder (not scans, not its README), each with a format solieu reads, by name. */
export function* corpusFiles(dir: string): Generator<CorpusFile> {
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(pdf|docx|doc|md|txt|xlsx)$/iu.test(name) || /_SCAN\./iu.test(name) || /^readme/iu.test(name)) continue;
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const format = detectFormat(bytes, name);
    if (!format) continue;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    yield { name, bytes, source: { path: name, format, sha256, bytes: bytes.length, pages: null, ocr: false } };
  }
}
