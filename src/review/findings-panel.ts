import type { Finding } from '../model/finding.js';
import { escapeHtml, safeToken } from './escape.js';
import { type MessageKey, type ReviewLang, STATUS_KEY, STATUS_ORDER, t } from './messages.js';
import type { PageMarks } from './spans.js';

const i18n = (lang: ReviewLang, key: MessageKey): string => `<span data-i18n="${key}">${t(lang, key)}</span>`;

/** Both languages of a finding's own message; the stylesheet shows the one the page is in. */
const bilingual = (message: Finding['message']): string =>
  `<span class="l-vi" lang="vi">${escapeHtml(message.vi)}</span><span class="l-en" lang="en">${escapeHtml(message.en)}</span>`;

/**
 * The side panel: filters, then one group per status in review order. Verified and unverifiable
 * claims start collapsed: a reviewer reads the problems first.
 */
export function renderFindingsPanel(ordered: readonly Finding[], marks: PageMarks, lang: ReviewLang): string {
  const head = `<h2 id="h-findings">${i18n(lang, 'findings')}</h2>`;
  if (ordered.length === 0) return `<aside class="panel" aria-labelledby="h-findings">${head}<p>${i18n(lang, 'noFindings')}</p></aside>`;

  const rules = [...new Set(ordered.map((f) => f.rule))].sort();
  const filters = [
    `<div class="filters">`,
    `<label>${i18n(lang, 'filterRule')} <select id="rule-filter"><option value="" data-i18n="allRules">${t(lang, 'allRules')}</option>`,
    ...rules.map((rule) => `<option value="${escapeHtml(rule)}">${escapeHtml(rule)}</option>`),
    `</select></label>`,
    `<fieldset class="status-filter"><legend>${i18n(lang, 'filterStatus')}</legend>`,
    ...STATUS_ORDER.map(
      (status) => `<label class="st st-${status}"><input type="checkbox" data-status="${status}" checked> ${i18n(lang, STATUS_KEY[status])}</label>`,
    ),
    `</fieldset></div>`,
  ].join('');

  const groups = STATUS_ORDER.map((status) => {
    const items = ordered.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.status === status);
    if (items.length === 0) return '';
    const open = status === 'inconsistent' || status === 'warning' ? ' open' : '';
    return `<details class="group g-${status}" data-status="${status}"${open}><summary>${i18n(lang, STATUS_KEY[status])} <span class="count">${items.length}</span></summary><ol>${items
      .map(({ finding, index }) => renderFinding(finding, index, marks, lang))
      .join('\n')}</ol></details>`;
  });
  return `<aside class="panel" aria-labelledby="h-findings">${head}${filters}${groups.join('\n')}</aside>`;
}

function renderFinding(finding: Finding, index: number, marks: PageMarks, lang: ReviewLang): string {
  const status = finding.status;
  const section = finding.section.length > 0 ? `<span class="loc">${finding.section.map(escapeHtml).join(' › ')}</span>` : '';
  const head = `<button type="button" class="f-head" aria-expanded="false"><span class="badge st-${status}">${i18n(lang, STATUS_KEY[status])}</span> <code class="rule">${escapeHtml(finding.rule)}</code> ${section}<span class="msg">${bilingual(finding.message)}</span></button>`;

  const details: string[] = [];
  if (finding.arithmetic) details.push(`<div class="arith" title="${escapeHtml(t(lang, 'arithmetic'))}" data-i18n-title="arithmetic">${escapeHtml(finding.arithmetic)}</div>`);
  const row = (key: MessageKey, value: string | null): void => {
    if (value) details.push(`<div class="kv"><span class="k">${i18n(lang, key)}</span> <span class="v">${escapeHtml(value)}</span></div>`);
  };
  row('expected', finding.expected);
  row('actual', finding.actual);
  row('reason', finding.reason);
  row('cue', finding.cue);
  const evidence = finding.evidence.map((ev) => {
    const target = marks.elementId(ev.block);
    const raw = target ? `<a href="#${target}" class="ev-link">${escapeHtml(ev.raw)}</a>` : escapeHtml(ev.raw);
    const page = ev.page === null ? '' : ` <span class="loc">${i18n(lang, 'page')} ${ev.page}</span>`;
    return `<li><span class="role">${escapeHtml(ev.role)}</span> ${raw}${page}</li>`;
  });
  details.push(`<div class="kv"><span class="k">${i18n(lang, 'evidence')}</span></div><ul class="evidence">${evidence.join('')}</ul>`);

  return `<li class="finding st-${status}" data-index="${index}" data-rule="${escapeHtml(finding.rule)}" data-status="${status}" data-finding-id="${escapeHtml(safeToken(finding.id))}">${head}<div class="f-body">${details.join('')}</div></li>`;
}
