import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { check } from './tester.js';

/**
 * The project's own corpus reports carry a sidecar listing every planted inconsistency (see
 * docs/corpus-expected.md). Each must be found with its altered figure in the evidence, and
 * nothing else may be flagged. Consistent claims listed there are a lower bound on recall.
 */
interface Expected {
  report: string;
  inconsistencies: Array<{ kind: string; status: 'inconsistent' | 'warning'; figures: string[]; changed: string; note?: string }>;
  consistentClaims: Array<{ kind: string; figures: string[]; note?: string }>;
}

const corpus = new URL('../../corpus/', import.meta.url);
const sidecars = readdirSync(corpus)
  .filter((f) => f.endsWith('.expected.json'))
  .sort();

const squeeze = (text: string): string => text.replace(/[*_]/gu, '').replace(/\s+/gu, ' ').trim();
/** A figure is in the evidence when a piece of evidence shows it (as a whole number, not inside a longer one). */
function shows(finding: Finding, figure: string): boolean {
  const wanted = squeeze(figure);
  return finding.evidence.some((e) => {
    const raw = squeeze(e.raw);
    if (raw === wanted || wanted.startsWith(`${raw} `)) return true;
    const at = raw.indexOf(wanted);
    return (
      at >= 0 &&
      !/[\d,.]/u.test(raw[at - 1] ?? '') &&
      !/\d/u.test(raw[at + wanted.length] ?? '') &&
      !/[.,]\d/u.test(raw.slice(at + wanted.length, at + wanted.length + 2))
    );
  });
}

/** `difference` and `change` both name a gap between two stated figures. */
const SAME_KIND: Record<string, string[]> = {
  difference: ['difference', 'change'],
  change: ['change', 'difference'],
  // A share of a fraction is an attainment when the text says `% kế hoạch`; a sum that fits verifies each part.
  share: ['share', 'attainment'],
  attainment: ['attainment', 'share'],
  'part-whole': ['part-whole', 'sum'],
};
const kindMatches = (kind: string, rule: string): boolean => (SAME_KIND[kind] ?? [kind]).includes(rule);

describe('corpus reports: planted inconsistencies found, nothing else flagged', () => {
  it('has sidecars to check', () => expect(sidecars.length).toBeGreaterThanOrEqual(2));

  for (const sidecar of sidecars) {
    const expected = JSON.parse(readFileSync(new URL(sidecar, corpus), 'utf8')) as Expected;
    describe(expected.report, () => {
      const findings = check(readFileSync(new URL(`${expected.report}.txt`, corpus), 'utf8'));
      const flagged = findings.filter((f) => f.status === 'inconsistent' || f.status === 'warning');

      for (const planted of expected.inconsistencies) {
        it(`finds ${planted.kind} ${planted.status}: ${planted.changed}`, () => {
          const hit = flagged.find((f) => kindMatches(planted.kind, f.rule) && f.status === planted.status && shows(f, planted.changed));
          expect(
            hit,
            `${planted.note ?? ''}\nflagged:\n${flagged.map((f) => `${f.rule} ${f.status} ${f.message.en}`).join('\n')}`,
          ).toBeDefined();
        });
      }

      it('flags nothing that was not planted', () => {
        const unexpected = flagged.filter((f) => !expected.inconsistencies.some((p) => kindMatches(p.kind, f.rule) && shows(f, p.changed)));
        expect(unexpected.map((f) => `${f.rule} ${f.status}: ${f.message.en}`)).toEqual([]);
      });

      it('verifies the listed consistent claims (recall printed)', () => {
        const consistent = findings.filter((f) => f.status === 'consistent');
        const missed = expected.consistentClaims.filter(
          (c) => !consistent.some((f) => kindMatches(c.kind, f.rule) && c.figures.every((fig) => shows(f, fig))),
        );
        const found = expected.consistentClaims.length - missed.length;
        const recall = expected.consistentClaims.length ? found / expected.consistentClaims.length : 1;
        console.log(
          `${expected.report}: consistent claims verified ${found}/${expected.consistentClaims.length} (${(recall * 100).toFixed(0)}%)` +
            (missed.length ? `\n  missed: ${missed.map((m) => `${m.kind} [${m.figures.join(', ')}]`).join('\n          ')}` : ''),
        );
        expect(recall).toBeGreaterThanOrEqual(0.8);
      });
    });
  }
});
