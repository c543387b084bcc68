import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A throw-away PostgreSQL cluster in a temp folder, on a free loopback port, trusted logins. */
export interface Cluster {
  /** A new empty database; its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL's binaries (Debian layout), or null. */
export async function postgresBin(): Promise<string | null> {
  const root = '/usr/lib/postgresql';
  const versions = await readdir(root).catch(() => [] as string[]);
  versions.sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if ((await readdir(bin).catch(() => [] as string[])).includes('initdb')) return bin;
  }
  return null;
}

export const NO_POSTGRES =
  'PostgreSQL store tests skipped: no PostgreSQL binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql; .ci/run does)';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** initdb refuses root: as root, the cluster belongs to the `postgres` user (else `nobody`). */
async function runner(): Promise<{ prefix: string[]; uid: number | null; gid: number | null }> {
  if (process.getuid?.() !== 0) return { prefix: [], uid: null, gid: null };
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number((await run('id', ['-u', user])).stdout.trim());
      const gid = Number((await run('id', ['-g', user])).stdout.trim());
      return { prefix: ['runuser', '-u', user, '--'], uid, gid };
    } catch {
      // try the next user
    }
  }
  throw new Error('running as root and neither a postgres nor a nobody user exists for initdb');
}

export async function startCluster(): Promise<Cluster | null> {
  const bin = await postgresBin();
  if (bin === null) return null;
  const dir = await mkdtemp(path.join(tmpdir(), 'solieu-pg-'));
  const as = await runner();
  if (as.uid !== null) await chown(dir, as.uid, as.gid!);
  const exec = (file: string, args: string[]) => {
    const [command, ...rest] = [...as.prefix, path.join(bin, file), ...args];
    return run(command!, rest, { cwd: dir });
  };
  const data = path.join(dir, 'data');
  await exec('initdb', ['-D', data, '-U', 'solieu', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
  await exec('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', settings, '-w', '-t', '60', 'start']);
  const url = (db: string): string => `postgres://solieu@127.0.0.1:${port}/${db}`;
  return {
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop() {
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
