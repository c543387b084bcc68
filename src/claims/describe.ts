import type { Claim, ClaimOperand, ClaimScope, Fact } from '../model/index.js';
import type { Token } from './analysis.js';
import type { BalanceClaim } from './finders/balance.js';
import type { DocumentIndex } from './document-index.js';
import type { Breakdown } from './finders/breakdown.js';
import type { DifferenceClaim } from './finders/difference.js';
import type { Family } from './finders/family.js';
import type { ListClaim } from './finders/listing.js';
import type { RatioClaim } from './finders/ratio.js';
import type { RepeatClaim } from './finders/repeat.js';
import type { ColumnSum, PercentCell, RateRow, RowSum, ScoreRatio, ScoreTotal } from './finders/table-relations.js';
import { type TableModel, type TableRow, cellFact } from './finders/tables.js';
import type { Operand } from './types.js';

/** A claim before its id: the engine numbers claims once all are found. */
export type ClaimDraft = Omit<Claim, 'id'>;

/** A figure of the text in a claim. */
export const tokenOperand = (role: string, t: Token): ClaimOperand => factOperand(role, t.fact);

export function factOperand(role: string, fact: Fact): ClaimOperand {
  return { role, fact: fact.id, raw: fact.raw, block: fact.position.block, start: fact.position.start, end: fact.position.end };
}

/** A checked operand (a finding's evidence) in a claim. */
export function operandOperand(o: Operand): ClaimOperand {
  return { role: o.role, fact: o.fact?.id ?? null, raw: o.raw, block: o.position.block, start: o.position.start, end: o.position.end };
}

/** The nearest scope holding every figure: one sentence, one paragraph or footnote, one section, the document. */
export function tokenScope(tokens: readonly Token[], index: DocumentIndex): ClaimScope {
  const [first, ...rest] = tokens;
  if (!first) return 'sentence';
  if (tokens.some((t) => t.fact.table !== undefined)) return 'table';
  if (rest.every((t) => t.unit.id === first.unit.id && t.sentence.start === first.sentence.start)) return 'sentence';
  if (rest.every((t) => t.unit.id === first.unit.id)) return first.unit.kind === 'footnote' ? 'footnote' : 'paragraph';
  if (tokens.some((t) => t.unit.kind === 'footnote')) return 'footnote';
  const section = index.sectionOf(first.unit.id).join('›');
  return rest.every((t) => index.sectionOf(t.unit.id).join('›') === section) ? 'section' : 'document';
}

/** The scope of checked operands, from their places alone. */
export function operandScope(operands: readonly Operand[], index: DocumentIndex): ClaimScope {
  if (operands.some((o) => o.fact?.table !== undefined)) return 'table';
  const blocks = [...new Set(operands.map((o) => o.position.block))];
  const units = blocks.map((b) => index.unit(b));
  if (units.some((u) => u?.kind === 'footnote')) return 'footnote';
  if (blocks.length <= 1) {
    const sentences = new Set(operands.map((o) => o.sentence));
    return sentences.size <= 1 ? 'sentence' : 'paragraph';
  }
  const sections = new Set(blocks.map((b) => index.sectionOf(b).join('›')));
  return sections.size === 1 ? 'section' : 'document';
}

const draft = (
  kind: string,
  foundBy: string,
  cue: string | null,
  scope: ClaimScope,
  stated: ClaimOperand | null,
  operands: ClaimOperand[],
  promise: Claim['promise'] = null,
): ClaimDraft => ({ kind, foundBy, cue, scope, promise, stated, operands });

/** A ratio claim; a share's whole is the one its grammar fixes (`grammarWholes`), else its candidates. */
export function describeRatio(c: RatioClaim, index: DocumentIndex, wholes: readonly Token[] | null = null): ClaimDraft {
  const operands: ClaimOperand[] = [];
  const tokens: Token[] = [c.stated];
  if (c.subject) {
    operands.push(tokenOperand(c.kind === 'share' ? 'part' : c.kind === 'change' ? 'current' : 'actual', c.subject));
    tokens.push(c.subject);
  }
  const whole = c.kind === 'share' ? (wholes?.length === 1 ? wholes[0] : null) : c.reference;
  if (whole) {
    operands.push(tokenOperand(c.kind === 'share' ? 'whole' : c.kind === 'change' ? 'previous' : 'plan', whole));
    tokens.push(whole);
  } else if (c.kind === 'share') {
    for (const candidate of wholes ?? c.candidates) operands.push(tokenOperand('candidate', candidate));
  }
  return draft(c.kind, 'ratio', c.cue, tokenScope(tokens, index), tokenOperand(c.absolute ? 'change' : 'percent', c.stated), operands);
}

export function describeBreakdown(b: Breakdown, index: DocumentIndex): ClaimDraft {
  const parts = b.members.filter((m) => m !== b.owner);
  return draft(
    'sum',
    'breakdown',
    b.cue,
    tokenScope([b.owner, ...parts], index),
    tokenOperand(b.ownerIsDenominator ? 'whole' : 'total', b.owner),
    parts.map((p) => tokenOperand('part', p)),
    b.promise,
  );
}

export function describeFamily(f: Family, index: DocumentIndex): ClaimDraft {
  const members = f.members.filter((m) => m !== f.total);
  return draft(
    'fraction-family',
    'family',
    f.cue,
    tokenScope(f.total ? [f.total, ...members] : members, index),
    f.total ? tokenOperand('total', f.total) : null,
    members.map((m) => tokenOperand('part', m)),
    f.promise,
  );
}

export function describeList(l: ListClaim, index: DocumentIndex): ClaimDraft {
  const unit = index.unit(l.unit);
  const list: ClaimOperand = {
    role: 'list',
    fact: null,
    raw: unit ? unit.text.slice(l.start, l.end) : '',
    block: l.unit,
    start: l.start,
    end: l.end,
  };
  const scope: ClaimScope = l.source === 'footnote' ? 'footnote' : l.unit === l.count.unit.id ? 'sentence' : 'paragraph';
  return draft('list-count', 'listing', l.cue, scope, tokenOperand('count', l.count), [list]);
}

export function describeDifference(d: DifferenceClaim, index: DocumentIndex): ClaimDraft {
  const operands = d.pairs.flatMap((p, i) =>
    d.pairs.length === 1 && i === 0
      ? [tokenOperand('subject', p.subject), tokenOperand('base', p.base)]
      : [tokenOperand('candidate', p.subject), tokenOperand('candidate', p.base)],
  );
  const tokens = [d.stated, ...d.pairs.flatMap((p) => [p.subject, p.base])];
  return draft('difference', 'difference', d.cue, tokenScope(tokens, index), tokenOperand('difference', d.stated), operands);
}

/** A balance or a heading's total: each term with its role (`opening`, `inflow`, `outflow`, `part`); a stated zero as its words. */
export function describeBalance(b: BalanceClaim, index: DocumentIndex): ClaimDraft {
  const operands = b.terms.map((t): ClaimOperand =>
    t.token
      ? tokenOperand(t.role, t.token)
      : { role: t.role, fact: null, raw: t.none?.raw ?? '', block: t.none?.unit ?? '', start: t.none?.start ?? 0, end: t.none?.end ?? 0 },
  );
  const tokens = [b.stated, ...b.terms.flatMap((t) => (t.token ? [t.token] : []))];
  return draft(
    b.kind,
    'balance',
    b.cue,
    tokenScope(tokens, index),
    tokenOperand(b.statedRole, b.stated),
    [...operands, ...b.unplaced.map((u) => tokenOperand('candidate', u))],
    b.kind === 'heading-sum' ? 'partition' : null,
  );
}

export function describeRepeat(r: RepeatClaim, index: DocumentIndex): ClaimDraft {
  return draft('repeat', 'repeat', r.cue, tokenScope([r.first, r.second], index), null, [
    tokenOperand('stated', r.first),
    tokenOperand('restated', r.second),
  ]);
}

const cell = (role: string, model: TableModel, row: TableRow, col: number): ClaimOperand | null => {
  const fact = cellFact(model, row, col);
  return fact ? factOperand(role, fact) : null;
};

const present = (operands: ReadonlyArray<ClaimOperand | null>): ClaimOperand[] => operands.filter((o): o is ClaimOperand => o !== null);

/** A total row over its child rows: one claim per column that holds figures in the total row. */
export function describeColumnSum(sum: ColumnSum): ClaimDraft[] {
  const { model } = sum;
  return model.headers.flatMap((_, col) => {
    const total = cell('total', model, sum.parent, col);
    const parts = present(sum.children.map((c) => cell('part', model, c, col)));
    return total && parts.length > 0
      ? [draft('table-total', 'tables', sum.cue, 'table', total, parts, sum.partition ? 'partition' : 'subset')]
      : [];
  });
}

/** A column that is the sum of others, one claim per row. */
export function describeRowSum(sum: RowSum): ClaimDraft[] {
  const { model } = sum;
  return model.rows.flatMap((row) => {
    const total = cell('total', model, row, sum.totalCol);
    const parts = present(sum.partCols.map((c) => cell('part', model, row, c)));
    return total && parts.length === sum.partCols.length
      ? [draft('table-row-sum', 'tables', sum.cue, 'table', total, parts, 'partition')]
      : [];
  });
}

/** A `%` column over the columns its header names, one claim per row. */
export function describePercentCell(p: PercentCell): ClaimDraft[] {
  const { model } = p;
  const baseRole = p.kind === 'previous' ? 'previous' : p.kind === 'plan' ? 'plan' : 'whole';
  return model.rows.flatMap((row) => {
    const stated = cell('percent', model, row, p.col);
    const base = cell(baseRole, model, row, p.denominator);
    const numerators = present(p.numerators.flat().map((c) => cell('part', model, row, c)));
    return stated && base && numerators.length > 0
      ? [draft('table-percent', 'tables', model.headers[p.col] ?? null, 'table', stated, [...numerators, base])]
      : [];
  });
}

/** A rate row over its base row and the part row it measures, one claim per column. */
export function describeRateRow(r: RateRow): ClaimDraft[] {
  const { model } = r;
  return model.headers.flatMap((_, col) => {
    const stated = cell('percent', model, r.parent, col);
    const whole = cell('whole', model, r.whole, col);
    const part = cell('part', model, r.part, col);
    return stated && whole && part ? [draft('table-rate', 'tables', r.parent.label, 'table', stated, [part, whole])] : [];
  });
}

export function describeScoreTotal(t: ScoreTotal): ClaimDraft {
  const [score, max] = t.totalPair;
  return draft('table-score-total', 'tables', t.total.label, 'table', factOperand('total', score), [
    factOperand('max', max),
    ...t.pairs.flatMap(([s, m]) => [factOperand('part', s), factOperand('partMax', m)]),
  ]);
}

export function describeScoreRatio(r: ScoreRatio): ClaimDraft[] {
  const stated = cell('percent', r.model, r.row, r.percentCol);
  return stated
    ? [
        draft('table-score-ratio', 'tables', r.model.headers[r.percentCol] ?? null, 'table', stated, [
          factOperand('score', r.score),
          factOperand('max', r.max),
        ]),
      ]
    : [];
}
