/** A piece of a footnote body: offsets 0-based into the body text, `end` exclusive. */
export interface Segment {
  start: number;
  end: number;
}

export const segmentText = (text: string, s: Segment): string => text.slice(s.start, s.end);

/** Narrows a segment past leading/trailing whitespace and list punctuation (`;`, `.`, `...`, `…`). */
export function trimSegment(text: string, s: Segment): Segment {
  let { start, end } = s;
  while (start < end && /[\s,;]/.test(text[start]!)) start += 1;
  while (end > start && /[\s,;:.…]/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/**
 * Splits at every `separator` that stands outside parentheses (`(từ … , phường Vĩnh Bảo, …)`
 * stays whole). `isBoundary` may refuse a position.
 */
export function splitTopLevel(text: string, s: Segment, separator: string, isBoundary: (at: number) => boolean = () => true): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let from = s.start;
  for (let k = s.start; k < s.end; k += 1) {
    const ch = text[k]!;
    if (ch === '(' || ch === '[') depth += 1;
    else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    else if (depth === 0 && text.startsWith(separator, k) && isBoundary(k)) {
      out.push({ start: from, end: k });
      from = k + separator.length;
      k = from - 1;
    }
  }
  out.push({ start: from, end: s.end });
  return out;
}

/** `. ` followed by a capital ends a sentence, unless the word before is a short abbreviation (`TP.`, `TT.`). */
export function isSentenceEnd(text: string, at: number): boolean {
  if (text[at + 1] !== ' ' || !/\p{Lu}/u.test(text[at + 2] ?? '')) return false;
  if (text[at - 1] === '.') return false;
  let w = at;
  while (w > 0 && /[\p{L}\p{M}]/u.test(text[w - 1]!)) w -= 1;
  const word = text.slice(w, at);
  return !(word.length <= 3 && word.length > 0 && word === word.toUpperCase());
}

/** Leading enumerators and labels: `(i) `, `a) `, `1. `, `- `, `Theo: `, `Bổ nhiệm lại: `. */
const ENUMERATOR = /^(?:\((?:[ivxlc]{1,6}|\d{1,2}|[a-zđ])\)|(?:\d{1,2}|[a-zđ])[.)]|[-+•])\s{1,3}/iu;
const MAX_LABEL_WORDS = 4;

export function stripLead(text: string, s: Segment): Segment {
  let { start } = s;
  for (let round = 0; round < 3; round += 1) {
    const rest = text.slice(start, s.end);
    const enumerator = ENUMERATOR.exec(rest);
    if (enumerator) {
      start += enumerator[0].length;
      continue;
    }
    const colon = rest.indexOf(':');
    const label = colon > 0 ? rest.slice(0, colon) : '';
    const words = label.trim().split(/\s+/);
    if (colon > 0 && words.length <= MAX_LABEL_WORDS && !/[\d(),;]/.test(label) && rest.slice(colon + 1).trim()) {
      start += colon + 1;
      while (start < s.end && /\s/.test(text[start]!)) start += 1;
      continue;
    }
    break;
  }
  return { start, end: s.end };
}

export const startsLower = (text: string, s: Segment): boolean => /^\p{Ll}/u.test(text.slice(s.start, s.end));
export const startsUpper = (text: string, s: Segment): boolean => /^\p{Lu}/u.test(text.slice(s.start, s.end));
