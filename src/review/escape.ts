const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that is safe inside `<script type="application/json">`: no `<` can close the element and
 * no U+2028/U+2029 can break a consumer that evaluates it.
 */
export function jsonForScript(value: unknown): string {
  // One pass: the data of a long report runs to megabytes.
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (ch) => SCRIPT_ESCAPES[ch] ?? ch);
}

/** A string usable inside an id or a `~=` attribute selector: block ids come from untrusted JSON. */
export function safeToken(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/gu, '_');
}
