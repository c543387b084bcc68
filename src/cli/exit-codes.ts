/** Exit codes, the same meaning in every command (each command's --help lists the ones it uses). */
export const EXIT = {
  ok: 0,
  /** Some report has an inconsistent claim. */
  inconsistent: 1,
  /** Usage error, or an input file was refused (extract, check). */
  usage: 2,
  badInput: 2,
  /** In a batch (ingest, review of a folder): some files failed while others were processed. */
  someFailed: 3,
  /** A bug in solieu itself (sysexits EX_SOFTWARE). */
  internal: 70,
  /** The Node.js running solieu is too old and no usable Node 22 was found (sysexits EX_CONFIG). */
  unsupportedNode: 78,
} as const;

type CommandName = 'extract' | 'check' | 'ingest' | 'query' | 'export' | 'schema' | 'review' | 'series';

const LINES: Record<CommandName, ReadonlyArray<readonly [code: number, meaning: string]>> = {
  extract: [
    [EXIT.ok, 'every file was read and written'],
    [EXIT.badInput, 'usage error, or at least one input file was refused (the others were written)'],
  ],
  check: [
    [EXIT.ok, 'no report has an inconsistent claim'],
    [EXIT.inconsistent, 'at least one report has an inconsistent claim'],
    [EXIT.badInput, 'usage error, or at least one input file was refused'],
  ],
  ingest: [
    [EXIT.ok, 'every file processed, no report has an inconsistent claim'],
    [EXIT.inconsistent, 'at least one report has an inconsistent claim'],
    [EXIT.usage, 'usage error (bad option, missing input path), or the store is locked or unreadable'],
    [EXIT.someFailed, 'at least one file failed (bad input, timeout, out_of_memory); the others were processed'],
  ],
  query: [
    [EXIT.ok, 'the rows were printed (possibly none)'],
    [EXIT.usage, 'usage error, or the store is missing or unreadable'],
  ],
  export: [
    [EXIT.ok, 'the rows were written (possibly none)'],
    [EXIT.usage, 'usage error, or the store is missing or unreadable'],
  ],
  schema: [
    [EXIT.ok, 'the schema (or the list of names) was printed'],
    [EXIT.usage, 'usage error, or no schema has that name'],
  ],
  review: [
    [EXIT.ok, 'every page was written'],
    [EXIT.usage, 'usage error, or the input was refused'],
    [EXIT.someFailed, 'a folder: some pages were written, some files were refused'],
  ],
  series: [
    [EXIT.ok, 'no inconsistent cross-report finding'],
    [EXIT.inconsistent, 'at least one inconsistent cross-report finding'],
    [EXIT.usage, 'usage error, or an input could not be read'],
  ],
};

/** The `Exit codes:` block of one command's --help (a closed pipe is not an error: exit 0). */
export function exitCodeHelp(command: CommandName): string {
  const lines = [...LINES[command], [EXIT.internal, 'internal error (a bug: please report it; --debug prints the stack)'] as const];
  return `\nExit codes:\n${lines.map(([code, meaning]) => `  ${String(code).padEnd(3)} ${meaning}`).join('\n')}`;
}

/** Kept for commands not yet moved to exitCodeHelp: the codes of every command together. */
export const EXIT_CODE_HELP = `
Exit codes:
  0   success; no report has an inconsistent claim
  1   at least one report has an inconsistent claim (check, ingest)
  2   usage error, or an input file was refused (extract, check)
  3   some files failed in a batch while the others were processed (ingest)
  70  internal error (a bug: please report it; --debug prints the stack)`;
