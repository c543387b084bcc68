import { createHash } from 'node:crypto';
import { escapeHtml, jsonForScript } from './escape.js';
import { REVIEW_CSS } from './assets/style.js';
import { type ReviewLang, t } from './messages.js';

export interface ShellParts {
  lang: ReviewLang;
  title: string;
  body: string;
  /** Embedded as JSON data, read by the script; never executed. */
  data: unknown;
  script: string;
}

/**
 * A complete standalone page. The Content-Security-Policy allows no network at all and only the
 * one script whose hash it names, so even text that slipped past escaping could not run.
 */
export function renderShell(parts: ShellParts): string {
  const scriptHash = createHash('sha256').update(parts.script, 'utf8').digest('base64');
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src 'sha256-${scriptHash}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${parts.lang}" data-lang="${parts.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${REVIEW_CSS}</style>`,
    '</head>',
    '<body>',
    parts.body,
    `<script type="application/json" id="review-data">${jsonForScript(parts.data)}</script>`,
    `<script>${parts.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const langToggle = (lang: ReviewLang): string =>
  `<button type="button" id="lang-toggle" aria-label="${escapeHtml(t(lang, 'switchLangLabel'))}" data-i18n="switchLang">${t(lang, 'switchLang')}</button>`;
