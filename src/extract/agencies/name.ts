import { matchLevelPhrase } from '../places/grammar.js';
import { headIndex, nameAbbreviationIndex, stopWordIndex, subjectIndex, type Head } from './lexicon.js';
import type { WordToken } from '../../nlp/index.js';

/** The name after a head: tokens [start, end) and its canonical spelling. */
export interface NameMatch {
  start: number;
  end: number;
  text: string;
}

/** A name never runs longer than this many tokens after its head. */
const MAX_NAME_TOKENS = 16;

const isLowerWord = (t: WordToken): boolean => t.isWord && !t.upper && !t.digit;

/** Name tokens with abbreviations expanded (`ĐT XD các công trình GT` → `đầu tư xây dựng các công trình giao thông`). */
export function expandName(tokens: readonly WordToken[], start: number, end: number): string {
  let out = '';
  let k = start;
  while (k < end) {
    const abbr = nameAbbreviationIndex.matchAt(tokens, k, (_v, e) => e <= end && tokens[k]!.caps);
    const t = tokens[k]!;
    const piece = abbr ? abbr.value : t.text;
    out += (k > start && t.spaceBefore ? ' ' : '') + piece;
    k = abbr ? abbr.end : k + 1;
  }
  return out;
}

/** A department subject from the lexicon: `Kế hoạch và Đầu tư`, `KH&ĐT`, `Y tế`. */
export function matchSubject(tokens: readonly WordToken[], i: number): NameMatch | null {
  const first = tokens[i];
  if (!first?.isWord || !first.upper || first.breakBefore) return null;
  const hit = subjectIndex.matchAt(tokens, i);
  return hit ? { start: i, end: hit.end, text: hit.value } : null;
}

/**
 * A name by grammar, for names the lexicon does not list. Capitalised words always belong to
 * the name; a run of lower-case words (sentence-case names: `Trung tâm Phục vụ hành chính công`)
 * belongs to it when it ends at a level word, a capitalised word, punctuation or the end, and is
 * cut at a stop word (`đang`, `đã`, `phối hợp`). A digit or an over-long run is not a name.
 */
export function matchGrammarName(tokens: readonly WordToken[], i: number, head: Head): NameMatch | null {
  const first = tokens[i];
  if (!first?.isWord || first.digit || first.breakBefore || first.capsLine) return null;
  if (!first.upper && !head.lowercaseName) return null;
  let accepted = i;
  let k = i;
  while (k < tokens.length && k - i < MAX_NAME_TOKENS) {
    const t = tokens[k]!;
    if (k > i && t.breakBefore) {
      accepted = k;
      break;
    }
    const abbr = t.caps ? nameAbbreviationIndex.matchAt(tokens, k) : null;
    if (abbr) {
      k = abbr.end;
      accepted = k;
      continue;
    }
    if (k > i && matchLevelPhrase(tokens, k)) {
      accepted = k;
      break;
    }
    if (t.isWord && t.upper && !t.digit) {
      if (k > i && headIndex.matchAt(tokens, k)) {
        accepted = k;
        break;
      }
      k += 1;
      accepted = k;
      continue;
    }
    if (isLowerWord(t)) {
      if (stopWordIndex.matchAt(tokens, k)) {
        accepted = k;
        break;
      }
      k += 1;
      continue;
    }
    if (!t.isWord) {
      const next = tokens[k + 1];
      // `Ban Kinh tế - Ngân sách`: a spaced hyphen joins two capitalised parts.
      if (t.text === '-' && next?.isWord && next.upper && !headIndex.matchAt(tokens, k + 1)) {
        k += 1;
        continue;
      }
      // `Trung tâm Xúc tiến Đầu tư, TMDL`: a known abbreviation after a comma ends the name.
      if (t.text === ',' && next?.caps) {
        const abbr2 = nameAbbreviationIndex.matchAt(tokens, k + 1);
        const after = abbr2 ? tokens[abbr2.end] : undefined;
        if (abbr2 && (!after || !after.isWord || after.breakBefore)) {
          k = abbr2.end;
          accepted = k;
          continue;
        }
      }
      accepted = k;
      break;
    }
    // A digit: the lower-case run was running text, not a name.
    break;
  }
  if (k >= tokens.length) accepted = k;
  // Never end on a connector.
  while (accepted > i) {
    const last = tokens[accepted - 1]!;
    if (last.key === 'và' || last.text === '-' || last.text === ',') accepted -= 1;
    else break;
  }
  if (accepted === i) return null;
  return { start: i, end: accepted, text: expandName(tokens, i, accepted) };
}
