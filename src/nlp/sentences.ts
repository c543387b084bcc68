import measureWords from '../lexicon/measure-words.json' with { type: 'json' };

/**
 * Sentence boundaries: the Unicode sentence rules (`Intl.Segmenter`, UAX #29; for text whose only
 * terminators are `.`, `!`, `?` the same ends found directly, see `stopsAndLines`), then one pass
 * for what they do not know of Vietnamese reports.
 * - A full stop, then space, ends a sentence whatever follows: reports start sentences with a
 *   number (`… kỷ luật. 100% trường hợp …`), a dash or, by slip, a lower-case word, where the
 *   Unicode rules keep going.
 * - It does not end one after an abbreviation (`TP. Hồ Chí Minh`, `Q. 1`, `ThS. Nguyễn …`; the
 *   list is `abbreviations` in src/lexicon/measure-words.json), after a list number or letter
 *   standing alone (`1. Thu hoạch …`, `a) …`, `I. KẾT QUẢ`), or after an ellipsis (`…, nho 10%,...
 *   so với năm trước`).
 * - Punctuation alone joins the sentence after it, or at the end (`./.`, the mark that closes a
 *   document) the sentence before.
 * - A line break always ends one (table rows, list lines), and a sentence does not end inside a
 *   short parenthesis or quotation it opened (`(trong đó: 12 vụ. 3 vụ đã xử lý)`).
 * Numbers never split: UAX #29 does not break inside `2.307` or `12,92%`. These are the boundaries
 * compromise gave before (the same on every line of the corpus and of the real reports).
 */

export interface Span {
  /** 0-based UTF-16 offsets; `end` exclusive. */
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' });
const ABBREVIATIONS = new Set(measureWords.abbreviations.map((a) => a.toLowerCase()));
/** The word just before a final full stop (`TP.`, `đ/c.`). */
const WORD_BEFORE_STOP = /([\p{L}\p{M}/]+)\.\s*$/u;
/** A list number or a single letter standing alone, markdown emphasis and table pipes around it. */
const LIST_LABEL = /^[\s|*_]*(?:\(?\d{1,3}(?:\.\d{1,3})*|\p{L})[.)]\s*$/u;
const ELLIPSIS = /(?:\.\.|…)[ \t,;]*$/u;
const LINE_END = /\n\s*$/u;
/** Sentence terminators of every script, and line breaks. */
const TERMINATOR_OR_BREAK = /[\p{Sentence_Terminal}\n\r\u2028\u2029\u0085]/gu;
const COMMON_TERMINATORS = new Set(['.', '!', '?', '\n', '\r', '\u2028', '\u2029', '\u0085']);

/**
 * What ends sentences in the text, in one scan: nothing (one sentence), only `.`, `!`, `?` and line
 * breaks (every Vietnamese report), or a terminator of another script (`。`, `؟`, `।`, `‼`), which
 * only the segmenter knows.
 */
function terminators(text: string): 'none' | 'common' | 'other' {
  let found: 'none' | 'common' = 'none';
  TERMINATOR_OR_BREAK.lastIndex = 0;
  for (let m = TERMINATOR_OR_BREAK.exec(text); m; m = TERMINATOR_OR_BREAK.exec(text)) {
    if (!COMMON_TERMINATORS.has(m[0])) return 'other';
    found = 'common';
  }
  return found;
}
/** Runs of line and paragraph separators (UAX #29 breaks after each run). */
const LINE_BREAKS = /(?:\r\n|[\n\r\u2028\u2029\u0085])+\s*/gu;
/** A parenthesis or quotation this long at most is kept within its sentence. */
const MAX_ENCLOSED = 250;
const OPENERS = /[(“"«]/gu;
const CLOSERS: Record<string, RegExp> = { '(': /\)/u, '“': /”/u, '"': /"/u, '«': /»/u };
const HAS_WORD = /[\p{L}\p{N}]/u;
/** A single `.`, `!` or `?` (not an ellipsis), closing quotes or brackets, then space. */
const STOP = /(?<!\.)[.!?]["”’')\]*]*\s+(?=\S)/gu;

/** Sentence spans of one block of text, trimmed of surrounding spaces. */
export function splitSentences(text: string): Span[] {
  if (text.trim() === '') return [];
  const kind = terminators(text);
  if (kind === 'none') return [trimmed(text, 0, text.length)];
  const ends = kind === 'common' ? stopsAndLines(text) : segmentEnds(text);
  const spans: Span[] = [];
  let start = 0;
  for (let e = 0; e < ends.length; e += 1) {
    const end = ends[e] as number;
    const chunk = text.slice(start, end);
    const words = HAS_WORD.test(chunk);
    const last = end >= text.length;
    if (!last && !words) continue;
    if (!last && !LINE_END.test(chunk) && (continues(chunk) || enclosing(text, chunk, end, ends[e + 1]))) continue;
    const previous = spans.at(-1);
    if (!words && previous) previous.end = trimmed(text, previous.start, end).end;
    else push(spans, trimmed(text, start, end));
    start = end;
  }
  return spans;
}

/** Where a sentence may end: the Unicode boundaries and every full stop followed by space, in order. */
function segmentEnds(text: string): number[] {
  const ends: number[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    for (const stop of segment.matchAll(STOP)) ends.push(index + stop.index + stop[0].length);
    ends.push(index + segment.length);
  }
  return ends;
}

/**
 * The ends without the segmenter, for text whose only terminators are `.`, `!` and `?` (every
 * Vietnamese report): after each full stop followed by space, and after each line break. The
 * Unicode rules add only breaks after a stop that no space follows (`II.)Q.`), which reports do
 * not write: on every block, footnote and cell of the corpus and the real reports the sentences
 * are the same, and this is about three times faster.
 */
function stopsAndLines(text: string): number[] {
  const ends: number[] = [];
  for (const stop of text.matchAll(STOP)) ends.push(stop.index + stop[0].length);
  for (const line of text.matchAll(LINE_BREAKS)) ends.push(line.index + line[0].length);
  ends.sort((a, b) => a - b);
  if (ends.at(-1) !== text.length) ends.push(text.length);
  return ends.filter((end, i) => i === 0 || end !== ends[i - 1]);
}

/** The chunk so far cannot end a sentence: it ends in an abbreviation, a list label or an ellipsis. */
function continues(chunk: string): boolean {
  // Only the end of the chunk matters: test its tail, so a long paragraph costs no more than a short one.
  const tail = chunk.length > 48 ? chunk.slice(-48) : chunk;
  const word = WORD_BEFORE_STOP.exec(tail)?.[1];
  return (
    (word !== undefined && ABBREVIATIONS.has(word.toLowerCase())) || ELLIPSIS.test(tail) || (chunk.length <= 48 && LIST_LABEL.test(chunk))
  );
}

/** The chunk opened one parenthesis or quotation that the text closes within `MAX_ENCLOSED` characters. */
function enclosing(text: string, chunk: string, end: number, next: number | undefined): boolean {
  const opened = chunk.match(OPENERS);
  if (opened?.length !== 1) return false;
  const opener = opened[0] as string;
  const closer = CLOSERS[opener] as RegExp;
  const after = chunk.slice(chunk.lastIndexOf(opener) + 1);
  if (opener !== '"' && closer.test(after)) return false;
  if (opener === '"' && after.includes('"')) return false;
  const ahead = text.slice(end, Math.min(next ?? text.length, end + MAX_ENCLOSED));
  return closer.test(ahead);
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start] as string)) start += 1;
  while (end > start && /\s/u.test(text[end - 1] as string)) end -= 1;
  return { start, end };
}

function push(spans: Span[], span: Span): void {
  if (span.end > span.start) spans.push(span);
}
