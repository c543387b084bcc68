import { createHash } from 'node:crypto';

/** The parts of a finding its key is made of (a model `Finding` or a store row both have them). */
export interface KeyedFinding {
  rule: string;
  evidence: readonly { role: string; raw: string }[];
}

/**
 * `sum:3f2a9c1d7e`: stable across re-runs of the same bytes, blind to offsets and block ids, so a
 * parser change that moves text does not lose a review; a changed document gets new keys.
 */
export function findingKey(finding: KeyedFinding, documentSha256: string): string {
  const hash = createHash('sha256');
  hash.update(`${finding.rule}\u0000${documentSha256}`);
  for (const e of finding.evidence) hash.update(`\u0000${e.role}\u0001${e.raw.normalize('NFC').replace(/\s+/gu, ' ').trim()}`);
  return `${finding.rule}:${hash.digest('hex').slice(0, 10)}`;
}
