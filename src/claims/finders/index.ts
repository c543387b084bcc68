import type { Claim } from '../../model/index.js';
import type { Analysis, Token } from '../analysis.js';
import {
  type ClaimDraft,
  describeBalance,
  describeBreakdown,
  describeColumnSum,
  describeDifference,
  describeFamily,
  describeList,
  describePercentCell,
  describeRateRow,
  describeRatio,
  describeRepeat,
  describeRowSum,
  describeScoreRatio,
  describeScoreTotal,
} from '../describe.js';
import type { DocumentIndex } from '../document-index.js';
import { le } from '../../arith/index.js';
import { fold, findCues } from '../lexicon.js';
import type { Breakdown } from './breakdown.js';
import { findCrossBlockBreakdowns, findFootnoteBreakdowns } from './breakdown-blocks.js';
import { findBreakdowns } from './breakdown-finders.js';
import { isTotal, unitAgreement } from './classify.js';
import { type RatioClaim, findRatios } from './ratio.js';
import { type Family, findFamilies } from './family.js';
import { type ListClaim, findLists } from './listing.js';
import { type DifferenceClaim, findDifferences } from './difference.js';
import { type RepeatClaim, findRepeats } from './repeat.js';
import { type BalanceClaim, findBalances } from './balance.js';
import { findHeadingTotals } from './heading-totals.js';
import type { TableModel } from './tables.js';
import {
  type ColumnSum,
  type PercentCell,
  type RateRow,
  type RowSum,
  type ScoreRatio,
  type ScoreTotal,
  findColumnSums,
  findPercentCells,
  findRateRows,
  findRowSums,
  findScoreRatios,
  findScoreTotals,
  tableModels,
} from './table-relations.js';

export type { Breakdown } from './breakdown.js';
export type { RatioClaim } from './ratio.js';
export type { Family } from './family.js';
export type { ListClaim } from './listing.js';
export type { DifferenceClaim } from './difference.js';
export type { RepeatClaim } from './repeat.js';
export type { BalanceClaim } from './balance.js';

interface TableRelations {
  columnSums: ColumnSum[];
  rowSums: RowSum[];
  percentCells: PercentCell[];
  rateRows: RateRow[];
  scoreTotals: ScoreTotal[];
  scoreRatios: ScoreRatio[];
}

/** How many figures on each side of a part are considered as its whole. */
const MAX_REACH = 40;

/**
 * Relation discovery, shared by the rules and run once per document: which figures the text puts
 * in relation, with the cue that says so. Rules verify; they do not re-discover.
 */
export class Relations {
  private breakdownCache: Breakdown[] | null = null;
  private ratioCache: RatioClaim[] | null = null;

  constructor(
    readonly index: DocumentIndex,
    readonly analysis: Analysis,
  ) {}

  breakdowns(): Breakdown[] {
    this.breakdownCache ??= [
      ...this.index.orderedUnits().flatMap((u) => findBreakdowns(this.analysis, u.id)),
      ...findCrossBlockBreakdowns(this.index, this.analysis),
      ...findFootnoteBreakdowns(this.index, this.analysis),
    ];
    return this.breakdownCache;
  }

  private partOf: Map<Token, Breakdown> | null = null;
  private readonly planParens = new Map<Token, boolean>();

  /** The breakdown each figure is a part of (the first found), indexed once. */
  private parts(): Map<Token, Breakdown> {
    if (!this.partOf) {
      this.partOf = new Map();
      for (const b of this.breakdowns()) {
        if (b.ownerIsDenominator) continue;
        for (const m of b.members) if (m !== b.owner && !this.partOf.has(m)) this.partOf.set(m, b);
      }
    }
    return this.partOf;
  }

  /** The wholes a figure is a part of, nearest first. */
  wholesOf(t: Token): Token[] {
    const chain: Token[] = [];
    for (let b = this.parts().get(t); b && !chain.includes(b.owner) && chain.length < 8; b = this.parts().get(b.owner)) chain.push(b.owner);
    return chain;
  }

  isPart(t: Token): boolean {
    return this.parts().has(t);
  }

  private readonly perUnit = new Map<string, { families?: Family[]; lists?: ListClaim[] }>();

  private unitCache(unitId: string): { families?: Family[]; lists?: ListClaim[] } {
    let entry = this.perUnit.get(unitId);
    if (!entry) {
      entry = {};
      this.perUnit.set(unitId, entry);
    }
    return entry;
  }

  families(unitId: string): Family[] {
    const entry = this.unitCache(unitId);
    entry.families ??= findFamilies(this.analysis, unitId);
    return entry.families;
  }

  lists(unitId: string): ListClaim[] {
    const entry = this.unitCache(unitId);
    entry.lists ??= findLists(this.index, this.analysis, unitId);
    return entry.lists;
  }

  private differenceCache: DifferenceClaim[] | null = null;

  differences(): DifferenceClaim[] {
    this.differenceCache ??= this.index.orderedUnits().flatMap((u) => findDifferences(this.analysis, u.id, this.ratios()));
    return this.differenceCache;
  }

  private repeatCache: RepeatClaim[] | null = null;

  repeats(): RepeatClaim[] {
    this.repeatCache ??= findRepeats(this.index, this.analysis);
    return this.repeatCache;
  }

  private balanceCache: BalanceClaim[] | null = null;

  /** Running balances and the totals of heading lines over the lines classifying them. */
  balances(): BalanceClaim[] {
    this.balanceCache ??= [...findBalances(this.index, this.analysis), ...findHeadingTotals(this.index, this.analysis)];
    return this.balanceCache;
  }

  private tableCache: TableModel[] | null = null;

  tables(): TableModel[] {
    this.tableCache ??= tableModels(this.index);
    return this.tableCache;
  }

  /** Each table's relations, found once: the rules and the claims list read the same ones. */
  private readonly perTable = new Map<TableModel, Partial<TableRelations>>();

  private ofTable<K extends keyof TableRelations>(model: TableModel, key: K, find: () => TableRelations[K]): TableRelations[K] {
    let entry = this.perTable.get(model);
    if (!entry) {
      entry = {};
      this.perTable.set(model, entry);
    }
    return (entry[key] ??= find());
  }

  columnSums(model: TableModel): ColumnSum[] {
    return this.ofTable(model, 'columnSums', () => findColumnSums(model));
  }

  rowSums(model: TableModel): RowSum[] {
    return this.ofTable(model, 'rowSums', () => findRowSums(model));
  }

  percentCells(model: TableModel): PercentCell[] {
    return this.ofTable(model, 'percentCells', () => findPercentCells(model));
  }

  rateRows(model: TableModel): RateRow[] {
    return this.ofTable(model, 'rateRows', () => findRateRows(model));
  }

  scoreTotals(model: TableModel): ScoreTotal[] {
    return this.ofTable(model, 'scoreTotals', () => findScoreTotals(model, this.index));
  }

  scoreRatios(model: TableModel): ScoreRatio[] {
    return this.ofTable(model, 'scoreRatios', () => findScoreRatios(model, this.index));
  }

  private claimCache: Claim[] | null = null;

  /**
   * Every claim the finders found, described as data (`ReportDocument.claims`), in document order
   * of their stated figure. Ids are kind and place (`share@b12:40`), numbered when two coincide.
   */
  claims(): Claim[] {
    if (!this.claimCache) {
      const drafts: ClaimDraft[] = [
        ...this.ratios().map((c) => describeRatio(c, this.index, c.kind === 'share' ? (this.grammarWholes(c)?.tokens ?? null) : null)),
        ...this.breakdowns().map((b) => describeBreakdown(b, this.index)),
        ...this.index
          .orderedUnits()
          .flatMap((u) => [
            ...this.families(u.id).map((f) => describeFamily(f, this.index)),
            ...this.lists(u.id).map((l) => describeList(l, this.index)),
          ]),
        ...this.differences().map((d) => describeDifference(d, this.index)),
        ...this.repeats().map((r) => describeRepeat(r, this.index)),
        ...this.balances().map((b) => describeBalance(b, this.index)),
        ...this.tables().flatMap((model) => [
          ...this.columnSums(model).flatMap(describeColumnSum),
          ...this.rowSums(model).flatMap(describeRowSum),
          ...this.percentCells(model).flatMap(describePercentCell),
          ...this.rateRows(model).flatMap(describeRateRow),
          ...this.scoreTotals(model).map(describeScoreTotal),
          ...this.scoreRatios(model).flatMap(describeScoreRatio),
        ]),
      ];
      this.claimCache = numberClaims(drafts);
    }
    return this.claimCache;
  }

  ratios(): RatioClaim[] {
    if (!this.ratioCache) {
      const claims = this.index.orderedUnits().flatMap((u) => findRatios(this.analysis, u.id));
      for (const c of claims) if (c.kind === 'share') c.candidates = this.shareCandidates(c);
      this.ratioCache = claims;
    }
    return this.ratioCache;
  }

  /**
   * Plausible wholes for a share, nearest first: the wholes the part belongs to, then totals of its
   * sentence, then other figures of the sentence, then of the paragraph — same counted noun only.
   * With `anySize`, wholes smaller than the part are kept (the part may be the edited figure).
   */
  shareCandidates(claim: RatioClaim, anySize = false): Token[] {
    const s = claim.subject;
    if (!s) return [];
    if (claim.explicitWhole) return [claim.explicitWhole];
    if (s.fraction) return [s];
    const inPlanParen = (o: Token): boolean => {
      if (!o.paren) return false;
      let known = this.planParens.get(o);
      if (known === undefined) {
        const head = fold(o.unit.text.slice(o.paren.open + 1, o.paren.close)).replace(/^[\s*_]+/u, '');
        known = findCues(head, 'plan').some((c) => c.start === 0) || findCues(head, 'previous').some((c) => c.start === 0);
        this.planParens.set(o, known);
      }
      return known;
    };
    // The figures nearest the part, at most a paragraph's worth: a whole is never far from its part.
    const unitTokens = this.analysis.unitTokens(s.unit.id);
    const near = unitTokens.slice(Math.max(0, s.index - MAX_REACH), s.index + MAX_REACH);
    const pool = near.filter(
      (o) =>
        o !== s &&
        o.interval !== null &&
        !o.percent &&
        o.fact.bound === null &&
        unitAgreement(s, o) === 'same' &&
        !inPlanParen(o) &&
        s.interval !== null &&
        (anySize || le(s.interval.lo, o.interval.hi)),
    );
    const sameSentence = (o: Token): boolean => o.sentence.start === s.sentence.start;
    const ordered: Token[] = [];
    const push = (o: Token): void => {
      if (!ordered.includes(o)) ordered.push(o);
    };
    for (const w of this.wholesOf(s)) if (pool.includes(w)) push(w);
    pool.filter((o) => sameSentence(o) && isTotal(o)).forEach(push);
    pool
      .filter(sameSentence)
      .sort((a, b) => Math.abs(a.start - s.start) - Math.abs(b.start - s.start))
      .forEach(push);
    pool.filter((o) => !sameSentence(o) && isTotal(o)).forEach(push);
    pool
      .filter((o) => !sameSentence(o))
      .sort((a, b) => Math.abs(a.start - s.start) - Math.abs(b.start - s.start))
      .forEach(push);
    return ordered;
  }

  /**
   * The whole the text's grammar fixes for a share, and how, before any arithmetic: the part's own
   * denominator (`11/14`), a denominator written with words between (`A …/B`, `A … trên tổng số
   * B`), the total the part is a `trong đó`/`gồm` part of, the one total of its sentence, or the one
   * figure of the sentence in the part's unit that could be its whole. Two tokens when the grammar
   * allows both (a `trong đó` part's own whole and the sentence total). Null when only trying the
   * candidates can tell.
   */
  grammarWholes(claim: RatioClaim): { tokens: Token[]; by: WholeDecision } | null {
    const s = claim.subject;
    if (!s) return null;
    if (claim.explicitWhole) return { tokens: [claim.explicitWhole], by: 'denominator' };
    if (s.fraction) return { tokens: [s], by: 'fraction' };
    const named = namedWhole(claim.stated);
    // `chiếm 90% diện tích gieo cấy`: the whole is the one the text names, when a figure is described so.
    const all = this.shareCandidates(claim, true).filter((o) => !named || describedAs(o, named));
    // `(i) … 535,05 tỷ đồng, đạt 72%; (ii) … 161,4 tỷ đồng, đạt tỷ lệ 96%`: items of an enumeration are apart.
    const sentence = all.filter((o) => o.sentence.start === s.sentence.start && o.enumeration?.start === s.enumeration?.start);
    const owner = this.wholesOf(s).find((w) => sentence.includes(w)) ?? null;
    const tops = sentence.filter((o) => isTotal(o) && !this.isPart(o));
    // A `trong đó` part's share may be of its own whole or of the sentence's total: both are allowed.
    const governing = [...new Set([...(owner ? [owner] : []), ...(tops.length === 1 ? tops : [])])];
    // `tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ, trễ hạn 25, chiếm 2,78%`: without a `trong đó`
    // tying the part, a figure between the total and the part that may hold it (the resolved within
    // the received) is a whole the grammar allows as much as the total. A listed part (`trực tuyến
    // 600, trực tiếp 400`) is not.
    const top = tops.length === 1 ? tops[0] : undefined;
    if (!owner && top?.interval && s.interval) {
      for (const o of sentence) {
        if (o === top || o.start >= s.start || o.start <= top.start || o.depth > s.depth || !o.interval) continue;
        const listed = this.parts().get(o);
        if (listed && listed.members.filter((m) => m !== listed.owner).length > 1) continue;
        if (!le(s.interval.lo, o.interval.hi) || !le(o.interval.lo, top.interval.hi)) continue;
        governing.push(o);
      }
    }
    if (governing.length > 0 && tops.length <= 1) return { tokens: governing, by: owner ? 'breakdown' : 'sentenceTotal' };
    if (tops.length > 1) return null;
    // The only figure of the sentence in the part's unit, before the part or holding it.
    const only = sentence.filter(
      (o) => o.depth <= s.depth && s.interval !== null && o.interval !== null && le(s.interval.lo, o.interval.hi),
    );
    if (only.length === 1 && only[0] && only[0].start < s.start) return { tokens: [only[0]], by: 'onlyCandidate' };
    return null;
  }
}

const WHOLE_FILLER = new Set(['của', 'tổng', 'số', 'trên', 'so', 'với', 'toàn', 'bộ', 'các', 'những', 'là', 'và']);
const contentWords = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0 && !WHOLE_FILLER.has(w));

/** The words naming the whole after a percentage (`chiếm 90% diện tích gieo cấy` → diện tích, gieo, cấy). */
export function namedWhole(stated: Token): string[] | null {
  const words = contentWords(stated.after.replace(/^[\s%*_]+/u, ''));
  return words.length > 0 ? words : null;
}

/** A figure described by every word naming a whole, in its clause before or after it. */
export function describedAs(o: Token, named: readonly string[]): boolean {
  const own = new Set(contentWords(`${o.before} ${o.after}`));
  return named.every((w) => own.has(w));
}

/** How the grammar fixed a share's whole. */
export type WholeDecision = 'denominator' | 'fraction' | 'breakdown' | 'sentenceTotal' | 'onlyCandidate';

/** Ids for drafts: kind and the place of the stated figure (or the first operand), `#n` when two share one. */
export function numberClaims(drafts: readonly ClaimDraft[]): Claim[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const at = d.stated ?? d.operands[0];
    const base = `${d.kind}@${at ? `${at.block}:${at.start}` : 'doc'}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}#${n}`, ...d };
  });
}
