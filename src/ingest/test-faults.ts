import path from 'node:path';

/**
 * Lets tests make a worker misbehave on a chosen file, to prove the pool survives what a hostile
 * file could do: `SOLIEU_TEST_FAULTS="hang:a.txt,oom:b.txt,crash:c.txt,exit:d.txt"` (base names).
 * Unset in normal use, where this does nothing.
 */
export function injectFault(file: string): void {
  const spec = process.env['SOLIEU_TEST_FAULTS'];
  if (!spec) return;
  const base = path.basename(file);
  for (const item of spec.split(',')) {
    const [kind, name] = item.split(':');
    if (name !== base) continue;
    if (kind === 'hang') for (;;);
    if (kind === 'oom') {
      const hog: number[][] = [];
      for (;;) hog.push(new Array<number>(1 << 20).fill(hog.length));
    }
    if (kind === 'crash') throw new TypeError('injected crash');
    if (kind === 'exit') process.exit(70);
  }
}
