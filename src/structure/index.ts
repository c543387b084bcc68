import {
  ParsedReport,
  type Block,
  type BlockKind,
  type Footnote,
  type ParseWarning,
  type Table,
  emptyMeta,
  type Meta,
  type ConfidenceSpan,
} from '../model/index.js';
import type { LayoutDocument, LayoutItem, LayoutParagraph } from '../parsers/index.js';
import { isHeadingText, readLabel } from './labels.js';
import { rejoinPageSplits } from './rejoin.js';
import { type HeaderLine, SIGNATURE_CAPACITY, TITLE_WORDS, isPersonalName, readHeader, readPeriod } from './header.js';
import { expandGroups } from './groups.js';
import { linkFootnotes } from './footnotes.js';
import { headerConfidenceWarnings } from './header-confidence.js';
import { repairRomanLabel } from './ocr-labels.js';
import { realignSpans, shiftSpans } from '../text/index.js';
import { structureTable } from './table.js';
import { joinContinuedTables } from './table-join.js';

/**
 * The structure stage: one layout (from any format) → blocks with kinds and section paths,
 * footnotes linked to their anchors, tables, and meta. Format-agnostic by construction, so the
 * same report as PDF, DOCX and text gives the same tree.
 */
export function buildReport(layout: LayoutDocument): ParsedReport {
  const warnings: ParseWarning[] = [...layout.warnings];
  const { items: joined } = rejoinPageSplits(layout.items);
  const items = joinContinuedTables(expandGroups(joined));
  const titleAt = findTitle(items);
  const meta = emptyMeta();
  const headerItems = titleAt === -1 ? leadingHeader(items) : items.slice(0, titleAt);
  readHeader(headerLines(headerItems), meta);
  warnings.push(...headerConfidenceWarnings(headerItems, meta));

  const builder = new BlockBuilder();
  let index = titleAt === -1 ? leadingHeader(items).length : titleAt;
  for (let i = 0; i < index; i += 1) builder.addHeader(items[i] as LayoutItem);

  let mode: 'body' | 'recipients' = 'body';
  let lastRoman: string | null = null;
  while (index < items.length) {
    let item = items[index] as LayoutItem;
    // Only OCR'd text (with confidence spans) can carry a look-alike section number.
    if (item.type === 'paragraph' && item.confidence && readLabel(item.text) === null) {
      const repaired = repairRomanLabel(item, lastRoman);
      if (repaired) {
        item = repaired.item;
        items[index] = item;
        warnings.push(repaired.warning);
      }
    }
    if (item.type === 'table') {
      builder.addTable(item, null);
      index += 1;
      continue;
    }
    const text = item.text.trim();
    if (index === titleAt && TITLE_WORDS.test(text)) {
      meta.title = text;
      builder.add(item, 'title', { text });
      const next = items[index + 1];
      if (next?.type === 'paragraph' && readLabel(next.text) === null && !TITLE_WORDS.test(next.text.trim())) {
        const subject = [next.text.trim()];
        builder.add(next, 'title');
        index += 1;
        // A subject set as centred lines (DOCX, PDF) may wrap onto a second and third line.
        while (next.hints.centered && subject.length < 3) {
          const more = items[index + 1];
          if (more?.type !== 'paragraph' || !more.hints.centered || readLabel(more.text) !== null || more.text.trim().length > 200) break;
          subject.push(more.text.trim());
          builder.add(more, 'title');
          index += 1;
        }
        meta.subject = subject.join(' ');
      }
      index += 1;
      continue;
    }
    if (/^Nơi nhận\s*:/u.test(text)) {
      mode = 'recipients';
      builder.add(item, 'recipients', { resetSection: true });
      index += 1;
      continue;
    }
    if (SIGNATURE_CAPACITY.test(text)) {
      index = addSignature(items, index, builder, meta);
      mode = 'body';
      continue;
    }
    const caption = captionRun(items, index);
    if (caption > 0) {
      const lines = items.slice(index, index + caption) as LayoutParagraph[];
      const table = items[index + caption];
      for (const line of lines) builder.add(line, 'heading', { resetSection: true });
      if (table?.type === 'table') builder.addTable(table, lines.map((l) => l.text.trim()).join(' '));
      index += caption + 1;
      continue;
    }
    const label = readLabel(item.text);
    if (mode === 'recipients' && label?.kind === 'bullet') {
      builder.add(item, 'recipients', { label: label.label, text: item.text.slice(label.length) });
      index += 1;
      continue;
    }
    mode = 'body';
    if (label?.kind === 'roman') lastRoman = label.label;
    if (label === null) builder.add(item, 'paragraph');
    else if (label.rank === null) builder.add(item, 'list-item', { label: label.label, text: item.text.slice(label.length) });
    else {
      const rest = item.text.slice(label.length);
      builder.openSection(label.rank, label.label);
      builder.add(item, isHeadingText(rest) ? 'heading' : 'list-item', {
        label: label.label,
        level: label.rank,
        text: rest,
        cut: label.length,
      });
    }
    index += 1;
  }

  const { footnotes, warnings: footnoteWarnings } = linkFootnotes(layout.footnotes, builder.blocks);
  warnings.push(...footnoteWarnings);
  meta.period = readPeriod(meta.subject);
  return ParsedReport.parse({
    source: layout.source,
    ...(layout.ocr ? { ocr: layout.ocr } : {}),
    meta,
    blocks: builder.blocks,
    footnotes,
    tables: builder.tables,
    warnings,
  });
}

function findTitle(items: LayoutItem[]): number {
  const limit = Math.min(items.length, 30);
  for (let i = 0; i < limit; i += 1) {
    const item = items[i];
    if (item?.type === 'paragraph' && item.hints.headerColumn === null && TITLE_WORDS.test(item.text.trim())) return i;
  }
  return -1;
}

/** Without a title line, only paragraphs that plainly belong to a header block count as one. */
function leadingHeader(items: LayoutItem[]): LayoutItem[] {
  const out: LayoutItem[] = [];
  for (const item of items) {
    if (item.type === 'paragraph' && item.hints.headerColumn !== null) out.push(item);
    else break;
  }
  return out;
}

function headerLines(items: LayoutItem[]): HeaderLine[] {
  const lines: HeaderLine[] = [];
  for (const item of items) {
    if (item.type === 'table') {
      for (const row of item.rows) {
        row.forEach((cell, column) => {
          if (cell.trim()) lines.push({ text: cell, column: column === 0 ? 'left' : 'right' });
        });
      }
    } else lines.push({ text: item.text, column: item.hints.headerColumn });
  }
  return lines;
}

function addSignature(items: LayoutItem[], start: number, builder: BlockBuilder, meta: Meta): number {
  const capacity: string[] = [];
  let index = start;
  let first: LayoutParagraph | null = null;
  while (index < items.length) {
    const item = items[index];
    if (item?.type !== 'paragraph' || !SIGNATURE_CAPACITY.test(item.text.trim())) break;
    first ??= item;
    capacity.push(item.text.trim());
    index += 1;
  }
  let name: string | null = null;
  const next = items[index];
  if (next?.type === 'paragraph' && isPersonalName(next.text.trim())) {
    name = next.text.trim();
    index += 1;
  }
  meta.signer = { capacity, name };
  builder.add(first as LayoutParagraph, 'signature', { text: [...capacity, ...(name ? [name] : [])].join('\n'), resetSection: true });
  return index;
}

/** Short title lines (`DANH SÁCH`, `Biểu số 01`, `(đến ngày 20/6/2022)`) standing right above a table. */
function captionRun(items: LayoutItem[], start: number): number {
  let count = 0;
  while (count < 4) {
    const item = items[start + count];
    if (item === undefined) return 0;
    if (item.type === 'table') return count;
    const text = item.text.trim();
    if (text.length > 160 || readLabel(text)?.rank != null) return 0;
    // A lead-in (`… như sau:`), a sentence or a page number is text before the table, not its title.
    if (/:$/u.test(text) || (/[.;]$/u.test(text) && text.length > 60) || /^\d{1,4}$/u.test(text)) return 0;
    // `21 Số cán bộ … được chuyển đổi vị trí công tác Người`: a numbered row a page break tore from its table.
    // … and its last words (`nhũng`): a title does not start in lower case.
    if ((/^\d{1,3}\s+\p{Lu}\p{Ll}/u.test(text) && text.length > 40) || /^\p{Ll}/u.test(text)) return 0;
    count += 1;
  }
  return 0;
}

/** What a block takes from its layout paragraph, beyond its kind. */
interface BlockParts {
  /** The list or heading label (`1.`, `a)`, `II.`), cut from the front of the text. */
  label?: string | null;
  /** Heading level from the label's rank. */
  level?: number | null;
  /** The block's text: the paragraph's by default, without its label, or rebuilt (a signature). */
  text?: string;
  /** The block stands outside every numbered section (recipients, a signature): close them all. */
  resetSection?: boolean;
  /** Characters cut from the front of the paragraph's text; the difference in length by default. */
  cut?: number;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  readonly tables: Table[] = [];
  private stack: { rank: number; label: string }[] = [];

  openSection(rank: number, label: string): void {
    while ((this.stack.at(-1)?.rank ?? 0) >= rank) this.stack.pop();
    this.stack.push({ rank, label });
  }

  addHeader(item: LayoutItem): void {
    if (item.type === 'table') {
      const text = item.rows.map((row) => row.filter((c) => c.trim()).join(' | ')).join('\n');
      this.push('header', null, null, text, item.page, []);
    } else this.add(item, 'header');
  }

  add(item: LayoutParagraph, kind: BlockKind, parts: BlockParts = {}): void {
    const { label = null, level = null, text = item.text, resetSection = false } = parts;
    const cut = parts.cut ?? item.text.length - text.length;
    if (resetSection) this.stack = [];
    // Label text was cut from the front: shift anchors with it.
    const anchors = item.anchors.map((a) => ({ footnote: a.footnote, offset: a.offset - cut })).filter((a) => a.offset >= 0);
    const leading = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const block = this.push(
      kind,
      label,
      level,
      trimmed,
      item.page,
      anchors.map((a) => ({ ...a, offset: Math.min(Math.max(0, a.offset - leading), trimmed.length) })),
    );
    if (item.confidence) {
      // A label cut from the front moves the spans with the text; a rebuilt text (signature) is realigned.
      block.confidence = item.text.endsWith(text)
        ? shiftSpans(item.confidence, -(cut + leading), trimmed.length)
        : realignSpans(item.text, trimmed, item.confidence);
    }
  }

  addTable(item: Extract<LayoutItem, { type: 'table' }>, caption: string | null): void {
    const id = `t${this.tables.length + 1}`;
    const text = item.rows.map((row) => row.join('\t')).join('\n');
    const block = this.push('table', null, null, text, item.page, []);
    if (item.confidence) block.confidence = tableSpans(item.rows, item.confidence);
    const structure = structureTable({
      rows: item.rows,
      spans: item.spans,
      headerRows: item.headerRows,
      hidden: item.hidden,
      indents: item.indents,
      caption,
    });
    this.tables.push({
      id,
      block: block.id,
      page: item.page,
      caption,
      rows: item.rows,
      ...(item.confidence ? { confidence: item.confidence } : {}),
      structure,
    });
  }

  private push(
    kind: BlockKind,
    label: string | null,
    level: number | null,
    text: string,
    page: number | null,
    anchors: Block['anchors'],
  ): Block {
    const order = this.blocks.length + 1;
    const block: Block = { id: `b${order}`, kind, label, level, section: this.stack.map((s) => s.label), page, order, text, anchors };
    this.blocks.push(block);
    return block;
  }
}

/** Cell spans placed in the table block's text (cells joined by tabs, rows by newlines). */
function tableSpans(rows: string[][], cells: ConfidenceSpan[][][]): ConfidenceSpan[] {
  const out: ConfidenceSpan[] = [];
  let offset = 0;
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      for (const span of cells[r]?.[c] ?? []) out.push({ start: span.start + offset, end: span.end + offset, value: span.value });
      offset += cell.length + 1;
    });
    if (row.length === 0) offset += 1;
  });
  return out;
}

export type { Footnote };
