import type { ParsedReport } from '../../model/index.js';
import { Reference } from '../../model/index.js';
import { findAgencies, type AgencySpan } from '../agencies/find.js';
import type { ReadText } from '../agencies/texts.js';
import { readBefore, readDateAfter, readIssuerAfter } from './context.js';
import { scanCodes, type CodeMatch } from './scan-codes.js';
import { textSources, type TextSource } from './text-sources.js';

interface Draft {
  code: CodeMatch;
  type: string | null;
  officialLetter: boolean;
  start: number;
  /** End of the number and its own date: where a following list member may start. */
  coreEnd: number;
  end: number;
  date: string | null;
  issuer: string | null;
  inList: boolean;
}

/** `, 02/NQ-CP`, ` và 11/NQ-CP`, `; số 65/…`: what joins the members of one list of numbers. */
const LIST_GAP = /^\s{0,3}(?:,|;|và|,\s{0,3}và)\s{0,3}(?:số\s{1,3})?$/iu;

/** `known`: the text's agencies when the shared reading pass already found them. */
function draftsIn(source: TextSource, known: readonly AgencySpan[] | null): Draft[] {
  const { text } = source;
  const codes = scanCodes(text);
  if (codes.length === 0) return [];
  let agencies: readonly AgencySpan[] | null = known;
  const drafts: Draft[] = [];
  for (const code of codes) {
    const before = readBefore(text, code.start);
    if (before.formPrefix) continue;
    // The report's own `Số: 329/BC-UBND` in its header is not a citation.
    if (source.kind === 'header' && before.hasSo && !before.type) continue;
    const prev = drafts[drafts.length - 1];
    const listed =
      !before.type &&
      prev !== undefined &&
      (LIST_GAP.test(text.slice(prev.coreEnd, code.start)) || LIST_GAP.test(text.slice(prev.end, code.start)));
    if (code.weak && !before.type && !before.hasSo && !listed) continue;
    const date = readDateAfter(text, code.end);
    const coreEnd = date?.end ?? code.end;
    agencies ??= findAgencies(text);
    const issuer = readIssuerAfter(text, coreEnd, agencies);
    const type = before.type?.word ?? (listed ? prev!.type : null);
    const officialLetter = before.type?.officialLetter ?? (listed ? prev!.officialLetter : false);
    if (listed) prev!.inList = true;
    drafts.push({
      code,
      type,
      officialLetter,
      start: before.type ? before.start : code.start,
      coreEnd,
      end: issuer?.end ?? coreEnd,
      date: date?.iso ?? null,
      issuer: issuer?.raw ?? null,
      inList: listed,
    });
  }
  shareIssuers(drafts, text);
  return drafts;
}

/** `Nghị quyết: số 01/NQ-CP, 02/NQ-CP và 11/NQ-CP của Chính phủ`: the last member's issuer is the list's. */
function shareIssuers(drafts: Draft[], text: string): void {
  let groupStart = 0;
  for (let k = 1; k <= drafts.length; k += 1) {
    const current = drafts[k];
    const joined = current !== undefined && current.inList && LIST_GAP.test(text.slice(drafts[k - 1]!.coreEnd, current.start));
    if (joined) continue;
    const last = drafts[k - 1]!;
    if (last.issuer) for (let m = groupStart; m < k - 1; m += 1) drafts[m]!.issuer ??= last.issuer;
    groupStart = k;
  }
}

function toReference(draft: Draft, source: TextSource, id: number): Reference {
  const { code } = draft;
  const form = draft.officialLetter && code.form !== 'legal' && code.form !== 'party' ? 'official-letter' : code.form;
  const pattern = [
    form,
    draft.type ? 'type-word' : null,
    draft.inList ? 'list' : null,
    draft.date ? 'date' : null,
    draft.issuer ? 'issuer' : null,
  ]
    .filter((p) => p)
    .join('+');
  return Reference.parse({
    id: `r${id}`,
    type: draft.type,
    typeCode: form === 'official-letter' ? null : code.typeCode,
    number: code.number,
    date: draft.date,
    issuer: draft.issuer,
    form,
    raw: source.text.slice(draft.start, draft.end),
    position: { block: source.block, start: source.offset + draft.start, end: source.offset + draft.end, page: source.page },
    provenance: { extractor: 'references', pattern },
  });
}

/**
 * Every administrative document the report cites (Decree 30/2020/NĐ-CP `số/ký hiệu`), with its
 * type word, date and issuer, in reading order: blocks, table cells, then footnotes. The same
 * number cited twice is two references (a checker compares their dates).
 */
export function extractReferences(report: ParsedReport, texts?: readonly ReadText[]): Reference[] {
  const references: Reference[] = [];
  // `texts` (from `readTexts`, the same sources in the same order) brings each text's agencies,
  // found once for every extractor; without it they are found here, only in texts citing something.
  const read = texts ?? Array.from(textSources(report), (source) => ({ source, agencies: null }));
  for (const { source, agencies } of read) {
    if (source.kind === 'signature') continue;
    for (const draft of draftsIn(source, agencies)) references.push(toReference(draft, source, references.length + 1));
  }
  return references;
}
