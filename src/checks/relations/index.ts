import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex } from '../document-index.js';
import { le } from '../interval/rational.js';
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
import type { TableModel } from './tables.js';
import { type ColumnSum, type PercentCell, type RowSum, findColumnSums, findPercentCells, findRowSums, tableModels } from './table-relations.js';

export type { Breakdown } from './breakdown.js';
export type { RatioClaim } from './ratio.js';
export type { Family } from './family.js';
export type { ListClaim } from './listing.js';
export type { DifferenceClaim } from './difference.js';
export type { RepeatClaim } from './repeat.js';

/** How many figures on each side of a part are considered as its whole. */
const MAX_REACH = 40;

/**
 * Relation discovery, shared by the rules and run once per document: which figures the text puts
 * in relation, with the cue that says so. Rules verify; they do not re-discover.
 */
export class Relations {
  private breakdownCache: Breakdown[] | null = null;
  private ratioCache: RatioClaim[] | null = null;

  constructor(readonly index: DocumentIndex, readonly analysis: Analysis) {}

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

  private tableCache: TableModel[] | null = null;

  tables(): TableModel[] {
    this.tableCache ??= tableModels(this.index);
    return this.tableCache;
  }

  columnSums(model: TableModel): ColumnSum[] {
    return findColumnSums(model);
  }

  rowSums(model: TableModel): RowSum[] {
    return findRowSums(model);
  }

  percentCells(model: TableModel): PercentCell[] {
    return findPercentCells(model);
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
   */
  shareCandidates(claim: RatioClaim): Token[] {
    const s = claim.subject;
    if (!s) return [];
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
    const pool = near.filter((o) => o !== s && o.interval !== null && !o.percent
      && o.fact.bound === null && unitAgreement(s, o) === 'same' && !inPlanParen(o) && s.interval !== null
      && le(s.interval.lo, o.interval.hi));
    const sameSentence = (o: Token): boolean => o.sentence.start === s.sentence.start;
    const ordered: Token[] = [];
    const push = (o: Token): void => {
      if (!ordered.includes(o)) ordered.push(o);
    };
    for (const w of this.wholesOf(s)) if (pool.includes(w)) push(w);
    pool.filter((o) => sameSentence(o) && isTotal(o)).forEach(push);
    pool.filter(sameSentence).sort((a, b) => Math.abs(a.start - s.start) - Math.abs(b.start - s.start)).forEach(push);
    pool.filter((o) => !sameSentence(o) && isTotal(o)).forEach(push);
    pool.filter((o) => !sameSentence(o)).sort((a, b) => Math.abs(a.start - s.start) - Math.abs(b.start - s.start)).forEach(push);
    return ordered;
  }

  /**
   * The whole a share is clearly about, when the text makes it plain: the part's fraction
   * denominator, else the one top-level total of its sentence (else of its paragraph).
   */
  intendedWhole(claim: RatioClaim): Token | null {
    const s = claim.subject;
    if (!s) return null;
    if (s.fraction) return s;
    const tops = claim.candidates.filter((o) => isTotal(o) && !this.isPart(o));
    const inSentence = tops.filter((o) => o.sentence.start === s.sentence.start);
    if (inSentence.length === 1) return inSentence[0] ?? null;
    if (inSentence.length > 1) return null;
    // The only figure of the same unit in the sentence that could be the whole.
    const sentenceCandidates = claim.candidates.filter((o) => o.sentence.start === s.sentence.start && o.depth <= s.depth);
    if (sentenceCandidates.length === 1) return sentenceCandidates[0] ?? null;
    const whole = this.wholesOf(s)[0];
    if (whole && claim.candidates.includes(whole)) return whole;
    return tops.length === 1 ? tops[0] ?? null : null;
  }
}
