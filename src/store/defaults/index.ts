/** Where commands look for the store when neither --store nor SOLIEU_STORE says. */
export const DEFAULT_STORE = 'out/solieu.json';
/** The environment variable a team sets once: `SOLIEU_STORE=postgres://…`. */
export const STORE_ENV = 'SOLIEU_STORE';
