import {
  ReportDocument,
  type Block,
  type Fact,
  type Finding,
  type FindingStatus,
  type Footnote,
  type Reference,
} from '../../src/model/index.js';

/**
 * A small, valid ReportDocument built by hand (ReportDocument.parse must pass): a few blocks over
 * two pages, footnotes, a table, facts located by searching their text, and one finding of each
 * status. It stands in for the extractor and the checker, so the review page is tested alone.
 */
export interface FixtureOptions {
  /** Put hostile markup into every string the page shows. */
  hostile?: boolean;
}

export const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">';

interface BlockSpec {
  kind: Block['kind'];
  text: string;
  label?: string | null;
  level?: number | null;
  section?: string[];
  page: number;
  /** Footnote markers: [footnote number, the text they follow]. */
  anchors?: [number, string][];
}

export function buildFixture(options: FixtureOptions = {}): ReportDocument {
  const evil = options.hostile ? ` ${HOSTILE}` : '';
  const table = [
    ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
    ['Lúa (tấn)', '2.355.000', '2.400.000'],
  ];
  const specs: BlockSpec[] = [
    { kind: 'title', text: 'BÁO CÁO', page: 1 },
    { kind: 'title', text: `Kiểm điểm công tác chỉ đạo, điều hành 06 tháng đầu năm${evil}`, page: 1 },
    { kind: 'heading', text: 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', label: 'I', level: 1, section: ['I'], page: 1 },
    {
      kind: 'paragraph',
      section: ['I'],
      page: 1,
      text: `Về tiến độ nhiệm vụ: đã giao 2.307 nhiệm vụ, đã hoàn thành 1.367 nhiệm vụ (trong đó trễ hạn 298 nhiệm vụ, chiếm tỷ lệ 12,92%), đang thực hiện 904 nhiệm vụ.${evil}`,
      anchors: [[1, 'đã giao 2.307 nhiệm vụ']],
    },
    {
      kind: 'list-item',
      label: '-',
      section: ['I'],
      page: 2,
      text: 'Tổng sản lượng thủy sản ước đạt 402.921 tấn, đạt 85,6% kế hoạch (kế hoạch 470.500 tấn).',
      anchors: [[2, 'kế hoạch (kế hoạch 470.500 tấn)']],
    },
    {
      kind: 'list-item',
      label: '-',
      section: ['I'],
      page: 2,
      text: 'Xây dựng nông thôn mới 11/14 xã đạt chuẩn (78% kế hoạch); học sinh từ 6-14 tuổi đến trường.',
    },
    {
      kind: 'paragraph',
      section: ['I'],
      page: 2,
      text: 'Tỷ lệ tiêm mũi 3 đạt 68,19%, theo Kế hoạch số 17/KH-UBND.',
      anchors: [[1, 'mũi 3']],
    },
    { kind: 'table', text: table.map((r) => r.join('\t')).join('\n'), page: 2, section: [] },
  ];
  const blocks: Block[] = specs.map((spec, i) => ({
    id: `b${i + 1}`,
    kind: spec.kind,
    label: spec.label ?? null,
    level: spec.level ?? null,
    section: spec.section ?? [],
    page: spec.page,
    order: i + 1,
    text: spec.text,
    anchors: (spec.anchors ?? []).map(([footnote, after]) => ({ footnote, offset: spec.text.indexOf(after) + after.length })),
  }));

  const footnotes: Footnote[] = [
    { id: 'fn1', number: 1, text: `Kế hoạch số 17/KH-UBND ngày 07/02/2022; đã tiêm 3.363.245 liều${evil}`, page: 1, anchors: [] },
    { id: 'fn2', number: 2, text: 'Theo Quyết định số 3320/QĐ-UBND ngày 31/12/2021.', page: 2, anchors: [] },
  ];
  for (const block of blocks)
    for (const a of block.anchors) footnotes.find((f) => f.number === a.footnote)?.anchors.push({ block: block.id, offset: a.offset });

  const texts = new Map<string, { text: string; page: number | null }>([
    ...blocks.map((b) => [b.id, { text: b.text, page: b.page }] as const),
    ...footnotes.map((f) => [f.id, { text: f.text, page: f.page }] as const),
  ]);
  const facts: Fact[] = [];
  const fact = (
    block: string,
    raw: string,
    kind: Fact['kind'],
    value: number | null,
    unit: string | null,
    extra: Partial<Fact> = {},
  ): Fact => {
    const where = texts.get(block);
    const start = where?.text.indexOf(raw) ?? -1;
    if (!where || start < 0) throw new Error(`fixture: "${raw}" not in ${block}`);
    const made: Fact = {
      id: `f${facts.length + 1}`,
      kind,
      value,
      unit,
      displayUnit: unit,
      scale: 1,
      raw: options.hostile && kind === 'quantity' ? `${raw}${HOSTILE}` : raw,
      number: null,
      fraction: null,
      range: null,
      date: null,
      status: 'ok',
      estimated: false,
      bound: null,
      measure: { predicate: null, reference: null, noun: unit, qualifiers: [], subject: options.hostile ? HOSTILE : null },
      links: { partOf: null, partCue: null, enumeration: null, parenthetical: false, footnote: null, referenceFact: null },
      sentence: { start: 0, end: where.text.length },
      confidence: null,
      uncertain: false,
      position: { block, start, end: start + raw.length, page: where.page },
      provenance: { extractor: 'fixture', pattern: options.hostile ? HOSTILE : 'by-hand' },
      ...extra,
    };
    facts.push(made);
    return made;
  };
  const total = fact('b4', '2.307 nhiệm vụ', 'quantity', 2307, 'nhiệm vụ', {
    measure: { predicate: 'giao', reference: null, noun: 'nhiệm vụ', qualifiers: [], subject: 'Về tiến độ nhiệm vụ' },
  });
  const done = fact('b4', '1.367 nhiệm vụ', 'quantity', 1367, 'nhiệm vụ');
  const late = fact('b4', '298 nhiệm vụ', 'quantity', 298, 'nhiệm vụ', {
    measure: { predicate: null, reference: null, noun: 'nhiệm vụ', qualifiers: ['trễ hạn'], subject: null },
  });
  fact('b4', '12,92%', 'percent', 12.92, '%');
  const ongoing = fact('b4', '904 nhiệm vụ', 'quantity', 904, 'nhiệm vụ');
  const fish = fact('b5', '402.921 tấn', 'quantity', 402921, 'tấn', { estimated: true });
  const share = fact('b5', '85,6%', 'percent', 85.6, '%');
  const plan = fact('b5', '470.500 tấn', 'quantity', 470500, 'tấn');
  const communes = fact('b6', '11/14 xã', 'fraction', 11, 'xã');
  fact('b6', '11', 'number', 11, null); // overlaps the fraction on purpose
  const pct78 = fact('b6', '78%', 'percent', 78, '%');
  fact('b6', '6-14 tuổi', 'range', null, 'tuổi');
  const dose = fact('b7', '68,19%', 'percent', 68.19, '%');
  fact('b8', '2.400.000', 'number', 2400000, null);
  fact('fn1', '07/02/2022', 'date', null, null, { date: '2022-02-07' });
  fact('fn1', '3.363.245 liều', 'quantity', 3363245, 'liều');

  const references: Reference[] = [
    reference('r1', 'fn1', footnotes[0]?.text ?? '', '17/KH-UBND', 'Kế hoạch', '2022-02-07', 1),
    reference('r2', 'b7', blocks[6]?.text ?? '', '17/KH-UBND', 'Kế hoạch', null, 2),
    reference('r3', 'fn2', footnotes[1]?.text ?? '', '3320/QĐ-UBND', 'Quyết định', '2021-12-31', 2),
  ];

  const ev = (f: Fact, role: string, useFact = true): Finding['evidence'][number] => ({
    role,
    fact: useFact ? f.id : null,
    raw: f.raw,
    value: f.value,
    page: f.position.page,
    block: f.position.block,
    start: f.position.start,
    end: f.position.end,
    sentence: texts.get(f.position.block)?.text ?? '',
  });
  const finding = (
    id: string,
    rule: string,
    status: FindingStatus,
    evidence: Finding['evidence'],
    arithmetic: string | null,
    extra: Partial<Finding> = {},
  ): Finding => ({
    id,
    rule: options.hostile && status === 'inconsistent' ? `sum-of-parts"${HOSTILE}` : rule,
    status,
    severity: status === 'inconsistent' ? 'error' : status === 'warning' ? 'warning' : 'info',
    message: { vi: `Thông điệp ${id}${evil}`, en: `Message ${id}${evil}` },
    reason: null,
    expected: null,
    actual: null,
    arithmetic: arithmetic === null ? null : `${arithmetic}${evil}`,
    cue: null,
    section: ['I'],
    evidence,
    ...extra,
  });
  const findings: Finding[] = [
    // Checker order is document order; the page must still list the inconsistent one first.
    finding(
      'k1',
      'plan-attainment',
      'consistent',
      [ev(fish, 'actual'), ev(plan, 'plan'), ev(share, 'share')],
      '402.921 / 470.500 = 85,64% ≈ 85,6%',
    ),
    finding('k2', 'share-of-total', 'unverifiable', [ev(dose, 'share')], null, { reason: 'no total in scope' }),
    // Evidence without a fact id: the page must still mark the range.
    finding(
      'k3',
      'sum-of-parts',
      'inconsistent',
      [ev(total, 'total'), ev(done, 'part'), ev(ongoing, 'part', false)],
      '1.367 + 904 = 2.271 ≠ 2.307',
      {
        expected: '2.271',
        actual: '2.307',
        cue: 'đã giao … đã hoàn thành … đang thực hiện',
      },
    ),
    finding('k4', 'plan-attainment', 'warning', [ev(communes, 'actual'), ev(pct78, 'share')], '11 / 14 = 78,57% → 78% (truncated)', {
      reason: 'truncated, not rounded',
    }),
    finding('k5', 'part-of-whole', 'consistent', [ev(late, 'part'), ev(done, 'whole')], '298 ≤ 1.367'),
  ];

  return ReportDocument.parse({
    schemaVersion: 1,
    generator: { name: 'solieu', version: '0.0.0-test' },
    source: {
      path: options.hostile ? `evil${HOSTILE}.pdf` : 'fixture.pdf',
      format: 'pdf',
      sha256: '0'.repeat(64),
      bytes: 1234,
      pages: 2,
      ocr: false,
    },
    meta: {
      documentNumber: '202/BC-UBND',
      documentCode: 'BC-UBND',
      place: 'Kiên Giang',
      date: '2022-06-30',
      issuer: `ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG${evil}`,
      title: 'BÁO CÁO',
      subject: `Kiểm điểm công tác chỉ đạo, điều hành 06 tháng đầu năm${evil}`,
      period: '06 tháng đầu năm',
      signer: null,
    },
    blocks,
    footnotes,
    tables: [{ id: 't1', block: 'b8', page: 2, caption: null, rows: table }],
    facts,
    references,
    agencies: [],
    places: [],
    footnoteContents: [],
    findings,
    warnings: options.hostile ? [{ code: 'legacy_encoding', message: HOSTILE, page: null }] : [],
  });
}

function reference(id: string, block: string, text: string, number: string, type: string, date: string | null, page: number): Reference {
  const start = text.indexOf(number);
  if (start < 0) throw new Error(`fixture: ${number} not in ${block}`);
  return {
    id,
    type,
    typeCode: number.split('/')[1]?.split('-')[0] ?? null,
    number,
    date,
    issuer: null,
    form: 'administrative',
    raw: number,
    position: { block, start, end: start + number.length, page },
    provenance: { extractor: 'fixture', pattern: 'by-hand' },
  };
}
