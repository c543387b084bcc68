import type { ReportDocument } from '../model/index.js';
import type { Fact } from '../model/index.js';
import { REVIEW_CLIENT_JS } from './assets/client.js';
import { renderBody, renderFootnotes, renderReferences } from './body.js';
import { escapeHtml } from './escape.js';
import { renderFindingsPanel } from './findings-panel.js';
import { type MessageKey, REVIEW_MESSAGES, type ReviewLang, t } from './messages.js';
import { langToggle, renderShell } from './shell.js';
import { collectMarks } from './spans.js';
import { countFindings, orderFindings } from './summary.js';
import { ocrNotes, ocrStats, PlaceIndex } from '../output/index.js';
import { findingKey, type ReviewEntry } from '../triage/index.js';

export interface ReviewPageOptions {
  lang: ReviewLang;
  /** Entries of the review file: the findings they match are set aside unless `allFindings`. */
  reviewed?: readonly ReviewEntry[];
  allFindings?: boolean;
}

/**
 * One self-contained HTML page for one report: its text by section with every figure marked,
 * footnotes linked both ways, the documents it cites, and the findings panel. Pure: the same
 * document gives the same bytes.
 */
export function renderReviewPage(doc: ReportDocument, options: ReviewPageOptions): string {
  const { lang } = options;
  const ordered = orderFindings(doc.findings);
  const marks = collectMarks(doc, ordered, lang);
  const keys = ordered.map((f) => findingKey(f, doc.source.sha256));
  const byKey = new Map((options.reviewed ?? []).map((e) => [e.key, e] as const));
  const reviewed = new Map<number, ReviewEntry>();
  keys.forEach((key, index) => {
    const entry = byKey.get(key);
    if (entry) reviewed.set(index, entry);
  });
  const context = { places: new PlaceIndex(doc), keys, reviewed, allFindings: options.allFindings === true };
  const title = doc.meta.subject ?? doc.meta.title ?? doc.source.path;

  const body = [
    renderTop(doc, lang),
    renderSummary(doc, lang, options.allFindings ? 0 : reviewed.size),
    '<div class="layout">',
    `<main class="doc" aria-labelledby="h-text"><h2 class="doc-h" id="h-text" data-i18n="text">${t(lang, 'text')}</h2>`,
    renderBody(doc, marks, lang),
    renderFootnotes(doc, marks, lang),
    renderReferences(doc, marks, lang),
    '</main>',
    renderFindingsPanel(ordered, marks, lang, context),
    '</div>',
    '<div id="tip" role="tooltip" hidden></div>',
  ].join('\n');

  return renderShell({
    lang,
    title: `${t(lang, 'pageTitle')}: ${title}`,
    body,
    data: { messages: REVIEW_MESSAGES, facts: Object.fromEntries(doc.facts.map((f) => [f.id, tooltipData(f)])) },
    script: REVIEW_CLIENT_JS,
  });
}

function renderTop(doc: ReportDocument, lang: ReviewLang): string {
  const { meta, source } = doc;
  const item = (key: MessageKey, value: string | null): string =>
    value ? `<span><span data-i18n="${key}">${t(lang, key)}</span>: ${escapeHtml(value)}</span>` : '';
  const heading = [meta.title, meta.subject].filter((s): s is string => Boolean(s)).join(' — ') || source.path;
  const pages = source.pages === null ? '' : `, ${source.pages}`;
  const warnings =
    doc.warnings.length === 0
      ? ''
      : `<details class="meta"><summary data-i18n="parseWarnings">${t(lang, 'parseWarnings')}</summary><ul>${doc.warnings
          .map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`)
          .join('')}</ul></details>`;
  return [
    '<header class="top">',
    `<h1>${escapeHtml(heading)}</h1>`,
    '<div class="meta">',
    item('documentNumber', meta.documentNumber),
    item('date', meta.date),
    item('issuer', meta.issuer),
    source.pages === null
      ? item('source', `${source.path} (${source.format})`)
      : `<span><span data-i18n="source">${t(lang, 'source')}</span>: ${escapeHtml(source.path)} (${escapeHtml(source.format)}${pages} <span class="l-vi" lang="vi">trang</span><span class="l-en" lang="en">${source.pages === 1 ? 'page' : 'pages'}</span>)</span>`,
    doc.ocr
      ? `<span><span data-i18n="ocrReading">${t(lang, 'ocrReading')}</span>: <span class="l-vi" lang="vi">${escapeHtml(ocrText(doc, 'vi') ?? '')}</span><span class="l-en" lang="en">${escapeHtml(ocrText(doc, 'en') ?? '')}</span></span>`
      : '',
    '</div>',
    ocrBanner(doc, lang),
    warnings,
    langToggle(lang),
    '</header>',
  ].join('');
}

/** A scan says so first, with the head fields OCR read with low confidence, in both languages. */
function ocrBanner(doc: ReportDocument, lang: ReviewLang): string {
  const vi = ocrNotes(doc, 'vi');
  if (vi.length === 0) return '';
  const en = ocrNotes(doc, 'en');
  const plain = (line: string | undefined): string => escapeHtml((line ?? '').replace(/^\s*⚠\s*/u, ''));
  const both = (i: number): string =>
    `<span class="l-vi" lang="vi">${plain(vi[i])}</span><span class="l-en" lang="en">${plain(en[i])}</span>`;
  // Lines after the first two are the head warnings (see ocrNotes).
  const warnings = vi
    .slice(2)
    .map((_, i) => `<li>${both(i + 2)}</li>`)
    .join('');
  return [
    '<div class="ocr-banner" role="note">',
    `<b data-i18n="ocrBanner">${t(lang, 'ocrBanner')}</b> `,
    `<span class="l-vi" lang="vi">${escapeHtml(ocrStats(doc, 'vi'))}.</span><span class="l-en" lang="en">${escapeHtml(ocrStats(doc, 'en'))}.</span>`,
    warnings ? `<div><b data-i18n="ocrHeaderWarnings">${t(lang, 'ocrHeaderWarnings')}</b><ul>${warnings}</ul></div>` : '',
    '</div>',
  ].join('');
}

/** `tesseract.js vie best_int, 300 dpi — p1 0.94, p2 0.94 (3 uncertain figures)` for a scan. */
function ocrText(doc: ReportDocument, lang: ReviewLang): string | null {
  if (!doc.ocr) return null;
  const decimal = (n: number): string => (lang === 'vi' ? n.toFixed(2).replace('.', ',') : n.toFixed(2));
  const pages = doc.ocr.pages.map(
    (p) =>
      `${lang === 'vi' ? `tr.${p.page}` : `p${p.page}`} ${p.confidence === null ? '–' : decimal(p.confidence)}${p.uncertainFigures > 0 ? ` (${p.uncertainFigures} ?)` : ''}`,
  );
  return `${doc.ocr.engine}, ${doc.ocr.dpi} dpi — ${pages.join(', ')}`;
}

function renderSummary(doc: ReportDocument, lang: ReviewLang, setAside: number): string {
  const counts = countFindings(doc);
  const cell = (key: MessageKey, value: number, cls: string): string =>
    `<li class="${cls}" data-count="${key}"><b>${value}</b><span data-i18n="${key}">${t(lang, key)}</span></li>`;
  return [
    '<ul class="summary">',
    cell('figures', counts.figures, ''),
    cell('claims', counts.claims, ''),
    cell('verified', counts.verified, 's-consistent'),
    cell('inconsistent', counts.inconsistent, 's-inconsistent'),
    cell('warnings', counts.warnings, 's-warning'),
    cell('unverifiable', counts.unverifiable, 's-unverifiable'),
    setAside > 0 ? cell('reviewedCount', setAside, 's-reviewed') : '',
    '</ul>',
  ].join('');
}

/** Only what the hover card shows; the page does not carry the whole fact. */
function tooltipData(fact: Fact): Record<string, unknown> {
  return {
    raw: fact.raw,
    kind: fact.kind,
    value: fact.value,
    date: fact.date,
    unit: fact.unit,
    displayUnit: fact.displayUnit,
    predicate: fact.measure.predicate,
    reference: fact.measure.reference,
    noun: fact.measure.noun,
    qualifiers: fact.measure.qualifiers,
    subject: fact.measure.subject,
    extractor: fact.provenance.extractor,
    pattern: fact.provenance.pattern,
    confidence: fact.confidence,
    uncertain: fact.uncertain,
    page: fact.position.page,
    estimated: fact.estimated,
    bound: fact.bound,
    status: fact.status,
  };
}
