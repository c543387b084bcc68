import type { AgencyKind } from '../../model/index.js';
import { levelPhraseText, matchGazetteer, matchLevelPhrase, matchProvinceAbbreviation } from '../places/grammar.js';
import { genericMarkerIndex, headIndex, type Head } from './lexicon.js';
import { matchGrammarName, matchSubject } from './name.js';
import { wordPhraseKeys, type WordToken } from '../../nlp/index.js';

/** An agency named at a token position: tokens [start, end). */
export interface AgencyMatch {
  start: number;
  end: number;
  /** Canonical name: head and abbreviations expanded, level words in lower case. */
  name: string;
  kind: AgencyKind;
  /** Which rule of the grammar produced it, for provenance. */
  pattern: string;
  /** `Ban Thường vụ Thành ủy/Huyện ủy`: the head also applies to an agency after a slash. */
  distributes?: { prefix: string; kinds: readonly AgencyKind[] };
}

/** `Văn phòng Ban Thường vụ Tỉnh ủy`: nesting deeper than this is not a name but a run of heads. */
const MAX_NESTING = 2;

/** Kinds that may follow a name as its owner: `Ban Tuyên giáo Tỉnh ủy`, `Ban Pháp chế HĐND tỉnh`. */
const OWNER_KINDS: readonly AgencyKind[] = ['party', 'people-council'];

interface Suffix {
  end: number;
  text: string;
}

/** What may close a name: a level phrase, a listed place, a province abbreviation. */
function matchSuffix(tokens: readonly WordToken[], k: number, allowOwner: boolean, depth: number): Suffix | null {
  const t = tokens[k];
  if (!t || t.breakBefore) return null;
  const level = matchLevelPhrase(tokens, k);
  if (level) {
    // `UBND tỉnh` with nothing after is fine; `tỉnh` + a lower-case word is too (`UBND tỉnh đã …`).
    return { end: level.end, text: levelPhraseText(level) };
  }
  const place = matchGazetteer(tokens, k, false) ?? matchProvinceAbbreviation(tokens, k);
  if (place) return { end: place.end, text: place.name };
  if (allowOwner && depth < MAX_NESTING) {
    const owner = matchAgencyAt(tokens, k, depth + 1);
    if (owner && OWNER_KINDS.includes(owner.kind)) return { end: owner.end, text: owner.name };
  }
  return null;
}

const join = (...parts: (string | null | undefined)[]): string => parts.filter((p) => p).join(' ');

function followedBy(tokens: readonly WordToken[], at: number, phrase: string): boolean {
  return wordPhraseKeys(phrase).every((key, n) => tokens[at + n]?.key === key);
}

function headAt(tokens: readonly WordToken[], i: number): { head: Head; end: number } | null {
  const first = tokens[i];
  if (!first?.isWord || !first.upper) return null;
  // `Chính phủ điện tử` is e-government, not the Government.
  const hit = headIndex.matchAt(tokens, i, (head, end) => !(head.notFollowedBy ?? []).some((w) => followedBy(tokens, end, w)));
  return hit ? { head: hit.value, end: hit.end } : null;
}

/**
 * The agency that starts at token `i`, by the grammar of its head (see src/lexicon/agencies.json):
 * `level` heads take `tỉnh`/`huyện X`…, `name` heads a subject or a capitalised name, `agency`
 * heads a nested agency (`Văn phòng UBND tỉnh`, `Ban Thường vụ Tỉnh ủy`).
 */
export function matchAgencyAt(tokens: readonly WordToken[], i: number, depth = 0): AgencyMatch | null {
  const found = headAt(tokens, i);
  if (!found) return null;
  const { head, end: headEnd } = found;
  const base = { start: i, kind: head.kind };
  switch (head.complement) {
    case 'level': {
      if (genericMarkerIndex.matchAt(tokens, headEnd)) return null;
      const suffix = matchSuffix(tokens, headEnd, false, depth);
      return { ...base, end: suffix?.end ?? headEnd, name: join(head.canonical, suffix?.text), pattern: 'head+level' };
    }
    case 'fixed': {
      const suffix = matchSuffix(tokens, headEnd, false, depth);
      return { ...base, end: suffix?.end ?? headEnd, name: join(head.canonical, suffix?.text), pattern: 'head' };
    }
    case 'level-required': {
      const level = matchLevelPhrase(tokens, headEnd);
      if (level) return { ...base, end: level.end, name: join(head.canonical, levelPhraseText(level)), pattern: 'head+level' };
      const nested = depth < MAX_NESTING ? matchAgencyAt(tokens, headEnd, depth + 1) : null;
      if (nested && head.agencyKinds?.includes(nested.kind)) {
        return { ...base, end: nested.end, name: join(head.canonical, nested.name), pattern: 'head+agency' };
      }
      return null;
    }
    case 'agency': {
      const nested = depth < MAX_NESTING ? matchAgencyAt(tokens, headEnd, depth + 1) : null;
      if (nested && head.agencyKinds?.includes(nested.kind)) {
        const distributes = { prefix: head.canonical, kinds: head.agencyKinds };
        return { ...base, end: nested.end, name: join(head.canonical, nested.name), pattern: 'head+agency', distributes };
      }
      if (!head.orName) return null;
      return matchNamed(tokens, i, head, headEnd, depth);
    }
    case 'name':
      return matchNamed(tokens, i, head, headEnd, depth);
  }
}

function matchNamed(tokens: readonly WordToken[], i: number, head: Head, headEnd: number, depth: number): AgencyMatch | null {
  const subject = matchSubject(tokens, headEnd);
  const name = subject ?? matchGrammarName(tokens, headEnd, head);
  if (!name) return null;
  const suffix = matchSuffix(tokens, name.end, true, depth);
  return {
    start: i,
    end: suffix?.end ?? name.end,
    name: join(head.canonical, name.text, suffix?.text),
    kind: head.kind,
    pattern: subject ? 'head+subject' : 'head+name',
  };
}
