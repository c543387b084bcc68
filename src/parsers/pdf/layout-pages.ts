import type { LayoutFootnote, LayoutItem } from '../layout.js';
import { assemble } from './assemble.js';
import { removeFurniture } from './furniture.js';
import type { PageLayout, Warn } from './types.js';

/**
 * The second half of the PDF parser: page layouts (from the text layer, from OCR, or both) → body
 * items and footnotes. All pages go through one furniture pass and one assembly, so a paragraph or
 * footnote running from one page onto the next is handled alike whatever each page came from.
 */
export function layOutPages(pages: readonly PageLayout[], warn: Warn): { items: LayoutItem[]; footnotes: LayoutFootnote[] } {
  const ordered = [...pages].sort((a, b) => a.page - b.page);
  const furniture = removeFurniture(ordered);
  if (furniture.stamps > 0) warn('signature_stamp_removed', `${furniture.stamps} line(s) of signature stamp text removed`);
  return assemble(ordered, warn);
}
