import type { LayoutItem, LayoutParagraph } from '../../src/parsers/layout.js';
import { expandGroups } from '../../src/structure/groups.js';
import { SIGNATURE_CAPACITY, TITLE_WORDS, isPersonalName } from '../../src/structure/header.js';
import { isHeadingText, readLabel } from '../../src/structure/labels.js';
import { rejoinPageSplits } from '../../src/structure/rejoin.js';
import { checkAgainst, parseInline, type Inline } from './inline.js';
import type { SourceReport } from './source.js';

/**
 * What the Word document will hold, decided with solieu's own structure rules (the same ones that
 * read the text form back): the header block, title and subject, headings, dash items, body
 * paragraphs (page-split halves rejoined: Word paragraphs do not break at pages), captions and
 * tables, and the recipients | signature block.
 */

export type PlanItem =
  | { kind: 'header'; rows: string[][] }
  | { kind: 'title' | 'heading' | 'item' | 'body' | 'caption'; inlines: Inline[]; pageBreakBefore?: boolean }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'signature'; recipients: Inline[][]; signer: Inline[][] };

export interface Plan {
  items: PlanItem[];
  footnotes: Map<number, Inline[]>;
}

interface Para {
  raw: string;
  item: LayoutParagraph;
}

export function planReport(source: SourceReport): Plan {
  const units = paragraphsAndTables(source);
  const items: PlanItem[] = [];
  let sawTitle = false;
  let afterSignature = false;
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    if (unit === undefined) continue;
    if ('rows' in unit) {
      items.push(!sawTitle && items.length === 0 ? { kind: 'header', rows: unit.rows } : { kind: 'table', rows: unit.rows });
      continue;
    }
    const text = unit.item.text.trim();
    const inlines = parseInline(unit.raw);
    checkAgainst(inlines, unit.item, `paragraph "${text.slice(0, 40)}"`);
    if (!sawTitle && TITLE_WORDS.test(text)) {
      sawTitle = true;
      items.push({ kind: 'title', inlines });
      const next = units[i + 1];
      if (next && !('rows' in next) && readLabel(next.item.text) === null) {
        items.push({ kind: 'title', inlines: parseInline(next.raw) });
        i += 1;
      }
      continue;
    }
    if (/^Nơi nhận\s*:/u.test(text) || SIGNATURE_CAPACITY.test(text)) {
      const end = signatureEnd(units, i);
      items.push(signatureBlock(units.slice(i, end) as Para[]));
      afterSignature = true;
      i = end - 1;
      continue;
    }
    const caption = captionLength(units, i);
    if (caption > 0) {
      for (let k = 0; k < caption; k += 1) {
        const line = units[i + k] as Para;
        items.push({ kind: 'caption', inlines: parseInline(line.raw), pageBreakBefore: k === 0 && afterSignature });
      }
      i += caption - 1;
      continue;
    }
    const label = readLabel(text);
    if (label?.rank != null && isHeadingText(text.slice(label.length))) items.push({ kind: 'heading', inlines });
    else items.push({ kind: label?.kind === 'bullet' ? 'item' : 'body', inlines });
  }
  const footnotes = new Map<number, Inline[]>();
  for (const [number, raw] of source.footnotes) footnotes.set(number, parseInline(raw));
  return { items, footnotes };
}

/** Paragraph units: page-split halves joined, multi-line groups split where the structure splits them. */
function paragraphsAndTables(source: SourceReport): (Para | { rows: string[][] })[] {
  const out: (Para | { rows: string[][] })[] = [];
  for (const group of source.groups) {
    if (group.item.type === 'table') {
      out.push({ rows: group.lines.map((line) => line.split('\t').map((cell) => cell.trim())) });
      continue;
    }
    const item = group.item;
    const previous = out.at(-1);
    if (previous && 'item' in previous && rejoinPageSplits([previous.item, item]).joins === 1) {
      const [joined] = rejoinPageSplits([previous.item, item]).items as [LayoutParagraph];
      out[out.length - 1] = { raw: `${previous.raw} ${group.lines.join(' ')}`, item: joined };
      continue;
    }
    const split = expandGroups([item as LayoutItem]) as LayoutParagraph[];
    if (split.length === group.lines.length && split.length > 1) {
      split.forEach((line, k) => out.push({ raw: group.lines[k] ?? '', item: line }));
    } else out.push({ raw: group.lines.join(' '), item });
  }
  return out;
}

/** Recipients, capacity lines and the signer's name; ends after the name. */
function signatureEnd(units: (Para | { rows: string[][] })[], start: number): number {
  let i = start;
  while (i < units.length) {
    const unit = units[i];
    if (unit === undefined || 'rows' in unit) break;
    i += 1;
    if (isPersonalName(unit.item.text.trim())) break;
  }
  return i;
}

function signatureBlock(paras: Para[]): PlanItem {
  const recipients: Inline[][] = [];
  const signer: Inline[][] = [];
  let signing = false;
  for (const para of paras) {
    if (SIGNATURE_CAPACITY.test(para.item.text.trim())) signing = true;
    (signing ? signer : recipients).push(parseInline(para.raw));
  }
  return { kind: 'signature', recipients, signer };
}

/** Up to four short unlabelled lines right above a table name it. */
function captionLength(units: (Para | { rows: string[][] })[], start: number): number {
  for (let count = 1; count <= 4; count += 1) {
    const unit = units[start + count - 1];
    if (unit === undefined || 'rows' in unit) return 0;
    const text = unit.item.text.trim();
    if (text.length > 160 || readLabel(text)?.rank != null) return 0;
    const next = units[start + count];
    if (next !== undefined && 'rows' in next) return count;
  }
  return 0;
}
