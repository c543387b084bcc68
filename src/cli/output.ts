import { stripVTControlCharacters } from 'node:util';

/**
 * Everything solieu prints passes through here: file names, captions, zip entry names and
 * document text come from files anyone can craft, and a terminal obeys the escape sequences in
 * them (retitle the window, hide text, rewrite the line above). Filtering at the stream, once,
 * means no command can forget it.
 */

/**
 * Controls left after VT sequences are stripped: C0 (but tab, newline and the CR of a CRLF, which
 * CSV needs), DEL, C1, bidi overrides. A lone CR would let a name overwrite its own line.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n|$)/gu;
/** The one sequence solieu itself writes: a progress line's carriage return and erase-line (`\r ESC[K`, `\r ESC[2K`). */
// eslint-disable-next-line no-control-regex -- the escape sequence solieu writes itself
const REDRAW = /^\r\x1b\[[02]?K/u;

/** Text fit for a terminal: escape sequences removed, other control characters shown as `�`. */
export function terminalSafe(text: string): string {
  return stripVTControlCharacters(text).replace(CONTROL, '\uFFFD');
}

/** Like terminalSafe, but keeps solieu's own progress-bar redraw at the start of a write. */
function safeWrite(text: string): string {
  const redraw = REDRAW.exec(text)?.[0] ?? '';
  return redraw + terminalSafe(text.slice(redraw.length));
}

type Write = NodeJS.WriteStream['write'];

let installed = false;

/**
 * Installs the filter on stdout and stderr, and the closed-pipe rule: when the reader goes away
 * (`solieu extract --stdout | head -1`), solieu stops quietly with exit 0, as `cat` and `grep` do.
 */
export function installOutputGuards(onOtherError: (error: Error) => void): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? safeWrite(chunk) : chunk, ...rest)) as Write;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      onOtherError(error);
    });
  }
}
