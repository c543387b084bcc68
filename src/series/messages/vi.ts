/** Vietnamese wording of cross-report findings, keyed `rule.messageId`. */
export const vi: Record<string, string> = {
  'cumulative-decrease.consistent': '{{later}} ({{laterReport}}) ≥ {{earlier}} ({{earlierReport}}) ✓',
  'cumulative-decrease.decrease':
    'Số lũy kế bị giảm: {{earlier}} đến {{earlierEnd}} ({{earlierReport}}), nhưng {{later}} đến {{laterEnd}} ({{laterReport}})',

  'restatement.consistent': '{{restated}} tại {{restatedReport}} = {{original}} tại {{originalReport}} cho {{period}} ✓',
  'restatement.mismatch': '{{restatedReport}} ghi số liệu {{period}} là {{restated}}, nhưng {{originalReport}} ghi {{original}}',

  'stale-copy.copied':
    '{{reportLabel}} lặp lại {{previousReport}}: {{value}} kèm "{{change}}", nhưng số liệu không đổi thì không thể thay đổi {{change}}',

  'change-mismatch.consistent': '{{arithmetic}} ✓',
  'change-mismatch.truncated': '{{arithmetic}}; văn bản ghi {{stated}} (chỉ đúng nếu cắt bớt chữ số, không làm tròn)',
  'change-mismatch.mismatch': '{{arithmetic}}, nhưng {{reportLabel}} ghi {{stated}} so với {{previousReport}}',

  'denominator-change.consistent': 'Tổng số vẫn là {{denominator}} ({{earlierReport}} → {{laterReport}}) ✓',
  'denominator-change.changed':
    'Tổng số của {{measure}} đổi từ {{earlier}} ({{earlierReport}}) thành {{later}} ({{laterReport}}) mà không có giải thích',
};
