import {
  type Table,
  type Fact,
  type FactKind,
  type TableColumn,
  type TableColumnRole,
  type TableRowInfo,
  type TablePlace,
  isUncertain,
} from '../../model/index.js';
import { figureConfidence } from '../../text/index.js';
import { exactToNumber, parseVietnameseNumber, shiftExact } from '../numbers/index.js';
import { readTextFigures } from '../facts/index.js';
import { readUnit } from './units.js';

/**
 * Table facts: every figure cell of a structured table becomes a fact carrying its value, its text as
 * displayed, the unit and scale of its column (or row), the row label path and the column header
 * path in words, and the period its header states. A cell that holds sentences is read like a
 * paragraph, its figures placed at the table, row and column. Words (`Đạt`, `x`, `-`, `…`) and empty
 * cells are no facts: an empty cell is not zero.
 */

/** A fact before its id: links are indexes into the list the caller numbers. */
export interface TableFactDraft {
  fact: Fact;
  partOf: number;
  referenceFact: number;
}

const DESCRIBING = new Set<TableColumnRole>(['numbering', 'unit']);
const PERCENT_ROLES = new Set<TableColumnRole>(['percentPlan', 'percentPrevious', 'percent']);
// `1.234`, `-12,5`, `+3`, `12,92%`, `(120)`: one displayed number, maybe signed, maybe a percent.
const FIGURE = /^([-+−–]?)\s*(\(?)(\d[\d.,]*)(\)?)\s*(%?)$/u;
/** A label cell this long is a sentence, read for its figures like a paragraph. */
const PROSE_LABEL = 60;

export function tableFacts(table: Table): TableFactDraft[] {
  const structure = table.structure;
  if (!structure) return [];
  const drafts: TableFactDraft[] = [];
  const rows = new Map(structure.rows.map((r) => [r.index, r]));
  const offsets = cellOffsets(table.rows);
  // The column that names the rows; another label column (`Nội dung thực hiện` beside `Tiêu chí`) holds text.
  const rowLabels = structure.columns.find((c) => c.role === 'label')?.index ?? null;
  for (const cell of structure.cells) {
    if (cell.header || cell.text === '' || !/\d/u.test(cell.text)) continue;
    const row = rows.get(cell.row);
    const column = structure.columns[cell.column];
    if (!row || !column || DESCRIBING.has(column.role)) continue;
    const raw = table.rows[cell.row]?.[cell.column] ?? '';
    const start = (offsets[cell.row]?.[cell.column] ?? 0) + (raw.length - raw.trimStart().length);
    const place = placeOf(table, row, column, rows);
    const spans = table.confidence?.[cell.row]?.[cell.column];
    const figure = column.role !== 'label' ? numberCell(cell.text) : null;
    if (figure) {
      // The figure's own characters, emphasis marks around it left out (`**1.234**`).
      const from = Math.max(0, raw.search(/[-+−–(\d]/u));
      const to = Math.max(from, raw.search(/[\d%)][^\d%)]*$/u) + 1);
      const at = (offsets[cell.row]?.[cell.column] ?? 0) + from;
      const fact = numberFact(figure, cell.text, column, row, structure.unit, place, table, at, to - from, spans);
      if (fact) drafts.push({ fact, partOf: -1, referenceFact: -1 });
      continue;
    }
    if (column.role === 'label' && column.index === rowLabels && cell.text.length < PROSE_LABEL) continue;
    const base = drafts.length;
    for (const text of readTextFigures(table.block, table.page, raw.trim(), spans)) {
      const fact = text.fact;
      fact.position = { ...fact.position, start: fact.position.start + start, end: fact.position.end + start };
      fact.sentence = { start: fact.sentence.start + start, end: fact.sentence.end + start };
      fact.provenance = { extractor: 'tables', pattern: `prose:${fact.provenance.pattern}` };
      fact.table = { ...place, cell: 'prose' };
      drafts.push({
        fact,
        partOf: text.partOf >= 0 ? base + text.partOf : -1,
        referenceFact: text.referenceFact >= 0 ? base + text.referenceFact : -1,
      });
    }
  }
  return drafts;
}

interface CellFigure {
  exact: string;
  decimals: number;
  ambiguous: boolean;
  percent: boolean;
  text: string;
}

/** One figure standing alone in a cell, or null (words, a range, a date, a sentence). */
export function numberCell(text: string): CellFigure | null {
  const compact = text.replace(/[*_]/gu, '').replace(/\s+/gu, ' ').trim();
  const m = FIGURE.exec(compact);
  if (!m) return null;
  // `(120)` is a negative amount in accounting tables; an unbalanced parenthesis is no figure.
  if ((m[2] === '(') !== (m[4] === ')')) return null;
  let number = parseVietnameseNumber(m[3] ?? '');
  // `5.385.9`: thousand groups, then a dot before one or two digits (a slip for `5.385,9`): read so, flagged ambiguous.
  const slip = /^(\d{1,3}(?:\.\d{3})+)\.(\d{1,2})$/u.exec(m[3] ?? '');
  if (!number && slip) {
    const read = parseVietnameseNumber(`${slip[1]},${slip[2]}`);
    number = read ? { ...read, ambiguous: true } : null;
  }
  if (!number) return null;
  const negative = (m[1] !== '' && m[1] !== '+') || m[2] === '(';
  const exact = negative && number.exact !== '0' ? `-${number.exact}` : number.exact;
  return { exact, decimals: number.decimals, ambiguous: number.ambiguous, percent: m[5] === '%', text: compact };
}

function numberFact(
  figure: CellFigure,
  text: string,
  column: TableColumn,
  row: TableRowInfo,
  tableUnit: string | null,
  place: Omit<TablePlace, 'cell'>,
  table: Table,
  start: number,
  length: number,
  spans: Parameters<typeof figureConfidence>[1],
): Fact | null {
  const percent = figure.percent || PERCENT_ROLES.has(column.role) || column.unit === '%' || (column.unit === null && row.unit === '%');
  // A row's own unit (`ĐVT` column) wins over the table's; a column's stated unit wins over both.
  const written = percent ? '%' : column.unit !== null && column.unit !== tableUnit ? column.unit : (row.unit ?? column.unit);
  const unit = readUnit(written);
  const kind: FactKind = percent ? 'percent' : unit.kind;
  const exponent = percent ? 0 : unit.exponent;
  const value = exactToNumber(shiftExact(figure.exact, exponent));
  const confidence = spans ? figureConfidence(text, spans, 0, text.length) : null;
  return {
    id: 'f0',
    kind,
    value,
    unit: percent ? '%' : unit.unit,
    displayUnit: percent ? '%' : unit.displayUnit,
    scale: 10 ** exponent,
    raw: figure.text,
    number: { text: figure.text.replace(/%$/u, '').trim(), exact: figure.exact, decimals: figure.decimals, ambiguous: figure.ambiguous },
    fraction: null,
    range: null,
    date: null,
    status: figure.ambiguous ? 'ambiguous' : 'ok',
    estimated: false,
    bound: null,
    measure: { predicate: null, reference: null, noun: row.label, qualifiers: [], subject: place.rowLabel.at(-1) ?? null },
    links: { partOf: null, partCue: null, enumeration: null, parenthetical: false, footnote: null, referenceFact: null },
    sentence: { start, end: start + length },
    confidence,
    uncertain: isUncertain(confidence),
    position: { block: table.block, start, end: start + length, page: table.page },
    provenance: { extractor: 'tables', pattern: `cell:${column.role}` },
    table: { ...place, cell: 'number' },
  };
}

/** The row's labels from its outermost parent down, each with its numbering: `1.5 Tổng số ĐVSNCL`. */
function placeOf(table: Table, row: TableRowInfo, column: TableColumn, rows: Map<number, TableRowInfo>): Omit<TablePlace, 'cell'> {
  const path: string[] = [];
  const seen = new Set<number>();
  for (let r: TableRowInfo | undefined = row; r && !seen.has(r.index); r = r.parent === null ? undefined : rows.get(r.parent)) {
    seen.add(r.index);
    const numbered = r.numbering !== null && r.numberingKind !== 'dash' && r.numberingKind !== 'inWhich';
    const words = [numbered ? r.numbering : null, r.label].filter((w): w is string => w !== null && w !== '').join(' ');
    if (words) path.unshift(words);
  }
  return {
    table: table.id,
    row: row.index,
    column: column.index,
    rowLabel: path,
    columnHeader: column.header,
    period: column.period,
    role: column.role,
  };
}

/** Offset of each cell in the table block's text (cells joined by tabs, rows by newlines). */
function cellOffsets(rows: readonly (readonly string[])[]): number[][] {
  const out: number[][] = [];
  let offset = 0;
  for (const row of rows) {
    const starts: number[] = [];
    for (const cell of row) {
      starts.push(offset);
      offset += cell.length + 1;
    }
    if (row.length === 0) offset += 1;
    out.push(starts);
  }
  return out;
}
