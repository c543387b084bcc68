import type { Token } from '../analysis.js';
import { findCues, fold } from '../lexicon.js';
import type { DocumentIndex } from '../document-index.js';
import type { Operand } from '../types.js';
import type { RatioClaim } from './ratio.js';
import { type ColumnRole, type TableModel, type TableRow, cellNumber, cellOperand, tableName } from './tables.js';

/**
 * `Tổng thu NSNN … là 1.448.367 triệu đồng, đạt 61% dự toán … (Chi tiết như Biểu số 60/CK-NSNN)`:
 * the text states the actual and the share, the appendix states the plan. The appendix row is found
 * by the actual's displayed digits: a distinctive figure (four digits or more) standing in a row of
 * an appendix table; the plan is that row's value under its plan columns (its earlier-period
 * columns for a change). Both figures then come from the same row, so the table's unit does not
 * matter. Every row holding the figure must give one and the same plan value, or nothing is said.
 */

const MIN_DIGITS = 4;
const ACTUAL_ROLES: readonly ColumnRole[] = ['actual', 'cumulative', 'total', 'other'];

export interface AppendixPair {
  subject: Operand;
  reference: Operand;
  table: string;
  /** The header of the column the plan (or earlier figure) came from. */
  header: string;
}

/**
 * Whether the column header names the plan the text means: whoever set the plan, when the text says
 * (`dự toán Trung ương giao`, `kế hoạch điều chỉnh`; lexicon `planIssuer`), must be in the header too.
 */
export function headerNamesReference(header: string, after: string): boolean {
  const named = fold(header);
  return findCues(after, 'planIssuer').every((m) => named.includes(m.phrase));
}

export function appendixOperands(claim: RatioClaim, tables: readonly TableModel[], index: DocumentIndex): AppendixPair | null {
  const subject = claim.subject;
  if (!subject || claim.absolute || !distinctive(subject)) return null;
  const shown = subject.fact.number?.exact;
  const referenceRole: ColumnRole = claim.kind === 'change' ? 'previous' : 'plan';
  const found: AppendixPair[] = [];
  for (const model of tables) {
    const referenceCols = model.roles.flatMap((role, col) => (role === referenceRole ? [col] : []));
    if (referenceCols.length === 0) continue;
    for (const row of model.rows) {
      const col = model.roles.findIndex((role, c) => ACTUAL_ROLES.includes(role) && cellNumber(cellText(model, row, c))?.exact === shown);
      if (col < 0) continue;
      for (const referenceCol of referenceCols) {
        const actual = cellOperand(claim.kind === 'change' ? 'current' : 'actual', model, row, col, index);
        const reference = cellOperand(referenceRole, model, row, referenceCol, index);
        if (actual && reference) found.push({ subject: actual, reference, table: tableName(model.table), header: model.headers[referenceCol] ?? '' });
      }
    }
  }
  const values = new Set(found.map((p) => p.reference.display));
  return values.size === 1 ? (found[0] ?? null) : null;
}

const cellText = (model: TableModel, row: TableRow, col: number): string => model.table.rows[row.index]?.[col] ?? '';

/** A figure unlikely to recur by chance: four digits or more, not a percentage or a fraction. */
function distinctive(token: Token): boolean {
  const number = token.fact.number;
  if (!number || token.percent || token.fraction) return false;
  return number.text.replace(/\D/gu, '').length >= MIN_DIGITS;
}
