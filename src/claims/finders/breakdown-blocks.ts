import type { Analysis, Token } from '../analysis.js';
import type { DocumentIndex, TextUnit } from '../document-index.js';
import { fold } from '../lexicon.js';
import { unitAgreement } from './classify.js';
import { type Breakdown, classOf, makeBreakdown, usable } from './breakdown.js';

const TRAILING_CUE = /(trong đó|trong số đó|bao gồm|gồm|chia ra|cụ thể(?: là| như sau)?) ?:?$/u;
/** Longer than any match of TRAILING_CUE: the regex is tried on the text's tail only, not at every offset of a long paragraph. */
const CUE_TAIL = 40;

/** The cue a paragraph ends with (`… Trong đó:`), as TRAILING_CUE finds it in the whole folded text. */
const trailingCue = (text: string): RegExpExecArray | null =>
  TRAILING_CUE.exec(fold(text.trimEnd()).replace(/\s+/gu, ' ').slice(-CUE_TAIL));

/** The shape of a list label: `a)` letters, `1.` numbers, `-`/`+` dashes; null for none. */
function labelStyle(unit: TextUnit): string | null {
  const label = unit.label;
  if (!label) return null;
  if (/^\p{Ll}\)$/u.test(label)) return 'letter';
  if (/^\d+(?:\.\d+)*\.?\)?$/u.test(label)) return `number${label.split('.').filter(Boolean).length}`;
  if (/^\(?[ivx]+\)$/u.test(label)) return 'roman';
  return `mark:${label}`;
}

const within = (section: readonly string[], parent: readonly string[]): boolean => parent.every((label, i) => section[i] === label);

/**
 * `Tổng thu … 11.624,8 tỷ đồng … Trong đó:` followed by list items `a) Thu nội địa 10.318,6 tỷ
 * đồng …`, `b) Thu từ hoạt động xuất nhập khẩu 1.306,2 tỷ đồng …`: a breakdown across blocks. The
 * parts are the figures that open sibling list items of one style; deeper items are skipped.
 */
export function findCrossBlockBreakdowns(index: DocumentIndex, analysis: Analysis): Breakdown[] {
  const units = index.orderedUnits().filter((u) => u.kind !== 'footnote');
  const found: Breakdown[] = [];
  units.forEach((unit, i) => {
    const cue = trailingCue(unit.text);
    if (!cue) return;
    // The whole is the last figure of the same kind as the parts: `… 1.448.367 triệu đồng, đạt 61% dự
    // toán, tăng 18% … bao gồm:` breaks down the amount, not the percentages after it.
    const candidates = [...analysis.unitTokens(unit.id)].reverse().filter((t) => t.depth === 0 && usable(t));
    if (candidates.length === 0) return;
    let owner: Token | null = null;
    const members: Token[] = [];
    let style: string | null = null;
    let previousNumber = 0;
    for (const next of units.slice(i + 1)) {
      const st = labelStyle(next);
      // A letter-labelled item may come out as a heading (`a) Thu nội địa …`); numbered headings end the list.
      if ((next.kind === 'heading' && st !== 'letter') || !within(next.section, unit.section)) break;
      if (style === null) {
        if (st === null) break;
        style = st;
      } else if (st !== style) {
        // A paragraph that opens a list of its own ends this one.
        if (trailingCue(next.text)) break;
        continue;
      }
      // Numbering that starts again (`1.` after `3.`) is another list.
      const number = style.startsWith('number') ? Number.parseInt(next.label ?? '', 10) : Number.NaN;
      if (Number.isFinite(number)) {
        if (number <= previousNumber) break;
        previousNumber = number;
      }
      const first = analysis.unitTokens(next.id).find((t) => t.depth === 0);
      const opens = first && usable(first) && !/[,;:.]/u.test(next.text.slice(0, first.numberStart));
      if (!first || !opens) break;
      owner ??= candidates.find((c) => classOf(c) === classOf(first) && unitAgreement(c, first) !== 'different') ?? null;
      if (!owner || classOf(first) !== classOf(owner) || unitAgreement(owner, first) === 'different') break;
      members.push(first);
    }
    if (!owner || members.length < 2) return;
    const partition = !/^trong/u.test(cue[1] ?? '');
    found.push(makeBreakdown(owner, members, `${cue[1]}:`, partition ? 'partition' : 'subset', { listed: true }));
  });
  return found;
}

/**
 * `trễ hạn 6 hồ sơ⁸` with footnote 8 giving `… (04 hồ sơ); … (02 hồ sơ)`: the footnote breaks the
 * count down. The marker must follow the count closely, and every part count the same things.
 */
export function findFootnoteBreakdowns(index: DocumentIndex, analysis: Analysis): Breakdown[] {
  const found: Breakdown[] = [];
  for (const block of index.input.blocks) {
    const tokens = analysis.unitTokens(block.id);
    for (const anchor of block.anchors) {
      const owner = [...tokens].reverse().find((t) => t.end <= anchor.offset);
      if (!owner || !usable(owner) || owner.fraction) continue;
      const gap = block.text.slice(owner.end, anchor.offset);
      if (/[,;:.()]/u.test(gap) || gap.trim().split(/\s+/u).filter(Boolean).length > 4) continue;
      const footnote = index.footnotesByNumber.get(anchor.footnote);
      if (!footnote) continue;
      const parts = analysis.unitTokens(footnote.id).filter((t) => !t.percent && t.interval !== null);
      if (parts.length < 2 || parts.some((p) => !usable(p) || unitAgreement(owner, p) !== 'same')) continue;
      found.push(makeBreakdown(owner, parts, `…${anchor.footnote}`, 'partition', { listed: true }));
    }
  }
  return found;
}
