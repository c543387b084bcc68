import { execFile } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from './ingest-build.js';
import { repoRoot, tempDir } from './ingest-helpers.js';

// A consumer of the published package: its own project, `import … from 'solieu'` against the built
// dist/ (.js and .d.ts), strict and with skipLibCheck false, so every .d.ts solieu publishes (and
// the dependency types they pull in) must type-check. The code compiled is the README's example.

const run = promisify(execFile);
const tsc = path.join(path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('typescript/package.json')), 'bin/tsc');

/** The first ```ts block of the README's "## Library" section. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Library\n'));
  const match = /```ts\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf('\n## ', 1)));
  if (!match?.[1]) throw new Error('README.md: no ```ts example in the "## Library" section');
  return match[1];
}

let consumer = '';

beforeAll(async () => {
  const build = path.dirname(path.dirname(path.dirname(await builtCli(repoRoot)))); // …/dist/cli/main.js → the package folder
  consumer = await tempDir('consumer');
  await mkdir(path.join(consumer, 'node_modules'));
  await symlink(build, path.join(consumer, 'node_modules/solieu'));
  await symlink(path.join(repoRoot, 'node_modules/@types'), path.join(consumer, 'node_modules/@types'));
  await writeFile(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await writeFile(
    path.join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2023',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: false,
        types: ['node'],
        outDir: 'out',
        rootDir: '.',
      },
      files: ['example.ts'],
    }),
  );
  await writeFile(path.join(consumer, 'example.ts'), await readmeExample());
}, 300_000);

describe('solieu as a library', () => {
  it('the published .d.ts and the README example pass tsc with skipLibCheck false', async () => {
    const result = await run(process.execPath, [tsc, '-p', path.join(consumer, 'tsconfig.json')], { cwd: consumer }).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    expect(`${result.stdout}${result.stderr}`).toBe('');
  }, 180_000);

  it('the README example runs and prints what it says', async () => {
    const { stdout } = await run(process.execPath, [path.join(consumer, 'out/example.js')], { cwd: repoRoot });
    const lines = stdout.trimEnd().split('\n');
    // The reference report's planted inconsistencies, the second report's counts, the refused file.
    expect(lines.some((l) => /^[\w/-]+: /.test(l))).toBe(true);
    expect(stdout).toMatch(/^\d+ figures, \d+ claims, \d+ findings$/m);
    expect(lines.at(-1)).toMatch(/^not_found: /);
  }, 120_000);
});
