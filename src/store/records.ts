import type { ReportDocument, Fact } from '../model/index.js';
import type {
  FindingCounts,
  StoredAgency,
  StoredDocument,
  StoredError,
  StoredFact,
  StoredFinding,
  StoredReference,
  DocumentKeys,
} from './schema.js';
import { byName, foldKey, referenceKey } from './fold.js';

/** Everything the store keeps about one file. */
export interface DocumentRecord {
  document: StoredDocument;
  facts: StoredFact[];
  findings: StoredFinding[];
  references: StoredReference[];
  agencies: StoredAgency[];
}

/** What the ingest run knows about a file besides the parsed document. */
export interface RecordInfo {
  name: string;
  source: string;
  output: string | null;
  sha256: string;
  bytes: number;
  generatorVersion: string;
  options: string;
  ingestedAt: string;
  durationMs: number;
}

export const countFindings = (statuses: Iterable<{ status: keyof FindingCounts }>): FindingCounts => {
  const counts: FindingCounts = { consistent: 0, warning: 0, inconsistent: 0, unverifiable: 0 };
  for (const { status } of statuses) counts[status] += 1;
  return counts;
};

/** Flattens a processed document into store rows. */
export function documentRecord(doc: ReportDocument, info: RecordInfo): DocumentRecord {
  const texts = new Map<string, { text: string; section: string }>();
  for (const block of doc.blocks) texts.set(block.id, { text: block.text, section: block.section.join(' > ') });
  for (const note of doc.footnotes) {
    // A footnote belongs to the section of the block that cites it.
    const anchor = note.anchors[0];
    texts.set(note.id, { text: note.text, section: (anchor && texts.get(anchor.block)?.section) ?? '' });
  }
  const findings = countFindings(doc.findings);
  const name = info.name;
  const nearestAgency = agencyLocator(doc);
  return {
    document: {
      ...info,
      format: doc.source.format,
      status: findings.inconsistent > 0 ? 'inconsistent' : 'ok',
      error: null,
      meta: doc.meta,
      counts: {
        pages: doc.source.pages,
        blocks: doc.blocks.length,
        facts: doc.facts.length,
        references: doc.references.length,
        agencies: doc.agencies.length,
        findings,
      },
    },
    facts: doc.facts.map((fact) => factRow(name, fact, texts.get(fact.position.block), nearestAgency(fact))),
    findings: doc.findings.map((finding) => {
      const first = finding.evidence[0];
      return {
        document: name,
        id: finding.id,
        rule: finding.rule,
        status: finding.status,
        severity: finding.severity,
        messageVi: finding.message.vi,
        messageEn: finding.message.en,
        reason: finding.reason,
        expected: finding.expected,
        actual: finding.actual,
        arithmetic: finding.arithmetic,
        cue: finding.cue,
        section: finding.section.join(' > '),
        page: first?.page ?? null,
        block: first?.block ?? '',
        evidence: finding.evidence.map(({ role, fact, raw, value, page, block }) => ({ role, fact, raw, value, page, block })),
      };
    }),
    references: doc.references.map((ref) => ({
      document: name,
      id: ref.id,
      number: ref.number,
      type: ref.type,
      typeCode: ref.typeCode,
      date: ref.date,
      issuer: ref.issuer,
      form: ref.form,
      raw: ref.raw,
      page: ref.position.page,
      block: ref.position.block,
    })),
    agencies: doc.agencies.map((agency) => ({
      document: name,
      id: agency.id,
      name: agency.name,
      kind: agency.kind,
      mentions: agency.mentions.length,
      pages: [...new Set(agency.mentions.flatMap((m) => (m.position.page === null ? [] : [m.position.page])))].sort((a, b) => a - b),
    })),
  };
}

function factRow(document: string, fact: Fact, where: { text: string; section: string } | undefined, agency: string | null): StoredFact {
  return {
    document,
    id: fact.id,
    page: fact.position.page,
    block: fact.position.block,
    start: fact.position.start,
    end: fact.position.end,
    section: where?.section ?? '',
    kind: fact.kind,
    raw: fact.raw,
    value: fact.value,
    exact: fact.number?.exact ?? null,
    decimals: fact.number?.decimals ?? null,
    unit: fact.unit,
    displayUnit: fact.displayUnit,
    scale: fact.scale,
    date: fact.date,
    status: fact.status,
    estimated: fact.estimated,
    bound: fact.bound,
    predicate: fact.measure.predicate,
    reference: fact.measure.reference,
    noun: fact.measure.noun,
    qualifiers: fact.measure.qualifiers,
    subject: fact.measure.subject,
    agency,
    sentence: where ? where.text.slice(fact.sentence.start, fact.sentence.end) : '',
  };
}

/** The agency named last before a figure within the figure's sentence (`Sở Công Thương 204 hồ sơ`). */
function agencyLocator(doc: ReportDocument): (fact: Fact) => string | null {
  const byBlock = new Map<string, Array<{ start: number; end: number; name: string }>>();
  for (const agency of doc.agencies) {
    for (const mention of agency.mentions) {
      const list = byBlock.get(mention.position.block) ?? [];
      list.push({ start: mention.position.start, end: mention.position.end, name: agency.name });
      byBlock.set(mention.position.block, list);
    }
  }
  return (fact) => {
    let best: { end: number; name: string } | null = null;
    for (const m of byBlock.get(fact.position.block) ?? []) {
      const inSentence = m.start >= fact.sentence.start && m.end <= fact.position.start;
      if (inSentence && (best === null || m.end > best.end)) best = m;
    }
    return best?.name ?? null;
  };
}

/** The record of a file that could not be processed: no rows, the error kept for `query`. */
export function failedRecord(info: RecordInfo, error: StoredError): DocumentRecord {
  return {
    document: {
      ...info,
      output: null,
      format: null,
      status: 'failed',
      error,
      meta: null,
      counts: {
        pages: null,
        blocks: 0,
        facts: 0,
        references: 0,
        agencies: 0,
        findings: { consistent: 0, warning: 0, inconsistent: 0, unverifiable: 0 },
      },
    },
    facts: [],
    findings: [],
    references: [],
    agencies: [],
  };
}

/** The catalogue keys of a record: what its rows could match (see DocumentKeys). */
export function documentKeys(record: Pick<DocumentRecord, 'facts' | 'findings' | 'references' | 'agencies'>): DocumentKeys {
  const units = new Set<string>();
  const agencies = new Set<string>();
  const references = new Set<string>();
  const rules = new Set<string>();
  for (const f of record.facts) {
    if (f.unit !== null) units.add(foldKey(f.unit));
    if (f.displayUnit !== null) units.add(foldKey(f.displayUnit));
    if (f.agency !== null) agencies.add(foldKey(f.agency));
  }
  for (const a of record.agencies) agencies.add(foldKey(a.name));
  for (const r of record.references) {
    references.add(referenceKey(r.number));
    if (r.issuer !== null) agencies.add(foldKey(r.issuer));
  }
  for (const f of record.findings) rules.add(f.rule);
  const sorted = (set: Set<string>): string[] => [...set].sort(byName);
  return { units: sorted(units), agencies: sorted(agencies), references: sorted(references), rules: sorted(rules) };
}
