import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { processFile } from '../../src/pipeline.js';
import { check } from './tester.js';

/**
 * The reference report (corpus/kien-giang-6-thang-2022): its real problems are found, nothing else
 * is flagged, and many distinct claims are verified — the same in text, DOCX and PDF.
 */
const corpus = new URL('../../corpus/', import.meta.url);
const findings = check(readFileSync(new URL('kien-giang-6-thang-2022.txt', corpus), 'utf8'));
const flagged = findings.filter((f) => f.status === 'inconsistent' || f.status === 'warning');
const raws = (f: Finding): string[] => f.evidence.map((e) => e.raw);
const signature = (f: Finding): string => `${f.rule}|${f.status}|${f.arithmetic ?? ''}|${raws(f).join('|')}`;

describe('reference report', () => {
  it('finds 04/12 completed + 10 in progress ≠ 12', () => {
    const hit = flagged.find((f) => f.rule === 'sum' && f.status === 'inconsistent');
    expect(hit?.arithmetic).toBe('04 + 10 = 14 ≠ 12');
    expect(raws(hit as Finding)).toEqual(['04/12 đề án/nhiệm vụ', '04/12 đề án/nhiệm vụ', '10 đề án/nhiệm vụ']);
  });

  it('finds 17/KH-UBND cited with two dates', () => {
    const hit = flagged.find((f) => f.rule === 'reference-date');
    expect(hit?.status).toBe('inconsistent');
    expect(hit?.expected).toBe('07/02/2022');
    expect(hit?.actual).toBe('19/01/2022');
    expect(raws(hit as Finding).filter((r) => r.includes('17/KH-UBND'))).toHaveLength(3);
  });

  it('warns that 78% for 11/14 is truncated, not rounded', () => {
    const hit = flagged.find((f) => f.status === 'warning');
    expect(hit?.rule).toBe('attainment');
    expect(hit?.arithmetic).toBe('11 / 14 = 78,57%');
    expect(hit?.reason).toBe('truncated, not rounded');
  });

  it('flags nothing else', () => {
    expect(flagged.map((f) => `${f.rule}: ${f.message.en}`)).toHaveLength(3);
  });

  it('verifies at least 40 distinct claims, among them the ones a reader checks first', () => {
    const consistent = findings.filter((f) => f.status === 'consistent');
    console.log(
      `reference report: ${consistent.length} claims verified consistent, ${findings.filter((f) => f.status === 'unverifiable').length} unverifiable`,
    );
    expect(new Set(consistent.map(signature)).size).toBeGreaterThanOrEqual(40);
    const arithmetic = consistent.map((f) => f.arithmetic);
    for (const expected of [
      '1.367 + 940 = 2.307',
      '14 + 31 = 45',
      '10 + 04 = 14',
      '13.071 + 15.866 + 1.392 = 30.329',
      '728 + 204 + 149 + 131 + 110 + 41 + 29 = 1.392',
      '4 + 07 + 03 + 01 + 9 = 24',
      '05 + 01 + 05 = 11',
      '6 + 9 = 15',
      '298 / 2.307 = 12,92%',
      '144 / 2.307 = 6,24%',
      '30.329 / 65.137 = 46,6%',
      '402.921 / 470.500 = 85,6%',
      '25.743,7 / 23.827,7 − 1 = 8%',
      '19.794 − 16.428 = 3.366',
      '01 + 01 + 02 = 04',
    ])
      expect(arithmetic, expected).toContain(expected);
  });

  it('gives every finding its evidence exactly as the document shows it', () => {
    const text = readFileSync(new URL('kien-giang-6-thang-2022.txt', corpus), 'utf8');
    for (const f of findings) {
      expect(f.message.vi).not.toMatch(/\{\{/u);
      expect(f.message.en).not.toMatch(/\{\{/u);
      for (const e of f.evidence) expect(text.replace(/[*¹²³⁴⁵⁶⁷⁸⁹⁰]/gu, ''), `${f.rule}: ${e.raw}`).toContain(e.raw);
    }
  });

  it('gives the same findings for the DOCX and PDF renderings', async () => {
    const txt = new Set(findings.map(signature));
    for (const ext of ['docx', 'pdf']) {
      const document = await processFile(new URL(`kien-giang-6-thang-2022.${ext}`, corpus).pathname);
      const other = new Set(document.findings.map(signature));
      expect(
        [...txt].filter((s) => !other.has(s)),
        `${ext} misses`,
      ).toEqual([]);
      expect(
        [...other].filter((s) => !txt.has(s)),
        `${ext} adds`,
      ).toEqual([]);
    }
  }, 120_000);
});
