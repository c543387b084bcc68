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
    description:
      'A count followed by a list (in parentheses, after a colon or in quotes, numbered (1) … (n), or in the footnote its marker links) equals the number of items listed.',
    name: { vi: 'Số mục liệt kê', en: 'Count of listed items' },
    messages: {
      consistent: {
        vi: '{{count}} = {{items}} mục liệt kê trong {{where}} ✓',
        en: '{{count}} = {{items}} items listed in {{where}} ✓',
      },
      mismatch: {
        vi: 'Văn bản nêu {{count}}, nhưng {{where}} liệt kê {{items}} mục',
        en: 'The text announces {{count}}, but {{where}} lists {{items}} items',
      },
      unverifiable: {
        vi: 'Văn bản nêu {{count}}, {{where}} dẫn {{items}} văn bản: {{reason}}',
        en: 'The text announces {{count}}; {{where}} cites {{items}} documents: {{reason}}',
      },
      numbering: {
        vi: 'Văn bản nêu {{count}}, {{where}} liệt kê {{items}} mục, nhưng mục thứ {{position}} được đánh số {{marker}}',
        en: 'The text announces {{count}}; {{where}} lists {{items}} items, but item {{position}} is numbered {{marker}}',
      },
      unclear: {
        vi: 'Văn bản nêu {{count}}, {{where}} có {{items}} mục theo một cách đếm: {{reason}}',
        en: 'The text announces {{count}}; {{where}} holds {{items}} items by one way of counting: {{reason}}',
      },
    },
    reasons: {
      citationCount: {
        vi: 'chú thích dẫn văn bản, không chắc mỗi văn bản là một mục được đếm',
        en: 'the footnote cites documents; each document may not be one counted item',
      },
      groupsUnclear: {
        vi: 'chú thích có thể liệt kê chung cho cả nhóm số liệu đứng trước',
        en: 'the footnote may list the preceding group of documents too',
      },
      listUnclear: {
        vi: 'các mục liệt kê có thể đếm theo nhiều cách cho kết quả khác nhau (dấu `;`, chữ `và`, tên có dấu phẩy)',
        en: 'the listed items can be counted in more than one way, with different results (`;`, a final `và`, names holding commas)',
      },
    },
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
          where: claim.footnote
            ? { vi: `chú thích ${claim.footnote}`, en: `footnote ${claim.footnote}` }
            : claim.source === 'colon'
              ? { vi: 'danh sách liền sau', en: 'the list that follows it' }
              : { vi: '( … )', en: 'the parenthesis' },
        };
        const base = {
          cue: claim.cue,
          evidence: [count, list],
          expected: String(claim.items),
          actual: count.display,
          reason: null,
          arithmetic: `${count.display} ${claim.items === claim.count.fact.value ? '=' : '≠'} ${claim.items}`,
        };
        if (claim.slip) {
          // One item misnumbered (`(2) …; (2) …; (3) …`): the list's own count disagrees with itself.
          const marker = spanOperand('marker', claim.slip.unit, claim.slip.start, claim.slip.end, index, claim.slip.expected);
          context.report({
            ...base,
            evidence: [count, list, marker],
            messageId: 'numbering',
            status: 'inconsistent',
            data: { ...data, position: claim.slip.expected, marker: marker.raw },
            expected: `(${claim.slip.expected})`,
            actual: marker.raw,
            arithmetic: `${marker.raw} ≠ (${claim.slip.expected})`,
          });
        } else if (claim.items === claim.count.fact.value || claim.items === claim.alternative) {
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
            messageId: 'unclear',
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
