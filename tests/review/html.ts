/** Small readers over the page's HTML, enough for assertions without a DOM library. */

export interface MarkInfo {
  attrs: Record<string, string>;
  /** Unescaped text of the mark (marks never nest and hold text only). */
  text: string;
}

export function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');
}

export function readAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([a-z-]+)="([^"]*)"/gu)) attrs[m[1] as string] = unescapeHtml(m[2] as string);
  return attrs;
}

export function marks(html: string): MarkInfo[] {
  return [...html.matchAll(/<mark ([^>]*)>([^<]*)<\/mark>/gu)].map((m) => ({
    attrs: readAttrs(m[1] as string),
    text: unescapeHtml(m[2] as string),
  }));
}

/** Text of the marks whose space-separated `attr` lists `token`, joined in document order. */
export function markedText(html: string, attr: string, token: string): string {
  return marks(html)
    .filter((m) => (m.attrs[attr] ?? '').split(' ').includes(token))
    .map((m) => m.text)
    .join('');
}

/** The inner HTML of the element with this id (first match; elements of the same tag must not nest). */
export function elementById(html: string, id: string): string | null {
  const open = new RegExp(`<([a-z0-9]+)[^>]*\\sid="${id}"[^>]*>`, 'u').exec(html);
  if (!open) return null;
  const tag = open[1] as string;
  const start = open.index + open[0].length;
  const end = html.indexOf(`</${tag}>`, start);
  return end < 0 ? null : html.slice(start, end);
}

/**
 * Every real tag in the page, with its attribute names. Report text is escaped, so a `<` in the
 * markup always opens a tag the renderer wrote, and a quoted value never holds a raw `"` or `>`.
 */
export function tags(html: string): { name: string; attributes: string[] }[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/gu)].map((m) => ({
    name: (m[1] as string).toLowerCase(),
    attributes: [...(m[2] as string).replace(/"[^"]*"/gu, '').matchAll(/([^\s=/]+)/gu)].map((a) => (a[1] as string).toLowerCase()),
  }));
}

/** Marked text by token of `attr`, for every token at once (one pass over a large page). */
export function markedTextIndex(html: string, attr: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const mark of marks(html)) {
    for (const token of (mark.attrs[attr] ?? '').split(' ').filter(Boolean)) index.set(token, (index.get(token) ?? '') + mark.text);
  }
  return index;
}
