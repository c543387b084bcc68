import type { ReportDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import type { Gold, GoldClaim } from './eval-gold.js';
import { candidatesFor, nonClaimOf, unitsOf, verdictOf } from './eval-match.js';

/** What became of one gold claim. */
export type Outcome = 'gold' | 'other' | 'unverifiable' | 'missed';

export interface ClaimResult {
  id: string;
  file: string;
  kind: string;
  verdict: GoldClaim['verdict'];
  outcome: Outcome;
  /** The matched finding's verdict (`consistent`, `inconsistent`, `truncated`, `unverifiable`). */
  got: string | null;
  finding: string | null;
  rule: string | null;
  /** Unverifiable: the finding's reason. */
  reason: string | null;
  quote: string;
}

export interface FalseAlarm {
  file: string;
  finding: string;
  rule: string;
  status: string;
  message: string;
  /** Why the gold does not hold it: a non-claim reason, or a gold claim with another verdict. */
  gold: string | null;
}

export interface FileScore {
  file: string;
  claims: ClaimResult[];
  falseAlarms: FalseAlarm[];
  flagged: number;
}

const isFlag = (f: Finding): boolean => f.status === 'inconsistent' || f.status === 'warning';

/** Scores one annotated document's findings against its gold. */
export function scoreDocument(gold: Gold, doc: ReportDocument): FileScore {
  const units = unitsOf(doc);
  const claims: ClaimResult[] = [];
  // Flags a gold claim marked inconsistent or truncated accounts for.
  const expected = new Set<Finding>();
  const claimOfFinding = new Map<Finding, GoldClaim>();
  for (const claim of gold.claims) {
    const candidates = candidatesFor(claim, doc.findings, units);
    for (const c of candidates) {
      if (claim.verdict !== 'consistent' && isFlag(c.finding)) expected.add(c.finding);
      if (!claimOfFinding.has(c.finding)) claimOfFinding.set(c.finding, claim);
    }
    const best = candidates[0]?.finding ?? null;
    const got = best ? verdictOf(best) : null;
    const outcome: Outcome = !best ? 'missed' : got === claim.verdict ? 'gold' : got === 'unverifiable' ? 'unverifiable' : 'other';
    claims.push({
      id: claim.id,
      file: gold.file,
      kind: claim.kind,
      verdict: claim.verdict,
      outcome,
      got,
      finding: best?.id ?? null,
      rule: best?.rule ?? null,
      reason: best && got === 'unverifiable' ? (best.reason ?? 'no reason given') : null,
      quote: claim.quote,
    });
  }
  const flags = doc.findings.filter(isFlag);
  const falseAlarms: FalseAlarm[] = [];
  for (const f of flags) {
    if (expected.has(f)) continue;
    const non = nonClaimOf(f, gold.nonClaims, units);
    const claim = claimOfFinding.get(f);
    falseAlarms.push({
      file: gold.file,
      finding: f.id,
      rule: f.rule,
      status: f.status,
      message: f.message.en,
      gold: non ? `not a claim: ${non.reason ?? 'other'}` : claim ? `gold ${claim.id} is ${claim.verdict}` : null,
    });
  }
  return { file: gold.file, claims, falseAlarms, flagged: flags.length };
}

export interface KindRow {
  kind: string;
  gold: number;
  withGoldVerdict: number;
  otherVerdict: number;
  unverifiable: number;
  missed: number;
}

export function kindTable(results: readonly ClaimResult[]): KindRow[] {
  const rows = new Map<string, KindRow>();
  for (const r of results) {
    const row = rows.get(r.kind) ?? { kind: r.kind, gold: 0, withGoldVerdict: 0, otherVerdict: 0, unverifiable: 0, missed: 0 };
    row.gold += 1;
    if (r.outcome === 'gold') row.withGoldVerdict += 1;
    else if (r.outcome === 'other') row.otherVerdict += 1;
    else if (r.outcome === 'unverifiable') row.unverifiable += 1;
    else row.missed += 1;
    rows.set(r.kind, row);
  }
  return [...rows.values()].sort((a, b) => b.gold - a.gold || a.kind.localeCompare(b.kind));
}

export function totalRow(rows: readonly KindRow[]): KindRow {
  return rows.reduce(
    (t, r) => ({
      kind: 'all',
      gold: t.gold + r.gold,
      withGoldVerdict: t.withGoldVerdict + r.withGoldVerdict,
      otherVerdict: t.otherVerdict + r.otherVerdict,
      unverifiable: t.unverifiable + r.unverifiable,
      missed: t.missed + r.missed,
    }),
    { kind: 'all', gold: 0, withGoldVerdict: 0, otherVerdict: 0, unverifiable: 0, missed: 0 },
  );
}
