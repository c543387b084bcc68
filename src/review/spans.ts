import type { ReportDocument } from '../model/index.js';
import type { Finding } from '../model/index.js';
import { escapeHtml, safeToken } from './escape.js';
import type { TextMarker, TextSpan } from './highlight.js';
import { type ReviewLang, t } from './messages.js';
import { cellElementId, tableCells } from './table.js';

/**
 * Everything the page marks, keyed by the text container it sits in: a block id (`b12`) or a
 * footnote id (`fn3`). Facts in footnotes name `fn<N>`; both spellings resolve to the footnote.
 */
export interface PageMarks {
  spans: Map<string, TextSpan[]>;
  markers: Map<string, TextMarker[]>;
  /** Ids of the markers that point at each footnote number, in document order (for back links). */
  backrefs: Map<number, string[]>;
  /** Element id of a container, for links from the findings panel and the reference list. */
  elementId: (container: string) => string | null;
  /** Element id of a table cell (0-based grid row and column), when its table is drawn as a grid. */
  cellId: (block: string, row: number, column: number) => string | null;
}

export function collectMarks(doc: ReportDocument, ordered: readonly Finding[], lang: ReviewLang): PageMarks {
  const containers = new Map<string, string>();
  for (const block of doc.blocks) containers.set(block.id, blockElementId(block.id));
  const footnoteNumbers = new Set<number>();
  for (const note of doc.footnotes) {
    footnoteNumbers.add(note.number);
    containers.set(note.id, footnoteElementId(note.number));
    containers.set(`fn${note.number}`, footnoteElementId(note.number));
  }
  const canonical = new Map<string, string>();
  for (const note of doc.footnotes) canonical.set(`fn${note.number}`, note.id);
  const key = (container: string): string => canonical.get(container) ?? container;

  const spans = new Map<string, TextSpan[]>();
  const add = (container: string, span: TextSpan): void => {
    const k = key(container);
    if (!containers.has(k)) return;
    const list = spans.get(k) ?? [];
    list.push(span);
    spans.set(k, list);
  };

  const factsById = new Map(doc.facts.map((f) => [f.id, f]));
  for (const fact of doc.facts) {
    add(fact.position.block, {
      start: fact.position.start,
      end: fact.position.end,
      fact: fact.id,
      kind: fact.kind,
      ...(fact.uncertain ? { uncertain: true } : {}),
    });
  }
  for (const ref of doc.references) add(ref.position.block, { start: ref.position.start, end: ref.position.end, ref: ref.id });
  ordered.forEach((finding, index) => {
    for (const ev of finding.evidence) {
      add(ev.block, { start: ev.start, end: ev.end, finding: index, status: finding.status });
      // The evidence may name a fact whose span is wider (number with its unit): mark both.
      const fact = ev.fact === null ? undefined : factsById.get(ev.fact);
      if (fact) add(fact.position.block, { start: fact.position.start, end: fact.position.end, finding: index, status: finding.status });
    }
  });

  const markers = new Map<string, TextMarker[]>();
  const backrefs = new Map<number, string[]>();
  const used = new Set<string>();
  for (const block of doc.blocks) {
    const list: TextMarker[] = [];
    for (const anchor of [...block.anchors].sort((a, b) => a.offset - b.offset || a.footnote - b.footnote)) {
      let id = `fnref-${anchor.footnote}-${safeToken(block.id)}-${anchor.offset}`;
      for (let n = 2; used.has(id); n += 1) id = `fnref-${anchor.footnote}-${safeToken(block.id)}-${anchor.offset}-${n}`;
      used.add(id);
      if (footnoteNumbers.has(anchor.footnote)) {
        const refs = backrefs.get(anchor.footnote) ?? [];
        refs.push(id);
        backrefs.set(anchor.footnote, refs);
        list.push({
          offset: anchor.offset,
          html: `<sup class="fnref"><a id="${id}" href="#${footnoteElementId(anchor.footnote)}" data-fn="${anchor.footnote}">${anchor.footnote}</a></sup>`,
        });
      } else {
        list.push({
          offset: anchor.offset,
          html: `<sup class="fnref missing" id="${id}" title="${escapeHtml(t(lang, 'missingFootnote'))}">${anchor.footnote}</sup>`,
        });
      }
    }
    if (list.length > 0) markers.set(block.id, list);
  }

  const blocks = new Map(doc.blocks.map((b) => [b.id, b]));
  const grids = new Set(
    doc.tables.filter((table) => tableCells(blocks.get(table.block)?.text ?? '', table.rows) !== null).map((table) => table.block),
  );
  return {
    spans,
    markers,
    backrefs,
    elementId: (container) => containers.get(key(container)) ?? null,
    cellId: (block, row, column) => (grids.has(block) ? cellElementId(block, row, column) : null),
  };
}

export const blockElementId = (id: string): string => `blk-${safeToken(id)}`;
export const footnoteElementId = (n: number): string => `fn-${n}`;
