import type { Reference } from '../../model/index.js';
import { defineCheck } from '../define-check.js';
import { fold, referenceOperand } from '../../claims/index.js';

const displayDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

/** Issuers agree when either is unstated or one names the other (`UBND tỉnh` ⊂ `UBND tỉnh Kiên Giang`). */
const sameIssuer = (a: Reference, b: Reference): boolean => {
  if (!a.issuer || !b.issuer) return true;
  const x = fold(a.issuer);
  const y = fold(b.issuer);
  return x.startsWith(y) || y.startsWith(x);
};

/**
 * One document number is one document: `Kế hoạch số 17/KH-UBND ngày 07/02/2022` and `Kế hoạch số
 * 17/KH-UBND ngày 19/01/2022` cannot both be right. Numbers restart every year, so citations of
 * different years (without the year in the number) are different documents, not a conflict.
 */
export default defineCheck({
  id: 'reference-date',
  meta: {
    description: 'A document number cited more than once carries the same date every time.',
    name: { vi: 'Ngày của văn bản dẫn chiếu', en: 'Date of a cited document' },
    messages: {
      consistent: {
        vi: '{{number}} được dẫn {{count}} lần, cùng ngày {{dates}} ✓',
        en: '{{number}} is cited {{count}} times, always dated {{dates}} ✓',
      },
      mismatch: {
        vi: '{{number}} được dẫn với các ngày khác nhau: {{dates}}',
        en: '{{number}} is cited with different dates: {{dates}}',
      },
    },
  },
  check(context) {
    const { index } = context;
    const byNumber = new Map<string, Reference[]>();
    for (const ref of index.input.references) {
      if (!ref.date) continue;
      const list = byNumber.get(ref.number) ?? [];
      list.push(ref);
      byNumber.set(ref.number, list);
    }
    for (const [number, refs] of byNumber) {
      if (refs.length < 2) continue;
      const first = refs[0] as Reference;
      const yearInNumber = /\/(19|20)\d\d\//u.test(number);
      const related = refs.filter((r) => sameIssuer(first, r) && (yearInNumber || r.date?.slice(0, 4) === first.date?.slice(0, 4)));
      if (related.length < 2) continue;
      const tally = new Map<string, number>();
      for (const r of related) tally.set(r.date as string, (tally.get(r.date as string) ?? 0) + 1);
      // The date cited most often comes first: it is the likelier one.
      const dates = [...tally.keys()].sort((a, b) => (tally.get(b) ?? 0) - (tally.get(a) ?? 0));
      const place = (r: Reference): [number, number] => [index.unit(r.position.block)?.order ?? 0, r.position.start];
      const ordered = [...related].sort((a, b) => place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1]);
      const evidence = ordered.map((r) => referenceOperand('citation', r, index));
      const data = { number, dates: dates.map(displayDate).join(', '), count: related.length };
      const base = { cue: 'số/ký hiệu', evidence, reason: null, arithmetic: null };
      if (dates.length === 1) {
        context.report({
          ...base,
          messageId: 'consistent',
          status: 'consistent',
          data,
          expected: displayDate(dates[0] as string),
          actual: displayDate(dates[0] as string),
        });
      } else {
        const [expected, ...others] = dates.map(displayDate);
        context.report({
          ...base,
          messageId: 'mismatch',
          status: 'inconsistent',
          data,
          expected: expected ?? null,
          actual: others.join(', '),
        });
      }
    }
  },
});
