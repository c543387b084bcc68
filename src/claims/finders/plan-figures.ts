import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex, TextUnit } from '../document-index.js';
import { fold, hasCue, lastCue } from '../lexicon.js';
import { unitAgreement } from './classify.js';

/** A figure the text states as a plan, or as a part of one listed after `trong đó`. */
export interface PlanFigure {
  token: Token;
  unit: TextUnit;
  /** The figure's own clause: back to the figure before it in its sentence, or to a `;`. */
  clause: string;
  /** The plan word that introduces it (`kế hoạch`, `dự toán`, `chỉ tiêu`); a part's is its whole's. */
  word: string;
  /** A part's whole plan; null for a whole. */
  whole: PlanFigure | null;
}

const cache = new WeakMap<Analysis, PlanFigure[]>();

/**
 * The document's plan figures: `Tổng số vốn kế hoạch năm 2014 được giao là 4.660,18 tỷ đồng, trong
 * đó vốn trong nước 2.960,18 tỷ đồng, vốn ngoài nước 1.700 tỷ đồng`. A figure is a plan when a plan
 * word stands in its clause with nothing reporting an achievement after it (`đạt 73,74% kế hoạch, trong
 * đó: Vốn … ước đạt 4.834,47` is no plan), and the plan word is assigned (`giao`, `là`, `:`, `bố trí`,
 * `phê duyệt`) or stands right before it; the figures a `trong đó` right after it lists are its parts.
 */
export function planFigures(index: DocumentIndex, analysis: Analysis): PlanFigure[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const found: PlanFigure[] = [];
  for (const unit of index.orderedUnits()) {
    const tokens = analysis.unitTokens(unit.id);
    let whole: PlanFigure | null = null;
    for (const t of tokens) {
      const usable = !t.percent && !t.fraction && t.interval !== null && t.fact.bound === null;
      const previous = t.index > 0 ? tokens[t.index - 1] : undefined;
      const from = Math.max(t.sentence.start, previous && previous.sentence.start === t.sentence.start ? previous.end : 0);
      const span = unit.text.slice(from, t.numberStart);
      const clause = span.slice(span.lastIndexOf(';') + 1);
      if (whole && (whole.token.sentence.start !== t.sentence.start || span.includes(';') || !usable)) whole = null;
      if (!usable) continue;
      const cue = lastCue(clause, 'plan');
      const afterCue = cue ? fold(clause).slice(cue.end) : '';
      const assigned =
        /(?:giao|là|:|bố trí|phân bổ|được duyệt|phê duyệt)/u.test(afterCue) || afterCue.trim().split(/\s+/u).filter(Boolean).length <= 3;
      if (cue && assigned && !hasCue(afterCue, 'actualIntro') && !hasCue(afterCue, 'attain')) {
        whole = { token: t, unit, clause, word: cue.phrase, whole: null };
        found.push(whole);
        continue;
      }
      // `…, trong đó vốn trong nước 2.960,18 tỷ đồng, vốn ngoài nước 1.700 tỷ đồng`: parts of the plan.
      if (whole && unitAgreement(whole.token, t) === 'same') {
        const since = fold(unit.text.slice(whole.token.end, t.numberStart));
        if (!hasCue(since, 'subset') && !hasCue(since, 'partition')) {
          whole = null;
          continue;
        }
        found.push({ token: t, unit, clause, word: whole.word, whole });
      }
    }
  }
  cache.set(analysis, found);
  return found;
}
