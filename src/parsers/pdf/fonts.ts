import { legacyFontOf, type LegacyFont } from '../../text/index.js';

/** What the parser needs to know about a font: its style and whether its text is a legacy encoding. */
export interface FontInfo {
  name: string;
  bold: boolean;
  italic: boolean;
  legacy: LegacyFont | null;
}

interface CommonObjs {
  has(id: string): boolean;
  get(id: string): unknown;
}

const BOLD = /bold|black|heavy|semibold|demi/iu;
const ITALIC = /italic|oblique/iu;
const UNKNOWN: FontInfo = { name: '', bold: false, italic: false, legacy: null };

/** Font facts by pdf.js font id, cached for the document (ids are document-wide). */
export class FontBook {
  readonly #cache = new Map<string, FontInfo>();
  /** Legacy fonts met, by encoding, to warn once per document. */
  readonly legacySeen = new Set<string>();

  /** Every font id is already known (pdf.js sent the font with an earlier operator list). */
  knowsAll(objs: CommonObjs, ids: Iterable<string>): boolean {
    for (const id of ids) if (!this.#cache.has(id) && !objs.has(id)) return false;
    return true;
  }

  info(objs: CommonObjs, id: string): FontInfo {
    const cached = this.#cache.get(id);
    if (cached) return cached;
    let info = UNKNOWN;
    if (objs.has(id)) {
      const font = objs.get(id) as { name?: unknown; bold?: unknown; italic?: unknown } | null;
      const name = typeof font?.name === 'string' ? font.name : '';
      const legacy = legacyFontOf(name);
      if (legacy) this.legacySeen.add(`${legacy.encoding}:${name}`);
      info = {
        name,
        bold: font?.bold === true || BOLD.test(name),
        italic: font?.italic === true || ITALIC.test(name),
        legacy,
      };
      this.#cache.set(id, info);
    }
    return info;
  }
}
