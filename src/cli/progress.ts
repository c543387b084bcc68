import { stripVTControlCharacters } from 'node:util';
import type { ParseProgress } from '../parsers/pdf/index.js';

/**
 * OCR takes seconds a page, so a person waiting should see where it is. On a terminal: one line
 * per file, rewritten in place, with the page count and the time left. Under `--json` (a program
 * reading): one NDJSON event per page on stderr, so stdout keeps only the results.
 */
export function progressReporter(
  file: string,
  options: { json: boolean; stream?: NodeJS.WriteStream },
): ((event: ParseProgress) => void) | undefined {
  const stream = options.stream ?? process.stderr;
  if (options.json) return (event) => stream.write(`${JSON.stringify({ event: 'progress', file, ...roundTimes(event) })}\n`);
  if (!stream.isTTY) return undefined;
  // A file name comes from the user's disk: no escape codes reach the terminal.
  const name = stripVTControlCharacters(file);
  return (event) => {
    const left = event.done < event.total ? `, còn khoảng ${formatSeconds(event.remainingMs)}` : '';
    stream.write(`\r\x1b[K${name}: OCR ${event.done}/${event.total} trang${left}`);
    if (event.done === event.total) stream.write('\n');
  };
}

const roundTimes = (event: ParseProgress): ParseProgress => ({
  ...event,
  elapsedMs: Math.round(event.elapsedMs),
  remainingMs: Math.round(event.remainingMs),
});

function formatSeconds(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 60 ? `${seconds} giây` : `${Math.floor(seconds / 60)} phút ${seconds % 60} giây`;
}
