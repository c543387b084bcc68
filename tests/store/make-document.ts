import { createHash } from 'node:crypto';
import { ReportDocument, SCHEMA_VERSION, emptyMeta, type Fact, type Finding } from '../../src/model/index.js';

/** A small valid ReportDocument built by hand (no parser): two blocks, an agency, a reference. */
export function makeDocument(opts: { name?: string; inconsistent?: boolean; agency?: string } = {}): ReportDocument {
  const name = opts.name ?? 'bao-cao.txt';
  const agency = opts.agency ?? 'Sở Y tế';
  const text = `${agency} đã tiếp nhận 728 hồ sơ, chiếm tỷ lệ 12,92% theo Kế hoạch số 17/KH-UBND.`;
  const at = (needle: string): { start: number; end: number } => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length };
  };
  const fact = (id: string, raw: string, kind: Fact['kind'], value: number, unit: string): Fact => ({
    id,
    kind,
    value,
    unit,
    displayUnit: unit,
    scale: 1,
    raw,
    number: { text: raw.split(' ')[0] ?? raw, exact: String(value), decimals: kind === 'percent' ? 2 : 0, ambiguous: false },
    fraction: null,
    range: null,
    date: null,
    status: 'ok',
    estimated: false,
    bound: null,
    measure: { predicate: 'tiếp nhận', reference: null, noun: unit === '%' ? null : unit, qualifiers: ['trễ hạn'], subject: null },
    links: { partOf: null, partCue: null, enumeration: null, parenthetical: false, footnote: null, referenceFact: null },
    sentence: { start: 0, end: text.length },
    confidence: null,
    uncertain: false,
    position: { block: 'b2', ...at(raw), page: 1 },
    provenance: { extractor: 'test', pattern: 'test' },
  });
  const finding: Finding = {
    id: 'k1',
    rule: 'share-of-total',
    status: opts.inconsistent ? 'inconsistent' : 'consistent',
    severity: opts.inconsistent ? 'error' : 'info',
    message: { vi: '728 / 5.634 = 12,92%', en: '728 / 5,634 = 12.92%' },
    reason: null,
    expected: '12,92%',
    actual: '12,92%',
    arithmetic: '728 / 5.634 = 12,92%',
    cue: 'chiếm tỷ lệ',
    section: ['I'],
    evidence: [{ role: 'part', fact: 'f1', raw: '728 hồ sơ', value: 728, page: 1, block: 'b2', ...at('728 hồ sơ'), sentence: text }],
  };
  const doc = {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'solieu', version: '0.0.0-test' },
    source: {
      path: name,
      format: 'text',
      sha256: createHash('sha256').update(name).digest('hex'),
      bytes: text.length,
      pages: 1,
      ocr: false,
    },
    meta: { ...emptyMeta(), documentNumber: '12/BC-UBND', title: 'BÁO CÁO' },
    blocks: [
      { id: 'b1', kind: 'heading', label: 'I', level: 1, section: [], page: 1, order: 1, text: 'I. KẾT QUẢ', anchors: [] },
      { id: 'b2', kind: 'paragraph', label: null, level: null, section: ['I'], page: 1, order: 2, text, anchors: [] },
    ],
    footnotes: [],
    tables: [],
    facts: [fact('f1', '728 hồ sơ', 'quantity', 728, 'hồ sơ'), fact('f2', '12,92%', 'percent', 12.92, '%')],
    references: [
      {
        id: 'r1',
        type: 'Kế hoạch',
        typeCode: 'KH',
        number: '17/KH-UBND',
        date: null,
        issuer: null,
        form: 'administrative',
        raw: 'Kế hoạch số 17/KH-UBND',
        position: { block: 'b2', ...at('Kế hoạch số 17/KH-UBND'), page: 1 },
        provenance: { extractor: 'test', pattern: 'test' },
      },
    ],
    agencies: [
      { id: 'a1', name: agency, kind: 'department', mentions: [{ raw: agency, position: { block: 'b2', ...at(agency), page: 1 } }] },
    ],
    places: [],
    footnoteContents: [],
    findings: [finding],
    warnings: [],
  };
  return ReportDocument.parse(doc);
}
