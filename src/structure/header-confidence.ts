import { type ParseWarning, isUncertain, type Meta } from '../model/index.js';
import type { LayoutItem } from '../parsers/index.js';
import { figureConfidence } from '../text/index.js';
import { NUMBER_LINE } from './header.js';

/** `…, ngày 15 tháng 7 năm 2019` however the day came out of the OCR. */
const DATE_LINE = /ngày\s*\S*\s*tháng\s*\S*\s*năm\s*\d/iu;

/**
 * On a scan the number and the day are often handwritten or stamped. Say what was read there and
 * with what confidence, so a reader knows which header fields to check against the image.
 */
export function headerConfidenceWarnings(items: readonly LayoutItem[], meta: Meta): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  for (const item of items) {
    if (item.type !== 'paragraph' || !item.confidence) continue;
    const line = item.text.trim();
    const offset = item.text.indexOf(line);
    const confidence = figureConfidence(item.text, item.confidence, offset, offset + line.length);
    if (confidence === null) continue;
    const shown = confidence.toFixed(2);
    if (NUMBER_LINE.test(line) && isUncertain(confidence)) {
      warnings.push({
        code: 'ocr_uncertain_header',
        message: `document number read as "${meta.documentNumber ?? line}" with OCR confidence ${shown}: it may be misread (handwritten or stamped?)`,
        page: item.page,
      });
    } else if (DATE_LINE.test(line) && (meta.date === null || isUncertain(confidence))) {
      warnings.push({
        code: 'ocr_uncertain_header',
        message:
          meta.date === null
            ? `date line read as "${line}" (OCR confidence ${shown}): the date could not be read, left empty`
            : `date read as ${meta.date} from "${line}" with OCR confidence ${shown}: it may be misread`,
        page: item.page,
      });
    }
  }
  return warnings;
}
