import { Finding } from '../model/index.js';
import type { CheckInput } from '../pipeline-types.js';
import { Analysis, DocumentIndex, Relations, type Operand, type Report } from '../claims/index.js';
import type { CheckRule } from './define-check.js';
import { message } from './messages/render.js';
import { withOcrDoubt } from './ocr-doubt.js';
import { rules } from './rules/index.js';

export { rules } from './rules/index.js';
export { defineCheck } from './define-check.js';
export type { CheckRule, RuleContext } from './define-check.js';

export { changePercent, difference, pointText, verdictOf } from './verify.js';
export { render } from './messages/render.js';

const SEVERITY = { inconsistent: 'error', warning: 'warning', consistent: 'info', unverifiable: 'info' } as const;

/** A finding's evidence entry for an operand; series findings add the report it came from. */
export function evidenceOf(o: Operand): Finding['evidence'][number] {
  return {
    role: o.role,
    fact: o.fact?.id ?? null,
    raw: o.raw,
    value: o.value,
    page: o.position.page,
    block: o.position.block,
    start: o.position.start,
    end: o.position.end,
    sentence: o.sentence,
  };
}

function toFinding(rule: CheckRule, report: Report & { reasonId?: string | null }, index: DocumentIndex): Finding {
  const key = `${rule.id}.${report.messageId}`;
  const reasonKey = report.reasonId ? `reason.${report.reasonId}` : null;
  const data = { arithmetic: report.arithmetic ?? '', ...report.data };
  const dataFor = (language: 'vi' | 'en'): Record<string, string | number> =>
    reasonKey ? { ...data, reason: message(language, reasonKey, data) } : data;
  const first = report.evidence[0];
  return {
    id: '',
    rule: rule.id,
    status: report.status,
    severity: SEVERITY[report.status],
    message: { vi: message('vi', key, dataFor('vi')), en: message('en', key, dataFor('en')) },
    reason: reasonKey ? message('en', reasonKey, report.data) : report.reason,
    reasonId: report.reasonId ?? null,
    expected: report.expected,
    actual: report.actual,
    arithmetic: report.arithmetic,
    cue: report.cue,
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
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const first = f.evidence[0];
    const base = `${f.rule}@${first?.block ?? 'doc'}:${first?.start ?? 0}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return Finding.parse({ ...f, id: n === 1 ? base : `${base}#${n}` });
  });
}
