import { open, readdir, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

// Temp files carry the writer's pid so a later run can tell an orphan (its writer was killed) from
// a live concurrent writer's file: `.<name>.tmp-<pid>-<random>`.
const TEMP_PATTERN = /^\.(.+)\.tmp-(\d+)-[0-9a-f]+$/;

const tempName = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);

export async function fsyncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable; some platforms refuse to open or sync a directory.
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort: the data file itself was synced before the rename
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Write-temp, fsync, rename, fsync-directory: readers see the old file or the new one, never a
 * half-written one, even after SIGKILL or a power cut. Data given as chunks is written chunk by
 * chunk, so that a large file does not hold the event loop (and the worker pool) for its length.
 * This is solieu's one durable-write policy (write-file-atomic is not used: it needs a newer Node
 * than the project supports, and it does not sync the directory).
 */
export async function writeFileDurable(
  target: string,
  data: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const temp = tempName(target);
  const handle = await open(temp, 'wx', 0o644);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else for await (const chunk of data) await handle.write(chunk);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(target));
}

const isAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes temp files left by writers that no longer run (killed mid-write). Returns how many. */
export async function removeOrphanTemps(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMP_PATTERN.exec(name);
    if (!match || isAlive(Number(match[2]))) continue;
    await rm(path.join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}
