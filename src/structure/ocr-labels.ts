import type { ParseWarning } from '../model/index.js';
import type { LayoutParagraph } from '../parsers/index.js';

/**
 * OCR reads the roman section numbers of a scan as look-alike glyphs: `II.` as `H.` or `Il.`,
 * `III.` as `HI.`, `IV.` as `lV.`. Such a label is repaired only on OCR'd text, only when it
 * opens a heading-like line, and only into the very numeral the section sequence expects next
 * (after `I.` comes `II.`): the sequence decides, the glyphs only have to be a known confusion.
 */

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
// Glyphs tesseract confuses with `I`: `l`, `1`, `|`, `!`; and `H` for a pair of them.
const LOOKALIKE = /^([IlH1|!VX]{1,5})\.\s+(?=\p{Lu})/u;

/** What a look-alike label could stand for: `H` → `II`, `Hl` → `III`, `lV` → `IV`. */
const canonical = (glyphs: string): string => glyphs.replace(/H/gu, 'II').replace(/[l1|!]/gu, 'I');

export function repairRomanLabel(
  item: LayoutParagraph,
  previousRoman: string | null,
): { item: LayoutParagraph; warning: ParseWarning } | null {
  if (!item.confidence) return null;
  const match = LOOKALIKE.exec(item.text);
  const glyphs = match?.[1];
  if (!glyphs || ROMANS.includes(glyphs)) return null;
  const expected = ROMANS[previousRoman === null ? 0 : ROMANS.indexOf(previousRoman) + 1];
  if (!expected || canonical(glyphs) !== expected) return null;
  const delta = expected.length - glyphs.length;
  const text = expected + item.text.slice(glyphs.length);
  const confidence = item.confidence.map((s) =>
    s.start === 0 ? { ...s, end: s.end + delta } : { start: s.start + delta, end: s.end + delta, value: s.value },
  );
  return {
    item: { ...item, text, confidence, anchors: item.anchors.map((a) => ({ ...a, offset: a.offset + delta })) },
    warning: {
      code: 'ocr_label_repaired',
      message: `section number read as "${glyphs}." taken as "${expected}." (the section after ${previousRoman ?? 'the start'})`,
      page: item.page,
    },
  };
}
