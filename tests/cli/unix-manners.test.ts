import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from './ingest-build.js';
import { repoRoot, solieu, tempDir, tinyReport } from './ingest-helpers.js';

// The built CLI in child processes, as a user runs it: pipes closed early, bugs, hostile names.
// Timeouts are generous: each test starts several CLI processes on a shared, busy machine.

const corpusText = path.join(repoRoot, 'corpus/kien-giang-6-thang-2022.txt');
const corpusPdf = path.join(repoRoot, 'corpus/kien-giang-6-thang-2022.pdf');
let main = '';

/** Runs a bash pipeline in which `solieu` is the built CLI; solieu's own exit code is reported as `rc=N` on stderr. */
async function pipeline(script: string, cwd: string): Promise<{ stdout: string; stderr: string; rc: number }> {
  const { stdout, stderr } = await promisify(execFile)(
    'bash',
    ['-c', `solieu() { "$SOLIEU_NODE" "$SOLIEU_MAIN" "$@"; }; ${script}; echo "rc=\${PIPESTATUS[0]}" >&2`],
    {
      cwd,
      env: { ...process.env, SOLIEU_NODE: process.execPath, SOLIEU_MAIN: main },
      maxBuffer: 1 << 26,
    },
  );
  const rc = /rc=(\d+)\s*$/.exec(stderr);
  return { stdout, stderr: stderr.replace(/rc=\d+\s*$/, ''), rc: rc ? Number(rc[1]) : -1 };
}

beforeAll(async () => {
  main = await builtCli(repoRoot);
}, 300_000);

describe('a pipe closed early ends quietly with exit 0', () => {
  let work = '';
  beforeAll(async () => {
    work = await tempDir('epipe');
    await mkdir(path.join(work, 'reports'));
    for (const name of ['kien-giang-6-thang-2022.txt', 'an-giang-quy-3-2023.txt'])
      await copyFile(path.join(repoRoot, 'corpus', name), path.join(work, 'reports', name));
    const ingest = await solieu(['ingest', 'reports', '--concurrency', '1'], { cwd: work });
    expect(ingest.stderr).not.toMatch(/internal error/);
  }, 240_000);

  it('extract --stdout | head -1', async () => {
    const { stdout, stderr, rc } = await pipeline(`solieu extract --stdout "${corpusText}" | head -1`, work);
    expect(stdout).toBe('{\n');
    expect(stderr).toBe('');
    expect(rc).toBe(0);
  }, 240_000);

  it('query facts | head -1 (a table far larger than the pipe buffer)', async () => {
    const full = await pipeline('solieu query facts | wc -c', work);
    expect(Number(full.stdout.trim())).toBeGreaterThan(1 << 16);
    const { stdout, stderr, rc } = await pipeline('solieu query facts | head -1', work);
    expect(stdout).toMatch(/^document\s+page/);
    expect(stderr).toBe('');
    expect(rc).toBe(0);
  }, 240_000);

  it('series --csv | head -1, and a reader gone before the first byte', async () => {
    const head = await pipeline('solieu series out --csv | head -1', work);
    expect(head.stderr).not.toMatch(/EPIPE|Error:|internal error|\n\s+at /);
    expect([0, 1]).toContain(head.rc);
    const gone = await pipeline('solieu series out --csv | true', work);
    expect(gone.stderr).not.toMatch(/EPIPE|Error:|internal error|\n\s+at /);
    expect([0, 1]).toContain(gone.rc);
    const extract = await pipeline(`solieu extract --stdout "${corpusText}" | true`, work);
    expect(extract).toEqual({ stdout: '', stderr: '', rc: 0 });
  }, 240_000);
});

describe('internal errors: one line, --debug for the stack, exit 70', () => {
  // The very failure a newcomer met on Node 20: pdf.js calling Promise.withResolvers.
  const withoutResolvers = { NODE_OPTIONS: '--import=data:text/javascript,delete%20Promise.withResolvers' };

  it('a bug while reading one file', async () => {
    const work = await tempDir('internal');
    const result = await solieu(['extract', '--stdout', corpusPdf], { cwd: work, env: withoutResolvers });
    expect(result.code).toBe(70);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/kien-giang-6-thang-2022\.pdf: internal error: TypeError: Promise\.withResolvers is not a function .*--debug/);
    const debug = await solieu(['extract', '--stdout', corpusPdf, '--debug'], { cwd: work, env: withoutResolvers });
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(/\n\s+at .+/);
    // check: the same bug is exit 70 too, not 2 (refused input), and still one line.
    const check = await solieu(['check', corpusPdf], { cwd: work, env: withoutResolvers });
    expect(check.code).toBe(70);
    expect(check.stderr).toMatch(/internal error: TypeError: Promise\.withResolvers is not a function .*--debug/);
    expect(check.stderr).not.toMatch(/\n\s+at /);
  }, 240_000);

  it('a bug outside any file', async () => {
    const work = await tempDir('internal');
    const env = { NODE_OPTIONS: '--import=data:text/javascript,JSON.stringify=()=>{throw%20new%20RangeError(%22planted%22)}' };
    const result = await solieu(['schema', '--json'], { cwd: work, env });
    expect(result.code).toBe(70);
    expect(result.stderr).toBe('solieu: internal error: RangeError: planted (a bug in solieu; run again with --debug for the stack)\n');
    const debug = await solieu(['--debug', 'schema', '--json'], { cwd: work, env });
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(/^solieu: internal error: RangeError: planted\n\s+at /);
  });
});

describe('--help of every command lists its exit codes', () => {
  const commands = ['extract', 'check', 'ingest', 'query', 'export', 'schema', 'review', 'series'];
  it.each(commands)('%s --help', async (command) => {
    const { code, stdout } = await solieu([command, '--help'], { cwd: repoRoot });
    expect(code).toBe(0);
    const block = stdout.slice(stdout.indexOf('Exit codes:'));
    expect(block).toMatch(/^Exit codes:\n(\s+\d+\s+\S.*\n?)+/);
    expect(block).toMatch(/^\s+0\s/m);
    expect(block).toMatch(/^\s+70\s+internal error/m);
  });
});

describe('an unknown --lang is a usage error in every command that has --lang', () => {
  const commands = ['extract', 'check', 'ingest', 'query', 'export', 'schema', 'review', 'series'];
  it('every --lang refuses "xx"', async () => {
    const withLang: string[] = [];
    for (const command of commands) {
      const help = await solieu([command, '--help'], { cwd: repoRoot });
      if (!/--lang\b/.test(help.stdout)) continue;
      withLang.push(command);
      const result = await solieu([command, '--lang', 'xx', 'nothing.txt'], { cwd: await tempDir('lang') });
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toMatch(/xx/);
      expect(result.stderr, command).toMatch(/\bvi\b.*\ben\b/);
    }
    expect(withLang).toEqual(expect.arrayContaining(['check', 'review', 'series']));
  }, 240_000);
});

describe('names from files cannot drive the terminal', () => {
  // A title-setting OSC, clear-screen, colour, a C1 CSI and a bell: what a crafted file name can carry.
  const hostile = 'evil\x1b]0;pwned\x07\x1b[2J\x1b[31m-report\u009b1m\x7f.txt';
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

  it('check, extract and a refused file print the name without control sequences', async () => {
    const work = await tempDir('hostile');
    await writeFile(path.join(work, hostile), tinyReport(4, { broken: true }));
    await writeFile(path.join(work, `\x1b[2Jbroken\x1b[0m.pdf`), 'not a pdf at all');
    const check = await solieu(['check', hostile], { cwd: work });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('evil');
    expect(check.stdout).toContain('-report');
    expect(check.stdout + check.stderr).not.toMatch(controls);
    const extract = await solieu(['extract', '-o', 'out', hostile, `\x1b[2Jbroken\x1b[0m.pdf`], { cwd: work });
    expect(extract.code).toBe(2);
    expect(extract.stderr).toMatch(/evil.*-report/);
    expect(extract.stderr).toMatch(/broken\.pdf: invalid_pdf/);
    expect(extract.stdout + extract.stderr).not.toMatch(controls);
    // JSON escapes what it carries: the name survives as \u001b…, inert.
    const json = await solieu(['extract', '--stdout', hostile], { cwd: work });
    expect(json.code).toBe(0);
    expect(json.stdout).toContain('\\u001b]0;pwned');
    expect(json.stdout).not.toMatch(controls);
  }, 240_000);
});

describe('the Node version guard', () => {
  const node20 = '/usr/bin/node';

  it('on an old Node: re-runs on the bundled Node 22, or says in one line what to do (exit 78)', async (context) => {
    if (!existsSync(node20)) return context.skip(`no ${node20} on this machine`);
    const version = (await promisify(execFile)(node20, ['--version'])).stdout.trim();
    if (Number(version.replace(/^v/, '').split('.')[0]) >= 22) return context.skip(`${node20} is ${version}, not an old Node`);
    // Next to the bundled Node (the build links node_modules): the command just works.
    const works = await promisify(execFile)(node20, [main, 'schema']);
    expect(works.stdout).toMatch(/report-document/);
    // A copy of dist/ with no node_modules beside it: one line naming the version and the fix.
    const bare = await tempDir('bare');
    await promisify(execFile)('cp', ['-r', path.dirname(path.dirname(main)), bare]);
    const refused: { code?: number; stdout: string; stderr: string } = await promisify(execFile)(node20, [
      path.join(bare, 'dist/cli/main.js'),
      'check',
      corpusPdf,
    ]).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(refused.code).toBe(78);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      new RegExp(
        `^solieu: needs Node\\.js 22\\.13\\.0 or newer \\(this is ${version.replace(/\./g, '\\.')}\\); fix: \`cd .+ && npm install\``,
      ),
    );
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('the guard and package.json agree on the Node version', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: Record<string, string>;
    };
    const { NODE_NEEDED, isSupported } = await import('../../src/cli/node-guard.js');
    expect(pkg.engines.node).toBe(`>=${NODE_NEEDED}`);
    // The bundled Node (devDependency `node`) satisfies the guard.
    expect(isSupported(pkg.devDependencies['node']!.replace(/^[\^~]/, ''))).toBe(true);
    expect(isSupported('20.20.2')).toBe(false);
    expect(isSupported('22.12.9')).toBe(false);
    expect(isSupported('v22.13.0')).toBe(true);
    expect(isSupported('23.0.0')).toBe(true);
  });
});
