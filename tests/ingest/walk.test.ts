import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SolieuError } from '../../src/errors/solieu-error.js';
import { collectInputs, staticBase } from '../../src/ingest/walk.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'solieu-walk-'));
  const files = [
    'in/a.txt',
    'in/sub/b.pdf',
    'in/sub/deep/c.docx',
    'in/notes.xls',
    'in/.hidden.txt',
    'outside/secret.txt',
    'in/out/old.txt',
  ];
  for (const f of files) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
    await writeFile(path.join(dir, f), 'x');
  }
  await symlink(path.join(dir, 'in'), path.join(dir, 'in/sub/loop'));
  await symlink(path.join(dir, 'outside'), path.join(dir, 'in/escape'));
  await symlink(path.join(dir, 'outside/secret.txt'), path.join(dir, 'in/secret-link.txt'));
  await symlink(path.join(dir, 'in/a.txt'), path.join(dir, 'in/sub/alias.txt'));
  await symlink(path.join(dir, 'nowhere.txt'), path.join(dir, 'in/broken.txt'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const walk = (inputs: string[], stdin = '') =>
  collectInputs(inputs, { cwd: dir, exclude: [path.join(dir, 'in/out')], readStdin: async () => stdin });

describe('collectInputs', () => {
  it('walks folders recursively, skipping loops, escapes, broken links and non-reports with a note', async () => {
    const { files, notes } = await walk(['in']);
    expect(files.map((f) => f.path)).toEqual(['in/a.txt', 'in/sub/b.pdf', 'in/sub/deep/c.docx']);
    expect(notes.map((n) => [n.path, n.reason]).sort()).toEqual([
      ['in/broken.txt', 'broken_symlink'],
      ['in/escape', 'outside_input'],
      ['in/notes.xls', 'not_a_report'],
      ['in/secret-link.txt', 'outside_input'],
      ['in/sub/loop', 'symlink_loop'],
    ]);
  });

  it('takes an explicitly named file whatever its extension, once', async () => {
    const { files } = await walk(['in/notes.xls', 'in/a.txt', 'in/sub/alias.txt']);
    expect(files.map((f) => f.path)).toEqual(['in/notes.xls', 'in/a.txt']);
  });

  it('expands quoted globs and keeps matches inside the glob base', async () => {
    expect(staticBase('in/**/*.pdf')).toBe('in');
    expect(staticBase('*.txt')).toBe('.');
    const { files } = await walk(['in/**/*.{pdf,docx}']);
    expect(files.map((f) => f.path)).toEqual(['in/sub/b.pdf', 'in/sub/deep/c.docx']);
  });

  it('reads paths from stdin, noting the missing ones instead of stopping', async () => {
    const { files, notes } = await walk(['-'], 'in/a.txt\r\n\n  in/sub/b.pdf  \nin/none.pdf\n');
    expect(files.map((f) => f.path)).toEqual(['in/a.txt', 'in/sub/b.pdf']);
    expect(notes).toEqual([{ path: 'in/none.pdf', reason: 'not_found', detail: 'no such file or folder' }]);
  });

  it('treats a missing path on the command line as a usage error', async () => {
    const error = await walk(['in/none.pdf']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SolieuError);
    expect((error as SolieuError).code).toBe('usage');
  });
});
