import measureWords from '../lexicon/measure-words.json' with { type: 'json' };

/**
 * Sentence boundaries: the Unicode sentence rules (`Intl.Segmenter`, UAX #29), then one pass for
 * what they do not know of Vietnamese reports.
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
/** No sentence terminator and no line break: one sentence, without asking the segmenter. */
const ONE_SENTENCE = /^[^\p{Sentence_Terminal}\n\r\u2028\u2029\u0085]*$/u;
/** A parenthesis or quotation this long at most is kept within its sentence. */
const MAX_ENCLOSED = 250;
const OPENERS = /[(“"«]/gu;
const CLOSERS: Record<string, RegExp> = { '(': /\)/u, '“': /”/u, '"': /"/u, '«': /»/u };
const HAS_WORD = /[\p{L}\p{N}]/u;
/** A single `.`, `!` or `?` (not an ellipsis), closing quotes or brackets, then space. */
const STOP = /(?<![.…])[.!?]["”’')\]*]*\s+(?=\S)/gu;

/** Sentence spans of one block of text, trimmed of surrounding spaces. */
export function splitSentences(text: string): Span[] {
  if (text.trim() === '') return [];
  if (ONE_SENTENCE.test(text)) return [trimmed(text, 0, text.length)];
  const ends = candidateEnds(text);
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
function candidateEnds(text: string): number[] {
  const ends: number[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    for (const stop of segment.matchAll(STOP)) ends.push(index + stop.index + stop[0].length);
    ends.push(index + segment.length);
  }
  return ends;
}

/** The chunk so far cannot end a sentence: it ends in an abbreviation, a list label or an ellipsis. */
function continues(chunk: string): boolean {
  const word = WORD_BEFORE_STOP.exec(chunk)?.[1];
  return (word !== undefined && ABBREVIATIONS.has(word.toLowerCase())) || LIST_LABEL.test(chunk) || ELLIPSIS.test(chunk);
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
