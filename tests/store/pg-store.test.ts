import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { openExistingStore, openStore } from '../../src/store/open.js';
import { PostgresReportStore, redactUrl } from '../../src/store/postgres/pg-store.js';
import { storeContract } from './contract.js';
import { NO_POSTGRES, startCluster, type Cluster } from './pg-cluster.js';

let cluster: Cluster | null = null;
let out: string;
let databases = 0;
let current = '';

beforeAll(async () => {
  cluster = await startCluster();
  if (cluster === null) console.warn(NO_POSTGRES);
  out = await mkdtemp(path.join(tmpdir(), 'solieu-pg-out-'));
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
  await rm(out, { recursive: true, force: true });
}, 60_000);

storeContract('PostgreSQL', () =>
  cluster === null
    ? null
    : {
        open: async () => {
          current = await cluster!.createDatabase(`contract_${++databases}`);
          return openStore(current);
        },
        reopen: () => openStore(current),
        outDir: () => out,
        exclusiveClaims: true,
      },
);

describe('PostgreSQL store specifics', () => {
  it('migrates once under concurrent starts, records the version, and hides the password', async (context) => {
    if (cluster === null) return context.skip();
    const url = await cluster.createDatabase('migrations');
    const stores = [0, 1, 2].map(() => new PostgresReportStore(url));
    await Promise.all(stores.map((s) => s.prepare()));
    expect(await stores[0]!.query('documents', {}).next()).toMatchObject({ done: true });
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM solieu_schema ORDER BY version');
    await client.end();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    expect(redactUrl('postgres://me:secret@db.example:5432/solieu')).toBe('postgres://me@db.example:5432/solieu');
  });

  it('refuses a database without a store, and an unreachable server, with coded errors', async (context) => {
    if (cluster === null) return context.skip();
    const url = await cluster.createDatabase('empty');
    await expect(openExistingStore(url)).rejects.toMatchObject({ code: 'store_not_found' });
    const dead = new PostgresReportStore('postgres://solieu:pw@127.0.0.1:1/nothing');
    await expect(dead.prepare()).rejects.toMatchObject({ code: 'store_unavailable' });
    await expect(dead.prepare()).rejects.not.toThrow(/pw/);
    await dead.close();
  });
});
