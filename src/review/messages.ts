/** Every string the review pages show, in both languages; the page and its script read this one table. */
export type ReviewLang = 'vi' | 'en';

export const REVIEW_MESSAGES = {
  pageTitle: { vi: 'Rà soát số liệu', en: 'Figure review' },
  indexTitle: { vi: 'Danh sách báo cáo đã rà soát', en: 'Reviewed reports' },
  switchLang: { vi: 'English', en: 'Tiếng Việt' },
  switchLangLabel: { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  figures: { vi: 'Số liệu trích xuất', en: 'Figures extracted' },
  claims: { vi: 'Nhận định tìm thấy', en: 'Claims found' },
  verified: { vi: 'Khớp', en: 'Verified' },
  warnings: { vi: 'Cảnh báo', en: 'Warnings' },
  inconsistent: { vi: 'Không khớp', en: 'Inconsistent' },
  unverifiable: { vi: 'Không kiểm chứng được', en: 'Unverifiable' },
  findings: { vi: 'Kết quả kiểm tra', en: 'Findings' },
  noFindings: { vi: 'Không có kết quả kiểm tra nào.', en: 'No findings.' },
  filterRule: { vi: 'Quy tắc', en: 'Rule' },
  filterStatus: { vi: 'Trạng thái', en: 'Status' },
  allRules: { vi: 'Tất cả quy tắc', en: 'All rules' },
  arithmetic: { vi: 'Phép tính', en: 'Arithmetic' },
  expected: { vi: 'Tính được', en: 'Expected' },
  actual: { vi: 'Văn bản ghi', en: 'Stated' },
  reason: { vi: 'Lý do', en: 'Reason' },
  cue: { vi: 'Dấu hiệu', en: 'Cue' },
  evidence: { vi: 'Căn cứ', en: 'Evidence' },
  section: { vi: 'Mục', en: 'Section' },
  page: { vi: 'tr.', en: 'p.' },
  pageBreak: { vi: 'Trang', en: 'Page' },
  text: { vi: 'Nội dung báo cáo', en: 'Report text' },
  footnotes: { vi: 'Chú thích', en: 'Footnotes' },
  backToText: { vi: 'Quay lại vị trí trong văn bản', en: 'Back to the text' },
  missingFootnote: { vi: 'Không tìm thấy nội dung chú thích', en: 'Footnote body not found' },
  references: { vi: 'Văn bản được dẫn chiếu', en: 'Documents cited' },
  refNumber: { vi: 'Số, ký hiệu', en: 'Number' },
  refType: { vi: 'Loại văn bản', en: 'Type' },
  refDate: { vi: 'Ngày', en: 'Date' },
  refIssuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  refWhere: { vi: 'Vị trí', en: 'Where' },
  noReferences: { vi: 'Không có văn bản nào được dẫn chiếu.', en: 'No documents cited.' },
  value: { vi: 'Giá trị', en: 'Value' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  kind: { vi: 'Loại', en: 'Kind' },
  predicate: { vi: 'Vị ngữ', en: 'Predicate' },
  comparedWith: { vi: 'So với', en: 'Compared with' },
  noun: { vi: 'Danh từ đếm', en: 'Counted noun' },
  qualifiers: { vi: 'Tính chất', en: 'Qualifiers' },
  subject: { vi: 'Chủ thể', en: 'Subject' },
  provenance: { vi: 'Nguồn trích xuất', en: 'Provenance' },
  flags: { vi: 'Ghi chú', en: 'Notes' },
  estimated: { vi: 'ước tính', en: 'estimate' },
  bound: { vi: 'ngưỡng', en: 'threshold' },
  source: { vi: 'Tệp nguồn', en: 'Source file' },
  documentNumber: { vi: 'Số', en: 'No.' },
  date: { vi: 'Ngày', en: 'Date' },
  issuer: { vi: 'Cơ quan', en: 'Issuer' },
  report: { vi: 'Báo cáo', en: 'Report' },
  open: { vi: 'Mở', en: 'Open' },
  failed: { vi: 'Lỗi', en: 'Failed' },
  noReports: { vi: 'Không có báo cáo nào.', en: 'No reports.' },
  parseWarnings: { vi: 'Lưu ý khi đọc tệp', en: 'Parser notes' },
} as const satisfies Record<string, Record<ReviewLang, string>>;

export type MessageKey = keyof typeof REVIEW_MESSAGES;

export const t = (lang: ReviewLang, key: MessageKey): string => REVIEW_MESSAGES[key][lang];

/** Status words shown on badges and filters, in the order the panel lists them. */
export const STATUS_ORDER = ['inconsistent', 'warning', 'consistent', 'unverifiable'] as const;
export const STATUS_KEY: Record<(typeof STATUS_ORDER)[number], MessageKey> = {
  inconsistent: 'inconsistent',
  warning: 'warnings',
  consistent: 'verified',
  unverifiable: 'unverifiable',
};
