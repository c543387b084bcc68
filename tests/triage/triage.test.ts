import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findingKey,
  readReviewFile,
  staleEntries,
  triage,
  withDecision,
  writeReviewFile,
  type ReviewEntry,
} from '../../src/triage/index.js';

const SHA = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const sum = {
  rule: 'sum',
  evidence: [
    { role: 'total', raw: '2.307 nhiệm vụ' },
    { role: 'part', raw: '1.367' },
    { role: 'part', raw: '904' },
  ],
};
const share = {
  rule: 'share',
  evidence: [
    { role: 'share', raw: '12,92%' },
    { role: 'whole', raw: '2.307' },
  ],
};

const entry = (finding: typeof sum, sha = SHA, decision: ReviewEntry['decision'] = 'dismissed'): ReviewEntry => ({
  key: findingKey(finding, sha),
  rule: finding.rule,
  document: { name: 'bc.pdf', sha256: sha },
  evidence: finding.evidence,
  message: '…',
  decision,
  note: decision === 'dismissed' ? 'số 904 là số đang thực hiện, không phải phần' : null,
  reviewedAt: '2026-01-01T00:00:00Z',
});

describe('finding keys', () => {
  it('depend on rule, document bytes and evidence text, not on offsets or blocks', () => {
    const key = findingKey(sum, SHA);
    expect(key).toMatch(/^sum:[0-9a-f]{10}$/u);
    const moved = { ...sum, evidence: sum.evidence.map((e, i) => ({ ...e, block: `b${i + 40}`, start: i * 7 })) };
    expect(findingKey(moved, SHA)).toBe(key);
    expect(findingKey({ ...sum, evidence: [...sum.evidence.slice(0, 2), { role: 'part', raw: '940' }] }, SHA)).not.toBe(key);
    expect(findingKey(sum, OTHER)).not.toBe(key);
    expect(findingKey({ ...sum, rule: 'part-whole' }, SHA)).not.toBe(key);
  });
  it('ignore spacing and Unicode composition of the evidence text', () => {
    const spaced = { ...sum, evidence: [{ role: 'total', raw: '2.307  nhiệm\nvụ'.normalize('NFD') }, ...sum.evidence.slice(1)] };
    expect(findingKey(spaced, SHA)).toBe(findingKey(sum, SHA));
  });
});

describe('triage', () => {
  it('sets reviewed findings aside and keeps new ones', () => {
    const t = triage([sum, share], SHA, [entry(sum)]);
    expect(t.fresh.map((f) => f.finding.rule)).toEqual(['share']);
    expect(t.setAside.map((f) => [f.finding.rule, f.entry.decision])).toEqual([['sum', 'dismissed']]);
  });
  it('does not carry a review over to changed document bytes, and reports it as stale', () => {
    const entries = [entry(sum, OTHER)];
    const t = triage([sum, share], SHA, entries);
    expect(t.setAside).toEqual([]);
    const matched = new Set(t.setAside.map((s) => s.key));
    expect(staleEntries(entries, ['bc.pdf'], matched)).toHaveLength(1);
    // Entries about documents not in this run are not stale.
    expect(staleEntries(entries, ['khac.pdf'], matched)).toHaveLength(0);
  });
  it('keeps one entry per key, the newest decision winning', () => {
    const entries = withDecision([entry(sum)], entry(sum, SHA, 'accepted'));
    expect(entries.map((e) => e.decision)).toEqual(['accepted']);
  });
});

describe('the review file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'solieu-triage-'));
  it('round-trips through its zod schema; a missing file has no entries', async () => {
    const path = join(dir, 'solieu-reviewed.json');
    expect(await readReviewFile(path)).toEqual([]);
    await writeReviewFile(path, [entry(sum)]);
    expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(1);
    expect(await readReviewFile(path)).toEqual([entry(sum)]);
  });
  it('refuses a malformed file with a specific code', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ version: 1, entries: [{ ...entry(sum), decision: 'maybe' }] }));
    await expect(readReviewFile(path)).rejects.toMatchObject({ code: 'invalid_review_file' });
    writeFileSync(path, '{not json');
    await expect(readReviewFile(path)).rejects.toMatchObject({ code: 'invalid_review_file' });
  });
});
