import type { Block, Footnote, Table } from '../model/index.js';
import type { Fact } from '../model/index.js';
import type { Position } from '../model/index.js';
import type { CheckInput } from '../pipeline-types.js';
import type { ConfidenceSpan } from '../model/index.js';
import { figureConfidence } from '../text/index.js';

/** A block or a footnote body: anything facts point into by `position.block`. */
export interface TextUnit {
  id: string;
  text: string;
  page: number | null;
  section: string[];
  /** Document order; footnotes sort after the block their first marker stands in. */
  order: number;
  kind: Block['kind'] | 'footnote';
  label: string | null;
  /** OCR'd text only: confidence spans over `text` (a table block's spans cover its cells). */
  confidence?: readonly ConfidenceSpan[];
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
    for (const fact of input.facts) {
      this.factsById.set(fact.id, fact);
      // Table facts are read by the table checks (tableFacts), not as running text of the table block.
      if (fact.table) {
        const cells = this.factsByTable.get(fact.table.table) ?? [];
        cells.push(fact);
        this.factsByTable.set(fact.table.table, cells);
        continue;
      }
      const list = this.factsByUnit.get(fact.position.block) ?? [];
      list.push(fact);
      this.factsByUnit.set(fact.position.block, list);
    }
    for (const list of this.factsByUnit.values()) list.sort((a, b) => a.position.start - b.position.start);
  }

  unit(id: string): TextUnit | undefined {
    return this.units.get(id);
  }

  /** Units in document order (blocks, with each footnote after the block that cites it first). */
  orderedUnits(): TextUnit[] {
    return [...this.units.values()].sort((a, b) => a.order - b.order);
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
