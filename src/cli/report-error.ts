import { isSolieuError } from '../errors/solieu-error.js';

/** One line per refused file on stderr: `solieu: <file>: <code>: <why> (<suggestion>)`. */
export function describeError(file: string, error: unknown): string {
  if (isSolieuError(error)) {
    const hint = error.suggestion ? ` (${error.suggestion})` : '';
    return `solieu: ${error.file ?? file}: ${error.code}: ${error.message}${hint}`;
  }
  return `solieu: ${file}: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
}
