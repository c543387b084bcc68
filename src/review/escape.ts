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

/**
 * JSON that is safe inside `<script type="application/json">`: no `<` can close the element and
 * no U+2028/U+2029 can break a consumer that evaluates it.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

/** A string usable inside an id or a `~=` attribute selector: block ids come from untrusted JSON. */
export function safeToken(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/gu, '_');
}
