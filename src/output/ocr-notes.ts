import type { ReportDocument } from '../model/index.js';
import { say, type OutputLang } from './messages/index.js';

/** Warnings a reader of a scan must see first: the head was misread, a page could not be read. */
const OCR_WARNINGS = new Set(['ocr_uncertain_header', 'ocr_page_failed', 'ocr_page_unrenderable', 'ocr_label_repaired']);

const NUMBER = /^document number read as "([^"]*)" with OCR confidence ([\d.]+)/u;
const DATE_EMPTY = /^date line read as "([^"]*)" \(OCR confidence ([\d.]+)\)/u;
const DATE = /^date read as (\S+) from "([^"]*)" with OCR confidence ([\d.]+)/u;

const viDecimal = (text: string): string => text.replace('.', ',');
const viDate = (iso: string): string => iso.split('-').reverse().join('/');

/**
 * A parser warning in the reader's language. The structure module words its warnings in English
 * (they are logged data); the OCR ones a reader acts on are re-worded here from their known shapes.
 */
function warningText(warning: ReportDocument['warnings'][number], lang: OutputLang): string {
  const page = warning.page === null ? '' : lang === 'vi' ? `trang ${warning.page}: ` : `page ${warning.page}: `;
  if (lang === 'en') return `${page}${warning.message}`;
  let m: RegExpExecArray | null;
  if ((m = NUMBER.exec(warning.message)))
    return `${page}số văn bản đọc được là “${m[1]}” với độ tin cậy OCR ${viDecimal(m[2] ?? '')}: có thể đọc sai (số viết tay hoặc đóng dấu?), cần đối chiếu bản gốc`;
  if ((m = DATE_EMPTY.exec(warning.message)))
    return `${page}dòng ngày tháng đọc được là “${m[1]}” (độ tin cậy OCR ${viDecimal(m[2] ?? '')}): không đọc được ngày, để trống`;
  if ((m = DATE.exec(warning.message)))
    return `${page}ngày ban hành đọc được là ${viDate(m[1] ?? '')} từ “${m[2]}” với độ tin cậy OCR ${viDecimal(m[3] ?? '')}: có thể đọc sai, cần đối chiếu bản gốc`;
  if (warning.code === 'ocr_page_failed' || warning.code === 'ocr_page_unrenderable') return `${page}không đọc được trang này bằng OCR`;
  if (warning.code === 'ocr_label_repaired') return `${page}số thứ tự một mục bị OCR đọc sai, đã sửa theo mục liền trước`;
  return `${page}${warning.code}`;
}

/**
 * The lines `check` prints at the top of a scanned report: that OCR read it, how well, and the
 * header fields read with low confidence. None for a born-digital report.
 */
export function ocrNotes(doc: Pick<ReportDocument, 'source' | 'ocr' | 'warnings'>, lang: OutputLang): string[] {
  if (!doc.source.ocr && !doc.ocr) return [];
  const lines = [say(lang, 'ocrRead', { stats: ocrStats(doc, lang) })];
  const warnings = doc.warnings.filter((w) => OCR_WARNINGS.has(w.code));
  if (warnings.length > 0) lines.push(say(lang, 'ocrHeader'), ...warnings.map((w) => `  ⚠ ${warningText(w, lang)}`));
  return lines;
}

/** `tesseract.js vie, 300 dpi; độ tin cậy trung bình 0,92; 36 số liệu đọc chưa chắc chắn`. */
export function ocrStats(doc: Pick<ReportDocument, 'ocr'>, lang: OutputLang): string {
  const pages = doc.ocr?.pages ?? [];
  const read = pages.filter((p) => p.confidence !== null);
  const weight = read.reduce((n, p) => n + p.words, 0);
  const mean = weight > 0 ? read.reduce((n, p) => n + (p.confidence ?? 0) * p.words, 0) / weight : null;
  const confidence = mean === null ? '–' : lang === 'vi' ? viDecimal(mean.toFixed(2)) : mean.toFixed(2);
  return say(lang, 'ocrStats', {
    engine: doc.ocr?.engine ?? 'OCR',
    dpi: doc.ocr?.dpi ?? '–',
    confidence,
    uncertain: pages.reduce((n, p) => n + p.uncertainFigures, 0),
  });
}
