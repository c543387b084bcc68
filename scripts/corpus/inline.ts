import { stripEmphasis } from '../../src/parsers/text/index.js';
import type { Anchor } from '../../src/model/block.js';
import { SUPERSCRIPT_RUN, superscriptToNumber } from '../../src/text/normalize.js';

/**
 * The inline content of one text-form paragraph as Word runs: `**…**` bold, `*…*` italic, and
 * superscript digits as footnote references (except exponents after a length unit, `m²`). The
 * delimiters follow the text parser's own rules, and `checkAgainst` proves the runs give exactly
 * the text and anchors the parser reads.
 */

export type Inline = { kind: 'text'; text: string; bold: boolean; italic: boolean } | { kind: 'note'; number: number };

const OPEN = /(^|[\s([“"/])(\*{1,2})(?=[^\s*])/gu;
const CLOSE = /(?<=[^\s*])(\*{1,2})(?=$|[\s).,;:!?\]”"])/gu;
const UNIT_BEFORE_EXPONENT = /\d\s?[kcd]?m$/u;

interface Delimiter {
  at: number;
  length: number;
  open: boolean;
}

export function parseInline(raw: string): Inline[] {
  const delimiters: Delimiter[] = [];
  for (const m of raw.matchAll(OPEN)) delimiters.push({ at: m.index + (m[1] ?? '').length, length: (m[2] ?? '').length, open: true });
  for (const m of raw.matchAll(CLOSE)) {
    if (!delimiters.some((d) => d.at === m.index)) delimiters.push({ at: m.index, length: (m[1] ?? '').length, open: false });
  }
  delimiters.sort((a, b) => a.at - b.at);

  const out: Inline[] = [];
  let bold = false;
  let italic = false;
  let plain = '';
  let from = 0;
  const emit = (segment: string): void => {
    let last = 0;
    for (const m of segment.matchAll(SUPERSCRIPT_RUN)) {
      const before = plain + segment.slice(0, m.index);
      if (UNIT_BEFORE_EXPONENT.test(before.slice(-6))) continue;
      pushText(out, segment.slice(last, m.index), bold, italic);
      out.push({ kind: 'note', number: superscriptToNumber(m[0]) });
      last = m.index + m[0].length;
    }
    pushText(out, segment.slice(last), bold, italic);
    plain += segment;
  };
  for (const d of delimiters) {
    emit(raw.slice(from, d.at));
    from = d.at + d.length;
    if (d.length === 2) bold = d.open;
    else italic = d.open;
  }
  emit(raw.slice(from));
  return out;
}

function pushText(out: Inline[], text: string, bold: boolean, italic: boolean): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last?.kind === 'text' && last.bold === bold && last.italic === italic) last.text += text;
  else out.push({ kind: 'text', text, bold, italic });
}

/** Plain text and anchors of inline runs, as a parser should read them back. */
export function flatten(inlines: Inline[]): { text: string; anchors: Anchor[] } {
  let text = '';
  const anchors: Anchor[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'text') text += inline.text;
    else anchors.push({ footnote: inline.number, offset: text.length });
  }
  return { text, anchors };
}

/** Throws unless the runs give the text parser's reading of the same raw text. */
export function checkAgainst(inlines: Inline[], expected: { text: string; anchors: Anchor[] }, where: string): void {
  const got = flatten(inlines);
  if (got.text !== expected.text || JSON.stringify(got.anchors) !== JSON.stringify(expected.anchors)) {
    throw new Error(`${where}: runs read "${got.text.slice(0, 80)}…" ${JSON.stringify(got.anchors)}, the text parser reads "${expected.text.slice(0, 80)}…" ${JSON.stringify(expected.anchors)}`);
  }
}

export const plainOf = (raw: string): string => stripEmphasis(raw).replace(SUPERSCRIPT_RUN, '');
