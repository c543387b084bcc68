import type { Reference } from '../model/index.js';
import type { Token } from './analysis.js';
import type { DocumentIndex } from './document-index.js';
import { exactly, type Rational, fromDecimal, mul, rational, toNumber } from '../arith/index.js';
import { displayOf, displayedNumber, scaleOf } from './quantity.js';
import type { Operand } from './types.js';

const ONE = rational(1n);

/** A figure as an operand: its raw text, displayed number, exact value and interval. */
export function operandOf(role: string, t: Token, index: DocumentIndex): Operand {
  const number = displayedNumber(t.fact);
  const scale = t.percent ? ONE : scaleOf(t.fact);
  return {
    role,
    fact: t.fact,
    raw: t.fact.raw,
    display: displayOf(t.fact),
    value: t.fact.value,
    interval: t.interval,
    exact: number ? mul(fromDecimal(number.exact), scale) : null,
    scale,
    decimals: number?.decimals ?? 0,
    position: t.fact.position,
    sentence: index.sentenceOf(t.fact),
  };
}

/** The denominator of a fraction (`12` of `04/12 đề án`) as an operand of its own. */
export function denominatorOperand(role: string, t: Token, index: DocumentIndex): Operand {
  const d = t.fact.fraction?.denominator;
  const exact = d ? fromDecimal(d.exact) : null;
  return {
    role,
    fact: t.fact,
    raw: t.fact.raw,
    display: d?.text ?? t.fact.raw,
    value: exact ? toNumber(exact) : null,
    interval: d ? exactly(d.exact) : null,
    exact,
    scale: ONE,
    decimals: 0,
    position: t.fact.position,
    sentence: index.sentenceOf(t.fact),
  };
}

/** A cited document (`17/KH-UBND ngày 07/02/2022`) as evidence. */
export function referenceOperand(role: string, ref: Reference, index: DocumentIndex): Operand {
  const text = index.text(ref.position.block);
  const sentence = sentenceAround(text, ref.position.start, ref.position.end);
  return {
    role,
    fact: null,
    raw: ref.raw,
    display: ref.raw,
    value: null,
    interval: null,
    exact: null,
    scale: ONE,
    decimals: 0,
    position: ref.position,
    sentence,
  };
}

/** A whole text unit (a footnote body listing items) as evidence. */
export function unitOperand(role: string, unitId: string, index: DocumentIndex, count: number | null = null): Operand {
  const unit = index.unit(unitId);
  // A prose cell's text is its table block's, blanked outside the cell.
  const text = unit?.cell ? unit.text.trimStart() : (unit?.text ?? '');
  const from = (unit?.text.length ?? 0) - text.length;
  const exact: Rational | null = count === null ? null : rational(BigInt(count));
  return {
    role,
    fact: null,
    raw: text,
    display: count === null ? text : String(count),
    value: count,
    interval: exact ? { lo: exact, hi: exact } : null,
    exact,
    scale: ONE,
    decimals: 0,
    // A prose cell's offsets are those of its table block, the block a reader's tools know.
    position: { block: unit?.cell?.block ?? unitId, start: from, end: from + text.length, page: unit?.page ?? null },
    sentence: text,
  };
}

/** A span of a unit's text (a listed item, a parenthesised list) as evidence. */
export function spanOperand(
  role: string,
  unitId: string,
  start: number,
  end: number,
  index: DocumentIndex,
  count: number | null = null,
): Operand {
  const base = unitOperand(role, unitId, index, count);
  const text = index.text(unitId);
  return { ...base, raw: text.slice(start, end), position: { ...base.position, start, end }, sentence: sentenceAround(text, start, end) };
}

const isStop = (text: string, k: number): boolean => {
  const ch = text[k] ?? '';
  if (ch === '\n') return true;
  return ch === '.' && !(/\d/u.test(text[k - 1] ?? '') && /\d/u.test(text[k + 1] ?? ''));
};

/** The sentence holding a span: from the previous full stop or line break to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !isStop(text, from - 1)) from -= 1;
  let to = end;
  while (to < text.length && !isStop(text, to)) to += 1;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}
