import tcvn3Data from './tcvn3.json' with { type: 'json' };
import vniData from './vni.json' with { type: 'json' };

/**
 * Pre-Unicode Vietnamese font encodings. Reports typed in the 1990s–2000s fonts (`.VnTime` for
 * TCVN3, `VNI-Times` for VNI) still turn up in PDFs and workbooks: the text then holds Latin-1 letters
 * (`Vieät Nam`, `ViÖt Nam`) that only the font's glyphs made Vietnamese. The font name tells us
 * which table to apply.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

const VNI: Readonly<Record<string, string>> = vniData.map;
const TCVN3: Readonly<Record<string, string>> = tcvn3Data.map;

// TCVN3 fonts are `.VnTime`, `.VnArialH`…; PDF writers keep the dot, sometimes after a subset tag.
const TCVN3_FONT =
  /(?:^|\+)\.?Vn(?:Time|Arial|Helvetica|Avant|Bodoni|Book|Centur|Clarendon|Commercial|Cooper|Courier|Univer|Souvenir|Aptima|Black|Bahamas|Free|Lincoln|Monotype|Present|Shelley|Stamp|Swiss|Tifani)/u;
const TCVN3_DOT_FONT = /(?:^|\+)\.Vn[A-Z]/u;
// VNI fonts are `VNI-Times`, `VNI-Helve`, `VNI-Univer`…
const VNI_FONT = /(?:^|\+)VNI[-_ ]?[A-Z]/iu;
// The uppercase-only ABC fonts end in H: `.VnTimeH`, `.VnArialH` (style suffixes may follow).
const TCVN3_CAPITALS = /\.?Vn[A-Za-z]+H(?:[-,].*)?$/u;

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** The font draws every letter as a capital (`.VnTimeH`). */
  capitals: boolean;
}

/** The legacy encoding a font name implies, or null for a Unicode font. */
export function legacyFontOf(fontName: string): LegacyFont | null {
  if (VNI_FONT.test(fontName)) return { encoding: 'vni', capitals: false };
  if (TCVN3_DOT_FONT.test(fontName) || TCVN3_FONT.test(fontName)) {
    return { encoding: 'tcvn3', capitals: TCVN3_CAPITALS.test(fontName) };
  }
  return null;
}

/** Convert text drawn in a legacy font to Unicode (NFC). Unmapped characters pass through. */
export function decodeLegacy(text: string, font: LegacyFont): string {
  const out = font.encoding === 'vni' ? decodeVni(text) : decodeTcvn3(text);
  return (font.capitals ? out.toLocaleUpperCase('vi') : out).normalize('NFC');
}

function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3[ch] ?? ch;
  return out;
}

// VNI writes a letter as base + diacritic byte, so try the two-character form first.
function decodeVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = text.slice(i, i + 2);
    const two = pair.length === 2 ? VNI[pair] : undefined;
    if (two !== undefined) {
      out += two;
      i += 2;
      continue;
    }
    const ch = text.charAt(i);
    out += VNI[ch] ?? ch;
    i += 1;
  }
  return out;
}
