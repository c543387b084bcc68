import {
  type Interval,
  type Rational,
  exactly,
  fromDecimal,
  lt,
  meets,
  minus,
  negate,
  over,
  plus,
  rounded,
  times,
  truncated,
  ZERO,
} from '../../src/arith/index.js';
import type { GoldClaim } from './eval-gold.js';

/**
 * Whether a gold claim still holds once one of its displayed figures is edited: the gold's own
 * `expression`, recomputed in exact intervals, against its `stated` figure read as rounded or
 * truncated. A planted edit that keeps the claim holding (11,5 → 12,5 % where the operands are
 * rounded thousands of hectares) is no error, and must not count as one the checker missed.
 */

/** A displayed Vietnamese figure as a dot decimal and its decimals (`1.234,5` → `1234.5`, 1). */
export function readShown(raw: string): { exact: string; decimals: number } | null {
  const m = /\d[\d.,]*/u.exec(raw.replace(/\s/gu, ''));
  if (!m) return null;
  const t = m[0].replace(/[.,]$/u, '');
  if (t.includes(',')) {
    const [int = '', frac = ''] = t.split(',');
    return { exact: `${int.replace(/\./gu, '')}.${frac}`.replace(/\.$/u, ''), decimals: frac.length };
  }
  const groups = t.split('.');
  if (groups.length > 1 && !(groups.slice(1).every((g) => g.length === 3) && (groups[0] ?? '').length <= 3)) {
    const frac = groups.pop() ?? '';
    return { exact: `${groups.join('')}.${frac}`, decimals: frac.length };
  }
  return { exact: t.replace(/\./gu, ''), decimals: 0 };
}

type Node = { literal: string } | { op: '+' | '-' | '*' | '/'; left: Node; right: Node } | { negate: Node } | { abs: Node };

/** The gold's expression grammar (verify_gold.py): + - × * / ÷ ( ) abs() and dot decimals. */
export function parseExpression(source: string): Node | null {
  const tokens = source
    .replace(/×/gu, '*')
    .replace(/÷/gu, '/')
    .replace(/[−–]/gu, '-')
    .match(/abs|\d+(?:\.\d+)?|[-+*/()]|\S/gu);
  if (!tokens) return null;
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const primary = (): Node => {
    const t = tokens[at++];
    if (t === '(') {
      const inner = sum();
      if (tokens[at++] !== ')') throw new Error('unbalanced');
      return inner;
    }
    if (t === '-') return { negate: primary() };
    if (t === 'abs') {
      if (tokens[at++] !== '(') throw new Error('abs without (');
      const inner = sum();
      if (tokens[at++] !== ')') throw new Error('unbalanced');
      return { abs: inner };
    }
    if (t !== undefined && /^\d/u.test(t)) return { literal: t };
    throw new Error(`unexpected ${t ?? 'end'}`);
  };
  const product = (): Node => {
    let left = primary();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[at++] as '*' | '/';
      left = { op, left, right: primary() };
    }
    return left;
  };
  const sum = (): Node => {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[at++] as '+' | '-';
      left = { op, left, right: product() };
    }
    return left;
  };
  try {
    const tree = sum();
    return at === tokens.length ? tree : null;
  } catch {
    return null;
  }
}

const sameValue = (a: string, b: string): boolean => {
  try {
    const x = fromDecimal(a);
    const y = fromDecimal(b);
    return x.n * y.d === y.n * x.d;
  } catch {
    return false;
  }
};

function evaluate(node: Node, literal: (text: string) => Interval): Interval | null {
  if ('literal' in node) return literal(node.literal);
  if ('negate' in node) {
    const v = evaluate(node.negate, literal);
    return v && negate(v);
  }
  if ('abs' in node) {
    const v = evaluate(node.abs, literal);
    if (!v || v.lo.n >= 0n) return v;
    if (v.hi.n <= 0n) return negate(v);
    return { lo: ZERO, hi: maxOf(negate(v).hi, v.hi) };
  }
  const l = evaluate(node.left, literal);
  const r = evaluate(node.right, literal);
  if (!l || !r) return null;
  if (node.op === '+') return plus(l, r);
  if (node.op === '-') return minus(l, r);
  if (node.op === '*') return times(l, r);
  return over(l, r);
}

const maxOf = (a: Rational, b: Rational): Rational => (a.n * b.d >= b.n * a.d ? a : b);

/** Replaces the first literal worth `from` with `to`; null when no literal is worth `from`. */
function substitute(node: Node, from: string, to: string): { node: Node; done: boolean } {
  if ('literal' in node) return sameValue(node.literal, from) ? { node: { literal: to }, done: true } : { node, done: false };
  if ('negate' in node) {
    const r = substitute(node.negate, from, to);
    return { node: { negate: r.node }, done: r.done };
  }
  if ('abs' in node) {
    const r = substitute(node.abs, from, to);
    return { node: { abs: r.node }, done: r.done };
  }
  const left = substitute(node.left, from, to);
  if (left.done) return { node: { ...node, left: left.node }, done: true };
  const right = substitute(node.right, from, to);
  return { node: { ...node, right: right.node }, done: right.done };
}

/** Roles whose figure is the one the claim states (`45` in `mất trắng 45 ha (… )`). */
export const STATED_ROLES = /^(?:total|whole|count|stated)$/u;

export interface FigureEdit {
  /** The gold figure edited: `stated`, or the index of an operand. */
  figure: 'stated' | number;
  /** The displayed figure after the edit (`12,5`). */
  to: string;
}

/**
 * true when the claim still holds after the edit, false when it breaks, null when the gold's
 * expression cannot say (no expression, no stated figure, an operand it does not name).
 */
export function holdsAfter(claim: GoldClaim, edit: FigureEdit): boolean | null {
  if (!claim.expression || !claim.stated) return null;
  let tree = parseExpression(claim.expression);
  const stated = readShown(claim.stated);
  const next = readShown(edit.to);
  if (!tree || !stated || !next) return null;
  const operand = edit.figure === 'stated' ? null : claim.operands[edit.figure];
  const before = readShown(operand ? operand.raw : claim.stated);
  if (!before) return null;
  // A total (whole, count) of the stated value is the stated figure itself, not another copy.
  const isStated = !operand || (STATED_ROLES.test(operand.role) && sameValue(before.exact, stated.exact));
  const shown = isStated ? next : stated;
  const replaced = substitute(tree, before.exact, next.exact);
  if (replaced.done && !isStated) tree = replaced.node;
  else if (!isStated) return null;
  // Rounded operands (the gold's `operandsRounded`) stand for their display interval.
  const roundedOperands = (claim as { operandsRounded?: boolean }).operandsRounded === true;
  const operandValues = claim.operands.map((o) => readShown(o.raw)).filter((x) => x !== null);
  const literal = (text: string): Interval => {
    if (!roundedOperands) return exactly(text);
    const isOperand = operandValues.some((o) => sameValue(o.exact, text)) || sameValue(text, next.exact);
    const decimals = text.includes('.') ? (text.split('.')[1] ?? '').length : 0;
    return isOperand ? rounded(text, decimals) : exactly(text);
  };
  const computed = evaluate(tree, literal);
  if (!computed) return null;
  if (meets(computed, rounded(shown.exact, shown.decimals))) return true;
  // Truncation (the gold's `truncated`) is a way to show a ratio, not a count: `12,92` for 12,928 %.
  if (!/%/u.test(claim.stated) && shown.decimals === 0) return false;
  const cut = truncated(shown.exact, shown.decimals);
  return meets(computed, cut) && lt(computed.lo, cut.hi);
}
