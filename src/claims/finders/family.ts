import type { Analysis, Token } from '../analysis.js';
import { type Interval, exactly } from '../../arith/index.js';
import { unitAgreement } from './classify.js';
import { exhaustive, hasRemainder, overfull, usable } from './breakdown.js';
import type { PartsPromise } from '../types.js';

/**
 * Fractions of one denominator that split it: `05/11 … 01/11 … 05/11 huyện còn lại`;
 * `Trong 24 chỉ tiêu …: (i) 4/24 … (iv) 01 chỉ tiêu … (v) 9/24`. `total` is the whole when the
 * text states it as a figure of its own.
 */
export interface Family {
  denominator: string;
  whole: Interval;
  members: Token[];
  total: Token | null;
  promise: PartsPromise;
  cue: string;
}

const denominatorOf = (t: Token): string | null => {
  const d = t.fact.fraction?.denominator;
  return d && !d.ambiguous && d.decimals === 0 ? d.exact : null;
};

const complete = (t: Token): boolean => t.fact.fraction?.numerator.exact === t.fact.fraction?.denominator.exact;

/** Families of one text unit. Complete fractions (`15/15`) never split a whole with others. */
export function findFamilies(analysis: Analysis, unitId: string): Family[] {
  const tokens = analysis.unitTokens(unitId);
  const fractions = tokens.map((t) => overfull(t) ?? t).filter((t) => t.fraction && usable(t) && denominatorOf(t) !== null && !complete(t));
  // One denominator may count different things in one paragraph (`151/173 trạm`, `148/173 xã`).
  const groups: Array<{ denominator: string; members: Token[] }> = [];
  for (const t of fractions) {
    const denominator = denominatorOf(t) as string;
    const group = groups.find(
      (g) =>
        (g.denominator === denominator &&
          unitAgreement(g.members[0] as Token, t) !== 'different' &&
          (g.members[g.members.length - 1] as Token).sentence.start === t.sentence.start) ||
        (g.denominator === denominator &&
          t.enumeration !== null &&
          (g.members[0] as Token).enumeration !== null &&
          unitAgreement(g.members[0] as Token, t) !== 'different'),
    );
    if (group) group.members.push(t);
    else groups.push({ denominator, members: [t] });
  }
  const found: Family[] = [];
  for (const { denominator, members: group } of groups) {
    // An overfull fraction alone is no family; beside ones that read normally it is one of the groups.
    if (group.length < 2 || group.every((t) => t.interval !== analysis.unitTokens(unitId)[t.index]?.interval)) continue;
    const first = group[0] as Token;
    const enumerated = group.every((t) => t.enumeration !== null) && new Set(group.map((t) => t.enumeration?.start)).size === group.length;
    const oneSentence = group.every((t) => t.sentence.start === first.sentence.start);
    if (!enumerated && !oneSentence) continue;
    const last = group[group.length - 1] as Token;
    const members = [...group];
    if (enumerated) {
      // `(iv) 01 chỉ tiêu` in its own enumeration item between fraction items counts the same things.
      const used = new Set(group.map((t) => t.enumeration?.start));
      for (const t of tokens) {
        if (t.fraction || !usable(t) || !t.enumeration || used.has(t.enumeration.start)) continue;
        if (t.start < first.start || t.start > last.end + 400 || unitAgreement(first, t) !== 'same') continue;
        if (tokens.some((o) => o !== t && o.enumeration?.start === t.enumeration?.start && o.start < t.start && usable(o) && !o.percent))
          continue;
        members.push(t);
        used.add(t.enumeration.start);
      }
      members.sort((a, b) => a.start - b.start);
    }
    const total =
      tokens.find(
        (t) =>
          !t.fraction &&
          usable(t) &&
          t.end <= first.start &&
          t.fact.number?.exact === denominator &&
          unitAgreement(first, t) !== 'different',
      ) ?? null;
    const partition = hasRemainder(members) || exhaustive(members) || (total !== null && enumerated);
    found.push({
      denominator,
      whole: exactly(denominator),
      members,
      total,
      promise: partition ? 'partition' : 'subset',
      cue: total ? `${total.fact.raw} … a/${first.fact.fraction?.denominator.text}` : `a/${first.fact.fraction?.denominator.text} …`,
    });
  }
  return found;
}
