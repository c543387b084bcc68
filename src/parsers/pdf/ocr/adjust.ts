import { COLOURED_INK_CEILING, SHAPE_CEILING, UNCERTAIN_BELOW } from './confidence.js';
import { normaliseWord } from './digits.js';
import { repairAroundFigures } from './repair.js';
import type { OcrWord } from './types.js';

/**
 * A page's words after recognition: tone marks repaired around figures, figures normalised where the
 * shape proves it, and each word's confidence lowered for what tesseract's score does not see:
 * coloured ink (the handwritten number and day of a signed report, a seal) and number shapes a
 * dropped or misread separator leaves behind.
 */

/** A word with at least this share of coloured ink was written or stamped, not printed. */
const COLOURED_INK_SHARE = 0.3;

export function adjustWords(words: readonly OcrWord[]): OcrWord[] {
  const repaired = repairAroundFigures(words.map((w) => w.text));
  const changed = new Set(repaired.changed);
  return words.map((word, i) => {
    const flags = [...word.flags];
    if (changed.has(i)) flags.push('tone-repair');
    const normalised = normaliseWord(repaired.words[i] ?? word.text);
    flags.push(...normalised.flags);
    let confidence = word.rawConfidence;
    if (word.colourInk >= COLOURED_INK_SHARE) {
      flags.push('coloured-ink');
      confidence = Math.min(confidence, COLOURED_INK_CEILING);
    }
    if (normalised.flags.includes('ungrouped-digits') || normalised.flags.includes('separator-shape') || flags.includes('unread-ink')) {
      confidence = Math.min(confidence, SHAPE_CEILING);
    }
    if (word.rawConfidence < UNCERTAIN_BELOW && /\d/u.test(normalised.text)) flags.push('low-confidence');
    return { ...word, text: normalised.text, confidence, flags };
  });
}

/** Mean word confidence weighted by characters; null for a page with no words. */
export function pageConfidence(words: readonly OcrWord[]): number | null {
  let weight = 0;
  let sum = 0;
  for (const word of words) {
    const n = word.text.length;
    weight += n;
    sum += n * word.rawConfidence;
  }
  return weight === 0 ? null : Math.round((sum / weight) * 1000) / 1000;
}
