import { Finding } from '../model/index.js';
import type { CheckInput } from '../pipeline-types.js';
import { Analysis, DocumentIndex, Relations } from '../claims/index.js';
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

/**
 * Runs every rule over a document and returns its findings in document order, each validated.
 * Ids are stable for a given document: rule, block and offset of the first evidence.
 */
export function runChecks(input: CheckInput, selected: readonly CheckRule[] = rules): Finding[] {
  const index = new DocumentIndex(input);
  const analysis = new Analysis(index);
  const relations = new Relations(index, analysis);
  const findings: Finding[] = [];
  for (const rule of selected) {
    rule.check({ index, analysis, relations, report: (r) => findings.push(withOcrDoubt(toFinding(rule, r, index), r.evidence, index)) });
  }
  // One claim found by two cues is reported once.
  const unique = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.rule}|${f.status}|${f.evidence
      .map((e) => `${e.role}@${e.block}:${e.start}`)
      .sort()
      .join(',')}`;
    if (!unique.has(key)) unique.set(key, f);
  }
  findings.length = 0;
  findings.push(...unique.values());
  findings.sort((a, b) => {
    const [ua, oa] = orderKey(a, index);
    const [ub, ob] = orderKey(b, index);
    return ua - ub || oa - ob || a.rule.localeCompare(b.rule);
  });
  return withStableIds(findings, (f) => `${f.rule}@${f.evidence[0]?.block ?? 'doc'}:${f.evidence[0]?.start ?? 0}`).map((f) =>
    Finding.parse(f),
  );
}
