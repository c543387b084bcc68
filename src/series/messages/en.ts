/** English wording of cross-report findings, keyed `rule.messageId`. */
export const en: Record<string, string> = {
  'cumulative-decrease.consistent': '{{later}} ({{laterReport}}) ≥ {{earlier}} ({{earlierReport}}) ✓',
  'cumulative-decrease.decrease':
    'A cumulative figure went down: {{earlier}} to {{earlierEnd}} ({{earlierReport}}), then {{later}} to {{laterEnd}} ({{laterReport}})',

  'restatement.consistent': '{{restated}} in {{restatedReport}} = {{original}} in {{originalReport}} for {{period}} ✓',
  'restatement.mismatch': '{{restatedReport}} states the {{period}} figure as {{restated}}, but {{originalReport}} says {{original}}',

  'stale-copy.copied':
    '{{reportLabel}} repeats {{previousReport}}: {{value}} with "{{change}}" again, but an unchanged figure cannot have changed by {{change}}',

  'change-mismatch.consistent': '{{arithmetic}} ✓',
  'change-mismatch.truncated': '{{arithmetic}}; the text says {{stated}} (holds only if truncated, not rounded)',
  'change-mismatch.mismatch': '{{arithmetic}}, but {{reportLabel}} says {{stated}} against {{previousReport}}',

  'denominator-change.consistent': 'The whole stays {{denominator}} ({{earlierReport}} → {{laterReport}}) ✓',
  'denominator-change.changed':
    'The whole of {{measure}} changes from {{earlier}} ({{earlierReport}}) to {{later}} ({{laterReport}}) without an explanation',
};
