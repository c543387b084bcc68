import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilePool } from '../../src/ingest/pool.js';

const fakeWorker = new URL('./fixtures/fake-worker.ts', import.meta.url);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'solieu-pool-'));
  for (const name of ['ok1.txt', 'ok2.txt', 'hang.txt', 'oom.txt', 'crash.txt', 'exit.txt', 'bad.txt']) {
    await writeFile(path.join(dir, name), name.startsWith('bad') ? 'bad' : 'tốt');
  }
  process.env['SOLIEU_TEST_FAULTS'] = 'hang:hang.txt,oom:oom.txt,crash:crash.txt,exit:exit.txt';
});
afterAll(async () => {
  delete process.env['SOLIEU_TEST_FAULTS'];
  await rm(dir, { recursive: true, force: true });
});

describe('FilePool', () => {
  it('turns hangs, memory blow-ups, crashes and worker exits into coded failures and keeps going', async () => {
    const pool = new FilePool({ concurrency: 2, timeoutMs: 3_000, maxMemoryMb: 64, workerFile: fakeWorker });
    try {
      const names = ['ok1.txt', 'hang.txt', 'oom.txt', 'crash.txt', 'exit.txt', 'bad.txt', 'ok2.txt'];
      const results: Record<string, string> = {};
      // At most two in flight, as runIngest does, so each deadline starts with its file.
      for (let i = 0; i < names.length; i += 2) {
        await Promise.all(
          names.slice(i, i + 2).map(async (name) => {
            const result = await pool.run({ path: path.join(dir, name), options: {} });
            results[name] = result.ok ? 'ok' : result.error.code;
          }),
        );
      }
      expect(results).toEqual({
        'ok1.txt': 'ok',
        'hang.txt': 'timeout',
        'oom.txt': 'out_of_memory',
        // The fake worker lets the injected TypeError escape: the pool reports the dead task.
        'crash.txt': 'internal_error',
        'exit.txt': 'internal_error',
        'bad.txt': 'invalid_text',
        'ok2.txt': 'ok',
      });
    } finally {
      await pool.destroy();
    }
  }, 30_000);
});
