import type { ParseWarning } from '../../model/index.js';
import type { TextPage } from './text-pages.js';
import type { Warn } from './types.js';

const MAX_WARNINGS = 300;

/** A warning sink capped at `MAX_WARNINGS`, shared by the text-layer reader and the OCR path. */
export function warningSink(): { warnings: ParseWarning[]; warn: Warn } {
  const warnings: ParseWarning[] = [];
  const warn: Warn = (code, message, page = null) => {
    if (warnings.length < MAX_WARNINGS) warnings.push({ code, message, page });
    else if (warnings.length === MAX_WARNINGS)
      warnings.push({ code: 'warnings_truncated', message: `more than ${MAX_WARNINGS} warnings; the rest were dropped`, page: null });
  };
  return { warnings, warn };
}

/** One warning per page whose text layer is not worth reading: OCR (`--ocr auto`) reads those. */
export function warnPageWithoutText(page: TextPage, warn: Warn): void {
  const { chars, unusable } = page.stats;
  let why = 'has no text at all (a blank or scanned page)';
  if (chars > 0 && unusable > 0)
    why = `has ${chars} character(s) of text, ${Math.round(unusable * 100)} % of them without a Unicode mapping`;
  else if (chars > 0) why = `has only ${chars} character(s) of text (a scanned page with a stray number or stamp?)`;
  warn('page_without_text', `the page ${why}; OCR reads it with --ocr auto`, page.stats.page);
}
