import { Option } from 'commander';
import { DEFAULT_STORE, STORE_ENV } from '../store/defaults/index.js';

/** `--store`: a file (the embedded store) or a postgres:// URL; SOLIEU_STORE when not given. */
export const storeOption = (description = 'the store'): Option =>
  new Option('--store <path|url>', `${description}: a file (embedded) or postgres://user@host/db (env ${STORE_ENV})`)
    .env(STORE_ENV)
    .default(DEFAULT_STORE);

/** Where the CLI prints what a store tells (a migration). */
export const storeNotice = (message: string): void => {
  process.stderr.write(`solieu: ${message}\n`);
};
