/** Vietnamese wording of every finding, keyed `rule.messageId`; reasons keyed `reason.id`. */
export const vi: Record<string, string> = {
  'sum.consistent': '{{arithmetic}} ✓',
  'sum.consistentAtMost': '{{arithmetic}} ✓ (các phần không vượt tổng)',
  'sum.mismatch': '{{parts}} = {{sum}}, nhưng tổng ghi {{total}}',
  'sum.exceeds': '{{parts}} = {{sum}}, vượt tổng {{total}}',
  'sum.unverifiable': '{{parts}} = {{sum}}, tổng ghi {{total}}: {{reason}}',

  'part-whole.consistent': '{{part}} ≤ {{whole}} ✓',
  'part-whole.exceeds': 'Phần {{part}} lớn hơn tổng {{whole}}',

  'fraction-family.consistent': '{{arithmetic}} ✓',
  'fraction-family.consistentAtMost': '{{arithmetic}} ✓ (các phần không vượt {{total}})',
  'fraction-family.mismatch': '{{parts}} = {{sum}}, nhưng tổng là {{total}}',
  'fraction-family.exceeds': '{{parts}} = {{sum}}, vượt tổng {{total}}',

  'share.consistent': '{{arithmetic}} ✓ (tính trên: {{wholeText}})',
  'share.consistentChosen': '{{arithmetic}} ✓ (tính trên: {{wholeText}}; {{reason}})',
  'share.truncated': '{{arithmetic}}; văn bản ghi {{stated}}: {{reason}}',
  'share.complement': '{{arithmetic}}; văn bản ghi {{stated}} = 100% − {{other}}: {{reason}}',
  'share.mismatch': '{{arithmetic}} (tính trên: {{wholeText}}), nhưng văn bản ghi {{stated}}',
  'share.unverifiable': 'Không xác định được tổng để kiểm tra {{stated}} của {{part}} ({{reason}}; đã thử: {{candidates}})',

  'attainment.consistent': '{{arithmetic}} ✓',
  'attainment.consistentWithinRounding':
    '{{arithmetic}}; với sai số làm tròn của các số liệu, kết quả trong khoảng {{range}}, khớp với {{stated}} ✓',
  'attainment.truncated': '{{arithmetic}}; văn bản ghi {{stated}}: {{reason}}',
  'attainment.mismatch': '{{arithmetic}}, nhưng văn bản ghi {{stated}}',
  'attainment.unverifiable': 'Không kiểm tra được {{stated}} {{reference}}: {{reason}}',

  'excess.consistent': '{{arithmetic}} ✓',
  'excess.consistentWithinRounding':
    '{{arithmetic}}; với sai số làm tròn của các số liệu, kết quả trong khoảng {{range}}, khớp với {{stated}} ✓',
  'excess.truncated': '{{arithmetic}}; văn bản ghi vượt {{stated}}: {{reason}}',
  'excess.mismatch': '{{arithmetic}}, nhưng văn bản ghi vượt {{stated}}',
  'excess.unverifiable': 'Không kiểm tra được mức vượt {{stated}} {{reference}}: {{reason}}',

  'change.consistent': '{{arithmetic}} ✓',
  'change.consistentWithinRounding':
    '{{arithmetic}}; với sai số làm tròn của các số liệu, kết quả trong khoảng {{range}}, khớp với {{stated}} ✓',
  'change.truncated': '{{arithmetic}}; văn bản ghi {{stated}}: {{reason}}',
  'change.mismatch': '{{arithmetic}}, nhưng văn bản ghi {{stated}}',
  'change.unverifiable': 'Không kiểm tra được mức thay đổi {{stated}} so với {{reference}}: {{reason}}',

  'difference.consistent': '{{arithmetic}} ✓',
  'difference.mismatch': '{{arithmetic}}, nhưng văn bản ghi {{stated}}',
  'difference.unverifiable': 'Không kiểm tra được chênh lệch {{stated}}: {{reason}}',

  'list-count.consistent': '{{count}} = {{items}} mục liệt kê trong {{where}} ✓',
  'list-count.mismatch': 'Văn bản nêu {{count}}, nhưng {{where}} liệt kê {{items}} mục',
  'list-count.unverifiable': 'Văn bản nêu {{count}}, {{where}} dẫn {{items}} văn bản: {{reason}}',

  'repeat.consistent': '{{first}} được nêu lại đúng ✓',
  'repeat.mismatch': 'Cùng một chỉ tiêu ({{measure}}) được ghi {{first}} và {{second}}',

  'reference-date.consistent': '{{number}} được dẫn {{count}} lần, cùng ngày {{dates}} ✓',
  'reference-date.mismatch': '{{number}} được dẫn với các ngày khác nhau: {{dates}}',

  'table-total.consistent': '{{where}}: {{arithmetic}} ✓',
  'table-total.consistentAtMost': '{{where}}: {{arithmetic}} ✓ (các dòng "trong đó" không vượt tổng)',
  'table-total.mismatch': '{{where}}: {{parts}} = {{sum}}, nhưng dòng tổng ghi {{total}}',
  'table-total.exceeds': '{{where}}: {{parts}} = {{sum}}, vượt tổng {{total}}',

  'table-percent.consistent': '{{where}}: {{arithmetic}} ✓',
  'table-percent.truncated': '{{where}}: {{arithmetic}}; bảng ghi {{stated}}: {{reason}}',
  'table-percent.mismatch': '{{where}}: {{arithmetic}}, nhưng bảng ghi {{stated}}',

  'table-difference.consistent': '{{where}}: {{arithmetic}} ✓',
  'table-difference.mismatch': '{{where}}: {{arithmetic}}, nhưng bảng ghi {{stated}}',

  'table-score.withinMax': '{{where}}: điểm {{score}} không vượt điểm tối đa {{max}} ✓',
  'table-score.exceedsMax': '{{where}}: điểm {{score}} vượt điểm tối đa {{max}}',
  'table-score.sumConsistent': '{{where}}: {{parts}} = {{total}} ✓',
  'table-score.sumMismatch': '{{where}}: các tiêu chí thành phần cộng lại {{parts}} = {{sum}}, nhưng tiêu chí ghi {{total}}',

  'table-text.consistent': '{{where}}: văn bản ghi {{text}}, bảng ghi {{table}} ✓',
  'table-text.mismatch': '{{where}}: văn bản ghi {{text}}, nhưng bảng ghi {{table}}',

  'reason.truncated': 'tác giả cắt bớt chữ số thay vì làm tròn',
  'reason.complement': 'tỷ lệ được tính bằng 100% trừ tỷ lệ còn lại nên lệch ở chữ số cuối',
  'reason.noWhole': 'không tìm thấy tổng cùng đơn vị trong câu hoặc đoạn',
  'reason.ambiguousWhole': 'không tổng nào khớp và văn bản không nói rõ tỷ lệ tính trên tổng nào',
  'reason.weakCue': '"đạt X%" có thể là mức đạt so với kế hoạch mà văn bản không nêu, và văn bản không ghi mẫu số',
  'reason.chosenWhole': 'văn bản không nói rõ tính trên tổng nào; đây là số khớp trong các số đã thử (số khác: {{others}})',
  'reason.wholeNotStated': 'tổng mà văn bản nêu ({{named}}) không được ghi bằng số',
  'reason.planNotStated': 'văn bản không nêu số kế hoạch',
  'reason.previousNotStated': 'văn bản không nêu số liệu kỳ so sánh',
  'reason.subjectNotFound': 'không xác định được số liệu mà tỷ lệ này nói về',
  'reason.unitsDiffer': 'hai số liệu khác đơn vị ({{subjectUnit}} và {{referenceUnit}})',
  'reason.nounsDiffer': 'các phần đếm {{partNoun}}, còn tổng đếm {{totalNoun}}',
  'reason.appendixUnsure': 'cột của phụ lục ({{header}}) có thể không phải số liệu văn bản so sánh ({{reference}})',
  'reason.referenceUnsure': 'số kế hoạch được tìm theo mô tả ở câu khác, không chắc là cùng chỉ tiêu',
  'reason.operandsUnsure': 'không xác định chắc chắn hai số liệu được so sánh',
  'reason.groupsUnclear': 'chú thích có thể liệt kê chung cho cả nhóm số liệu đứng trước',
  'reason.listUnclear': 'các mục của chú thích có thể đếm theo nhiều cách cho kết quả khác nhau',
  'reason.citationCount': 'chú thích dẫn văn bản, không chắc mỗi văn bản là một mục được đếm',
  'ocr.uncertain':
    'Chưa kiểm chứng được: {{figures}} đọc bằng OCR với độ tin cậy thấp, một chữ số đọc sai có thể giải thích sai lệch ({{claim}})',
  'reason.ocrUncertain': 'độ tin cậy OCR thấp: {{figures}}; {{explained}}',
  'reason.ocrBeyondMisread':
    'dù {{figures}} đọc bằng OCR với độ tin cậy thấp, chênh lệch {{difference}} vượt quá mức một chữ số đọc sai có thể gây ra (tối đa {{swing}})',
};
