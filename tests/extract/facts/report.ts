import type { Anchor, Block, BlockKind, Footnote } from '../../../src/model/block.js';
import type { ParsedReport } from '../../../src/model/document.js';
import { emptyMeta } from '../../../src/model/meta.js';
import { extractFacts } from '../../../src/extract/facts/index.js';
import type { Fact } from '../../../src/model/fact.js';
import { superscriptToNumber } from '../../../src/text/index.js';

/**
 * Hand-built reports for extractor tests: each string is one paragraph block. A superscript run
 * (`¹²`) in a paragraph becomes a footnote anchor, as the parsers leave it.
 */
export interface BlockSpec {
  text: string;
  kind?: BlockKind;
}

export interface FootnoteSpec {
  number: number;
  text: string;
}

function withAnchors(text: string): { text: string; anchors: Anchor[] } {
  const anchors: Anchor[] = [];
  let out = '';
  for (const part of text.split(/([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/u)) {
    if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u.test(part)) {
      anchors.push({ footnote: superscriptToNumber(part), offset: out.length });
    } else out += part;
  }
  return { text: out, anchors };
}

export function reportOf(blocks: Array<string | BlockSpec>, footnotes: FootnoteSpec[] = []): ParsedReport {
  const built: Block[] = blocks.map((spec, i) => {
    const { text, kind } =
      typeof spec === 'string' ? { text: spec, kind: 'paragraph' as BlockKind } : { kind: 'paragraph' as BlockKind, ...spec };
    const marked = withAnchors(text);
    return {
      id: `b${i + 1}`,
      kind,
      label: null,
      level: null,
      section: [],
      page: 1,
      order: i + 1,
      text: marked.text,
      anchors: marked.anchors,
    };
  });
  const notes: Footnote[] = footnotes.map((note) => ({
    id: `fn${note.number}`,
    number: note.number,
    text: note.text,
    page: 1,
    anchors: built.flatMap((block) =>
      block.anchors.filter((a) => a.footnote === note.number).map((a) => ({ block: block.id, offset: a.offset })),
    ),
  }));
  return {
    source: { path: 'test.txt', format: 'text', sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false },
    meta: emptyMeta(),
    blocks: built,
    footnotes: notes,
    tables: [],
    warnings: [],
  };
}

/** Facts of one or more paragraphs. */
export const factsOf = (...paragraphs: string[]): Fact[] => extractFacts(reportOf(paragraphs));

/** The quantity-like facts (no dates or periods). */
export const figuresOf = (...paragraphs: string[]): Fact[] =>
  factsOf(...paragraphs).filter((fact) => fact.kind !== 'date' && fact.kind !== 'period');

/** The one fact whose raw text is `raw` (throws when absent or repeated). */
export function byRaw(facts: Fact[], raw: string): Fact {
  const found = facts.filter((fact) => fact.raw === raw);
  if (found.length !== 1)
    throw new Error(`expected one fact ${JSON.stringify(raw)}, got ${found.length}: ${facts.map((f) => f.raw).join(' | ')}`);
  return found[0] as Fact;
}
