import type { ReportDocument } from '../model/index.js';
import { matchKey } from '../text/index.js';
import { cutoffMentions, cutoffPeriod, parsePeriod, periodMentions, samePeriod } from './period.js';
import type { Period, ReportIdentity } from './schema.js';

/** The subject without the period it names: `… tỉnh Đồng Tháp tháng 8 năm 2025` → `… tỉnh Đồng Tháp`. */
export function reportKind(subject: string): string {
  let kept = '';
  let from = 0;
  for (const m of periodMentions(subject, null, { years: true })) {
    kept += subject.slice(from, m.start);
    from = m.end;
  }
  kept += subject.slice(from);
  // What a removed period leaves behind: `tháng 10 và 10 tháng năm 2025` → ` và `.
  const words = kept.split(/\s+/u).filter(Boolean);
  const joiner = (w: string | undefined): boolean => w === 'và' || w === ',' || w === '-' || w === '–';
  while (joiner(words[words.length - 1])) words.pop();
  while (joiner(words[0])) words.shift();
  let kind = words.join(' ');
  while (kind.endsWith(',')) kind = kind.slice(0, -1);
  return kind;
}

/** The cut-off a report states in its text when its subject names no period (`tính đến ngày 20/10/2025`). */
function cutoffInText(doc: ReportDocument): Period | null {
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item' && block.kind !== 'title') continue;
    const first = cutoffMentions(block.text)[0];
    if (first) return cutoffPeriod(first.date, first.text);
  }
  return null;
}

/**
 * Which report this is: issuer, kind, period and whether it is a draft. The period comes from the
 * period line, else the subject, else the first cut-off date in the text.
 */
export function reportIdentity(doc: ReportDocument, report: string = doc.source.path): ReportIdentity {
  const { meta } = doc;
  const period = parsePeriod(meta.period ?? '') ?? parsePeriod(meta.subject ?? '') ?? cutoffInText(doc);
  const kind = meta.subject ? reportKind(meta.subject) || null : null;
  const issuerKey = matchKey(meta.issuer ?? '');
  const kindKey = matchKey(kind ?? meta.title ?? '');
  return {
    report,
    issuer: meta.issuer,
    issuerKey,
    kind,
    kindKey,
    seriesKey: `${issuerKey}|${kindKey}`,
    period,
    documentNumber: meta.documentNumber,
    date: meta.date,
    draft: (meta.documentNumber === null && meta.documentCode !== null) || meta.date === null,
  };
}

const words = (key: string): Set<string> => new Set(key.split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** Two report kinds are one series when their words mostly coincide (`triển khai` / `thực hiện` may vary). */
function sameKind(a: string, b: string): boolean {
  if (a === b) return true;
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared || 1) >= 0.75;
}

export interface ReportEntry {
  identity: ReportIdentity;
  doc: ReportDocument;
}

export interface SeriesGroup {
  key: string;
  /** One report per period, in period order. */
  entries: ReportEntry[];
  versions: Array<{ report: string; sameAs: string }>;
  /** Reports of the series whose period could not be read: listed, not compared. */
  unplaced: string[];
}

const periodOrder = (a: ReportEntry, b: ReportEntry): number =>
  (a.identity.period?.end ?? '').localeCompare(b.identity.period?.end ?? '') ||
  (a.identity.period?.start ?? '').localeCompare(b.identity.period?.start ?? '');

/** Signed before draft, then the later signature date: the version a series should read. */
const preference = (a: ReportEntry, b: ReportEntry): number =>
  Number(a.identity.draft) - Number(b.identity.draft) || (b.identity.date ?? '').localeCompare(a.identity.date ?? '');

/**
 * Groups reports into series (same issuer, same kind) and orders each by period end. Two reports
 * of one series and one period are versions of one report: the signed (or later) one is kept.
 */
export function groupSeries(entries: readonly ReportEntry[]): SeriesGroup[] {
  const groups: Array<{ issuerKey: string; kindKey: string; members: ReportEntry[] }> = [];
  for (const entry of entries) {
    const { issuerKey, kindKey } = entry.identity;
    const group = groups.find((g) => g.issuerKey === issuerKey && sameKind(g.kindKey, kindKey));
    if (group) group.members.push(entry);
    else groups.push({ issuerKey, kindKey, members: [entry] });
  }
  return groups.map((g) => {
    const placed = g.members.filter((e) => e.identity.period !== null);
    const chosen: ReportEntry[] = [];
    const versions: Array<{ report: string; sameAs: string }> = [];
    for (const entry of [...placed].sort(preference)) {
      const same = chosen.find((c) => samePeriod(c.identity.period as Period, entry.identity.period as Period));
      if (same) versions.push({ report: entry.identity.report, sameAs: same.identity.report });
      else chosen.push(entry);
    }
    const key = `${g.issuerKey}|${g.kindKey}`;
    const entriesInOrder = chosen.sort(periodOrder).map((e) => ({ ...e, identity: { ...e.identity, seriesKey: key } }));
    return {
      key,
      entries: entriesInOrder,
      versions,
      unplaced: g.members.filter((e) => e.identity.period === null).map((e) => e.identity.report),
    };
  });
}
