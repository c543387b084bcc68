import type { Block, Footnote, ParseWarning } from '../model/index.js';
import { normalizeText, concatSpans, realignSpans } from '../text/index.js';
import type { LayoutFootnote } from '../parsers/index.js';

/**
 * Links footnote bodies to the markers left in blocks. Violations (a marker without a body, a body
 * without a marker, numbering out of order) become warnings, never errors.
 */
export function linkFootnotes(bodies: LayoutFootnote[], blocks: Block[]): { footnotes: Footnote[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const byNumber = new Map<number, Footnote>();
  for (const body of bodies) {
    const existing = byNumber.get(body.number);
    if (existing) {
      // A body that runs onto the next page arrives in two parts: join them.
      const rest = normalizeText(body.text).trim();
      const spans = concatSpans(existing.confidence, existing.text.length, 1, realignSpans(body.text, rest, body.confidence));
      existing.text = `${existing.text} ${rest}`.trim();
      if (spans) existing.confidence = spans;
      continue;
    }
    const text = normalizeText(body.text).trim();
    const spans = realignSpans(body.text, text, body.confidence);
    byNumber.set(body.number, {
      id: `fn${body.number}`,
      number: body.number,
      text,
      page: body.page,
      anchors: [],
      ...(spans ? { confidence: spans } : {}),
    });
  }
  let previous = 0;
  for (const block of blocks) {
    for (const anchor of block.anchors) {
      const footnote = byNumber.get(anchor.footnote);
      if (!footnote) {
        warnings.push({
          code: 'footnote_missing_body',
          message: `marker ${anchor.footnote} in ${block.id} has no footnote body`,
          page: block.page,
        });
        continue;
      }
      footnote.anchors.push({ block: block.id, offset: anchor.offset });
      if (anchor.footnote < previous) {
        warnings.push({ code: 'footnote_order', message: `marker ${anchor.footnote} follows marker ${previous}`, page: block.page });
      }
      previous = Math.max(previous, anchor.footnote);
    }
  }
  const footnotes = [...byNumber.values()].sort((a, b) => a.number - b.number);
  for (const footnote of footnotes) {
    if (footnote.anchors.length === 0) {
      warnings.push({ code: 'footnote_orphan', message: `footnote ${footnote.number} has no marker in the text`, page: footnote.page });
    }
  }
  return { footnotes, warnings };
}
