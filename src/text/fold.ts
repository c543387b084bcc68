import { toClassicTonePlacement } from './normalize.js';

/**
 * Two folds for matching, which do opposite things to the marks:
 * - `foldCase` keeps every diacritic (`hòa` and `hoà` meet, `hoa` stays apart) and keeps offsets:
 *   one character per source character, so a match in the folded text is a match in the source.
 * - `stripDiacritics` drops them (`hòa`, `hoá`, `hoa` all meet): for OCR, which misreads tone marks
 *   far more often than letters.
 */

const foldCache = new Map<string, string>();

/** Lower case, NFC, classic tone placement, whitespace as spaces; same length as the source. */
export function foldCase(text: string): string {
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  const folded = toClassicTonePlacement(text.normalize('NFC')).toLocaleLowerCase('vi').replace(/\s/g, ' ');
  // Offsets into the folded text must stay offsets into the source; keep the source when they would not.
  const result = folded.length === text.length ? folded : text.toLowerCase();
  if (foldCache.size > 20_000) foldCache.clear();
  foldCache.set(text, result);
  return result;
}

/** Lower case without tone or vowel marks, `đ` as `d`: the spelling OCR rarely gets wrong. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLowerCase();
}
