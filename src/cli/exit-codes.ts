/** Exit codes, the same for every command (documented in --help and the README). */
export const EXIT = {
  ok: 0,
  /** Some report has an inconsistent claim. */
  inconsistent: 1,
  /** Usage error, or an input file was refused (extract, check). */
  usage: 2,
  badInput: 2,
  /** In a batch (ingest): some files failed while others were processed. */
  someFailed: 3,
  /** A bug in solieu itself. */
  internal: 70,
} as const;

export const EXIT_CODE_HELP = `
Exit codes:
  0   success; no report has an inconsistent claim
  1   at least one report has an inconsistent claim (check, ingest)
  2   usage error, or an input file was refused (extract, check)
  3   some files failed in a batch while the others were processed (ingest)
  70  internal error (a bug: please report it)`;
