import type { Fact } from '../model/index.js';
import type { DocumentIndex, TextUnit } from './document-index.js';
import type { Interval } from '../arith/index.js';
import { intervalOf, isFraction, isPercent, displayedNumber } from './quantity.js';

/** A parenthesised span of a text unit: offsets of `(` and of its matching `)`. */
export interface Paren {
  open: number;
  close: number;
}

/** An enumeration marker `(i)`, `(ii)`, `(1)`, `a)` standing in running text. */
export interface EnumMarker {
  label: string;
  start: number;
  end: number;
}

/**
 * One figure in its surroundings: which parenthesis holds it, which enumeration item, the clause
 * words before and after it. Relations are discovered over tokens, never over raw offsets.
 */
export interface Token {
  fact: Fact;
  unit: TextUnit;
  /** Index among the unit's tokens, in text order. */
  index: number;
  start: number;
  end: number;
  /** Where the displayed number itself sits (inside `raw`, which may carry the noun). */
  numberStart: number;
  numberEnd: number;
  sentence: { start: number; end: number };
  paren: Paren | null;
  depth: number;
  enumeration: EnumMarker | null;
  /** Clause words before the number: since the last clause break, the paren start or the previous figure. */
  before: string;
  /** Words after the number up to the next clause break or figure (the noun and trailing qualifiers). */
  after: string;
  interval: Interval | null;
  percent: boolean;
  fraction: boolean;
}

const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/u;
const CLAUSE_BREAK = /[,;:()\n]/u;

/** Balanced parentheses of a text, found in one pass; unmatched ones are ignored. */
export function parensOf(text: string): Paren[] {
  const stack: number[] = [];
  const spans: Paren[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') stack.push(i);
    else if (ch === ')' && stack.length > 0) spans.push({ open: stack.pop() as number, close: i });
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** `(i)`, `(ii)`, `(1)`: enumeration markers. A paren holding only a roman or small number. */
export function enumerationMarkers(text: string, parens: readonly Paren[]): EnumMarker[] {
  const markers: EnumMarker[] = [];
  for (const p of parens) {
    const inner = text.slice(p.open + 1, p.close);
    if (inner.length <= 5 && (ROMAN.test(inner) || /^\d{1,2}$/u.test(inner))) {
      markers.push({ label: inner, start: p.open, end: p.close + 1 });
    }
  }
  return markers;
}

function locateNumber(fact: Fact, text: string): { start: number; end: number } {
  const shown =
    isFraction(fact) && fact.fraction
      ? `${fact.fraction.numerator.text}/${fact.fraction.denominator.text}`
      : (displayedNumber(fact)?.text ?? fact.raw);
  const raw = text.slice(fact.position.start, fact.position.end);
  const at = raw.indexOf(shown);
  if (at < 0) return { start: fact.position.start, end: fact.position.end };
  return { start: fact.position.start + at, end: fact.position.start + at + shown.length };
}

/** Builds the tokens of every text unit once and caches them. */
export class Analysis {
  private readonly cache = new Map<string, { tokens: Token[]; parens: Paren[]; markers: EnumMarker[] }>();
  private readonly byFact = new Map<string, Token>();

  constructor(readonly index: DocumentIndex) {}

  unitTokens(unitId: string): Token[] {
    return this.build(unitId).tokens;
  }

  parens(unitId: string): Paren[] {
    return this.build(unitId).parens;
  }

  markers(unitId: string): EnumMarker[] {
    return this.build(unitId).markers;
  }

  token(fact: Fact): Token | undefined {
    this.build(fact.position.block);
    return this.byFact.get(fact.id);
  }

  /** Every token of the document, units in document order. */
  allTokens(): Token[] {
    return this.index.orderedUnits().flatMap((u) => this.unitTokens(u.id));
  }

  /** Tokens of the same sentence as `t`. */
  sentenceTokens(t: Token): Token[] {
    return this.unitTokens(t.unit.id).filter((o) => o.sentence.start === t.sentence.start);
  }

  private build(unitId: string): { tokens: Token[]; parens: Paren[]; markers: EnumMarker[] } {
    const cached = this.cache.get(unitId);
    if (cached) return cached;
    const unit = this.index.unit(unitId);
    const text = unit?.text ?? '';
    const parens = parensOf(text);
    const markers = enumerationMarkers(text, parens);
    const markerSpans = new Set(markers.map((m) => m.start));
    const contentParens = parens.filter((p) => !markerSpans.has(p.open));
    const facts = this.index.factsIn(unitId).filter((f) => f.kind !== 'date' && f.kind !== 'period');
    const tokens: Token[] = [];
    if (unit) {
      facts.forEach((fact, i) => {
        const { start: numberStart, end: numberEnd } = locateNumber(fact, text);
        const enclosing = contentParens.filter((p) => p.open < fact.position.start && fact.position.end <= p.close);
        const paren = enclosing.reduce<Paren | null>((best, p) => (!best || p.open > best.open ? p : best), null);
        const sentence = fact.sentence.end > fact.sentence.start ? fact.sentence : { start: 0, end: text.length };
        const previous = facts[i - 1];
        const next = facts[i + 1];
        let from = Math.max(sentence.start, paren ? paren.open + 1 : 0, previous ? previous.position.end : 0);
        for (let k = numberStart - 1; k >= from; k -= 1) {
          if (CLAUSE_BREAK.test(text[k] ?? '')) {
            from = k + 1;
            break;
          }
        }
        let to = Math.min(sentence.end, paren ? paren.close : text.length, next ? next.position.start : text.length);
        for (let k = numberEnd; k < to; k += 1) {
          if (CLAUSE_BREAK.test(text[k] ?? '') || (text[k] === '.' && !/\d/u.test(text[k + 1] ?? ''))) {
            to = k;
            break;
          }
        }
        const enumeration = markers.filter((m) => m.end <= fact.position.start).pop() ?? null;
        tokens.push({
          fact,
          unit,
          index: i,
          start: fact.position.start,
          end: fact.position.end,
          numberStart,
          numberEnd,
          sentence,
          paren,
          depth: enclosing.length,
          enumeration,
          before: text.slice(from, numberStart),
          after: text.slice(numberEnd, Math.max(numberEnd, to)),
          interval: intervalOf(fact),
          percent: isPercent(fact),
          fraction: isFraction(fact),
        });
      });
    }
    for (const t of tokens) this.byFact.set(t.fact.id, t);
    const built = { tokens, parens, markers };
    this.cache.set(unitId, built);
    return built;
  }
}
