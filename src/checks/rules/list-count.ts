import { defineCheck } from '../define-check.js';
import { hasCue, operandOf, spanOperand, unitOperand } from '../../claims/index.js';

/**
 * An announced count matches the items listed for it: `05/11 huyện đã phê duyệt quy hoạch (gồm:
 * Gò Quao, Giồng Riềng, Tân Hiệp, Vĩnh Thuận và Kiên Lương)`; `07/24 chỉ tiêu đạt trên 90% kế
 * hoạch¹²` with footnote 12 naming seven indicators.
 */
export default defineCheck({
  id: 'list-count',
  meta: {
    description: 'A count followed by a list (in parentheses, or in the footnote its marker links) equals the number of items listed.',
    messages: ['consistent', 'mismatch', 'unverifiable'],
    reasons: ['citationCount', 'groupsUnclear', 'listUnclear'],
  },
  check(context) {
    const { index } = context;
    for (const unit of index.orderedUnits()) {
      for (const claim of context.relations.lists(unit.id)) {
        const count = operandOf('count', claim.count, index);
        const list =
          claim.source === 'footnote'
            ? unitOperand('list', claim.unit, index, claim.items)
            : spanOperand('list', claim.unit, claim.start, claim.end, index, claim.items);
        const data = {
          count: count.display,
          items: claim.items,
          where: claim.footnote ? `chú thích ${claim.footnote}` : claim.source === 'colon' ? 'danh sách liền sau' : '( … )',
          whereEn: claim.footnote
            ? `footnote ${claim.footnote}`
            : claim.source === 'colon'
              ? 'the list that follows it'
              : 'the parenthesis',
        };
        const base = {
          cue: claim.cue,
          evidence: [count, list],
          expected: String(claim.items),
          actual: count.display,
          reason: null,
          arithmetic: `${count.display} ${claim.items === claim.count.fact.value ? '=' : '≠'} ${claim.items}`,
        };
        if (claim.items === claim.count.fact.value || claim.items === claim.alternative) {
          context.report({
            ...base,
            messageId: 'consistent',
            status: 'consistent',
            data,
            arithmetic: `${claim.items === claim.alternative ? `${claim.alternative}` : count.display} = ${claim.items}`,
          });
        } else if (claim.alternative !== null || claim.ambiguous) {
          context.report({
            ...base,
            messageId: 'unverifiable',
            status: 'unverifiable',
            reasonId: claim.ambiguous ? 'listUnclear' : 'groupsUnclear',
            data,
          });
        } else if (claim.citation && !hasCue(claim.count.fact.unit ?? '', 'documents') && !claim.itemsNameNoun) {
          context.report({ ...base, messageId: 'unverifiable', status: 'unverifiable', reasonId: 'citationCount', data });
        } else {
          context.report({ ...base, messageId: 'mismatch', status: 'inconsistent', data });
        }
      }
    }
  },
});
