/**
 * A number cell as the sheet shows it, written the Vietnamese way (`.` groups thousands, `,` marks
 * decimals): the number format decides the decimals shown (so the interval the figure stands for),
 * the grouping and the percent sign. `General` shows up to ten significant digits, as Excel does.
 */

/** Splits a format code into its `;` sections, quoted text and brackets kept whole. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i += 1) {
    const ch = format.charAt(i);
    if (ch === '\\' && !quoted) {
      current += ch + format.charAt(i + 1);
      i += 1;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** The format with literals, colours, padding and fill marks removed: only placeholders and signs. */
const placeholders = (section: string): string =>
  section
    .replace(/"[^"]*"/gu, '')
    .replace(/\[[^\]]*\]/gu, '')
    .replace(/\\./gu, '')
    .replace(/[_*]./gu, '');

/** The literal text of a section without placeholders (`"-"` for zero in accounting formats). */
const literal = (section: string): string =>
  [...section.matchAll(/"([^"]*)"|\\(.)/gu)]
    .map((m) => m[1] ?? m[2] ?? '')
    .join('')
    .trim();

export function displayNumber(value: number, format: string | undefined): string {
  if (!Number.isFinite(value)) return '';
  const code = (format ?? '').trim();
  if (code === '' || /^general$/iu.test(code) || code === '@') return general(value);
  const parts = sections(code);
  if (value === 0 && parts.length >= 3) {
    const zero = parts[2] as string;
    if (!/[0#?]/u.test(placeholders(zero))) return literal(zero);
  }
  const section = value < 0 && parts.length >= 2 ? (parts[1] as string) : (parts[0] as string);
  const bare = placeholders(section);
  if (!/[0#?]/u.test(bare)) return general(value);
  const percent = bare.includes('%');
  const point = bare.indexOf('.');
  const decimals = point < 0 ? 0 : (/^[0#?]*/u.exec(bare.slice(point + 1))?.[0].length ?? 0);
  const integerPart = point < 0 ? bare : bare.slice(0, point);
  const grouped = /[0#?],[0#?]/u.test(integerPart);
  // Trailing commas after the digits scale by a thousand each (`#,##0,` shows thousands).
  const scaleCommas = /[0#?](,+)(?![0#?])/u.exec(integerPart)?.[1]?.length ?? 0;
  const shown = (Math.abs(value) * (percent ? 100 : 1)) / 1000 ** scaleCommas;
  return `${value < 0 ? '-' : ''}${vietnamese(shown.toFixed(decimals), grouped)}${percent ? '%' : ''}`;
}

function general(value: number): string {
  const rounded = Number(value.toPrecision(10));
  let text = String(Math.abs(rounded));
  if (/e/iu.test(text)) text = Math.abs(rounded).toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(rounded))) + 9)));
  if (text.includes('.')) text = text.replace(/0+$/u, '').replace(/\.$/u, '');
  return `${rounded < 0 ? '-' : ''}${vietnamese(text, false)}`;
}

function vietnamese(plain: string, grouped: boolean): string {
  const [int = '0', frac] = plain.split('.');
  const integer = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/gu, '.') : int;
  return frac ? `${integer},${frac}` : integer;
}

/** A date cell as `dd/mm/yyyy`, the way Vietnamese reports write dates. */
export function displayDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
