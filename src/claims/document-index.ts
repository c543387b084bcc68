import type { Block, Footnote, Table } from '../model/index.js';
import type { Fact } from '../model/index.js';
import type { Position } from '../model/index.js';
import type { CheckInput } from '../pipeline-types.js';
import type { ConfidenceSpan } from '../model/index.js';
import { figureConfidence } from '../text/index.js';

/** Where a prose cell sits: its table (`t3`), the table's placeholder block, and its grid row and column (0-based). */
export interface CellPlace {
  table: string;
  block: string;
  row: number;
  column: number;
}

/**
 * A block, a footnote body, or a table cell that holds sentences: anything whose figures the claim
 * finders read as running text. A cell's facts keep pointing into the table block (`position.block`),
 * so a cell unit's text is the table block's text with every character outside the cell blanked:
 * offsets need no translation, and no finder sees a neighbouring cell.
 */
export interface TextUnit {
  id: string;
  text: string;
  page: number | null;
  section: string[];
  /** Document order; footnotes sort after the block their first marker stands in. */
  order: number;
  kind: Block['kind'] | 'footnote' | 'cell';
  label: string | null;
  /** Cell units only: the table, row and column. */
  cell?: CellPlace;
  /** OCR'd text only: confidence spans over `text` (a table block's spans cover its cells). */
  confidence?: readonly ConfidenceSpan[];
}

const cellKey = (table: string, row: number, column: number): string => `${table}:${row}:${column}`;

/** Words of two letters or more: `Đạt`, `kiến`, `nghị`; not `x`, `%`, `a)`. */
const WORD = /\p{L}{2,}/gu;
/** A cell of this many words reads as sentences (evidence, explanations, notes), not a label or a value. */
const PROSE_WORDS = 5;

/**
 * A cell whose text is sentences: at least five words and a figure among them
 * (`165/165 kiến nghị … đã được trả lời (đạt 100%)`). A figure alone, a score `9,49/ 9,5`, a rank
 * `12/63`, a period `Quý I năm 2019` or a short label is not: those are values of the grid.
 */
export function isProseCell(text: string): boolean {
  return /\d/u.test(text) && (text.match(WORD)?.length ?? 0) >= PROSE_WORDS;
}

/** Indexes over a check input: where each fact sits, what surrounds it, which section holds it. */
export class DocumentIndex {
  readonly units = new Map<string, TextUnit>();
  readonly factsById = new Map<string, Fact>();
  private readonly factsByUnit = new Map<string, Fact[]>();
  private readonly factsByTable = new Map<string, Fact[]>();
  private readonly headings = new Map<string, string>();
  readonly footnotesByNumber = new Map<number, Footnote>();

  constructor(readonly input: CheckInput) {
    for (const block of input.blocks) {
      this.units.set(block.id, {
        id: block.id,
        text: block.text,
        page: block.page,
        section: block.section,
        order: block.order,
        kind: block.kind,
        label: block.label,
        ...(block.confidence ? { confidence: block.confidence } : {}),
      });
      if (block.kind === 'heading' && block.label) this.headings.set([...block.section].join('›'), block.text);
    }
    for (const footnote of input.footnotes) {
      this.footnotesByNumber.set(footnote.number, footnote);
      const anchorBlock = footnote.anchors[0] ? this.units.get(footnote.anchors[0].block) : undefined;
      this.units.set(footnote.id, {
        id: footnote.id,
        text: footnote.text,
        page: footnote.page,
        section: anchorBlock?.section ?? [],
        order: (anchorBlock?.order ?? 0) + 0.5,
        kind: 'footnote',
        label: String(footnote.number),
        ...(footnote.confidence ? { confidence: footnote.confidence } : {}),
      });
    }
    const proseCells = this.addProseCells(input.tables, input.facts);
    for (const fact of input.facts) {
      this.factsById.set(fact.id, fact);
      // Table facts are read by the table checks (tableFacts), not as running text of the table block;
      // the figures of a prose cell are also the running text of that cell's unit.
      if (fact.table) {
        const cells = this.factsByTable.get(fact.table.table) ?? [];
        cells.push(fact);
        this.factsByTable.set(fact.table.table, cells);
        const unit = fact.table.cell === 'prose' ? proseCells.get(cellKey(fact.table.table, fact.table.row, fact.table.column)) : undefined;
        if (unit) {
          const list = this.factsByUnit.get(unit) ?? [];
          list.push(fact);
          this.factsByUnit.set(unit, list);
        }
        continue;
      }
      const list = this.factsByUnit.get(fact.position.block) ?? [];
      list.push(fact);
      this.factsByUnit.set(fact.position.block, list);
    }
    for (const list of this.factsByUnit.values()) list.sort((a, b) => a.position.start - b.position.start);
  }

  /** The cell units of a table's prose cells, in row then column order. */
  cellUnits(tableId: string): TextUnit[] {
    return this.orderedUnits().filter((u) => u.cell?.table === tableId);
  }

  /**
   * One unit per prose cell (see `isProseCell`), ordered right after its table's block. Returns the
   * unit id of each `table:row:column` that became one.
   */
  private addProseCells(tables: readonly Table[], facts: readonly Fact[]): Map<string, string> {
    const withProse = new Set<string>();
    for (const fact of facts) if (fact.table?.cell === 'prose') withProse.add(cellKey(fact.table.table, fact.table.row, fact.table.column));
    const out = new Map<string, string>();
    for (const table of tables) {
      const block = this.units.get(table.block);
      if (!block) continue;
      const cells: { row: number; column: number; start: number; end: number; text: string }[] = [];
      let offset = 0;
      table.rows.forEach((cellsOfRow, row) => {
        cellsOfRow.forEach((text, column) => {
          if (withProse.has(cellKey(table.id, row, column)) && isProseCell(text))
            cells.push({ row, column, start: offset, end: offset + text.length, text });
          offset += text.length + 1;
        });
        if (cellsOfRow.length === 0) offset += 1;
      });
      // A table block whose text is not its grid (an older parse) cannot place cells by offset.
      if (block.text.length !== Math.max(0, offset - 1)) continue;
      cells.forEach((c, k) => {
        const id = `${table.block}.r${c.row}c${c.column}`;
        const spans = table.confidence?.[c.row]?.[c.column];
        this.units.set(id, {
          id,
          // Blanked outside the cell, so that every offset into the table block holds here too.
          text: ' '.repeat(c.start) + c.text,
          page: block.page,
          section: block.section,
          // After the table block, before a footnote cited in it (+0.5).
          order: block.order + (0.4 * (k + 1)) / (cells.length + 1),
          kind: 'cell',
          label: null,
          cell: { table: table.id, block: table.block, row: c.row, column: c.column },
          ...(spans ? { confidence: spans.map((s) => ({ ...s, start: s.start + c.start, end: s.end + c.start })) } : {}),
        });
        out.set(cellKey(table.id, c.row, c.column), id);
      });
    }
    return out;
  }

  unit(id: string): TextUnit | undefined {
    return this.units.get(id);
  }

  private ordered: TextUnit[] | null = null;

  /** Units in document order (blocks, with each footnote after the block that cites it first). */
  orderedUnits(): TextUnit[] {
    // Units are all made in the constructor: sort once (finders ask for the order many times).
    this.ordered ??= [...this.units.values()].sort((a, b) => a.order - b.order);
    return [...this.ordered];
  }

  /** The facts of a table's cells (`t3`), in row order. */
  tableFacts(tableId: string): readonly Fact[] {
    return this.factsByTable.get(tableId) ?? [];
  }

  factsIn(unitId: string): readonly Fact[] {
    return this.factsByUnit.get(unitId) ?? [];
  }

  text(unitId: string): string {
    return this.units.get(unitId)?.text ?? '';
  }

  slice(position: Pick<Position, 'block' | 'start' | 'end'>): string {
    return this.text(position.block).slice(position.start, position.end);
  }

  /** OCR confidence of the figure at a position (its digit-bearing words); null for born-digital text. */
  confidenceAt(position: Pick<Position, 'block' | 'start' | 'end'>): number | null {
    const unit = this.units.get(position.block);
    return unit ? figureConfidence(unit.text, unit.confidence, position.start, position.end) : null;
  }

  sentenceOf(fact: Fact): string {
    const text = this.text(fact.position.block);
    const { start, end } = fact.sentence;
    return end > start ? text.slice(start, end).trim() : text.trim();
  }

  sectionOf(unitId: string): string[] {
    return this.units.get(unitId)?.section ?? [];
  }

  /** `III › 1` with heading titles where the document has them: `III. PHỤC HỒI … › 1. Về phục hồi …`. */
  sectionTitles(section: readonly string[]): string[] {
    return section.map((label, i) => {
      const title = this.headings.get(section.slice(0, i + 1).join('›'));
      return title ? `${label}${/[.)]$/.test(label) ? '' : '.'} ${title}` : label;
    });
  }

  tables(): readonly Table[] {
    return this.input.tables;
  }
}
