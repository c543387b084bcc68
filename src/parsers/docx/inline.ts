import type { WordNode, WordParagraph } from './word-model.js';

/**
 * Flattens a Word paragraph into raw text (line breaks as `\n`), the positions of its note
 * references, page breaks and how much of it is bold or italic.
 */

export interface NoteMark {
  noteType: 'footnote' | 'endnote';
  noteId: string;
  /** Index in `raw` where the reference stood. */
  at: number;
}

export interface RawParagraph {
  raw: string;
  notes: NoteMark[];
  /** An explicit page break stood before any text of the paragraph. */
  breakBefore: boolean;
  /** An explicit page break stood after some text: the next item starts a page. */
  breakAfter: boolean;
  letters: number;
  boldLetters: number;
  italicLetters: number;
}

interface Style {
  bold: boolean;
  italic: boolean;
}

export function flattenParagraph(paragraph: WordParagraph): RawParagraph {
  const out: RawParagraph = { raw: '', notes: [], breakBefore: false, breakAfter: false, letters: 0, boldLetters: 0, italicLetters: 0 };
  walk(paragraph.children, { bold: false, italic: false }, out);
  return out;
}

function walk(nodes: WordNode[], style: Style, out: RawParagraph): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        out.raw += node.value;
        const letters = countLetters(node.value);
        out.letters += letters;
        if (style.bold) out.boldLetters += letters;
        if (style.italic) out.italicLetters += letters;
        break;
      }
      case 'tab':
        out.raw += '\t';
        break;
      case 'break':
        if (node.breakType === 'line') out.raw += '\n';
        else if (node.breakType === 'page') {
          if (out.raw.trim() === '') out.breakBefore = true;
          else out.breakAfter = true;
        } else out.raw += ' ';
        break;
      case 'noteReference':
        out.notes.push({ noteType: node.noteType, noteId: node.noteId, at: out.raw.length });
        break;
      case 'run':
        walk(node.children, { bold: style.bold || node.isBold, italic: style.italic || node.isItalic }, out);
        break;
      default:
        if ('children' in node && Array.isArray(node.children)) walk(node.children as WordNode[], style, out);
    }
  }
}

const LETTER = /\p{L}/gu;
const countLetters = (text: string): number => text.match(LETTER)?.length ?? 0;

/** Plain text of any node, for shape decisions (header and signature tables). */
export function plainText(node: WordNode): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return node.breakType === 'line' ? '\n' : ' ';
  if (node.type === 'tab') return ' ';
  if ('children' in node && Array.isArray(node.children)) return (node.children as WordNode[]).map(plainText).join('');
  return '';
}
