import type { Finding } from '../model/index.js';
import { formatPlace, roleName, ruleName, type PlaceIndex } from '../output/index.js';
import type { ReviewEntry } from '../triage/index.js';
import { escapeHtml, safeToken } from './escape.js';
import { type MessageKey, type ReviewLang, STATUS_KEY, STATUS_ORDER, t } from './messages.js';
import type { PageMarks } from './spans.js';

const i18n = (lang: ReviewLang, key: MessageKey): string => `<span data-i18n="${key}">${t(lang, key)}</span>`;

/** Both languages of a text; the stylesheet shows the one the page is in. */
const both = (vi: string, en: string): string =>
  `<span class="l-vi" lang="vi">${escapeHtml(vi)}</span><span class="l-en" lang="en">${escapeHtml(en)}</span>`;
const bilingual = (message: Finding['message']): string => both(message.vi, message.en);

/** What the panel needs beyond the findings: where evidence stands, and what reviewers decided. */
export interface PanelContext {
  places: PlaceIndex;
  /** Review key of each finding, by its index in the ordered list. */
  keys: readonly string[];
  /** Decisions on findings, by index; set aside unless `allFindings`. */
  reviewed: ReadonlyMap<number, ReviewEntry>;
  allFindings: boolean;
}

/**
 * The side panel: filters, then one group per status in review order, then the findings a reviewer
 * already decided on. Verified and unverifiable claims start collapsed: a reviewer reads the problems first.
 */
export function renderFindingsPanel(ordered: readonly Finding[], marks: PageMarks, lang: ReviewLang, context: PanelContext): string {
  const head = `<h2 id="h-findings">${i18n(lang, 'findings')}</h2>`;
  if (ordered.length === 0) return `<aside class="panel" aria-labelledby="h-findings">${head}<p>${i18n(lang, 'noFindings')}</p></aside>`;

  const rules = [...new Set(ordered.map((f) => f.rule))].sort();
  const filters = [
    `<div class="filters">`,
    `<label>${i18n(lang, 'filterRule')} <select id="rule-filter"><option value="" data-i18n="allRules">${t(lang, 'allRules')}</option>`,
    ...rules.map(
      (rule) =>
        `<option value="${escapeHtml(rule)}" data-text-vi="${escapeHtml(ruleName('vi', rule))}" data-text-en="${escapeHtml(ruleName('en', rule))}">${escapeHtml(ruleName(lang, rule))}</option>`,
    ),
    `</select></label>`,
    `<fieldset class="status-filter"><legend>${i18n(lang, 'filterStatus')}</legend>`,
    ...STATUS_ORDER.map(
      (status) =>
        `<label class="st st-${status}"><input type="checkbox" data-status="${status}" checked> ${i18n(lang, STATUS_KEY[status])}</label>`,
    ),
    `</fieldset></div>`,
  ].join('');

  const items = ordered.map((finding, index) => ({ finding, index }));
  const setAside = (index: number): boolean => !context.allFindings && context.reviewed.has(index);
  const groups = STATUS_ORDER.map((status) => {
    const group = items.filter(({ finding, index }) => finding.status === status && !setAside(index));
    if (group.length === 0) return '';
    const open = status === 'inconsistent' || status === 'warning' ? ' open' : '';
    return `<details class="group g-${status}" data-status="${status}"${open}><summary>${i18n(lang, STATUS_KEY[status])} <span class="count">${group.length}</span></summary><ol>${group
      .map(({ finding, index }) => renderFinding(finding, index, marks, lang, context))
      .join('\n')}</ol></details>`;
  });
  const decided = items.filter(({ index }) => setAside(index));
  if (decided.length > 0) {
    groups.push(
      `<details class="group g-reviewed" data-status="reviewed"><summary>${i18n(lang, 'reviewedGroup')} <span class="count">${decided.length}</span></summary><p class="hint">${i18n(lang, 'reviewedHint')}</p><ol>${decided
        .map(({ finding, index }) => renderFinding(finding, index, marks, lang, context))
        .join('\n')}</ol></details>`,
    );
  }
  return `<aside class="panel" aria-labelledby="h-findings">${head}${filters}${groups.join('\n')}</aside>`;
}

const ruleBoth = (rule: string): string => both(ruleName('vi', rule), ruleName('en', rule));
const roleBoth = (role: string): string => both(roleName('vi', role), roleName('en', role));

function renderFinding(finding: Finding, index: number, marks: PageMarks, lang: ReviewLang, context: PanelContext): string {
  const status = finding.status;
  const key = context.keys[index] ?? '';
  const decision = context.reviewed.get(index);
  const section =
    finding.section.length > 0
      ? `<span class="loc">${i18n(lang, 'section')} ${finding.section.map((s) => escapeHtml(s.replace(/[.)]+$/u, ''))).join('.')}</span>`
      : '';
  const reviewed = decision
    ? ` <span class="decision d-${decision.decision}">${i18n(lang, decision.decision === 'accepted' ? 'accepted' : 'dismissed')}</span>`
    : '';
  const head = `<button type="button" class="f-head" aria-expanded="false"><span class="badge st-${status}">${i18n(lang, STATUS_KEY[status])}</span>${reviewed} <span class="rule" title="${escapeHtml(finding.rule)}">${ruleBoth(finding.rule)}</span> ${section}<span class="msg">${bilingual(finding.message)}</span></button>`;

  const details: string[] = [];
  if (finding.arithmetic)
    details.push(
      `<div class="arith" title="${escapeHtml(t(lang, 'arithmetic'))}" data-i18n-title="arithmetic">${escapeHtml(finding.arithmetic)}</div>`,
    );
  const row = (k: MessageKey, value: string | null): void => {
    if (value) details.push(`<div class="kv"><span class="k">${i18n(lang, k)}</span> <span class="v">${escapeHtml(value)}</span></div>`);
  };
  row('expected', finding.expected);
  row('actual', finding.actual);
  row('reason', finding.reason);
  row('cue', finding.cue);
  const evidence = finding.evidence.map((ev) => {
    const place = context.places.placeOf(ev);
    // Evidence in a table links to its cell, not only to the table.
    const cell = place.table?.cell;
    const target = (cell ? marks.cellId(ev.block, cell.row, cell.column) : null) ?? marks.elementId(ev.block);
    const raw = target ? `<a href="#${target}" class="ev-link">${escapeHtml(ev.raw)}</a>` : escapeHtml(ev.raw);
    return `<li><span class="role">${roleBoth(ev.role)}</span> ${raw} <span class="loc">${both(formatPlace(place, 'vi'), formatPlace(place, 'en'))}</span></li>`;
  });
  details.push(`<div class="kv"><span class="k">${i18n(lang, 'evidence')}</span></div><ul class="evidence">${evidence.join('')}</ul>`);
  if (decision?.note)
    details.push(
      `<div class="kv"><span class="k">${i18n(lang, 'reviewNote')}</span> <span class="v">${escapeHtml(decision.note)}</span></div>`,
    );
  if (key) {
    const command = `solieu triage dismiss ${key} --note "…"`;
    details.push(
      `<div class="key-row"><span class="k">${i18n(lang, 'reviewKey')}</span> <code class="key">${escapeHtml(key)}</code> <button type="button" class="copy" data-copy="${escapeHtml(key)}" data-i18n="copy">${t(lang, 'copy')}</button><div class="hint"><span data-i18n="triageHint">${t(lang, 'triageHint')}</span> <code>${escapeHtml(command)}</code></div></div>`,
    );
  }

  return `<li class="finding st-${status}${decision ? ' reviewed' : ''}" data-index="${index}" data-rule="${escapeHtml(finding.rule)}" data-status="${status}" data-finding-id="${escapeHtml(safeToken(finding.id))}"${key ? ` data-key="${escapeHtml(key)}"` : ''}>${head}<div class="f-body">${details.join('')}</div></li>`;
}
