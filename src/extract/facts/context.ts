import { splitSentences, tokenize, type Span, type Token } from '../../nlp/index.js';
import type { Anchor } from '../../model/index.js';
import { romanNumerals } from './lexicon.js';

/**
 * Everything the facts extractor knows about one block (or footnote body) before reading figures:
 * tokens, sentences, parentheses and in-text enumeration labels. Built in linear passes.
 */
export interface BlockContext {
  id: string;
  page: number | null;
  text: string;
  tokens: Token[];
  sentences: Span[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** First and last token index of each sentence (last exclusive). */
  sentenceTokens: Array<{ first: number; end: number }>;
  /** Index of the innermost `(` enclosing each token (the `(`/`)` tokens themselves: their own pair's opener for `)`, the outer one for `(`); -1 outside. */
  parenOf: Int32Array;
  /** Matching `)` of each `(` token (or the block's token count when unclosed). */
  parenClose: Map<number, number>;
  anchors: Anchor[];
  labels: Label[];
}

/** An in-text enumeration label: `(i)`, `(2)`, `a)`. Tokens [first, last]. */
export interface Label {
  first: number;
  last: number;
  value: string;
  style: 'roman' | 'digit' | 'letter';
  ordinal: number;
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '[', ']', '…']);
export const isClauseBreak = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'punct' && CLAUSE_BREAKS.has(token.text);

export function buildContext(id: string, page: number | null, text: string, anchors: Anchor[]): BlockContext {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const sentenceOf = new Int32Array(tokens.length);
  const sentenceTokens = sentences.map(() => ({ first: 0, end: 0 }));
  let s = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    while (s < sentences.length - 1 && token.start >= (sentences[s] as Span).end) s += 1;
    sentenceOf[i] = s;
  }
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const range = sentenceTokens[sentenceOf[i] as number];
    if (range) range.first = i;
  }
  for (let i = 0; i < tokens.length; i += 1) {
    const range = sentenceTokens[sentenceOf[i] as number];
    if (range) range.end = i + 1;
  }

  const parenOf = new Int32Array(tokens.length).fill(-1);
  const parenClose = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    parenOf[i] = stack.length > 0 ? (stack[stack.length - 1] as number) : -1;
    if (token.kind !== 'punct') continue;
    if (token.text === '(') stack.push(i);
    else if (token.text === ')' && stack.length > 0) parenClose.set(stack.pop() as number, i);
  }
  for (const open of stack) parenClose.set(open, tokens.length);

  return { id, page, text, tokens, sentences, sentenceOf, sentenceTokens, parenOf, parenClose, anchors, labels: findLabels(tokens) };
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };
function romanValue(key: string): number {
  let total = 0;
  for (let i = 0; i < key.length; i += 1) {
    const value = ROMAN_VALUES[key[i] as string] ?? 0;
    const next = ROMAN_VALUES[key[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * `(i)`, `(ii)`, `(1)` standing where an item starts (block start, or after `:` `;` `.` `,` `)`)
 * and followed by text; `a)` in the same places. `(01)` after a name is a count, not a label.
 */
function findLabels(tokens: Token[]): Label[] {
  const labels: Label[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (token.kind === 'punct' && token.text === '(' && next && tokens[i + 2]?.text === ')' && !next.spaced) {
      const following = tokens[i + 3];
      // `(i) 4/24 chỉ tiêu`: a roman label may open on a figure; `(2) …` must open on a word (`Sở A (01) 5` is a count).
      const opensItem = following?.spaced === true && (following.kind === 'word' || (following.kind === 'number' && next.kind === 'word'));
      if (!startsItem(tokens, i) || !opensItem) continue;
      if (next.kind === 'number' && /^\d{1,2}$/.test(next.text)) {
        labels.push({ first: i, last: i + 2, value: String(Number(next.text)), style: 'digit', ordinal: Number(next.text) });
      } else if (next.kind === 'word' && romanNumerals.has(next.key)) {
        labels.push({ first: i, last: i + 2, value: next.key, style: 'roman', ordinal: romanValue(next.key) });
      }
    } else if (token.kind === 'word' && /^\p{Ll}$/u.test(token.text) && next?.text === ')' && !next.spaced && after?.spaced) {
      if (startsItem(tokens, i)) {
        labels.push({ first: i, last: i + 1, value: token.text, style: 'letter', ordinal: token.text.charCodeAt(0) - 96 });
      }
    }
  }
  return labels;
}

function startsItem(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before === undefined || (before.kind === 'punct' && [':', ';', '.', ',', ')', '-', '+', '*'].includes(before.text));
}
