import type { ReportDocument } from '../model/index.js';
import { INDEX_CLIENT_JS } from './assets/client.js';
import { escapeHtml } from './escape.js';
import { type MessageKey, REVIEW_MESSAGES, type ReviewLang, t } from './messages.js';
import { langToggle, renderShell } from './shell.js';
import { type ReviewCounts, countFindings } from './summary.js';

/** One line of the batch index: a report page that was written, or a document that was refused. */
export interface ReviewIndexEntry {
  /** Display name (the JSON file's name). */
  name: string;
  /** Relative link to the report's page; null when no page was written. */
  href: string | null;
  title: string | null;
  documentNumber: string | null;
  date: string | null;
  format: string | null;
  pages: number | null;
  counts: ReviewCounts | null;
  /** Why the document could not be reviewed. */
  error: string | null;
}

export function indexEntryFor(doc: ReportDocument, name: string, href: string): ReviewIndexEntry {
  return {
    name,
    href,
    title: doc.meta.subject ?? doc.meta.title,
    documentNumber: doc.meta.documentNumber,
    date: doc.meta.date,
    format: doc.source.format,
    pages: doc.source.pages,
    counts: countFindings(doc),
    error: null,
  };
}

/** Links stay relative: a scheme (javascript:, data:) in an entry would be a way out of the page. */
function safeHref(href: string): string | null {
  return /^[a-z][a-z0-9+.-]*:/iu.test(href.trim()) || href.trim().startsWith('//') ? null : href;
}

export function renderReviewIndex(entries: readonly ReviewIndexEntry[], options: { lang: ReviewLang } = { lang: 'vi' }): string {
  const { lang } = options;
  const th = (key: MessageKey, cls = ''): string => `<th${cls ? ` class="${cls}"` : ''} data-i18n="${key}">${t(lang, key)}</th>`;
  const num = (value: number | undefined, bad = false): string =>
    `<td class="n${bad && value ? ' bad' : ''}">${value === undefined ? '' : value}</td>`;
  const rows = entries.map((entry) => {
    const href = entry.href === null ? null : safeHref(entry.href);
    const label = escapeHtml(entry.name);
    const name = href === null ? label : `<a href="${escapeHtml(href)}">${label}</a>`;
    const about = [entry.documentNumber, entry.date, entry.title]
      .filter((s): s is string => Boolean(s))
      .map(escapeHtml)
      .join(' · ');
    const error =
      entry.error === null ? '' : `<div class="error"><b data-i18n="failed">${t(lang, 'failed')}</b>: ${escapeHtml(entry.error)}</div>`;
    const c = entry.counts;
    return `<tr${entry.error ? ' class="failed"' : ''}><td>${name}${error}</td><td>${about}</td><td>${escapeHtml(entry.format ?? '')}</td>${num(entry.pages ?? undefined)}${num(c?.figures)}${num(c?.claims)}${num(c?.verified)}${num(c?.inconsistent, true)}${num(c?.warnings)}${num(c?.unverifiable)}</tr>`;
  });
  const table =
    entries.length === 0
      ? `<p data-i18n="noReports">${t(lang, 'noReports')}</p>`
      : `<table class="index"><thead><tr>${th('report')}${th('documentNumber')}${th('format')}${th('pagesShort')}${th('figures')}${th('claims')}${th('verified')}${th('inconsistent')}${th('warnings')}${th('unverifiable')}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
  const body = `<header class="top"><h1 data-i18n="indexTitle">${t(lang, 'indexTitle')}</h1>${langToggle(lang)}</header><main class="index">${table}</main>`;
  return renderShell({ lang, title: t(lang, 'indexTitle'), body, data: { messages: REVIEW_MESSAGES }, script: INDEX_CLIENT_JS });
}
