import { isSolieuError } from '../errors/index.js';

/** `--debug` (or SOLIEU_DEBUG=1): internal errors print their stack. Set once by the program. */
export const debugMode = { on: process.env['SOLIEU_DEBUG'] === '1' };

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/** An error that is not a SolieuError is a bug in solieu (exit 70), not bad input. */
export const isInternalError = (error: unknown): boolean => error !== null && error !== undefined && !isSolieuError(error);

/** A bug, in one line (or its stack with --debug), with the hint to get the stack. */
export function describeInternal(error: unknown): string {
  if (debugMode.on && error instanceof Error && error.stack) return error.stack;
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${oneLine(what)} (a bug in solieu; run again with --debug for the stack)`;
}

/** One line per refused file on stderr: `solieu: <file>: <code>: <why> (<suggestion>)`. */
export function describeError(file: string, error: unknown): string {
  if (isSolieuError(error)) {
    const hint = error.suggestion ? ` (${error.suggestion})` : '';
    return `solieu: ${error.file ?? file}: ${error.code}: ${error.message}${hint}`;
  }
  return `solieu: ${file}: internal error: ${describeInternal(error)}`;
}
