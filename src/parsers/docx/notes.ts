import type { LayoutFootnote } from '../layout.js';
import type { ParseWarning } from '../../model/index.js';
import { flattenParagraph } from './inline.js';
import { normalizeMarked } from './marked-text.js';
import type { WordNode, WordNote } from './word-model.js';

/**
 * Footnote numbers as Word displays them: footnote N is the N-th footnote reference in document
 * order (Word's `w:id` is only a key, and mammoth's `[n]` counter is display only). Endnotes are
 * numbered in their own order after the footnotes, since the layout has one footnote sequence.
 */
export class NoteNumbering {
  private readonly numbers = new Map<string, number>();
  readonly footnoteCount: number;
  readonly endnoteCount: number;

  constructor(body: WordNode[]) {
    const footnotes: string[] = [];
    const endnotes: string[] = [];
    collectReferences(body, (type, id) => {
      const list = type === 'footnote' ? footnotes : endnotes;
      if (!list.includes(id)) list.push(id);
    });
    footnotes.forEach((id, i) => this.numbers.set(key('footnote', id), i + 1));
    endnotes.forEach((id, i) => this.numbers.set(key('endnote', id), footnotes.length + i + 1));
    this.footnoteCount = footnotes.length;
    this.endnoteCount = endnotes.length;
  }

  numberOf(noteType: 'footnote' | 'endnote', noteId: string): number | null {
    return this.numbers.get(key(noteType, noteId)) ?? null;
  }

  /** Bodies in number order; bodies nobody references get numbers after the referenced ones. */
  bodies(notes: WordNote[], warnings: ParseWarning[]): LayoutFootnote[] {
    const out: LayoutFootnote[] = [];
    let next = this.numbers.size;
    const unreferenced: string[] = [];
    for (const note of notes) {
      let number = this.numberOf(note.noteType, note.noteId);
      if (number === null) {
        next += 1;
        number = next;
        unreferenced.push(`${note.noteType} ${note.noteId}`);
      }
      out.push({ number, text: noteText(note.body), page: null });
    }
    if (unreferenced.length > 0) {
      warnings.push({
        code: 'docx_unreferenced_note',
        message: `${unreferenced.length} note bodies have no reference in the text (${unreferenced.join(', ')})`,
        page: null,
      });
    }
    if (this.endnoteCount > 0) {
      warnings.push({
        code: 'docx_endnotes',
        message: `${this.endnoteCount} endnotes numbered ${this.footnoteCount + 1}–${this.footnoteCount + this.endnoteCount}, after the footnotes`,
        page: null,
      });
    }
    return out.sort((a, b) => a.number - b.number);
  }
}

const key = (type: string, id: string): string => `${type}:${id}`;

function collectReferences(nodes: WordNode[], visit: (type: 'footnote' | 'endnote', id: string) => void): void {
  for (const node of nodes) {
    if (node.type === 'noteReference') visit(node.noteType, node.noteId);
    else if ('children' in node && Array.isArray(node.children)) collectReferences(node.children as WordNode[], visit);
  }
}

/** A note body: its paragraphs joined by single spaces (the PDF shows them as running lines). */
function noteText(body: WordNode[]): string {
  const parts: string[] = [];
  const visit = (nodes: WordNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const text = normalizeMarked(flattenParagraph(node).raw, []).text;
        if (text) parts.push(text);
      } else if ('children' in node && Array.isArray(node.children)) visit(node.children as WordNode[]);
    }
  };
  visit(body);
  return parts.join(' ');
}
