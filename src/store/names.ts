import { createHash } from 'node:crypto';
import path from 'node:path';
import { SolieuError } from '../errors/index.js';

const MAX_NAME = 100;
// Device names Windows refuses whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/;

/**
 * A file name that is safe on every file system and in a shell: ASCII letters (Vietnamese tone
 * marks dropped, đ → d), digits, `.`, `_`, `-`; no leading `-` or `.`, no `..`, lower case.
 */
export function sanitizeName(original: string): string {
  let name = original
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/-?\.[-.]*/g, '.');
  name = trimSeparators(name);
  if (name.length > MAX_NAME) name = trimSeparators(name.slice(0, MAX_NAME));
  if (name === '') name = 'document';
  if (RESERVED.test(name)) name = `_${name}`;
  return name;
}

const isSeparator = (ch: string | undefined): boolean => ch === '-' || ch === '.';

/** Strips leading and trailing `-`/`.` by index (a `[-.]+$` regex backtracks quadratically). */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSeparator(text[start])) start++;
  while (end > start && isSeparator(text[end - 1])) end--;
  return text.slice(start, end);
}

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

/**
 * The store name for a source: the one it already has, else its sanitised base name, else (when
 * another source holds that name) the base name with a hash of the source path.
 */
export function claimName(source: string, taken: ReadonlyMap<string, string>, existing: string | undefined): string {
  if (existing !== undefined) return existing;
  const base = sanitizeName(path.basename(source));
  const holder = taken.get(base);
  if (holder === undefined || holder === source) return base;
  return `${trimSeparators(base.slice(0, MAX_NAME - 9))}-${shortHash(source)}`;
}

/** `<outDir>/<name>.json`, refusing anything that would land outside `outDir`. */
export function outputPath(outDir: string, name: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, `${name}.json`);
  if (path.dirname(target) !== root || name !== sanitizeName(name)) {
    throw new SolieuError('invalid_output', `output name ${JSON.stringify(name)} would leave ${root}`, null, name);
  }
  return target;
}
