import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT } from './exit-codes.js';

/**
 * The oldest Node solieu runs on (package.json `engines`; a test keeps the two equal). pdf.js and
 * vitest use APIs Node 20 lacks (Promise.withResolvers, Map.groupBy): on Node 20 they fail deep
 * inside with errors that say nothing about Node, so the CLI checks first.
 */
export const NODE_NEEDED = '22.13.0';

/** The package root (dist/cli/ or src/cli/ is two levels down) and the Node 22 that `npm install` brings there. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLED_NODE = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
/** Set in the re-executed child, so a bundled Node that is itself too old cannot loop. */
const REEXEC_MARK = 'SOLIEU_NODE_REEXEC';

const parse = (version: string): number[] =>
  version
    .replace(/^v/, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);

export function isSupported(version: string, needed = NODE_NEEDED): boolean {
  const have = parse(version);
  const want = parse(needed);
  for (let i = 0; i < want.length; i += 1) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** The one line printed when no usable Node 22 is at hand: what is needed, and the command that fixes it. */
export function nodeVersionMessage(found: string, bundledFailed: boolean, root = ROOT): string {
  const fix = bundledFailed
    ? 'the Node 22 in node_modules/.bin cannot run on this machine; fix: install Node.js 22 (e.g. `nvm install 22`)'
    : `fix: \`cd ${root.replace(/\/$/, '')} && npm install\` (it brings Node 22 into node_modules/.bin), or install Node.js 22 (e.g. \`nvm install 22\`)`;
  return `solieu: needs Node.js ${NODE_NEEDED} or newer (this is ${found}); ${fix}\n`;
}

/**
 * Runs before anything heavy is imported. On a Node older than NODE_NEEDED, runs the same command
 * again with the bundled Node 22 when there is one (so `node dist/cli/main.js` and a linked `solieu`
 * work on a Node 20 machine), else prints one line and exits 78 (EX_CONFIG; never 1, which
 * `npm start` accepts). Returns only on a supported Node.
 */
export function requireSupportedNode(): void {
  if (isSupported(process.versions.node)) return;
  const found = `v${process.versions.node}`;
  const canRetry = process.env[REEXEC_MARK] === undefined && existsSync(BUNDLED_NODE);
  if (canRetry) {
    const child = spawnSync(BUNDLED_NODE, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, [REEXEC_MARK]: found },
    });
    if (!child.error) {
      if (child.signal) process.kill(process.pid, child.signal);
      process.exit(child.status ?? EXIT.internal);
    }
  }
  process.stderr.write(nodeVersionMessage(found, canRetry));
  process.exit(EXIT.unsupportedNode);
}
