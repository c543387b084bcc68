import { type Meta, emptyMeta } from '../model/index.js';

/**
 * Reads the header block (issuer | quốc hiệu, `Số: …`, `<Place>, ngày … tháng … năm …`), the title
 * and subject lines, and the signature into `meta`. Drafts leave the number and the day blank.
 */

const NATIONAL_MOTTO = /^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)/iu;
// `Số: 329      /BC-UBND`, `Số:     /BC-UBND` (draft), `Số: 99/BC-STC`.
export const NUMBER_LINE = /^Số\s*:?\s*(\d*)\s*\/\s*([\p{L}\d&]+(?:\s*-\s*[\p{L}\d&]+)*)/u;
// The day may be blank (a draft) or unreadable (handwritten on a scan: `ngày 4Š Tháng 7`): the place
// still counts, the date is then left empty.
const PLACE_DATE = /^([\p{L}\s.-]{2,40}?),?\s+ngày\s+(?:(\d{1,2})|\S{1,4})?\s*[Tt]háng\s+(\d{1,2})?\s*[Nn]ăm\s+(\d{4})/u;
const PERIODS: RegExp[] = [
  /\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}/iu,
  /\d{1,2}\s+tháng\s+(?:năm\s+)?\d{4}/iu,
  // A quarter or month may take its year from later in the line: `tháng 5 và … tháng 6 năm 2024`.
  /quý\s+[IVX]{1,4}(?:\s*(?:năm\s+|\/\s*)\d{4})?/iu,
  /tháng\s+\d{1,2}(?:\s*(?:năm\s+|\/\s*)\d{4})?/iu,
  /(?:đầu\s+)?năm\s+\d{4}/iu,
];

export const TITLE_WORDS = /^(BÁO CÁO|KẾ HOẠCH|TỜ TRÌNH|THÔNG BÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|TỔNG KẾT)$/u;

export interface HeaderLine {
  text: string;
  column: 'left' | 'right' | null;
}

export function readHeader(lines: HeaderLine[], meta: Meta = emptyMeta()): Meta {
  const issuer: string[] = [];
  for (const { text, column } of lines) {
    const line = text.trim();
    if (line === '') continue;
    const number = NUMBER_LINE.exec(line);
    if (number) {
      const code = (number[2] ?? '').replace(/\s+/gu, '');
      meta.documentCode = code || null;
      meta.documentNumber = number[1] ? `${Number(number[1])}/${code}` : null;
      continue;
    }
    const placeDate = PLACE_DATE.exec(line);
    if (placeDate) {
      meta.place = placeDate[1]?.trim() ?? null;
      const [day, month, year] = [placeDate[2], placeDate[3], placeDate[4]];
      meta.date = day && month && year ? isoDate(Number(year), Number(month), Number(day)) : null;
      continue;
    }
    if (NATIONAL_MOTTO.test(line) || column === 'right' || /^[-_–]{3,}$/u.test(line)) continue;
    issuer.push(line);
  }
  meta.issuer = issuer.length > 0 ? issuer.join(' ').replace(/\s+/gu, ' ') : null;
  return meta;
}

export function readPeriod(subject: string | null): string | null {
  if (!subject) return null;
  for (const pattern of PERIODS) {
    const m = pattern.exec(subject);
    if (!m) continue;
    const period = m[0].replace(/\s+/gu, ' ');
    if (/\d{4}$/u.test(period)) return period;
    const year = /(?:năm\s+|\/\s*)(\d{4})/u.exec(subject.slice(m.index + m[0].length));
    return year ? `${period} năm ${year[1]}` : period;
  }
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Capacity lines of a signature: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`, `GIÁM ĐỐC`.
export const SIGNATURE_CAPACITY =
  /^(?:(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}|(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|CỤC TRƯỞNG|BỘ TRƯỞNG|THỨ TRƯỞNG|TRƯỞNG PHÒNG)(?:\s+[\p{Lu}\d][\p{Lu}\d\s.&-]{0,60})?$)/u;

/** A personal name: 2–6 capitalised words, not all upper case (`Lâm Minh Thành`). */
export const isPersonalName = (line: string): boolean => {
  const words = line.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  if (line === line.toLocaleUpperCase('vi')) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
};
