import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { SolieuError } from '../errors/index.js';
import { READ_EXTENSIONS } from '../parsers/index.js';

/** Extensions picked up when walking folders and globs (the parsers' one list); files named explicitly are always tried. */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(READ_EXTENSIONS);

export type SkipReason = 'not_a_report' | 'symlink_loop' | 'outside_input' | 'broken_symlink' | 'not_found';

export interface InputFile {
  /** The path as the user would write it (relative to cwd when inside it). */
  path: string;
  /** Real path: the identity of the file in the store. */
  real: string;
}

export interface WalkNote {
  path: string;
  reason: SkipReason;
  detail: string;
}

export interface WalkResult {
  files: InputFile[];
  notes: WalkNote[];
}

export interface WalkOptions {
  cwd: string;
  /** Real or resolved paths never to pick up (the output folder, the store and its lock). */
  exclude: readonly string[];
  /** Lines read from stdin when an argument is `-`. */
  readStdin?: () => Promise<string>;
}

const isInside = (root: string, target: string): boolean => {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

class Walker {
  readonly files: InputFile[] = [];
  readonly notes: WalkNote[] = [];
  readonly #seenFiles = new Set<string>();
  readonly #seenDirs = new Set<string>();
  readonly #exclude: Set<string>;

  constructor(
    private readonly cwd: string,
    exclude: readonly string[],
  ) {
    this.#exclude = new Set(exclude.map((p) => path.resolve(cwd, p)));
  }

  display(p: string): string {
    const abs = path.resolve(this.cwd, p);
    return isInside(this.cwd, abs) ? path.relative(this.cwd, abs) || '.' : abs;
  }

  note(p: string, reason: SkipReason, detail: string): void {
    this.notes.push({ path: this.display(p), reason, detail });
  }

  add(p: string, real: string): void {
    if (this.#seenFiles.has(real) || this.#exclude.has(real)) return;
    this.#seenFiles.add(real);
    this.files.push({ path: this.display(p), real });
  }

  /** A path the user named: a file is taken whatever its extension, a folder is walked. */
  async explicit(p: string, fromStdin: boolean): Promise<void> {
    const abs = path.resolve(this.cwd, p);
    let real: string;
    try {
      real = await realpath(abs);
    } catch {
      if (fromStdin) return this.note(abs, 'not_found', 'no such file or folder');
      throw new SolieuError('usage', `no such file or folder: ${p}`, 'check the path, or quote a glob pattern', p);
    }
    const info = await stat(real);
    if (info.isDirectory()) await this.directory(abs, real, real, new Set());
    else this.add(abs, real);
  }

  async pattern(pattern: string): Promise<void> {
    const base = path.resolve(this.cwd, staticBase(pattern));
    const root = await realpath(base).catch(() => base);
    const matches = await glob(pattern, { cwd: this.cwd, onlyFiles: true, dot: false, absolute: true, followSymbolicLinks: false });
    matches.sort();
    for (const match of matches) await this.entry(match, root, new Set());
  }

  /** Walks a folder; `root` is the real path of the folder the user named, which nothing may escape. */
  async directory(dir: string, dirReal: string, root: string, ancestors: ReadonlySet<string>): Promise<void> {
    if (this.#seenDirs.has(dirReal) || this.#exclude.has(dirReal)) return;
    this.#seenDirs.add(dirReal);
    const inner = new Set(ancestors).add(dirReal);
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      // Hidden entries (.git, editor files, our own temp files) are not reports.
      if (name.startsWith('.')) continue;
      await this.entry(path.join(dir, name), root, inner, dirReal);
    }
  }

  async entry(p: string, root: string, ancestors: ReadonlySet<string>, parentReal?: string): Promise<void> {
    const link = await lstat(p);
    let real = p;
    let info = link;
    if (link.isSymbolicLink()) {
      try {
        real = await realpath(p);
        info = await stat(real);
      } catch {
        return this.note(p, 'broken_symlink', 'the link points to nothing');
      }
      if (!isInside(root, real)) return this.note(p, 'outside_input', `the link leads outside the input folder (${real})`);
      if (info.isDirectory() && ancestors.has(real)) return this.note(p, 'symlink_loop', `the link points back to ${real}`);
    } else {
      real = path.join(parentReal ?? (await realpath(path.dirname(p))), path.basename(p));
    }
    if (info.isDirectory()) return this.directory(p, real, root, ancestors);
    if (!info.isFile()) return;
    if (this.#exclude.has(real) || this.#seenFiles.has(real)) return;
    if (!REPORT_EXTENSIONS.has(path.extname(p).toLowerCase())) {
      return this.note(p, 'not_a_report', `not a report file (${[...REPORT_EXTENSIONS].join(', ')})`);
    }
    this.add(p, real);
  }
}

/** The folder part of a glob before its first dynamic segment: the folder matches must stay in. */
export function staticBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === segments.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/**
 * Turns command-line inputs (files, folders, globs, `-` for a list of paths on stdin) into the
 * report files to process, with a note for everything skipped. A missing path named on the command
 * line is a usage error; a missing path read from stdin is a note (the batch goes on).
 */
export async function collectInputs(inputs: readonly string[], options: WalkOptions): Promise<WalkResult> {
  const walker = new Walker(options.cwd, options.exclude);
  for (const input of inputs) {
    if (input === '-') {
      const text = options.readStdin ? await options.readStdin() : '';
      for (const line of text.split(/\r?\n/)) {
        const p = line.trim();
        if (p !== '') await walker.explicit(p, true);
      }
      continue;
    }
    const exists = await lstat(path.resolve(options.cwd, input)).then(
      () => true,
      () => false,
    );
    if (!exists && isDynamicPattern(input)) await walker.pattern(input);
    else await walker.explicit(input, false);
  }
  return { files: walker.files, notes: walker.notes };
}
