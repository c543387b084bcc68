import { formatVietnameseNumber } from '../extract/numbers/index.js';

/**
 * Figures in the CLI's tables, written the way the reports write them (`11.624,8 tỷ đồng`,
 * `1.392 hồ sơ`), or plain (`11624800000000 đồng`) with `--raw` for scripts that read the table.
 */
const VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });

/** A count or any plain number, Vietnamese style (`1.392`, `12,5`); as is when raw. */
export function formatNumber(value: number, raw = false): string {
  return raw || !Number.isFinite(value) ? String(value) : VI.format(value);
}

interface FigureFields {
  value?: number | null;
  exact?: string | null;
  unit?: string | null;
  displayUnit?: string | null;
}

/**
 * A fact's figure as the report shows it: its exact digits at the displayed scale with the
 * displayed unit (`11.624,8` `tỷ đồng`); raw: the value in the base unit (`11624800000000` `đồng`).
 */
export function formatFigure(row: FigureFields, raw = false): { value: string; unit: string } {
  if (raw || row.exact === null || row.exact === undefined) {
    const value = row.value === null || row.value === undefined ? '' : raw ? String(row.value) : formatNumber(row.value);
    return { value, unit: (raw ? row.unit : (row.displayUnit ?? row.unit)) ?? '' };
  }
  return { value: formatVietnameseNumber(row.exact), unit: row.displayUnit ?? row.unit ?? '' };
}

/** Fields that are numbers but not quantities (a page, an offset, a year): never grouped. */
const NOT_QUANTITIES = new Set(['page', 'pages', 'block', 'start', 'end', 'year', 'decimals', 'scale']);

/** The quantities of a row (top-level numbers and its `counts`), written Vietnamese style; the rest untouched. */
function formatQuantities(value: unknown, key = ''): unknown {
  if (typeof value === 'number') return NOT_QUANTITIES.has(key) ? value : formatNumber(value);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && (key === '' || key === 'counts' || key === 'findings')) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, formatQuantities(v, k)]));
  }
  return value;
}

/**
 * Rows ready for a table: facts get their figure as displayed (value and unit together),
 * every other number is written Vietnamese style. Raw: the rows unchanged.
 */
export function formatTableRows<R>(rows: readonly R[], options: { raw?: boolean } = {}): R[] {
  if (options.raw) return [...rows];
  return rows.map((row) => {
    const formatted = formatQuantities(row) as Record<string, unknown>;
    const fields = row as FigureFields & Record<string, unknown>;
    if (typeof fields === 'object' && fields !== null && 'exact' in fields && 'displayUnit' in fields) {
      const { value, unit } = formatFigure(fields);
      formatted['value'] = value;
      formatted['unit'] = unit;
    }
    return formatted as R;
  });
}
