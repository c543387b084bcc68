import { type Claim, Finding } from '../model/index.js';
import type { CheckInput } from '../pipeline-types.js';
import { Analysis, type ClaimDraft, DocumentIndex, numberClaims, operandOperand, operandScope, Relations } from '../claims/index.js';
import type { CheckRule, RuleReport } from './define-check.js';
import { evidenceOf, findingCore, withStableIds } from './engine.js';
import { withOcrDoubt } from './ocr-doubt.js';
import { rules } from './rules/index.js';

export { rules } from './rules/index.js';
export { defineCheck, defineRule } from './define-check.js';
export type { CheckRule, DocumentContext, Rule, RuleContext, RuleMeta, RuleReport, Wording } from './define-check.js';

export { changePercent, difference, pointText, verdictOf } from './verify.js';
export { evidenceOf, findingCore, render, withStableIds, type FindingCore } from './engine.js';
export { loadRules } from './load-rules.js';

function toFinding(rule: CheckRule, report: RuleReport, index: DocumentIndex): Finding {
  const first = report.evidence[0];
  return {
    id: '',
    ...findingCore(rule, report),
    section: first ? index.sectionOf(first.position.block) : [],
    evidence: report.evidence.map(evidenceOf),
  };
}

/** Document order of a finding: its first evidence's unit, then offset. */
function orderKey(finding: Finding, index: DocumentIndex): [number, number] {
  const first = finding.evidence[0];
  return [first ? (index.unit(first.block)?.order ?? 0) : 0, first?.start ?? 0];
}

/** A document's claims and the findings on them. */
export interface CheckResult {
  claims: Claim[];
  findings: Finding[];
}

/**
 * Runs every rule over a document and returns its findings in document order, each validated.
 * Ids are stable for a given document: rule, block and offset of the first evidence.
 */
export function runChecks(input: CheckInput, selected: readonly CheckRule[] = rules): Finding[] {
  return checkDocument(input, selected).findings;
}

/**
 * Finds the claims of a document, runs every rule over them, and links each finding to the claim
 * it checked. A rule that finds its own operands (a date, a table row named in the text) adds its
 * claim as it reports it (`foundBy: rule:<id>`).
 */
export function checkDocument(input: CheckInput, selected: readonly CheckRule[] = rules): CheckResult {
  const index = new DocumentIndex(input);
  const analysis = new Analysis(index);
  const relations = new Relations(index, analysis);
  const found: Array<{ finding: Finding; rule: CheckRule; report: RuleReport }> = [];
  for (const rule of selected) {
    rule.check({
      index,
      analysis,
      relations,
      report: (r) => found.push({ finding: withOcrDoubt(toFinding(rule, r, index), r.evidence, index), rule, report: r }),
    });
  }
  // One claim found by two cues is reported once.
  const unique = new Map<string, (typeof found)[number]>();
  for (const entry of found) {
    const f = entry.finding;
    const key = `${f.rule}|${f.status}|${f.evidence
      .map((e) => `${e.role}@${e.block}:${e.start}`)
      .sort()
      .join(',')}`;
    if (!unique.has(key)) unique.set(key, entry);
  }
  const entries = [...unique.values()].sort((a, b) => {
    const [ua, oa] = orderKey(a.finding, index);
    const [ub, ob] = orderKey(b.finding, index);
    return ua - ub || oa - ob || a.finding.rule.localeCompare(b.finding.rule);
  });
  const claims = new ClaimLinker(relations.claims());
  const linked = entries.map(({ finding, rule, report }) => ({ ...finding, claim: claims.link(rule, report, index) }));
  const findings = withStableIds(linked, (f) => `${f.rule}@${f.evidence[0]?.block ?? 'doc'}:${f.evidence[0]?.start ?? 0}`).map((f) =>
    Finding.parse(f),
  );
  return { claims: claims.all(), findings };
}

/** Which found claim a finding checked: the one of the rule's kinds whose figures its evidence holds. */
class ClaimLinker {
  private readonly byFact = new Map<string, Claim[]>();
  private readonly extra: Claim[] = [];
  private readonly ids: Set<string>;

  constructor(private readonly found: readonly Claim[]) {
    this.ids = new Set(found.map((c) => c.id));
    for (const claim of found) {
      for (const o of claim.stated ? [claim.stated] : claim.operands) {
        if (!o.fact) continue;
        const list = this.byFact.get(o.fact) ?? [];
        if (!list.includes(claim)) list.push(claim);
        this.byFact.set(o.fact, list);
      }
    }
  }

  link(rule: CheckRule, report: RuleReport, index: DocumentIndex): string {
    const kinds = rule.meta.claims ?? [rule.id];
    const facts = new Set(report.evidence.flatMap((e) => (e.fact ? [e.fact.id] : [])));
    let best: { claim: Claim; overlap: number } | null = null;
    for (const fact of facts) {
      for (const claim of this.byFact.get(fact) ?? []) {
        if (!kinds.includes(claim.kind)) continue;
        const own = [...(claim.stated ? [claim.stated] : []), ...claim.operands];
        if (claim.stated ? !facts.has(claim.stated.fact ?? '') : !claim.operands.every((o) => o.fact && facts.has(o.fact))) continue;
        const overlap = own.filter((o) => o.fact && facts.has(o.fact)).length;
        if (!best || overlap > best.overlap) best = { claim, overlap };
      }
    }
    if (best) return best.claim.id;
    // Found by the rule itself: the claim is what it checked.
    const [stated, ...operands] = report.evidence;
    const draft: ClaimDraft = {
      kind: kinds[0] ?? rule.id,
      foundBy: `rule:${rule.id}`,
      cue: report.cue,
      scope: operandScope(report.evidence, index),
      promise: null,
      stated: stated ? operandOperand(stated) : null,
      operands: operands.map(operandOperand),
    };
    const [numbered] = numberClaims([draft]);
    let id = numbered?.id ?? rule.id;
    for (let n = 2; this.ids.has(id); n += 1) id = `${numbered?.id ?? rule.id}#${n}`;
    this.ids.add(id);
    this.extra.push({ ...draft, id });
    return id;
  }

  all(): Claim[] {
    return [...this.found, ...this.extra];
  }
}
