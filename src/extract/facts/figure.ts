import type { DisplayedNumber, FactKind } from '../../model/index.js';
import type { Token } from '../../nlp/index.js';
import { parseVietnameseNumber, type ParsedNumber } from '../numbers/index.js';
import type { BlockContext } from './context.js';
import type { Bound, UnitKind } from './lexicon.js';

/** A figure read from the tokens of one block, before measures and links are attached. */
export interface Figure {
  kind: FactKind;
  /** Token range of the raw text, inclusive. */
  first: number;
  last: number;
  /** The (first) number token of the figure. */
  numberTok: number;
  /** First token of the unit itself, -1 when none. */
  unitStart: number;
  unitKind: UnitKind | null;
  value: number | null;
  unit: string | null;
  displayUnit: string | null;
  scale: number;
  number: DisplayedNumber | null;
  fraction: { numerator: DisplayedNumber; denominator: DisplayedNumber } | null;
  range: { from: DisplayedNumber; to: DisplayedNumber; inclusiveUpper: boolean } | null;
  date: string | null;
  status: 'ok' | 'ambiguous' | 'unclassified';
  bound: Bound | null;
  pattern: string;
}

export const isQuantityKind = (kind: FactKind): boolean => kind !== 'date' && kind !== 'period';

export function blankFigure(kind: FactKind, first: number, last: number, numberTok: number, pattern: string): Figure {
  return {
    kind,
    first,
    last,
    numberTok,
    unitStart: -1,
    unitKind: null,
    value: null,
    unit: null,
    displayUnit: null,
    scale: 1,
    number: null,
    fraction: null,
    range: null,
    date: null,
    status: 'ok',
    bound: null,
    pattern,
  };
}

/** The DisplayedNumber part of a parse (its value dropped: values are computed with the scale). */
export function displayed(parsed: ParsedNumber): DisplayedNumber {
  return { text: parsed.text, exact: parsed.exact, decimals: parsed.decimals, ambiguous: parsed.ambiguous };
}

export function parseToken(token: Token | undefined): ParsedNumber | null {
  return token?.kind === 'number' ? parseVietnameseNumber(token.text) : null;
}

/** A plain integer token of at most `digits` digits (`06`, `12`), its value or null. */
export function smallInt(token: Token | undefined, digits = 2): number | null {
  if (token?.kind !== 'number' || token.text.length > digits || !/^\d+$/.test(token.text)) return null;
  return Number(token.text);
}

/** A four-digit year token between 1900 and 2100. */
export function yearOf(token: Token | undefined): number | null {
  if (token?.kind !== 'number' || !/^\d{4}$/.test(token.text)) return null;
  const year = Number(token.text);
  return year >= 1900 && year <= 2100 ? year : null;
}

/** True when token `i` touches the previous one (no space), i.e. `/2022` after `3`. */
export const touches = (tokens: readonly Token[], i: number): boolean => {
  const token = tokens[i];
  return token !== undefined && !token.spaced;
};

export const rawText = (ctx: BlockContext, first: number, last: number): string =>
  ctx.text.slice((ctx.tokens[first] as Token).start, (ctx.tokens[last] as Token).end);
