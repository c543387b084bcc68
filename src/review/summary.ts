import type { Finding, FindingStatus } from '../model/index.js';
import type { ReportDocument } from '../model/index.js';
import { STATUS_ORDER } from './messages.js';

/** The counts the summary strip and the batch index show. */
export interface ReviewCounts {
  figures: number;
  claims: number;
  verified: number;
  warnings: number;
  inconsistent: number;
  unverifiable: number;
}

export function countFindings(doc: Pick<ReportDocument, 'facts' | 'findings'>): ReviewCounts {
  const by = (status: FindingStatus): number => doc.findings.filter((f) => f.status === status).length;
  return {
    figures: doc.facts.length,
    claims: doc.findings.length,
    verified: by('consistent'),
    warnings: by('warning'),
    inconsistent: by('inconsistent'),
    unverifiable: by('unverifiable'),
  };
}

/**
 * The panel's order: inconsistent, warnings, verified, unverifiable; within a status, document
 * order (the stable sort keeps the checker's order). The index in this list names a finding in
 * the page's markup (`data-findings`).
 */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding): number => STATUS_ORDER.indexOf(f.status);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}
