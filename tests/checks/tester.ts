import { describe, expect, it } from 'vitest';
import { type CheckRule, runChecks } from '../../src/checks/index.js';
import { extractAll } from '../../src/extract/index.js';
import type { Finding } from '../../src/model/finding.js';
import { parseReportText } from '../../src/pipeline.js';

/** Runs the real pipeline (text parser, structure, extractors) and the given rules over a text. */
export function check(text: string, rules?: readonly CheckRule[]): Finding[] {
  const report = parseReportText(text);
  return runChecks({ ...report, ...extractAll(report) }, rules);
}

export interface ExpectedFinding {
  status?: Finding['status'];
  actual?: string;
  expected?: string;
  /** A figure (raw text, or part of it) the finding's evidence must contain. */
  evidence?: string;
}

export interface TesterCases {
  /** Texts whose claims of this rule all verify: at least one consistent finding, nothing flagged. */
  consistent: string[];
  /** Texts with a broken claim: exactly these inconsistent (or warning) findings. */
  inconsistent: Array<{ text: string; findings: ExpectedFinding[] }>;
  /** Texts where the rule must not assert anything inconsistent (precision cases). */
  silent?: string[];
  /** Texts whose claim cannot be verified: an `unverifiable` finding and nothing flagged. */
  unverifiable?: string[];
}

const flagged = (f: Finding): boolean => f.status === 'inconsistent' || f.status === 'warning';
const describeFindings = (findings: readonly Finding[]): string =>
  findings.map((f) => `${f.status} ${f.message.en}`).join('\n') || '(no findings)';

/** textlint-tester style: one `describe` per rule, one `it` per sentence. */
export const tester = {
  run(id: string, rule: CheckRule, cases: TesterCases): void {
    describe(`rule ${id}`, () => {
      it('is registered under its id', () => expect(rule.id).toBe(id));
      for (const text of cases.consistent) {
        it(`consistent: ${text.slice(0, 90)}`, () => {
          const findings = check(text, [rule]);
          expect(findings.filter(flagged), describeFindings(findings)).toEqual([]);
          expect(
            findings.some((f) => f.status === 'consistent'),
            describeFindings(findings),
          ).toBe(true);
        });
      }
      for (const { text, findings: wanted } of cases.inconsistent) {
        it(`inconsistent: ${text.slice(0, 90)}`, () => {
          const findings = check(text, [rule]);
          const got = findings.filter(flagged);
          expect(got.length, describeFindings(findings)).toBe(wanted.length);
          wanted.forEach((w, i) => {
            const f = got[i] as Finding;
            expect(f.status).toBe(w.status ?? 'inconsistent');
            if (w.actual !== undefined) expect(f.actual).toBe(w.actual);
            if (w.expected !== undefined) expect(f.expected).toBe(w.expected);
            if (w.evidence !== undefined)
              expect(
                f.evidence.some((e) => e.raw.includes(w.evidence as string)),
                describeFindings([f]),
              ).toBe(true);
            expect(f.message.vi.length).toBeGreaterThan(0);
            expect(f.message.en.length).toBeGreaterThan(0);
          });
        });
      }
      for (const text of cases.silent ?? []) {
        it(`silent: ${text.slice(0, 90)}`, () => {
          const findings = check(text, [rule]);
          expect(findings.filter(flagged), describeFindings(findings)).toEqual([]);
        });
      }
      for (const text of cases.unverifiable ?? []) {
        it(`unverifiable: ${text.slice(0, 90)}`, () => {
          const findings = check(text, [rule]);
          expect(findings.filter(flagged), describeFindings(findings)).toEqual([]);
          expect(
            findings.some((f) => f.status === 'unverifiable'),
            describeFindings(findings),
          ).toBe(true);
        });
      }
    });
  },
};
