import type { Finding } from '../model/index.js';
import type { Operand } from '../claims/index.js';
import type { Rule, RuleReport, Wording } from './define-check.js';

export type Language = keyof Wording;

const SEVERITY = { inconsistent: 'error', warning: 'warning', consistent: 'info', unverifiable: 'info' } as const;

/** Replaces `{{name}}` with `data.name`; a missing value is left visible rather than silently empty. */
export function render(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** The fields every finding shares, report or series, rendered once from a rule's report and meta. */
export type FindingCore = Pick<
  Finding,
  'rule' | 'status' | 'severity' | 'message' | 'reason' | 'reasonId' | 'expected' | 'actual' | 'arithmetic' | 'cue'
>;

type AnyRule = Rule<never, unknown>;

/** Severity, both wordings and the reason of a report, from the rule's own messages. `namespace` prefixes series rules. */
export function findingCore(rule: AnyRule, report: RuleReport<string, string, unknown>, namespace = ''): FindingCore {
  const wording = (rule.meta.messages as Record<string, Wording | undefined>)[report.messageId];
  if (!wording) throw new Error(`rule ${rule.id} has no message ${report.messageId}`);
  const reason = report.reasonId ? (rule.meta.reasons as Record<string, Wording | undefined> | undefined)?.[report.reasonId] : undefined;
  if (report.reasonId && !reason) throw new Error(`rule ${rule.id} has no reason ${report.reasonId}`);
  const dataIn = (language: Language): Record<string, string | number> => {
    const data: Record<string, string | number> = { arithmetic: report.arithmetic ?? '' };
    for (const [key, value] of Object.entries(report.data)) data[key] = typeof value === 'object' ? value[language] : value;
    return data;
  };
  const say = (language: Language): string => {
    const data = dataIn(language);
    return render(wording[language], reason ? { ...data, reason: render(reason[language], data) } : data);
  };
  return {
    rule: `${namespace}${rule.id}`,
    status: report.status,
    severity: SEVERITY[report.status],
    message: { vi: say('vi'), en: say('en') },
    reason: reason ? render(reason.en, dataIn('en')) : report.reason,
    reasonId: report.reasonId ?? null,
    expected: report.expected,
    actual: report.actual,
    arithmetic: report.arithmetic,
    cue: report.cue,
  };
}

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

/** Stable ids from a base per finding (`rule@place`), numbered `#2`, `#3` when two share a base. */
export function withStableIds<F extends { id: string }>(findings: readonly F[], baseOf: (finding: F) => string): F[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = baseOf(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...f, id: n === 1 ? base : `${base}#${n}` };
  });
}
