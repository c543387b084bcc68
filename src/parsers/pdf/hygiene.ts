import type { LineAnchor } from './types.js';

/**
 * Text hygiene for what pdf.js hands back: characters a font could not map to Unicode, stray spaces
 * that positioning put in front of combining marks (`Nghi ̣quyết`), and NFC. Footnote anchors are
 * offsets into the text, so every rewrite keeps them in step.
 */

// Private-use code points, U+FFFD and C0/C1 controls: what an unmapped glyph comes out as.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNUSABLE = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const WIDE_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\r\n]/gu;
// Whitespace directly before a combining mark belongs to no word: the mark sits on the letter before.
const SPACE_BEFORE_MARK = /\s+(?=\p{M})/gu;

// The same classes, tested once: most runs need no rewrite at all.
const ANY_UNUSABLE = new RegExp(UNUSABLE.source, 'u');
const ANY_DIRT = new RegExp(`${UNUSABLE.source}|${INVISIBLE.source}|${WIDE_SPACES.source}`, 'u');

/** Share of characters in `text` that no font mapped to Unicode (0 when the text is blank). */
export function unusableShare(text: string): number {
  if (!ANY_UNUSABLE.test(text)) return 0;
  const visible = text.replace(/\s+/gu, '');
  if (visible.length === 0) return 0;
  const bad = visible.match(UNUSABLE)?.length ?? 0;
  return bad / visible.length;
}

/** Clean one run: drop unmapped and invisible characters, make every space an ASCII space. */
export function cleanRunText(text: string): string {
  if (!ANY_DIRT.test(text)) return text;
  return text.replace(UNUSABLE, '').replace(INVISIBLE, '').replace(WIDE_SPACES, ' ');
}

/**
 * Final form of a paragraph or cell text: NFC, no space before combining marks, single spaces, no
 * outer spaces. Anchors move with the text; the text is normalised piecewise between anchors so an
 * offset never lands inside a composed character.
 */
export function finalizeText(text: string, anchors: readonly LineAnchor[]): { text: string; anchors: LineAnchor[] } {
  const sorted = [...anchors].sort((a, b) => a.offset - b.offset);
  let out = '';
  const moved: LineAnchor[] = [];
  let from = 0;
  const append = (piece: string): void => {
    let clean = piece.replace(SPACE_BEFORE_MARK, '').normalize('NFC').replace(/ {2,}/gu, ' ');
    if (out === '' || out.endsWith(' ')) clean = clean.replace(/^ +/u, '');
    out += clean;
  };
  for (const anchor of sorted) {
    const at = Math.min(Math.max(anchor.offset, from), text.length);
    append(text.slice(from, at));
    from = at;
    // A marker sits right after its word: never after the space that follows it.
    moved.push({ footnote: anchor.footnote, offset: out.trimEnd().length });
  }
  append(text.slice(from));
  const trimmed = out.trimEnd();
  return { text: trimmed, anchors: moved.map((a) => ({ ...a, offset: Math.min(a.offset, trimmed.length) })) };
}
