import type { Anchor, ParseWarning } from '../../model/index.js';
import type { LayoutItem, LayoutParagraph } from '../layout.js';
import { flattenParagraph } from './inline.js';
import { normalizeMarked } from './marked-text.js';
import type { NoteNumbering } from './notes.js';
import { fillGrid, gridSpans, layoutGrid, tableRole, wordHeaderRows, wordTableShape } from './tables.js';
import type { WordNode, WordParagraph, WordTable, WordTableCell } from './word-model.js';

/**
 * Walks mammoth's document tree in reading order and emits layout items: paragraphs with their
 * note references turned into anchors, data tables as grids, and layout tables (the head, the
 * signature) unfolded into paragraphs.
 */

const HEADING_STYLE = /^heading\s*([1-9])$/iu;
const BULLET_TEXT = /^[-–—+•*]/u;
const DOMINANT = 0.9;

export class LayoutConverter {
  readonly items: LayoutItem[] = [];
  private pendingBreak = false;
  private sawContent = false;
  private autoNumbered = 0;
  private notesInTables = 0;

  constructor(private readonly numbering: NoteNumbering) {}

  convert(nodes: WordNode[]): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.paragraph(node, null);
      else if (node.type === 'table') this.table(node);
      else if ('children' in node && Array.isArray(node.children)) this.convert(node.children as WordNode[]);
    }
  }

  warnings(): ParseWarning[] {
    const out: ParseWarning[] = [];
    if (this.autoNumbered > 0) {
      out.push({
        code: 'docx_auto_numbering',
        message: `${this.autoNumbered} paragraphs use Word automatic numbering; their generated labels (1., a), …) are not part of the text`,
        page: null,
      });
    }
    if (this.notesInTables > 0) {
      out.push({
        code: 'docx_note_in_table',
        message: `${this.notesInTables} note references stand inside data tables; their footnotes have no anchor in the running text`,
        page: null,
      });
    }
    return out;
  }

  private paragraph(node: WordParagraph, headerColumn: 'left' | 'right' | null): void {
    const flat = flattenParagraph(node);
    let raw = flat.raw;
    let shift = 0;
    if (node.numbering) {
      if (!node.numbering.isOrdered && !BULLET_TEXT.test(raw.trimStart())) {
        raw = `- ${raw}`;
        shift = 2;
      } else if (node.numbering.isOrdered) this.autoNumbered += 1;
    }
    const marked = normalizeMarked(
      raw,
      flat.notes.map((n) => n.at + shift),
    );
    if (flat.breakBefore) this.pendingBreak = true;
    const anchors: Anchor[] = [];
    flat.notes.forEach((note, i) => {
      const footnote = this.numbering.numberOf(note.noteType, note.noteId);
      if (footnote !== null) anchors.push({ footnote, offset: marked.offsets[i] ?? 0 });
    });
    if (marked.text === '' && anchors.length === 0) {
      if (flat.breakAfter) this.pendingBreak = true;
      return;
    }
    const item: LayoutParagraph = {
      type: 'paragraph',
      text: marked.text,
      anchors,
      page: null,
      afterBreak: this.pendingBreak,
      hints: {
        headingLevel: headingLevel(node),
        bold: flat.letters > 0 && flat.boldLetters / flat.letters >= DOMINANT,
        italic: flat.letters > 0 && flat.italicLetters / flat.letters >= DOMINANT,
        centered: node.alignment === 'center',
        headerColumn,
        lines: marked.lines,
      },
    };
    this.items.push(item);
    this.pendingBreak = flat.breakAfter;
    this.sawContent = true;
  }

  private table(node: WordTable): void {
    const grid = layoutGrid(node);
    const role = tableRole(wordTableShape(node, grid), !this.sawContent);
    if (role !== 'data') {
      // Row by row, left cell before right: issuer, motto, number, date; recipients, signature.
      for (const placed of grid.cells) {
        const column = role === 'header' ? (placed.column < grid.width / 2 ? 'left' : 'right') : null;
        this.unfold(placed.cell.children, column);
      }
      return;
    }
    const rows = fillGrid(grid, (cell) => this.cellText(cell));
    if (rows.every((row) => row.every((cell) => cell === ''))) return;
    const spans = gridSpans(grid);
    const headerRows = wordHeaderRows(node);
    this.items.push({
      type: 'table',
      page: null,
      rows,
      afterBreak: this.pendingBreak,
      ...(spans.length > 0 ? { spans } : {}),
      ...(headerRows > 0 ? { headerRows } : {}),
    });
    this.pendingBreak = false;
    this.sawContent = true;
  }

  /** Paragraphs of a layout cell, nested tables unfolded too. */
  private unfold(nodes: WordNode[], column: 'left' | 'right' | null): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.paragraph(node, column);
      else if (node.type === 'table') for (const placed of layoutGrid(node).cells) this.unfold(placed.cell.children, column);
      else if ('children' in node && Array.isArray(node.children)) this.unfold(node.children as WordNode[], column);
    }
  }

  private cellText(cell: WordTableCell): string {
    const parts: string[] = [];
    const visit = (nodes: WordNode[]): void => {
      for (const node of nodes) {
        if (node.type === 'paragraph') {
          const flat = flattenParagraph(node);
          this.notesInTables += flat.notes.length;
          const text = normalizeMarked(flat.raw, []).text;
          if (text) parts.push(text);
        } else if ('children' in node && Array.isArray(node.children)) visit(node.children as WordNode[]);
      }
    };
    visit(cell.children);
    return parts.join(' ');
  }
}

function headingLevel(node: WordParagraph): number | null {
  const match = HEADING_STYLE.exec(node.styleName ?? '') ?? HEADING_STYLE.exec(node.styleId ?? '');
  return match?.[1] ? Number(match[1]) : null;
}
