/**
 * Figure-safe normalisation of one OCR word. Only what the shape proves is rewritten:
 * - `O`/`o` → `0` and `l`/`I`/`|` → `1` inside a run that is otherwise digits and separators, and only
 *   when the result is a well-formed number (`1O%` → `10%`, `2.l34` → `2.134`); a letter next to
 *   other letters is a word (`1,5lít` stays);
 * - commas read for thousands dots when the group shape rules out a decimal comma: two or more
 *   comma groups of three (`1,448,367`), or a comma before a dot (`1,448.367`);
 * Digits are never guessed. Shapes a misread could have produced are flagged instead: a run of five
 * or more digits with no group dot (a dropped dot: `1448367`), and groups that are not three digits
 * long (`1.44.367`, `12.92%`).
 */

export type FigureFlag = 'digit-repair' | 'separator-repair' | 'ungrouped-digits' | 'separator-shape';

export interface NormalisedWord {
  text: string;
  flags: FigureFlag[];
}

// A candidate core: digits, look-alike letters and separators; bounded by non-letters.
const CORE = /[0-9OolI|.,%]+/gu;
const LOOKALIKE: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', '|': '1' };
// Vietnamese number shapes: `1.448.367`, `12,92`, `25.743,7`, `6`, with an optional percent.
const WELL_FORMED = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?$/u;
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3}){2,}%?$/u;
const COMMA_THEN_DOT = /^\d{1,3}(?:,\d{3})+(?:\.\d{3})+%?$/u;
const UNGROUPED = /^\d{5,}(?:,\d+)?%?$/u;
const DOTTED = /^\d+(?:\.\d+)+(?:,\d+)?%?$/u;
const LETTER = /\p{L}/u;

export function normaliseWord(word: string): NormalisedWord {
  const flags = new Set<FigureFlag>();
  const text = word.replace(CORE, (match: string, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + match.length] ?? '';
    // A look-alike touching other letters belongs to a word (`lít`, `Ol` in `Olympic`).
    const bounded = !LETTER.test(before) && !LETTER.test(after);
    // Sentence punctuation after a figure is not part of it: `2019,` `3.309.`
    const core = match.replace(/[.,]+$/u, '');
    const tail = match.slice(core.length);
    const lead = core.match(/^[.,]+/u)?.[0] ?? '';
    const body = core.slice(lead.length);
    if (!/\d/u.test(body)) return match;
    const repaired = bounded ? repairLookalikes(body) : body;
    if (repaired !== body) flags.add('digit-repair');
    let figure = repaired;
    if (COMMA_THOUSANDS.test(figure) || COMMA_THEN_DOT.test(figure)) {
      figure = figure.replaceAll(',', '.');
      flags.add('separator-repair');
    }
    if (UNGROUPED.test(figure) && !/^0\d{8,10}$/u.test(figure)) flags.add('ungrouped-digits');
    else if (DOTTED.test(figure) && !WELL_FORMED.test(figure)) flags.add('separator-shape');
    return lead + figure + tail;
  });
  return { text, flags: [...flags] };
}

/** Look-alike letters inside a digit run, only when the result is a well-formed number. */
function repairLookalikes(body: string): string {
  if (!/[OolI|]/u.test(body)) return body;
  const letters = body.replace(/[^OolI|]/gu, '').length;
  const digits = body.replace(/\D/gu, '').length;
  if (letters > digits) return body;
  const candidate = body.replace(/[OolI|]/gu, (c) => LOOKALIKE[c] ?? c);
  return WELL_FORMED.test(candidate) ? candidate : body;
}
