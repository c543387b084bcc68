import type { Block, Fact, Table } from '../model/index.js';
import type { ReportDocument } from '../model/index.js';
import { escapeHtml, safeToken } from './escape.js';
import { renderSpans } from './highlight.js';
import { renderTable } from './table.js';
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
    out.push(renderBlock(block, tables.get(block.id), doc.facts, marks, lang, places));
  }
  return out.join('\n');
}

function renderBlock(
  block: Block,
  table: Table | undefined,
  facts: readonly Fact[],
  marks: PageMarks,
  lang: ReviewLang,
  places: PlaceIndex,
): string {
  const spans = marks.spans.get(block.id) ?? [];
  const markers = marks.markers.get(block.id) ?? [];
  const attrs = `id="${blockElementId(block.id)}" data-block="${escapeHtml(block.id)}" data-kind="${safeToken(block.kind)}"`;
  const where = location(block, places);
  if (block.kind === 'table') {
    const grid = table ? renderTable(block, table, facts, spans, markers) : null;
    if (grid) return `<div class="blk table" ${attrs}>${where}${grid}</div>`;
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
