import type { TableColumnRole } from '../model/index.js';

/**
 * What a column header says: the column's role, unit and period, read from its header path
 * (`Thực hiện › 6 tháng 2024`, `So sánh (%) › Cùng kỳ`, `Điểm tối đa`, `Số tiền (tỷ đồng)`).
 */

const fold = (text: string): string => text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

const NUMBERING = /^(?:stt|tt|số tt|số thứ tự|thứ tự)\.?$/u;
const UNIT = /^(?:đvt|đơn vị tính|đ\.v\.t)\.?$/u;
const LABEL =
  /^(?:chỉ tiêu|các chỉ tiêu|nội dung|lĩnh vực|đơn vị|tên[\p{L} ]*|danh mục|hạng mục|tiêu chí[\p{L} ,]*|địa phương|địa bàn|huyện[\p{L} ,/]*|ngành|loại[\p{L} ]*|mặt hàng|sản phẩm|diễn giải|khoản mục|nhóm[\p{L} ]*)$/u;
const PERCENT = /%|tỷ lệ|tỉ lệ|so sánh|so với|tốc độ/u;
const PLAN =
  /kế hoạch|(?<!\p{L})kh(?!\p{L})|dự toán|(?<!\p{L})dt(?!\p{L})|chỉ tiêu (?:giao|được giao|năm)|nhiệm vụ (?:giao|năm)|mục tiêu|dự kiến/u;
const PREVIOUS = /cùng kỳ|c\.\s?kỳ|(?<!\p{L})ck(?!\p{L})|năm trước|kỳ trước|tháng trước|quý trước|năm \d{4} so|trước đó/u;
const DIFFERENCE = /tăng\s*[(/,-]?\s*giảm|tăng\s*\(\+\)|\(\+\/-\)|\+\/-|chênh lệch|^tăng$|^giảm$/u;
const MAX_SCORE = /điểm (?:tối đa|chuẩn|tiêu chuẩn)|thang điểm|điểm tối đa/u;
const SCORE = /điểm|chấm/u;
const CUMULATIVE = /lũy kế|luỹ kế|cộng dồn|cộng dồn/u;
const ACTUAL = /thực hiện|sơ bộ|chính thức|(?<!\p{L})th(?!\p{L})|(?<!\p{L})ước|đạt được|thực tế|quyết toán|giải ngân/u;
const TOTAL = /^(?:tổng số|tổng cộng|tổng|cộng|tổng số hồ sơ|tiếp nhận)$/u;
const NOTE = /^(?:ghi chú|nguồn|minh chứng|tài liệu kiểm chứng|giải trình|lý do)/u;

export function columnRole(path: readonly string[]): TableColumnRole {
  const leaf = fold(path.at(-1) ?? '');
  const all = fold(path.join(' '));
  if (all === '') return 'other';
  if (NUMBERING.test(leaf) || NUMBERING.test(all)) return 'numbering';
  if (UNIT.test(leaf) || UNIT.test(all)) return 'unit';
  if (LABEL.test(leaf) || LABEL.test(all)) return 'label';
  if (NOTE.test(leaf)) return 'note';
  if (MAX_SCORE.test(all)) return 'maxScore';
  if (DIFFERENCE.test(leaf) || (DIFFERENCE.test(all) && !PERCENT.test(leaf))) return 'difference';
  if (PERCENT.test(all)) {
    if (PREVIOUS.test(leaf) || (PREVIOUS.test(all) && !PLAN.test(leaf))) return 'percentPrevious';
    if (PLAN.test(leaf) || PLAN.test(all)) return 'percentPlan';
    return 'percent';
  }
  if (SCORE.test(all)) return 'score';
  if (CUMULATIVE.test(all)) return 'cumulative';
  // The leaf decides between a spanning `Thực hiện` and a `Cùng kỳ năm trước` under it.
  if (PREVIOUS.test(leaf)) return 'previous';
  if (PLAN.test(leaf)) return 'plan';
  if (ACTUAL.test(leaf)) return 'actual';
  if (TOTAL.test(leaf)) return 'total';
  if (PREVIOUS.test(all)) return 'previous';
  if (PLAN.test(all)) return 'plan';
  if (ACTUAL.test(all)) return 'actual';
  return 'other';
}

// `(tỷ đồng)`, `(người)`, `(%)`; not `(1)`, `(3)=(1)/(2)`, `(6 tháng 2024)`.
const PAREN = /\(([^()]{1,30})\)/gu;
const UNIT_LINE = /(?:^|\s|\()(?:đvt|đơn vị tính|đơn vị)\s*:\s*([^()\n;]{1,30})/iu;
const NOT_UNIT = /^[\d\s=+\-*/x×:.,A-Z]*$|tháng|quý|năm|kỳ|so với|so sánh|kế hoạch|dự toán|\d{4}/iu;

/** The unit a header states: `ĐVT: tỷ đồng` inside it, its last unit-like parenthesis, or `%`. */
export function headerUnit(path: readonly string[]): string | null {
  for (const part of [...path].reverse()) {
    const line = UNIT_LINE.exec(part);
    if (line?.[1]) return line[1].trim();
    const parens = [...part.matchAll(PAREN)].map((m) => (m[1] ?? '').trim()).filter((p) => p === '%' || !NOT_UNIT.test(p));
    const last = parens.at(-1);
    if (last) return last;
  }
  if (/%/u.test(path.join(' '))) return '%';
  return null;
}

/** A line that gives the whole table's unit: `Đơn vị: triệu đồng`, `ĐVT: Tỷ đồng`. */
export function unitLine(text: string): string | null {
  const m = UNIT_LINE.exec(text);
  return m?.[1] ? m[1].trim().replace(/[.)]+$/u, '') : null;
}

const PERIOD = [
  /(?<!\d)\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?!\d)/u,
  /(?:\d{1,2}\s*tháng(?:\s*đầu)?(?:\s*năm)?|tháng\s*\d{1,2}|quý\s*(?:[IV]{1,3}|\d)|năm|kỳ báo cáo|\d{1,2}T|Q[1-4])\s*(?:năm\s*|\/\s*|-\s*)?(?:19|20)\d{2}/iu,
  /(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}/u,
  /(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/u,
];

/** A period's last year (and date) as a sortable key: `6 tháng 2023` → 20230000, `15/09/2014` → 20140915. */
export function periodKey(period: string): number | null {
  const date = /(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})/u.exec(period);
  if (date) return Number(date[3]) * 10000 + Number(date[2]) * 100 + Number(date[1]);
  const years = period.match(/(?:19|20)\d{2}/gu);
  return years ? Number(years.at(-1)) * 10000 : null;
}

/** The period a header states, the deepest header first: `6 tháng 2024`, `năm 2023`, `2019`. */
export function headerPeriod(path: readonly string[]): string | null {
  // Stacked words (`Sơ bộ › quý III › năm › 2019`) read as one line first, then each header from the deepest.
  for (const part of [path.join(' '), ...[...path].reverse()]) {
    for (const pattern of PERIOD) {
      const m = pattern.exec(part);
      if (m) return m[0].replace(/\s+/gu, ' ').trim();
    }
  }
  return null;
}
