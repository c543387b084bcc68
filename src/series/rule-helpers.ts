import path from 'node:path';
import { type Operand, commonScale } from '../claims/index.js';
import { canBeAtMost, meets } from '../arith/index.js';
import type { Member } from './indicators.js';
import type { ReportAnalysis } from './observations.js';
import type { SeriesOperand } from './define-rule.js';

/** How a report is named in messages: its period and its number, else its file name. */
export function reportName(r: ReportAnalysis): string {
  const period = r.identity.period?.text ?? '';
  const id = r.identity.documentNumber ?? path.basename(r.identity.report);
  return period ? `${period} · ${id}` : id;
}

/** A member's figure as evidence with a role. */
export const evidenceOf = (role: string, member: Member, reports: readonly ReportAnalysis[]): SeriesOperand => ({
  operand: { ...member.candidate.operand, role },
  report: reports.find((r) => r.identity === member.candidate.report) as ReportAnalysis,
});

export const operandEvidence = (role: string, operand: Operand, report: ReportAnalysis): SeriesOperand => ({
  operand: { ...operand, role },
  report,
});

/** Two displayed figures can stand for the same value. */
export const agree = (a: Operand, b: Operand): boolean => a.interval !== null && b.interval !== null && meets(a.interval, b.interval);

/** `a` is surely below `b`: not even the roundings of the two displays can meet. */
export const surelyBelow = (a: Operand, b: Operand): boolean =>
  a.interval !== null && b.interval !== null && !canBeAtMost(b.interval, a.interval);

/** `dd/mm/yyyy` for an ISO date, as the reports write it. */
export const displayDate = (iso: string): string => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

/** Displays for arithmetic: the numbers alone, or the figures as written when their scales differ (`4,63 nghìn tỷ đồng`). */
export function displays(...operands: Operand[]): string[] {
  const mixed = commonScale(operands) === null;
  return operands.map((o) => (mixed ? o.raw : o.display));
}
