/** English wording of every finding, keyed `rule.messageId`; reasons keyed `reason.id`. */
export const en: Record<string, string> = {
  'sum.consistent': '{{arithmetic}} ✓',
  'sum.consistentAtMost': '{{arithmetic}} ✓ (the parts do not exceed the whole)',
  'sum.mismatch': '{{parts}} = {{sum}}, but the total is stated as {{total}}',
  'sum.exceeds': '{{parts}} = {{sum}}, more than the whole {{total}}',
  'sum.unverifiable': '{{parts}} = {{sum}}, total stated as {{total}}: {{reason}}',

  'part-whole.consistent': '{{part}} ≤ {{whole}} ✓',
  'part-whole.exceeds': 'The part {{part}} is larger than its whole {{whole}}',

  'fraction-family.consistent': '{{arithmetic}} ✓',
  'fraction-family.consistentAtMost': '{{arithmetic}} ✓ (the parts do not exceed {{total}})',
  'fraction-family.mismatch': '{{parts}} = {{sum}}, but the whole is {{total}}',
  'fraction-family.exceeds': '{{parts}} = {{sum}}, more than the whole {{total}}',

  'share.consistent': '{{arithmetic}} ✓ (of: {{wholeText}})',
  'share.consistentChosen': '{{arithmetic}} ✓ (of: {{wholeText}}; {{reason}})',
  'share.truncated': '{{arithmetic}}; the text says {{stated}}: {{reason}}',
  'share.complement': '{{arithmetic}}; the text says {{stated}} = 100% − {{other}}: {{reason}}',
  'share.mismatch': '{{arithmetic}} (of: {{wholeText}}), but the text says {{stated}}',
  'share.unverifiable': 'No whole found to check {{stated}} of {{part}} ({{reason}}; tried: {{candidates}})',

  'attainment.consistent': '{{arithmetic}} ✓',
  'attainment.consistentWithinRounding':
    '{{arithmetic}}; with the rounding of its operands the result lies in {{range}}, which meets {{stated}} ✓',
  'attainment.truncated': '{{arithmetic}}; the text says {{stated}}: {{reason}}',
  'attainment.mismatch': '{{arithmetic}}, but the text says {{stated}}',
  'attainment.unverifiable': 'Cannot check {{stated}} of {{reference}}: {{reason}}',

  'excess.consistent': '{{arithmetic}} ✓',
  'excess.consistentWithinRounding':
    '{{arithmetic}}; with the rounding of its operands the result lies in {{range}}, which meets {{stated}} ✓',
  'excess.truncated': '{{arithmetic}}; the text says {{stated}} over: {{reason}}',
  'excess.mismatch': '{{arithmetic}}, but the text says {{stated}} over',
  'excess.unverifiable': 'Cannot check the excess {{stated}} over {{reference}}: {{reason}}',

  'change.consistent': '{{arithmetic}} ✓',
  'change.consistentWithinRounding':
    '{{arithmetic}}; with the rounding of its operands the result lies in {{range}}, which meets {{stated}} ✓',
  'change.truncated': '{{arithmetic}}; the text says {{stated}}: {{reason}}',
  'change.mismatch': '{{arithmetic}}, but the text says {{stated}}',
  'change.unverifiable': 'Cannot check the change {{stated}} against {{reference}}: {{reason}}',

  'difference.consistent': '{{arithmetic}} ✓',
  'difference.mismatch': '{{arithmetic}}, but the text says {{stated}}',
  'difference.unverifiable': 'Cannot check the gap {{stated}}: {{reason}}',

  'list-count.consistent': '{{count}} = {{items}} items listed in {{whereEn}} ✓',
  'list-count.mismatch': 'The text announces {{count}}, but {{whereEn}} lists {{items}} items',
  'list-count.unverifiable': 'The text announces {{count}}; {{whereEn}} cites {{items}} documents: {{reason}}',

  'repeat.consistent': '{{first}} is restated identically ✓',
  'repeat.mismatch': 'The same measure ({{measure}}) is stated as {{first}} and as {{second}}',

  'reference-date.consistent': '{{number}} is cited {{count}} times, always dated {{dates}} ✓',
  'reference-date.mismatch': '{{number}} is cited with different dates: {{dates}}',

  'table-total.consistent': '{{where}}: {{arithmetic}} ✓',
  'table-total.consistentAtMost': '{{where}}: {{arithmetic}} ✓ (the "trong đó" rows do not exceed the total)',
  'table-total.mismatch': '{{where}}: {{parts}} = {{sum}}, but the total row says {{total}}',
  'table-total.exceeds': '{{where}}: {{parts}} = {{sum}}, more than the total {{total}}',

  'table-percent.consistent': '{{where}}: {{arithmetic}} ✓',
  'table-percent.truncated': '{{where}}: {{arithmetic}}; the table says {{stated}}: {{reason}}',
  'table-percent.mismatch': '{{where}}: {{arithmetic}}, but the table says {{stated}}',

  'table-difference.consistent': '{{where}}: {{arithmetic}} ✓',
  'table-difference.mismatch': '{{where}}: {{arithmetic}}, but the table says {{stated}}',

  'table-score.withinMax': '{{where}}: the score {{score}} does not exceed the maximum {{max}} ✓',
  'table-score.exceedsMax': '{{where}}: the score {{score}} exceeds the maximum {{max}}',
  'table-score.sumConsistent': '{{where}}: {{parts}} = {{total}} ✓',
  'table-score.sumMismatch': '{{where}}: the sub-criteria add up to {{parts}} = {{sum}}, but the criterion says {{total}}',

  'table-text.consistent': '{{where}}: the text says {{text}}, the table {{table}} ✓',
  'table-text.mismatch': '{{where}}: the text says {{text}}, but the table says {{table}}',

  'reason.truncated': 'truncated, not rounded',
  'reason.complement': 'written as 100% minus the other share, off in the last digit',
  'reason.noWhole': 'no whole in the same unit in the sentence or paragraph',
  'reason.ambiguousWhole': 'no candidate whole matches and the text does not say which whole is meant',
  'reason.weakCue': '"đạt X%" may be the attainment of a plan the text does not state, and the text names no denominator',
  'reason.chosenWhole': 'the text does not say which whole is meant; this is the candidate that fits (others tried: {{others}})',
  'reason.wholeNotStated': 'the whole the text names ({{named}}) is not stated as a figure',
  'reason.planNotStated': 'the plan figure is not stated',
  'reason.previousNotStated': 'the earlier figure is not stated',
  'reason.subjectNotFound': 'the figure this percentage is about was not found',
  'reason.unitsDiffer': 'the two figures have different units ({{subjectUnit}} and {{referenceUnit}})',
  'reason.nounsDiffer': 'the parts count {{partNoun}}, the total counts {{totalNoun}}',
  'reason.appendixUnsure': 'the appendix column ({{header}}) may not be the figure the text compares with ({{reference}})',
  'reason.referenceUnsure': 'the plan figure was found by its description in another sentence and may not be the one meant',
  'reason.operandsUnsure': 'the two compared figures could not be identified with certainty',
  'reason.groupsUnclear': 'the footnote may list the preceding group of documents too',
  'reason.listUnclear': 'the footnote items can be counted in more than one way, with different results',
  'reason.citationCount': 'the footnote cites documents; each document may not be one counted item',
  'ocr.uncertain':
    'Cannot be verified: {{figures}} read by OCR with low confidence, and one misread digit could account for the mismatch ({{claim}})',
  'reason.ocrUncertain': 'low OCR confidence: {{figures}}; {{explained}}',
  'reason.ocrBeyondMisread':
    'although {{figures}} was read by OCR with low confidence, the difference {{difference}} is beyond what one misread digit could make (at most {{swing}})',
};
