import lexicon from '../../lexicon/balance.json' with { type: 'json' };
import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex, TextUnit } from '../document-index.js';
import { type Interval, exactly } from '../../arith/index.js';
import { phrasePattern } from '../../text/index.js';
import { fold } from '../lexicon.js';
import { displayedNumber } from '../quantity.js';
import { classOf } from './breakdown.js';
import { unitAgreement, unitKeys } from './classify.js';

/**
 * A stated figure and the signed figures that make it: a running balance (`Kỳ trước chuyển sang 06;
 * phát sinh mới 10; bắt 08; … đang truy bắt 08`: 6 + 10 − 8 = 8), or a total stated on a line of its
 * own and a line under it that classifies the same things (`Tiếp nhận: 03` … `Theo loại đơn: 01
 * khiếu nại, 01 tố cáo, 01 kiến nghị`).
 */
export interface BalanceClaim {
  kind: 'balance' | 'heading-sum';
  /** The remaining figure, or a total (a heading's, or one its parenthesis splits into carried over and new). */
  stated: Token;
  statedRole: 'remaining' | 'total';
  terms: BalanceTerm[];
  cue: string;
  /** Why a mismatch cannot be asserted; null when the grammar fixes every role. */
  doubt: BalanceDoubt | null;
  /** Figures of the block counting the same things whose role no cue tells. */
  unplaced: Token[];
}

export type BalanceRole = 'opening' | 'base' | 'inflow' | 'outflow' | 'part';

/** A term: a figure, or a part the text states as none (`không có đơn lưu`). */
export interface BalanceTerm {
  role: BalanceRole;
  sign: 1 | -1;
  token: Token | null;
  /** A stated zero: where its words stand. */
  none: { unit: string; start: number; end: number; raw: string } | null;
}

export type BalanceDoubt = 'roleUnsure' | 'remainderSplit' | 'partsMayOverlap';

type Role = 'opening' | 'inflow' | 'base' | 'outflow' | 'weakOutflow' | 'remaining';
const ROLES: readonly Role[] = ['opening', 'inflow', 'base', 'outflow', 'weakOutflow', 'remaining'];
const PATTERNS = new Map<Role, RegExp>(ROLES.map((r) => [r, phrasePattern(lexicon[r])]));
const NOT = phrasePattern(lexicon.not);
const ALONE: ReadonlyArray<[Role, readonly string[]]> = [
  ['opening', lexicon.alone.opening.map(fold)],
  ['inflow', lexicon.alone.inflow.map(fold)],
];
const PEOPLE = new Set(lexicon.people.map(fold));
const QUALIFIER = phrasePattern(lexicon.subsetQualifier);
const COMPARISON = phrasePattern(lexicon.comparison);
const PLAIN = new Set(lexicon.plainWords.map(fold));
const DETAIL = /(?:^|[^\p{L}])(?:trong đó|trong số đó|bao gồm|gồm có|gồm)(?![\p{L}])/u;

/** The role cue ending nearest the end of `text` (or, `first`, starting nearest its start), longest on a tie. */
export function roleIn(text: string, first = false): { role: Role; phrase: string } | null {
  NOT.lastIndex = 0;
  const folded = fold(text).replace(NOT, (m) => ' '.repeat(m.length));
  let best: { role: Role; phrase: string; start: number; end: number } | null = null;
  for (const role of ROLES) {
    const pattern = PATTERNS.get(role) as RegExp;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      const hit = { role, phrase: m[0], start: m.index, end: m.index + m[0].length };
      if (m[0].length === 0) pattern.lastIndex += 1;
      const better = !best
        ? true
        : first
          ? hit.start < best.start || (hit.start === best.start && hit.end > best.end)
          : hit.end > best.end || (hit.end === best.end && hit.start < best.start);
      if (better) best = hit;
    }
  }
  return best ? { role: best.role, phrase: best.phrase } : null;
}

/** The value of a count: its interval, or a bare integer (`di lý: 26`) taken exactly. */
export function countValue(t: Token): Interval | null {
  if (t.interval) return t.interval;
  const n = displayedNumber(t.fact);
  if (t.fact.kind !== 'number' || !n || n.ambiguous || n.decimals > 0 || !/^\d+$/u.test(n.exact)) return null;
  return exactly(n.exact);
}

/** A figure that counts things, not a share, an amount of money or a measure. */
const countable = (t: Token): boolean => !t.percent && !t.fraction && t.fact.bound === null && classOf(t) === 'count';

/** Two figures count the same things: the same noun, or people under two names (`học viên`, `người`). */
export function sameThings(a: Token, b: Token): boolean | null {
  const agreement = unitAgreement(a, b);
  if (agreement === 'same') return true;
  if (agreement === 'unknown') return null;
  const person = (t: Token): boolean => unitKeys(t.fact.unit).some((k) => PEOPLE.has(k));
  return person(a) && person(b);
}

/** The words of a figure's clause before it: back to the last `,` or `;` (`near`), or to the last `;` (`wide`). */
export function labels(t: Token, tokens: readonly Token[]): { near: string; wide: string } {
  const text = t.unit.text;
  const prev = tokens[t.index - 1];
  let floor = Math.max(t.sentence.start, t.paren ? t.paren.open + 1 : 0);
  if (prev && prev.end > floor && prev.end <= t.numberStart) floor = prev.end;
  // A closed parenthesis between the previous figure and this one holds that figure's details.
  const span = text.slice(floor, t.numberStart);
  const close = span.lastIndexOf(')');
  const from = close >= 0 ? floor + close + 1 : floor;
  const head = text.slice(from, t.numberStart);
  const semi = head.lastIndexOf(';');
  const wide = head.slice(semi + 1);
  const comma = Math.max(wide.lastIndexOf(','), wide.lastIndexOf(';'));
  return { near: wide.slice(comma + 1), wide };
}

/** `giảm 6 vụ so với cùng kỳ`: a change against another period, not a flow of this one. */
export function compared(t: Token, tokens: readonly Token[]): boolean {
  COMPARISON.lastIndex = 0;
  return COMPARISON.test(fold(`${labels(t, tokens).near} ${t.after}`));
}

/** What a figure is in a balance, by the words before it (nearest first), else right after it. */
export function roleOf(t: Token, tokens: readonly Token[]): { role: Role; phrase: string } | null {
  const { near, wide } = labels(t, tokens);
  const bare = fold(near)
    .replace(/[\s:*_-]+$/u, '')
    .replace(/^[\s*_-]+/u, '');
  for (const [role, phrases] of ALONE) if (phrases.includes(bare)) return { role, phrase: bare };
  return roleIn(near) ?? roleIn(wide) ?? roleIn(t.after, true);
}

/**
 * A figure given as a detail of an earlier one: inside its parenthesis, or after `trong đó`/`gồm`
 * in its clause (since the last `;`), be the whole in the clause, an earlier sentence or an earlier item.
 */
function isDetail(t: Token): boolean {
  if (t.depth > 0) return true;
  const text = t.unit.text;
  const from = Math.max(t.sentence.start, text.lastIndexOf(';', t.numberStart - 1) + 1);
  return DETAIL.test(fold(text.slice(from, t.numberStart).replace(/\([^()]*\)/gu, ' ')));
}

/** Blocks a balance may run over: running text and list items, in document order. */
const flowing = (u: TextUnit): boolean => u.kind === 'paragraph' || u.kind === 'list-item';

const MAX_UNITS = 8;
const MAX_MEMBERS = 24;

interface Chain {
  start: Token;
  terms: BalanceTerm[];
  members: Token[];
  unplaced: Token[];
  weak: boolean;
  noun: Token | null;
}

/**
 * Running balances, in one paragraph or over consecutive list items: an opening figure (`kỳ trước
 * chuyển sang`, `cũ chuyển qua`, `tồn kỳ trước`) or a figure to be handled (`Tổng số đơn phải giải
 * quyết`, a figure whose parenthesis opens with the carried-over count), then inflows and outflows,
 * then the remaining figure (`còn`, `hiện có`, `đang xác minh`). Figures of other things (another
 * noun, money, shares) are passed over; details (parentheses, `trong đó`) too.
 */
export function findBalances(index: DocumentIndex, analysis: Analysis): BalanceClaim[] {
  const units = index.orderedUnits().filter((u) => flowing(u));
  const order = new Map(index.orderedUnits().map((u, i) => [u.id, i]));
  const found: BalanceClaim[] = [];
  const used = new Set<Token>();
  for (let ui = 0; ui < units.length; ui += 1) {
    const unit = units[ui] as TextUnit;
    const tokens = analysis.unitTokens(unit.id);
    for (const t of tokens) {
      if (used.has(t) || !countable(t) || countValue(t) === null) continue;
      const start = startRole(t, tokens);
      if (!start) continue;
      const opened = start === 'base' ? openedTotal(t, tokens) : null;
      if (opened) found.push(opened);
      const claim = follow(t, start, ui, units, order, analysis);
      if (!claim) continue;
      found.push(claim);
      for (const term of claim.terms) if (term.token) used.add(term.token);
      used.add(claim.stated);
    }
  }
  return found;
}

/** The figures of the parenthesis right after a figure, when it opens with the carried-over count. */
function openingParen(t: Token, tokens: readonly Token[]): Token[] | null {
  const next = tokens[t.index + 1];
  if (!next?.paren || next.paren.open < t.end || /[,;:]/u.test(t.unit.text.slice(t.numberEnd, next.paren.open))) return null;
  if (roleOf(next, tokens)?.role !== 'opening') return null;
  return tokens.filter((o) => o.paren?.open === next.paren?.open);
}

/**
 * `Tổng số đơn thụ lý 25 (kỳ trước chuyển sang 5, thụ lý mới 20)`: a total its parenthesis splits
 * into the carried-over count and the new ones is their sum, when every figure there has that role.
 */
function openedTotal(t: Token, tokens: readonly Token[]): BalanceClaim | null {
  const inside = openingParen(t, tokens);
  if (!inside || inside.length < 2) return null;
  const terms: BalanceTerm[] = [];
  for (const o of inside) {
    const role = roleOf(o, tokens)?.role;
    if (!countable(o) || countValue(o) === null || sameThings(t, o) === false) return null;
    if (role !== 'opening' && role !== 'inflow') return null;
    terms.push({ role: role, sign: 1, token: o, none: null });
  }
  if (terms.filter((x) => x.role === 'opening').length !== 1) return null;
  return { kind: 'balance', stated: t, statedRole: 'total', terms, cue: 'tổng (kỳ trước chuyển sang …, mới …)', doubt: null, unplaced: [] };
}

/** Does a chain start at this figure: an opening, or a figure to be handled (a base). */
function startRole(t: Token, tokens: readonly Token[]): 'opening' | 'base' | null {
  // `Tổng số đơn: 25, trong đó: kỳ trước chuyển sang 5, …`: a detail of a total opens nothing.
  if (isDetail(t)) return null;
  // `Tổng số đơn 25 (kỳ trước chuyển sang 5, thụ lý mới 20)`: the parenthesis right after opens with the carried-over count.
  if (openingParen(t, tokens)) return 'base';
  const role = roleOf(t, tokens);
  if (role?.role === 'opening') return 'opening';
  if (role?.role === 'base') return 'base';
  // `Tổng số đơn tiếp nhận 25`: a total of what came in is the figure to be handled.
  if (role?.role === 'inflow' && /(?:^|\s)tổng số(?:\s|$)/u.test(fold(labels(t, tokens).wide))) return 'base';
  return null;
}

/** `Giảm: 12 (bắt 8, đầu thú 3, đình nã 1)`: a decrease its parenthesis lists as removals is one. */
function removalsInParen(t: Token, tokens: readonly Token[]): boolean {
  const next = tokens[t.index + 1];
  if (!next?.paren || next.paren.open < t.end || /[,;:]/u.test(t.unit.text.slice(t.numberEnd, next.paren.open))) return false;
  const inside = tokens.filter((o) => o.paren?.open === next.paren?.open);
  return inside.length > 0 && inside.every((o) => roleOf(o, tokens)?.role === 'outflow');
}

function follow(
  start: Token,
  startRole: 'opening' | 'base',
  ui: number,
  units: readonly TextUnit[],
  order: ReadonlyMap<string, number>,
  analysis: Analysis,
): BalanceClaim | null {
  const chain: Chain = {
    start,
    terms: [{ role: startRole, sign: 1, token: start, none: null }],
    members: [start],
    unplaced: [],
    weak: false,
    noun: start.fact.unit ? start : null,
  };
  let outflows = 0;
  for (let k = ui; k < units.length && k < ui + MAX_UNITS; k += 1) {
    const unit = units[k] as TextUnit;
    // Consecutive blocks only: a heading or a table between ends the list.
    if (k > ui && (order.get(unit.id) ?? 0) !== (order.get((units[k - 1] as TextUnit).id) ?? 0) + 1) return null;
    const tokens = analysis.unitTokens(unit.id);
    let placedHere = k === ui;
    let detailsHere = false;
    for (const t of tokens) {
      if (k === ui && t.index <= start.index) continue;
      if (!countable(t)) continue;
      if (chain.noun && sameThings(chain.noun, t) === false) continue;
      if (isDetail(t)) {
        detailsHere = true;
        continue;
      }
      if (compared(t, tokens)) continue;
      const value = countValue(t);
      const role = roleOf(t, tokens);
      if (!value) {
        chain.unplaced.push(t);
        continue;
      }
      placedHere = placedHere || role !== null;
      if (role?.role === 'remaining') return finish(chain, t, tokens, role.phrase);
      if (role?.role === 'opening' || role?.role === 'base' || role?.role === 'inflow') {
        // A base's own breakdown (`Tổng số … 25, trong đó kỳ trước chuyển sang 5, mới 20`) is no new inflow.
        if (startRole === 'base' && outflows === 0 && t.sentence.start === start.sentence.start && t.unit === start.unit) continue;
        // A second opening starts another balance.
        if (role.role === 'opening' || role.role === 'base') return null;
        chain.terms.push({ role: 'inflow', sign: 1, token: t, none: null });
      } else if (role?.role === 'outflow' || role?.role === 'weakOutflow') {
        chain.terms.push({ role: 'outflow', sign: -1, token: t, none: null });
        chain.weak = chain.weak || (role.role === 'weakOutflow' && !removalsInParen(t, tokens));
        outflows += 1;
      } else {
        chain.unplaced.push(t);
        continue;
      }
      chain.members.push(t);
      chain.noun ??= t.fact.unit ? t : null;
      if (chain.members.length > MAX_MEMBERS) return null;
    }
    // A block with no figure the balance can place ends it; one of details (`- Trong đó: …`) does not.
    if (!placedHere && !detailsHere) return null;
  }
  return null;
}

/** Words a figure's clause says of it after the number, role cues masked. */
function saidAfter(t: Token): string[] {
  let text = fold(t.after);
  for (const pattern of [...PATTERNS.values(), NOT]) {
    pattern.lastIndex = 0;
    text = text.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return text.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
}

/**
 * `Hiện còn 3 đối tượng nghiện trong cộng đồng` after a balance of wanted persons: words after the
 * remaining figure's noun that no member says narrow it to a part of what remains (or to other things).
 */
function narrowed(stated: Token, members: readonly Token[]): boolean {
  const own = new Set(members.flatMap((m) => [...saidAfter(m), ...fold(m.before).split(/[^\p{L}]+/u)]));
  return saidAfter(stated).some((w) => !PLAIN.has(w) && !own.has(w));
}

function finish(chain: Chain, stated: Token, tokens: readonly Token[], phrase: string): BalanceClaim | null {
  if (chain.terms.length < 2) return null;
  if (chain.noun && sameThings(chain.noun, stated) === false) return null;
  // `đang giải quyết 15 vụ, tạm đình chỉ 5 vụ`: more figures of the same things after the remaining one may split it.
  const trailing = tokens.filter(
    (o) =>
      o.index > stated.index &&
      o.sentence.start === stated.sentence.start &&
      countable(o) &&
      sameThings(stated, o) !== false &&
      !isDetail(o),
  );
  // `còn 2 đơn quá hạn`: a qualified remainder is a part of what remains.
  QUALIFIER.lastIndex = 0;
  const qualified = QUALIFIER.test(fold(stated.after)) || narrowed(stated, chain.members);
  const doubt: BalanceDoubt | null =
    trailing.length > 0 || qualified ? 'remainderSplit' : chain.unplaced.length > 0 || chain.weak ? 'roleUnsure' : null;
  return {
    kind: 'balance',
    stated,
    statedRole: 'remaining',
    terms: chain.terms,
    cue: `${chain.terms[0]?.role === 'base' ? 'tổng' : 'kỳ trước'} + … − … = ${phrase}`,
    doubt,
    unplaced: [...chain.unplaced, ...trailing],
  };
}
