import type { Block, Table } from '../model/index.js';
import type { ReportDocument } from '../model/index.js';
import { escapeHtml, safeToken } from './escape.js';
import { type TextSpan, renderSpans } from './highlight.js';
import { type ReviewLang, t } from './messages.js';
import { formatPlace, PlaceIndex } from '../output/index.js';
import { type PageMarks, blockElementId, footnoteElementId } from './spans.js';

/** The report's text: blocks in order with their heading path and page, tables as tables. */
export function renderBody(doc: ReportDocument, marks: PageMarks, lang: ReviewLang): string {
  const tables = new Map(doc.tables.map((table) => [table.block, table]));
  const places = new PlaceIndex(doc);
  const out: string[] = [];
  let page: number | null = null;
  for (const block of doc.blocks) {
    if (block.page !== null && block.page !== page) {
      page = block.page;
      out.push(`<div class="pagebreak" data-page="${page}"><span data-i18n="pageBreak">${t(lang, 'pageBreak')}</span> ${page}</div>`);
    }
    out.push(renderBlock(block, tables.get(block.id), marks, lang, places));
  }
  return out.join('\n');
}

function renderBlock(block: Block, table: Table | undefined, marks: PageMarks, lang: ReviewLang, places: PlaceIndex): string {
  const spans = marks.spans.get(block.id) ?? [];
  const markers = marks.markers.get(block.id) ?? [];
  const attrs = `id="${blockElementId(block.id)}" data-block="${escapeHtml(block.id)}" data-kind="${safeToken(block.kind)}"`;
  const where = location(block, places);
  if (block.kind === 'table') {
    const cells = table ? tableCells(block.text, table.rows) : null;
    if (table && cells) {
      const spansOf = bucketByCell(cells.flat(), spans);
      let cell = 0;
      const rows = cells.map(
        (row) =>
          `<tr>${row.map(([from, to]) => `<td>${renderSpans(block.text, spansOf[cell++] ?? [], markers, from, to)}</td>`).join('')}</tr>`,
      );
      return `<div class="blk table" ${attrs}>${where}<table><tbody>${rows.join('')}</tbody></table></div>`;
    }
    return `<div class="blk table" ${attrs}>${where}<pre>${renderSpans(block.text, spans, markers)}</pre></div>`;
  }
  const label = block.label === null ? '' : `<span class="label">${escapeHtml(displayLabel(block.label))}</span>`;
  const body = `${where}${label}${renderSpans(block.text, spans, markers)}`;
  if (block.kind === 'heading') {
    const level = Math.min((block.level ?? 1) + 1, 6);
    return `<h${level} class="blk heading" ${attrs}>${body}</h${level}>`;
  }
  return `<p class="blk ${safeToken(block.kind)}" ${attrs}>${body}</p>`;
}

/** A gutter note: heading path and page, so a reviewer can cite where a figure stands. */
/** `mục I.1.a, đoạn 2` in the margin, as the findings panel names places; the page shows as a break line. */
function location(block: Block, places: PlaceIndex): string {
  if (block.kind === 'title' || block.kind === 'header' || block.kind === 'signature' || block.kind === 'recipients') return '';
  const place = { ...places.placeOf({ block: block.id, start: 0 }), page: null, table: null };
  if (place.section.length === 0 && place.paragraph === null) return '';
  return `<span class="loc"><span class="l-vi" lang="vi">${escapeHtml(formatPlace(place, 'vi'))}</span><span class="l-en" lang="en">${escapeHtml(formatPlace(place, 'en'))}</span></span>`;
}

/** Labels are stored bare (`I`, `2`, `3.1`, `a)`, `-`): give numbered ones back their dot. */
function displayLabel(label: string): string {
  return /^(?:[IVXLC]+|\d+(?:\.\d+)*)$/u.test(label) ? `${label}. ` : `${label} `;
}

/**
 * Cell ranges in the table block's text, which the structure stage writes as cells joined by tabs
 * and rows by newlines. Null when the text was built another way: the caller then shows it raw.
 */
export function tableCells(text: string, rows: readonly (readonly string[])[]): [number, number][][] | null {
  if (rows.map((row) => row.join('\t')).join('\n') !== text) return null;
  const out: [number, number][][] = [];
  let offset = 0;
  for (const row of rows) {
    const cells: [number, number][] = [];
    for (const cell of row) {
      cells.push([offset, offset + cell.length]);
      offset += cell.length + 1;
    }
    out.push(cells);
  }
  return out;
}

/**
 * The spans touching each cell (cells in text order), so a large table costs one pass over its
 * spans rather than one per cell.
 */
function bucketByCell(cells: readonly [number, number][], spans: readonly TextSpan[]): TextSpan[][] {
  const buckets: TextSpan[][] = cells.map(() => []);
  for (const span of spans) {
    let lo = 0;
    let hi = cells.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cells[mid] as [number, number])[1] < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < cells.length && (cells[i] as [number, number])[0] < span.end; i += 1) buckets[i]?.push(span);
  }
  return buckets;
}

export function renderFootnotes(doc: ReportDocument, marks: PageMarks, lang: ReviewLang): string {
  if (doc.footnotes.length === 0) return '';
  const items = [...doc.footnotes]
    .sort((a, b) => a.number - b.number)
    .map((note) => {
      const back = (marks.backrefs.get(note.number) ?? [])
        .map((id) => ` <a class="backref" href="#${id}" data-i18n-title="backToText" title="${escapeHtml(t(lang, 'backToText'))}">↩</a>`)
        .join('');
      const page = note.page === null ? '' : ` <span class="loc"><span data-i18n="page">${t(lang, 'page')}</span> ${note.page}</span>`;
      const text = renderSpans(note.text, marks.spans.get(note.id) ?? [], []);
      return `<li id="${footnoteElementId(note.number)}" data-footnote="${note.number}"><span class="fnnum">${note.number}</span> <span class="fntext">${text}</span>${page}${back}</li>`;
    });
  return `<section class="footnotes" aria-labelledby="h-footnotes"><h2 id="h-footnotes" data-i18n="footnotes">${t(lang, 'footnotes')}</h2><ol>${items.join('\n')}</ol></section>`;
}

export function renderReferences(doc: ReportDocument, marks: PageMarks, lang: ReviewLang): string {
  const head = `<h2 id="h-references" data-i18n="references">${t(lang, 'references')}</h2>`;
  if (doc.references.length === 0) {
    return `<section class="references" aria-labelledby="h-references">${head}<p data-i18n="noReferences">${t(lang, 'noReferences')}</p></section>`;
  }
  const th = (key: Parameters<typeof t>[1]): string => `<th data-i18n="${key}">${t(lang, key)}</th>`;
  const rows = doc.references.map((ref) => {
    const target = marks.elementId(ref.position.block);
    const page = ref.position.page === null ? '' : ` (<span data-i18n="page">${t(lang, 'page')}</span> ${ref.position.page})`;
    const where = target ? `<a href="#${target}">${escapeHtml(ref.raw)}</a>${page}` : `${escapeHtml(ref.raw)}${page}`;
    return `<tr data-ref="${safeToken(ref.id)}"><td>${escapeHtml(ref.number)}</td><td>${escapeHtml(ref.type ?? ref.typeCode ?? '')}</td><td>${escapeHtml(ref.date ?? '')}</td><td>${escapeHtml(ref.issuer ?? '')}</td><td>${where}</td></tr>`;
  });
  return `<section class="references" aria-labelledby="h-references">${head}<table><thead><tr>${th('refNumber')}${th('refType')}${th('refDate')}${th('refIssuer')}${th('refWhere')}</tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}
