import { isExactDecimal } from './decimal.js';

/**
 * Writes an exact decimal the way Vietnamese reports (and `Intl.NumberFormat('vi-VN')`) do:
 * `1234567.8` → `1.234.567,8`. The fraction is written as given (its digits are the displayed
 * precision); pass `decimals` to pad or cut it (cutting rounds half away from zero on the digits).
 */
export function formatVietnameseNumber(exact: string | number | bigint, options: { decimals?: number } = {}): string {
  let text = typeof exact === 'string' ? exact.trim() : typeof exact === 'bigint' ? exact.toString() : plainNumber(exact);
  if (!isExactDecimal(text)) throw new RangeError(`not an exact decimal: ${text}`);
  if (options.decimals !== undefined) text = toDecimals(text, options.decimals);
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const fracPart = dot < 0 ? '' : body.slice(dot + 1);
  let grouped = '';
  for (let end = intPart.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = grouped ? `${intPart.slice(start, end)}.${grouped}` : intPart.slice(start, end);
  }
  return `${negative ? '-' : ''}${grouped}${fracPart ? `,${fracPart}` : ''}`;
}

/** A finite double as a plain decimal string, never in exponent form. */
function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 100 }).format(value);
}

function toDecimals(text: string, decimals: number): string {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const fracPart = dot < 0 ? '' : body.slice(dot + 1);
  if (fracPart.length <= decimals) {
    const padded = fracPart.padEnd(decimals, '0');
    return `${negative ? '-' : ''}${intPart}${padded ? `.${padded}` : ''}`;
  }
  const digits = intPart + fracPart.slice(0, decimals);
  const roundUp = fracPart.charCodeAt(decimals) - 48 >= 5;
  const rounded = roundUp ? incrementDigits(digits) : digits;
  const cut = rounded.length - decimals;
  const int = rounded.slice(0, cut) || '0';
  const frac = rounded.slice(cut);
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    if (chars[i] === '9') chars[i] = '0';
    else {
      chars[i] = String.fromCharCode((chars[i] as string).charCodeAt(0) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}
