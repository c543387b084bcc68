import type { ReportDocument } from '../model/index.js';
import type { Finding, FindingStatus } from '../model/index.js';
import { type ReviewEntry, staleEntries, triage } from '../triage/index.js';
import { roleName, ruleName, say, type OutputLang } from './messages/index.js';
import { ocrNotes } from './ocr-notes.js';
import { PlaceIndex, formatPlace } from './place.js';

export interface FindingsTextOptions {
  lang: OutputLang;
  /** Also the consistent and unverifiable claims. */
  all?: boolean;
  /** Also the findings a reviewer already accepted or dismissed. */
  allFindings?: boolean;
  /** Entries of the review file. */
  reviewed?: readonly ReviewEntry[];
  /** Name of the review file, for the stale-entry note. */
  reviewFile?: string;
  /** Terminal width: quoted sentences are cut to fit one line. */
  width?: number;
}

const MARK: Record<FindingStatus, string> = { inconsistent: '✗', warning: '!', consistent: '✓', unverifiable: '?' };
const ORDER: FindingStatus[] = ['inconsistent', 'warning', 'unverifiable', 'consistent'];
const flagged = (f: Finding): boolean => f.status === 'inconsistent' || f.status === 'warning';
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * `Mục I.1.a — Chủ động, quyết liệt triển khai …`: the section path a reader looks up, then the
 * title of its innermost heading as the report writes it (outer titles would overflow a terminal line).
 */
function sectionTitle(doc: ReportDocument, section: readonly string[], lang: OutputLang): string {
  if (section.length === 0) return say(lang, 'outsideSections');
  const path = section.join('›');
  const heading = doc.blocks.find(
    (b) => (b.kind === 'heading' || b.kind === 'list-item') && b.label === section[section.length - 1] && b.section.join('›') === path,
  );
  const labels = section.map((l) => l.replace(/^\(|[.)]+$/gu, '')).join('.');
  return `${lang === 'vi' ? 'Mục' : 'Section'} ${labels}${heading ? ` — ${clip(heading.text, 70)}` : ''}`;
}

/**
 * Evidence grouped by where it stands, in order, repeated figures once: `trang 3, mục I.2, đoạn 3`
 * → `tỷ lệ “12,92%” · phần “298”`. Cells of one table share one group; each names its row, and its
 * column unless all share one.
 */
function evidenceByPlace(f: Finding, places: PlaceIndex, lang: OutputLang): Map<string, string[]> {
  const located = f.evidence.map((e) => ({ e, place: places.placeOf(e) }));
  const columns = new Set(located.filter((x) => x.place.table).map((x) => x.place.table?.column ?? ''));
  const oneColumn = columns.size === 1;
  const groups = new Map<string, string[]>();
  for (const { e, place } of located) {
    const table = place.table;
    const where = table
      ? formatPlace({ ...place, table: { ...table, row: null, column: oneColumn ? table.column : null } }, lang)
      : formatPlace(place, lang);
    const cell = table
      ? [
          table.row ? `${say(lang, 'row')} “${table.row}”` : '',
          !oneColumn && table.column ? `${say(lang, 'column')} “${table.column}”` : '',
        ]
          .filter(Boolean)
          .join(', ')
      : '';
    const item = `${roleName(lang, e.role)} “${clip(e.raw, 70)}”${cell ? ` (${cell})` : ''}`;
    const list = groups.get(where) ?? [];
    if (!list.includes(item)) list.push(item);
    groups.set(where, list);
  }
  return groups;
}

/** The findings of one document split for display: what to show, what reviews set aside, what went stale. */
export function selectFindings(doc: ReportDocument, options: Pick<FindingsTextOptions, 'all' | 'allFindings' | 'reviewed'>) {
  const t = triage(doc.findings, doc.source.sha256, options.reviewed ?? []);
  const name = doc.source.path.split(/[\\/]/u).pop() ?? doc.source.path;
  const stale = staleEntries(options.reviewed ?? [], [name], new Set(t.setAside.map((s) => s.key)));
  const decisions = new Map(t.setAside.map((s) => [s.key, s.entry] as const));
  const all = [...t.fresh, ...t.setAside.map(({ finding, key }) => ({ finding, key }))];
  const keyOf = new Map(all.map((x) => [x.finding, x.key] as const));
  const candidates = options.allFindings ? doc.findings : t.fresh.map((x) => x.finding);
  const shown = candidates.filter((f) => options.all || flagged(f));
  const setAside = options.allFindings ? 0 : t.setAside.filter((s) => options.all || flagged(s.finding)).length;
  return { shown, setAside, stale, keyOf, decisions };
}

/** The text `check` prints for one document: OCR notes, counts, then findings by section with places a reader can find. */
export function formatDocumentFindings(doc: ReportDocument, file: string, options: FindingsTextOptions): string[] {
  const { lang } = options;
  const places = new PlaceIndex(doc);
  const { shown, setAside, stale, keyOf, decisions } = selectFindings(doc, options);
  const counts: Record<FindingStatus, number> = { consistent: 0, warning: 0, inconsistent: 0, unverifiable: 0 };
  for (const f of doc.findings) counts[f.status] += 1;
  const out = [file, ...ocrNotes(doc, lang).map((l) => `  ${l}`), `  ${say(lang, 'claims', { count: doc.findings.length, ...counts })}`];
  const groups = new Map<string, Finding[]>();
  for (const f of shown) groups.set(f.section.join('›'), [...(groups.get(f.section.join('›')) ?? []), f]);
  for (const group of groups.values()) {
    out.push('', `  ${sectionTitle(doc, group[0]?.section ?? [], lang)}`);
    for (const f of [...group].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))) {
      const key = keyOf.get(f) ?? '';
      const decision = decisions.get(key);
      const status = decision
        ? ` [${say(lang, decision.decision === 'accepted' ? 'decision.accepted' : 'decision.dismissed')}${decision.note ? `: ${decision.note}` : ''}]`
        : '';
      out.push(`    ${MARK[f.status]} ${ruleName(lang, f.rule)}: ${f.message[lang]}${status}`);
      if (f.cue) out.push(`        ${say(lang, 'cue')}: ${f.cue}`);
      for (const [place, items] of evidenceByPlace(f, places, lang))
        out.push(`        ${say(lang, 'evidence')} (${place}): ${items.join(' · ')}`);
      const sentence = f.evidence[0]?.sentence ?? '';
      if (sentence) out.push(`        ${clip(sentence, Math.max(40, (options.width ?? 168) - 8))}`);
      out.push(`        ${say(lang, 'key')}: ${key}`);
    }
  }
  if (shown.length === 0) out.push(`  ${say(lang, setAside > 0 ? 'nothingNew' : 'nothingFlagged')}`);
  else out.push('', `  ${say(lang, 'triageHint')}`);
  if (setAside > 0) out.push('', `  ${say(lang, 'setAside', { count: setAside })}`);
  if (stale.length > 0) {
    out.push('', `  ${say(lang, 'staleSuppressions', { count: stale.length, file: options.reviewFile ?? 'solieu-reviewed.json' })}`);
    for (const e of stale)
      out.push(
        `    ${e.key} (${say(lang, e.decision === 'accepted' ? 'decision.accepted' : 'decision.dismissed')}) ${clip(e.message, 100)}`,
      );
  }
  return out;
}
