import lexicon from '../../../lexicon/ocr-figure-context.json' with { type: 'json' };
import { stripDiacritics } from '../../../text/index.js';

/**
 * Lexicon-guided repair of the words around figures. OCR keeps the letters of Vietnamese words but
 * often drops or swaps a tone mark (`triệu đông`, `tháng đâu năm`, `Biểu sô`). A run of words near a
 * figure that spells a known phrase once marks and case are set aside takes the phrase's marks; the
 * OCR word keeps its own capitalisation. Words are replaced one for one, so boxes and confidences
 * stay attached to them. Figures themselves are never touched here.
 */

interface Phrase {
  words: string[];
  folded: string[];
  slot: boolean[];
}

const SLOT = '#';
const LEAD = /^[(“"'‘[]+/u;
const TRAIL = /[)”"'’\].,;:!?…]+$/u;

function buildPhrases(): Map<string, Phrase[]> {
  const byKey = new Map<string, Phrase | null>();
  for (const text of lexicon.phrases) {
    const words = text.normalize('NFC').split(' ');
    if (words.length < 2) continue;
    const key = words.map((w) => (w === SLOT ? SLOT : stripDiacritics(w))).join(' ');
    // Two phrases that fold alike cannot say which marks are right: use neither.
    byKey.set(
      key,
      byKey.has(key)
        ? null
        : { words, folded: words.map((w) => (w === SLOT ? SLOT : stripDiacritics(w))), slot: words.map((w) => w === SLOT) },
    );
  }
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    if (!phrase) continue;
    const first = phrase.folded[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const PHRASES = buildPhrases();
const WINDOW = lexicon.window;

function core(token: string): { lead: string; core: string; trail: string } {
  const lead = LEAD.exec(token)?.[0] ?? '';
  const rest = token.slice(lead.length);
  const trail = TRAIL.exec(rest)?.[0] ?? '';
  return { lead, core: rest.slice(0, rest.length - trail.length), trail };
}

const hasDigit = (token: string): boolean => /\d/u.test(token);

/** The phrase's marks on the OCR word's letters and case; null when the letters do not line up. */
function respell(ocr: string, target: string): string | null {
  const a = Array.from(ocr);
  const b = Array.from(target);
  if (a.length !== b.length) return null;
  return b
    .map((c, i) => {
      const original = a[i] as string;
      return original !== original.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    })
    .join('');
}

export interface RepairResult {
  words: string[];
  /** Indexes of the words that were respelled. */
  changed: number[];
}

/** Repair a page's words (in reading order); figures and words far from figures are left alone. */
export function repairAroundFigures(tokens: readonly string[]): RepairResult {
  const words = [...tokens];
  const changed: number[] = [];
  const cores = tokens.map(core);
  const figure = tokens.map(hasDigit);
  const near = tokens.map((_, i) => {
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(tokens.length - 1, i + WINDOW); j++) if (figure[j]) return true;
    return false;
  });
  let i = 0;
  while (i < tokens.length) {
    const first = cores[i]?.core ?? '';
    const candidates = [...(PHRASES.get(stripDiacritics(first)) ?? []), ...(figure[i] ? (PHRASES.get(SLOT) ?? []) : [])];
    const phrase = candidates.find((p) => matches(p, cores, figure, i));
    if (!phrase) {
      i += 1;
      continue;
    }
    const span = phrase.words.length;
    const anchored = phrase.slot.some(Boolean) || near.slice(i, i + span).some(Boolean);
    if (anchored) {
      phrase.words.forEach((target, k) => {
        const at = i + k;
        const parts = cores[at];
        if (phrase.slot[k] || !parts) return;
        const fixed = respell(parts.core, target);
        if (fixed === null || fixed === parts.core) return;
        words[at] = parts.lead + fixed + parts.trail;
        changed.push(at);
      });
    }
    i += span;
  }
  return { words, changed };
}

function matches(phrase: Phrase, cores: readonly { core: string }[], figure: readonly boolean[], at: number): boolean {
  if (at + phrase.words.length > cores.length) return false;
  return phrase.folded.every((folded, k) => {
    const token = cores[at + k]?.core ?? '';
    return phrase.slot[k] ? figure[at + k] === true : stripDiacritics(token) === folded;
  });
}
