/**
 * Heading and list labels that open a paragraph. Rank orders the heading levels: a heading pops
 * every open heading of the same or a deeper rank off the section path.
 */
export type LabelKind = 'roman' | 'arabic' | 'dotted' | 'letter' | 'bullet';

export interface Label {
  kind: LabelKind;
  /** As it will be recorded: `I`, `2`, `3.1`, `a)`, `-`, `+`. */
  label: string;
  rank: number | null;
  /** Length of the label and the spaces after it in the paragraph text. */
  length: number;
}

const ROMAN = /^([IVX]{1,6})\.\s+(?=\S)/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\p{L})/u;
// `1. Tình hình …` is a heading; `2.307 nhiệm vụ` (a thousand group, no space) is not.
const ARABIC = /^(\d{1,2})[.)]\s+(?=\p{L})/u;
const LETTER = /^(\p{Ll})\)\s+(?=\S)/u;
const BULLET = /^([-–—+•*])\s+(?=\S)/u;
const VALID_ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u;

const RANK: Record<Exclude<LabelKind, 'bullet'>, number> = { roman: 1, arabic: 2, dotted: 3, letter: 4 };

export function readLabel(text: string): Label | null {
  let m = ROMAN.exec(text);
  if (m?.[1] && VALID_ROMAN.test(m[1])) return { kind: 'roman', label: m[1], rank: RANK.roman, length: m[0].length };
  m = DOTTED.exec(text);
  if (m?.[1]) return { kind: 'dotted', label: m[1], rank: RANK.dotted, length: m[0].length };
  m = ARABIC.exec(text);
  if (m?.[1]) return { kind: 'arabic', label: String(Number(m[1])), rank: RANK.arabic, length: m[0].length };
  m = LETTER.exec(text);
  if (m?.[1]) return { kind: 'letter', label: `${m[1]})`, rank: RANK.letter, length: m[0].length };
  m = BULLET.exec(text);
  if (m?.[1]) {
    const bullet = m[1] === '–' || m[1] === '—' || m[1] === '•' ? '-' : m[1];
    return { kind: 'bullet', label: bullet, rank: null, length: m[0].length };
  }
  return null;
}

/**
 * A labelled paragraph is a heading when it is short and reads as a title, not as a sentence: a
 * full stop inside it followed by a new sentence (`… cùng kỳ năm trước. Trong đó:`) makes it an item
 * that states something, even when it ends on a colon.
 */
export function isHeadingText(rest: string): boolean {
  const trimmed = rest.trim();
  if (trimmed.length > 160) return false;
  // A closing stop after a long line, or after a figure (`… 315 triệu đồng.`), ends a statement.
  if (/[.;]$/u.test(trimmed) && (trimmed.length > 80 || /\d/u.test(trimmed))) return false;
  // Two lowercase letters before the stop: `TP. Hồ Chí Minh`, `Tp. Rạch Giá` are abbreviations.
  if (/\p{Ll}{2}[.;] +\p{Lu}/u.test(trimmed)) return false;
  return true;
}
