import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A digest of every source file's path, size and mtime: a new build exactly when src/ changed. */
async function sourceDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const info = await stat(full);
        hash.update(`${full}\0${info.size}\0${info.mtimeMs}\n`);
      }
    }
  };
  await walk(path.join(root, 'src'));
  hash.update(String((await stat(path.join(root, 'package.json'))).mtimeMs));
  return hash.digest('hex').slice(0, 16);
}

/** Builds of earlier source states, unused for an hour (a running test would have touched none). */
async function removeOldBuilds(keep: string): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const dir = path.join(tmpdir(), name);
    if (!name.startsWith('solieu-cli-build-') || name.endsWith('.lock') || dir === keep) continue;
    const ready = await stat(path.join(dir, 'ready')).catch(() => null);
    if (ready && Date.now() - ready.mtimeMs > 3_600_000) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Compiles src/ with tsc into a temp folder laid out like the package (dist/, package.json,
 * schemas and node_modules linked), once per source state for all test files and processes: the
 * CLI tests then run plain JS, three times cheaper to start than tsx. Type errors elsewhere do not
 * stop the emit; a missing entry point fails loudly.
 */
export async function builtCli(repoRoot: string): Promise<string> {
  const digest = await sourceDigest(repoRoot);
  const build = path.join(tmpdir(), `solieu-cli-build-${digest}`);
  const main = path.join(build, 'dist/cli/main.js');
  const ready = path.join(build, 'ready');
  const lock = `${build}.lock`;
  for (;;) {
    if (existsSync(ready)) return main;
    try {
      await mkdir(lock);
    } catch {
      // Another test process is building; take over only if it died long ago.
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 180_000) await rm(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    try {
      await rm(build, { recursive: true, force: true });
      await mkdir(build, { recursive: true });
      await copyFile(path.join(repoRoot, 'package.json'), path.join(build, 'package.json'));
      await symlink(path.join(repoRoot, 'node_modules'), path.join(build, 'node_modules'));
      await symlink(path.join(repoRoot, 'schemas'), path.join(build, 'schemas'));
      const typescript = path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('typescript/package.json'));
      const tsc = path.join(typescript, 'bin/tsc');
      await promisify(execFile)(process.execPath, [tsc, '-p', path.join(repoRoot, 'tsconfig.json'), '--outDir', path.join(build, 'dist')], {
        cwd: repoRoot,
        maxBuffer: 1 << 24,
      }).catch(() => undefined);
      if (!existsSync(main)) throw new Error(`tsc produced no ${main}`);
      await writeFile(ready, digest);
      await removeOldBuilds(build);
      return main;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}
