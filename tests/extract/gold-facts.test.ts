import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/facts/index.js';
import { Fact } from '../../src/model/fact.js';
import { parseText } from './facts/parse-text.js';

/**
 * Precision and recall of the facts extractor against every hand-made gold file
 * (tests/gold/<report>.gold.json, "facts" and "dates"), on the real parse of corpus/<report>.txt.
 * Matching rule: tests/gold/README.md.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const goldDir = join(repo, 'tests/gold');

interface GoldFact {
  raw: string;
  /** A table cell: tables are read by the checker, not by this extractor, so these are not measured here. */
  table?: boolean;
  kind: string;
  value: number | null;
  unit: string | null;
  denominator?: number;
}
interface GoldDate {
  raw: string;
  table?: boolean;
  date?: string;
  period?: boolean;
}
interface Gold {
  report: string;
  facts: GoldFact[];
  dates: GoldDate[];
}

const QUANTITY_KINDS = ['number', 'quantity', 'money', 'fraction', 'range'] as const;
const KINDS = [...QUANTITY_KINDS, 'percent'] as const;
const THRESHOLD = 0.98;
/** Dates are not in the contract thresholds; some gold files list table-header periods (`Lũy kế 9 tháng`) that this extractor does not read. */
const DATE_THRESHOLD = 0.85;

/** The gold raw's number text: from its first digit to its last (`12 đến dưới 18`, `01`). */
function numberText(raw: string): string {
  const first = raw.search(/\d/);
  let last = -1;
  for (let i = raw.length - 1; i >= 0; i -= 1) {
    if (/\d/.test(raw[i] as string)) {
      last = i;
      break;
    }
  }
  return first < 0 ? raw : raw.slice(first, last + 1);
}

const sameValue = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function matchesFact(fact: Fact, gold: GoldFact): boolean {
  if (fact.kind !== gold.kind || !sameValue(fact.value, gold.value) || fact.unit !== gold.unit) return false;
  if (gold.denominator !== undefined && Number(fact.fraction?.denominator.exact) !== gold.denominator) return false;
  return fact.raw.includes(numberText(gold.raw));
}

function matchesDate(fact: Fact, gold: GoldDate): boolean {
  if (gold.period ? fact.kind !== 'period' : fact.kind !== 'date' || fact.date !== gold.date) return false;
  const a = fact.raw.toLowerCase();
  const b = gold.raw.toLowerCase();
  return a.includes(b) || b.includes(a);
}

const sameRaw = (fact: Fact, gold: { raw: string }): boolean => fact.raw.toLowerCase() === gold.raw.toLowerCase();

/** Greedy one-to-one matching in reading order: identical raw text first, then the loose rule. */
function score<G extends { raw: string }>(facts: Fact[], golds: G[], matches: (fact: Fact, gold: G) => boolean) {
  const used = new Set<number>();
  const pairedGold = new Set<number>();
  for (const strict of [true, false]) {
    golds.forEach((gold, g) => {
      if (pairedGold.has(g)) return;
      const index = facts.findIndex((fact, i) => !used.has(i) && matches(fact, gold) && (!strict || sameRaw(fact, gold)));
      if (index < 0) return;
      used.add(index);
      pairedGold.add(g);
    });
  }
  const missed = golds.filter((_, g) => !pairedGold.has(g));
  const spurious = facts.filter((_, i) => !used.has(i));
  const matched = used.size;
  return {
    matched,
    precision: facts.length === 0 ? 1 : matched / facts.length,
    recall: golds.length === 0 ? 1 : matched / golds.length,
    missed,
    spurious,
  };
}

const pct = (x: number): string => x.toFixed(3);

const goldFiles = existsSync(goldDir) ? readdirSync(goldDir).filter((name) => name.endsWith('.gold.json')) : [];

describe('facts extractor against the gold annotations', () => {
  it('has gold files to measure', () => {
    expect(goldFiles.length).toBeGreaterThan(0);
  });

  for (const file of goldFiles) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Gold;
    gold.facts = gold.facts.filter((fact) => !fact.table);
    gold.dates = (gold.dates ?? []).filter((date) => !date.table);
    const corpus = join(repo, 'corpus', `${gold.report}.txt`);
    it.skipIf(!existsSync(corpus))(`${gold.report}: precision and recall per kind ≥ ${THRESHOLD}`, () => {
      const report = parseText(readFileSync(corpus, 'utf8'), corpus);
      const facts = extractFacts(report);
      for (const fact of facts) Fact.parse(fact);

      const rows: string[] = [];
      const failures: string[] = [];
      const diagnostics: string[] = [];
      const measure = (label: string, kinds: readonly string[], threshold: number | null) => {
        const extracted = facts.filter((fact) => kinds.includes(fact.kind));
        const golds = gold.facts.filter((fact) => kinds.includes(fact.kind));
        const result = score(extracted, golds, matchesFact);
        rows.push(
          `${label.padEnd(10)} gold ${String(golds.length).padStart(4)}  extracted ${String(extracted.length).padStart(4)}  P ${pct(result.precision)}  R ${pct(result.recall)}`,
        );
        if (threshold !== null && (result.precision < threshold || result.recall < threshold)) failures.push(label);
        for (const miss of result.missed) diagnostics.push(`  missed   ${label}: ${JSON.stringify(miss)}`);
        for (const extra of result.spurious)
          diagnostics.push(
            `  spurious ${label}: ${extra.kind} ${JSON.stringify(extra.raw)} = ${extra.value} ${extra.unit ?? ''} (${extra.position.block})`,
          );
      };
      for (const kind of KINDS) measure(kind, [kind], null);
      measure('quantities', QUANTITY_KINDS, THRESHOLD);
      measure('percent*', ['percent'], THRESHOLD);

      const dates = score(
        facts.filter((fact) => fact.kind === 'date' || fact.kind === 'period'),
        gold.dates,
        matchesDate,
      );
      rows.push(
        `${'dates'.padEnd(10)} gold ${String(gold.dates.length).padStart(4)}  extracted ${String(dates.matched + dates.spurious.length).padStart(4)}  P ${pct(dates.precision)}  R ${pct(dates.recall)}`,
      );
      if (dates.precision < DATE_THRESHOLD || dates.recall < DATE_THRESHOLD) failures.push('dates');
      for (const miss of dates.missed) diagnostics.push(`  missed   date: ${JSON.stringify(miss)}`);
      for (const extra of dates.spurious)
        diagnostics.push(`  spurious date: ${extra.kind} ${JSON.stringify(extra.raw)} ${extra.date} (${extra.position.block})`);

      console.log([`facts vs gold — ${gold.report}`, ...rows, ...diagnostics].join('\n'));
      expect(failures).toEqual([]);
    });
  }
});
