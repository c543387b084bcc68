import { Agency, type AgencyKind, type Mention } from '../../model/index.js';
import type { ParsedReport } from '../../model/index.js';
import { matchKey } from '../../text/index.js';
import { homeProvince } from '../places/home.js';
import type { TextSource } from '../references/text-sources.js';
import type { AgencySpan } from './find.js';
import { unnamedAgencyCells } from './table-columns.js';
import { readTexts, type ReadText } from './texts.js';

interface RawMention {
  name: string;
  kind: AgencyKind;
  mention: Mention;
}

function mentionOf(source: TextSource, start: number, end: number): Mention {
  return {
    raw: source.text.slice(start, end),
    position: { block: source.block, start: source.offset + start, end: source.offset + end, page: source.page },
  };
}

const coversCell = (text: string, spans: readonly AgencySpan[]): boolean => {
  const first = spans[0];
  const last = spans[spans.length - 1];
  return !!first && !!last && text.slice(0, first.start).trim() === '' && text.slice(last.end).trim() === '';
};

/** Every agency mention in reading order; table columns of agencies add the cells the grammar missed. */
function collectMentions(report: ParsedReport, texts: readonly ReadText[]): RawMention[] {
  const mentions: RawMention[] = [];
  const cells = new Map<string, { source: TextSource; spans: AgencySpan[] }>();
  for (const { source, agencies: spans } of texts) {
    // The header's issuer lines and `TM. ỦY BAN NHÂN DÂN` in the signature say who signs, not who is spoken of.
    if (source.kind === 'signature' || source.kind === 'header') continue;
    for (const span of spans) mentions.push({ name: span.name, kind: span.kind, mention: mentionOf(source, span.start, span.end) });
    if (source.cell) cells.set(`${source.cell.table}:${source.cell.row}:${source.cell.column}`, { source, spans });
  }
  for (const table of report.tables) {
    const cellAt = (row: number, column: number) => cells.get(`${table.id}:${row}:${column}`);
    const extra = unnamedAgencyCells(table, ({ row, column }) => {
      const cell = cellAt(row, column);
      return !!cell && coversCell(cell.source.text, cell.spans);
    });
    for (const { row, column } of extra) {
      const cell = cellAt(row, column);
      if (!cell) continue;
      const { text } = cell.source;
      const start = text.length - text.trimStart().length;
      const end = text.trimEnd().length;
      mentions.push({ name: text.slice(start, end), kind: 'other', mention: mentionOf(cell.source, start, end) });
    }
  }
  return mentions;
}

/**
 * The key that makes two names one agency: case, tone placement and spacing ignored, and the
 * report's own province dropped from the end (`UBND tỉnh` = `UBND tỉnh Kiên Giang` in a Kiên
 * Giang report, `Cục Thuế` = `Cục Thuế tỉnh`).
 */
export function agencyKey(name: string, home: string | null): string {
  let key = matchKey(name);
  if (home) {
    const homeKey = matchKey(home);
    if (key.endsWith(` tỉnh ${homeKey}`)) key = key.slice(0, -` tỉnh ${homeKey}`.length);
    else if (key.endsWith(` ${homeKey}`)) key = key.slice(0, -` ${homeKey}`.length);
  }
  if (key.endsWith(' tỉnh')) key = key.slice(0, -' tỉnh'.length);
  return key;
}

/** The fullest spelling names the agency; on a tie, the most frequent, then the first seen. */
function displayName(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best = names[0]!;
  for (const [name, count] of counts) {
    if (name.length > best.length || (name.length === best.length && count > counts.get(best)!)) best = name;
  }
  return best;
}

/**
 * Agencies named in the report, one per body with every mention (blocks, table cells and
 * footnotes; not the header's issuer lines nor the signature). Names come from the grammar in src/lexicon/agencies.json, not
 * from a list for one report.
 */
export function extractAgencies(report: ParsedReport, texts: readonly ReadText[] = readTexts(report)): Agency[] {
  const home = homeProvince(report, texts);
  const groups = new Map<string, RawMention[]>();
  for (const raw of collectMentions(report, texts)) {
    const key = agencyKey(raw.name, home);
    const group = groups.get(key) ?? [];
    group.push(raw);
    groups.set(key, group);
  }
  const agencies: Agency[] = [];
  for (const group of groups.values()) {
    agencies.push(
      Agency.parse({
        id: `a${agencies.length + 1}`,
        name: displayName(group.map((g) => g.name)),
        kind: group[0]!.kind,
        mentions: group.map((g) => g.mention),
      }),
    );
  }
  return agencies;
}
