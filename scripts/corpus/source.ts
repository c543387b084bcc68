import { layoutFromText } from '../../src/parsers/text/index.js';
import type { LayoutItem } from '../../src/parsers/layout.js';
import { normalizeText } from '../../src/text/normalize.js';

/**
 * A report in its text form, cut into the same groups solieu's text parser makes (paragraph
 * groups separated by blank lines, tab-separated table rows, footnote bodies), but keeping the raw
 * lines: emphasis marks and superscript markers are what the DOCX needs to reproduce. Every group
 * is paired with the parser's own layout item, and the two are checked to agree.
 */

export interface SourceGroup {
  /** Raw lines, emphasis and markers still in (table rows: the cells, split at tabs). */
  lines: string[];
  item: LayoutItem;
}

export interface SourceReport {
  groups: SourceGroup[];
  /** Raw footnote bodies by number (emphasis marks still in). */
  footnotes: Map<number, string>;
}

const FOOTNOTE_BODY = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$/su;
const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

export function readSource(text: string): SourceReport {
  const layout = layoutFromText(text);
  const lines = normalizeText(text, { keepTabs: true }).replace(/\r\n?/g, '\n').split('\n');
  const raw: { lines: string[]; table: boolean }[] = [];
  const footnotes = new Map<number, string>();
  let current: { lines: string[]; table: boolean } | null = null;
  const flush = (): void => {
    if (current) raw.push(current);
    current = null;
  };
  for (const rawLine of lines) {
    const line = rawLine.replace(/ +$/u, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const body = FOOTNOTE_BODY.exec(line.trim());
    if (body?.[1]) {
      flush();
      footnotes.set(Number([...body[1]].map((ch) => SUPERSCRIPT[ch]).join('')), (body[2] ?? '').trim());
      continue;
    }
    const table = line.includes('\t');
    if (current && current.table !== table) flush();
    current ??= { lines: [], table };
    current.lines.push(table ? line : line.trim());
  }
  flush();

  if (raw.length !== layout.items.length) {
    throw new Error(`text grouping disagrees with the text parser: ${raw.length} groups, ${layout.items.length} items`);
  }
  const groups = raw.map((group, i) => {
    const item = layout.items[i] as LayoutItem;
    if ((item.type === 'table') !== group.table) throw new Error(`group ${i} is ${group.table ? 'a table' : 'text'} but the parser made a ${item.type}`);
    return { lines: group.lines, item };
  });
  const parsed = new Set(layout.footnotes.map((f) => f.number));
  if (parsed.size !== footnotes.size || [...footnotes.keys()].some((n) => !parsed.has(n))) {
    throw new Error('footnote bodies disagree with the text parser');
  }
  return { groups, footnotes };
}
