import type { Place } from '../../model/index.js';
import { headIndex } from '../agencies/lexicon.js';
import type { WordToken } from '../../nlp/index.js';
import { gazetteerIndex, levelIndex, provinceAbbreviationIndex, type LevelWord } from './lexicon.js';

type PlaceKind = Place['kind'];

/** A place name found at a token position: tokens [start, end). */
export interface PlaceMatch {
  start: number;
  end: number;
  /** Canonical name: the gazetteer's spelling, or the words as written (title-cased in capitals). */
  name: string;
  kind: PlaceKind;
  known: boolean;
}

/** A level phrase with its optional name: `tỉnh`, `huyện Kiên Hải`, `thành phố Rạch Giá`. */
export interface LevelPhrase {
  start: number;
  end: number;
  level: LevelWord;
  place: PlaceMatch | null;
}

/** Longest run of unknown capitalised words accepted as a place name after a level word. */
const MAX_UNKNOWN_NAME_WORDS = 4;

const allWordsUpper = (tokens: readonly WordToken[], start: number, end: number): boolean => {
  for (let k = start; k < end; k += 1) {
    const t = tokens[k]!;
    if (t.isWord && !t.upper) return false;
  }
  return true;
};

function titleCase(word: string): string {
  const lower = word.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** A listed name at `i`. Bare uses (no level word before) skip names that need one (`Hồ Chí Minh`). */
export function matchGazetteer(tokens: readonly WordToken[], i: number, afterLevel: boolean): PlaceMatch | null {
  const first = tokens[i];
  if (!first?.isWord || !first.upper) return null;
  const hit = gazetteerIndex.matchAt(tokens, i, (value, end) => {
    if (!allWordsUpper(tokens, i, end)) return false;
    if (!afterLevel && value.entry.requiresLevel && !value.viaAlias) return false;
    // `Điện Biên Phủ`, `Kiên Giang Xanh`: a listed name followed by another capitalised word is part of a longer name.
    const next = tokens[end];
    if (!afterLevel && !first.capsLine && next?.isWord && next.upper && !next.breakBefore && !next.caps) return false;
    return true;
  });
  if (!hit) return null;
  return { start: i, end: hit.end, name: hit.value.entry.name, kind: hit.value.entry.kind, known: true };
}

/** Capitalised words after a level word that the gazetteer does not list (`phường Vĩnh Bảo`). */
function matchUnknownName(tokens: readonly WordToken[], i: number, kind: PlaceKind): PlaceMatch | null {
  let k = i;
  while (k < tokens.length && k - i < MAX_UNKNOWN_NAME_WORDS) {
    const t = tokens[k]!;
    if (!t.isWord || !t.upper || t.digit || (k > i && t.breakBefore)) break;
    // A head (`Sở`, `UBND`) or an abbreviation starts something else.
    if (headIndex.matchAt(tokens, k) || (t.caps && t.text.length > 1 && !t.capsLine)) break;
    k += 1;
  }
  if (k === i) return null;
  // `xã Tỷ lệ …`: one capitalised word followed by lower case starts a sentence, not a name.
  const after = tokens[k];
  if (k === i + 1 && after?.isWord && !after.upper && !after.digit && !tokens[i]!.capsLine) return null;
  const words = tokens.slice(i, k).map((t) => (t.capsLine ? titleCase(t.text) : t.text));
  return { start: i, end: k, name: words.join(' '), kind, known: false };
}

/**
 * `tỉnh X`, `huyện X`, `thành phố X`, `thị xã X`, `xã X`, `phường X`, `đặc khu X` at `i`. The name
 * is optional (`UBND tỉnh`); after `tỉnh` only a listed province counts.
 */
export function matchLevelPhrase(tokens: readonly WordToken[], i: number): LevelPhrase | null {
  // `Tỉnh ủy`, `Huyện ủy` are agencies, not levels.
  if (headIndex.matchAt(tokens, i)) return null;
  const level = levelIndex.matchAt(tokens, i);
  if (!level) return null;
  const following = tokens[level.end];
  if (following && level.value.notFollowedBy?.includes(following.key)) return null;
  const at = level.end;
  let place = matchGazetteer(tokens, at, true);
  if (!place && level.value.kind !== 'province') place = matchUnknownName(tokens, at, level.value.kind);
  if (place && !place.known) place = { ...place, kind: level.value.kind };
  return { start: i, end: place ? place.end : at, level: level.value, place };
}

/** `KG` for Kiên Giang, only as the last word of a name (nothing word-like follows). */
export function matchProvinceAbbreviation(tokens: readonly WordToken[], i: number): PlaceMatch | null {
  const t = tokens[i];
  if (!t?.isWord || !t.caps) return null;
  const hit = provinceAbbreviationIndex.matchAt(tokens, i);
  if (!hit) return null;
  const next = tokens[hit.end];
  if (next?.isWord && !next.breakBefore) return null;
  return { start: i, end: hit.end, name: hit.value, kind: 'province', known: true };
}

/** How a level phrase is written in a canonical name: `thành phố Rạch Giá`, `tỉnh`. */
export function levelPhraseText(phrase: LevelPhrase): string {
  const word = phrase.level.canonical ?? phrase.level.word;
  return phrase.place ? `${word} ${phrase.place.name}` : word;
}
