/**
 * The claims stage: which figures of a document the text puts in relation, and how. It reads the
 * extracted facts (never the file format), finds the claims, and hands them to the checks, which
 * only do the arithmetic and report.
 */
export { Analysis, type Token } from './analysis.js';
export { DocumentIndex } from './document-index.js';
export { commonScale, displayedSum, inScaleOf, shown, sumText } from './arith.js';
export { denominatorOperand, operandOf, referenceOperand, spanOperand, unitOperand } from './operands.js';
export { intervalOf, isPercent, scaleOf, truncatedIntervalOf } from './quantity.js';
export { findCues, fold, hasCue } from './lexicon.js';
export type { Operand, PartsPromise, Report, Scope } from './types.js';
export { Relations, describedAs, namedWhole, type WholeDecision } from './finders/index.js';
export type { BalanceClaim, Breakdown, DifferenceClaim, Family, ListClaim, RatioClaim, RepeatClaim } from './finders/index.js';
export { unitAgreement, unitKeys } from './finders/classify.js';
export { type AppendixPair, appendixOperands, headerNamesReference } from './finders/table-reference.js';
export { type SourcePlan, sourcePlan } from './finders/plan-source.js';
export { indicatorRow } from './finders/indicator-row.js';
export {
  type ColumnRole,
  type TableModel,
  type TableRow,
  blankOperand,
  cellFact,
  cellOperand,
  cellPlace,
  factOperand,
} from './finders/tables.js';
export {
  type NoteSum,
  type ScoreGroup,
  type ShareColumn,
  findNoteSums,
  findScoreGroups,
  findShareColumns,
  numericCols,
} from './finders/table-relations.js';
export { type TextFigure, type TextRowCandidate, findTextRowFigures, unitsCompatible } from './finders/table-text.js';
export { type ClaimDraft, operandOperand, operandScope } from './describe.js';
export { numberClaims } from './finders/index.js';
export { listWhole, namedWholeAfter, namedWholeBefore, namedWholeElsewhere, restatedWhole, wholeNamedInline } from './finders/ratio.js';
