import nlp from 'compromise/one';
import measureWords from '../lexicon/measure-words.json' with { type: 'json' };

/**
 * Sentence boundaries, by compromise. This is the only file that imports compromise.
 *
 * What compromise does for solieu: its rule-based sentence splitter (terminal punctuation, then
 * merges for ellipses, parentheses, quotes and abbreviations) works on Vietnamese as well as on
 * English. We load only its tokenizer build (`compromise/one`) and
 * teach it the Vietnamese abbreviations that end in a dot (`TP.`, `TT.`).
 *
 * What it must not do: read our numbers or normalise our words. Its number parser is
 * English-minded (`,` groups thousands, `.` is the decimal mark), so `12,92%` comes out as 1292
 * and `2.307` as 2.307; its `normal` forms strip Vietnamese diacritics. Numbers are parsed by
 * src/extract/numbers, words are keyed by src/nlp/tokens.ts and src/text/normalize.ts.
 */

export interface Span {
  /** 0-based UTF-16 offsets; `end` exclusive. */
  start: number;
  end: number;
}

interface CompromiseWorld {
  model: { one: { abbreviations: Record<string, boolean> } };
  methods: { one: { tokenize: { splitSentences: (text: string, world: CompromiseWorld) => string[] } } };
}

let world: CompromiseWorld | null = null;
function compromiseWorld(): CompromiseWorld {
  if (world) return world;
  world = (nlp as unknown as { world: () => CompromiseWorld }).world();
  for (const abbreviation of measureWords.abbreviations) world.model.one.abbreviations[abbreviation] = true;
  return world;
}

/**
 * Sentence spans of one block of text, trimmed of surrounding spaces. We call compromise's
 * sentence splitter directly (not `nlp(text)`, which also builds terms we do not use): it returns
 * consecutive chunks of the text, so offsets are running lengths.
 */
export function splitSentences(text: string): Span[] {
  if (text.trim() === '') return [];
  const w = compromiseWorld();
  const chunks = w.methods.one.tokenize.splitSentences(text, w);
  if (chunks.join('') !== text) return [trim(text, { start: 0, end: text.length })];
  const spans: Span[] = [];
  let offset = 0;
  for (const chunk of chunks) {
    const span = trim(text, { start: offset, end: offset + chunk.length });
    if (span.end > span.start) spans.push(span);
    offset += chunk.length;
  }
  return spans;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  return { start, end };
}
