import { describe, expect, it } from 'vitest';
import {
  documentMatches,
  documentSelector,
  mayHoldRows,
  rowMatches,
  type QueryFilters,
  type QueryResult,
  type QueryTarget,
} from '../../src/store/query.js';
import { documentKeys, documentRecord, failedRecord, type DocumentRecord, type RecordInfo } from '../../src/store/records.js';
import { COLUMNS, toRow, toRows } from '../../src/store/rows.js';
import { csvField, csvRows, jsonlRows, toCsv, toJsonl } from '../../src/store/serialize.js';
import { makeDocument } from './make-document.js';

const info = (name: string): RecordInfo => ({
  name,
  source: `/data/báo cáo/${name}`,
  output: `/out/${name}.json`,
  sha256: 'c'.repeat(64),
  bytes: 1,
  generatorVersion: 'test',
  options: 'o',
  ingestedAt: '2025-01-01T00:00:00.000Z',
  durationMs: 3,
});

function sample(): DocumentRecord[] {
  return [
    documentRecord(makeDocument({ agency: 'Sở Y tế' }), info('y-te.txt')),
    documentRecord(makeDocument({ agency: 'Sở Tư pháp', inconsistent: true }), info('tu-phap.pdf')),
    documentRecord(makeDocument({ agency: 'Ủy ban nhân dân huyện Kiên Hải' }), info('kien-hai.docx')),
    failedRecord(info('hong.pdf'), { code: 'invalid_pdf', message: 'truncated', suggestion: null }),
  ];
}

/** The in-memory equivalent of a store query: the catalogue pre-filter, then the row filter. */
function queryStore<T extends QueryTarget>(records: DocumentRecord[], target: T, f: QueryFilters): QueryResult[T] {
  const pick = documentSelector(
    records.map((r) => r.document),
    f.document,
  );
  const out: unknown[] = [];
  for (const r of records.filter((x) => pick(x.document))) {
    if (target === 'documents') {
      if (documentMatches(r.document, f)) out.push(r.document);
      continue;
    }
    const t = target as Exclude<QueryTarget, 'documents'>;
    const rows = r[t].filter((row) => rowMatches(t, row, f));
    // The catalogue keys never hide a document that has matching rows.
    if (rows.length > 0) expect(mayHoldRows({ document: r.document, keys: documentKeys(r) }, t, f)).toBe(true);
    out.push(...rows);
  }
  return out as QueryResult[T];
}

describe('query filters', () => {
  const data = sample();

  it('filters facts by agency, unit and kind, folding case, tone placement and marks', () => {
    expect(queryStore(data, 'facts', { agency: 'sở y tế', unit: 'hồ sơ' }).map((f) => [f.document, f.raw])).toEqual([
      ['y-te.txt', '728 hồ sơ'],
    ]);
    expect(queryStore(data, 'facts', { agency: 'SỞ TƯ PHÁP', kind: 'percent' }).map((f) => f.document)).toEqual(['tu-phap.pdf']);
    // `Uỷ` (old tone placement) and `Ủy` name the same agency; so does `uy ban` without marks.
    expect(queryStore(data, 'facts', { agency: 'uỷ ban nhân dân huyện kiên hải' }).map((f) => f.document)).toEqual([
      'kien-hai.docx',
      'kien-hai.docx',
    ]);
    expect(queryStore(data, 'facts', { agency: 'uy ban nhan dan huyen kien hai', unit: 'HO SO' })).toHaveLength(1);
    expect(queryStore(data, 'facts', { unit: 'tấn' })).toEqual([]);
  });

  it('skips documents on their catalogue keys alone', () => {
    const [yTe] = data;
    const entry = { document: yTe!.document, keys: documentKeys(yTe!) };
    expect(mayHoldRows(entry, 'facts', { unit: 'ho so' })).toBe(true);
    expect(mayHoldRows(entry, 'facts', { unit: 'tỷ đồng' })).toBe(false);
    expect(mayHoldRows(entry, 'facts', { agency: 'tư pháp' })).toBe(false);
    expect(mayHoldRows(entry, 'findings', { status: 'inconsistent' })).toBe(false);
    expect(mayHoldRows(entry, 'findings', { rule: 'sum' })).toBe(false);
    expect(mayHoldRows(entry, 'references', { number: '18/KH-UBND' })).toBe(false);
    const failed = data[3]!;
    expect(mayHoldRows({ document: failed.document, keys: documentKeys(failed) }, 'facts', {})).toBe(false);
  });

  it('filters documents and findings by status, and documents by name or path part', () => {
    expect(queryStore(data, 'documents', { status: 'failed' }).map((d) => d.name)).toEqual(['hong.pdf']);
    expect(queryStore(data, 'findings', { status: 'inconsistent' }).map((f) => f.document)).toEqual(['tu-phap.pdf']);
    expect(queryStore(data, 'facts', { document: 'y-te' })).toHaveLength(2);
    expect(queryStore(data, 'documents', { document: 'báo cáo' })).toHaveLength(4);
    expect(queryStore(data, 'documents', { document: 'bao cao' })).toHaveLength(4);
  });

  it('matches reference numbers whatever the spacing and case', () => {
    expect(queryStore(data, 'references', { number: '17 /kh-ubnd' })).toHaveLength(3);
    expect(queryStore(data, 'references', { number: '18/KH-UBND' })).toHaveLength(0);
  });
});

describe('export rows', () => {
  const data = sample();

  it('gives every row exactly the published columns', () => {
    for (const what of ['documents', 'facts', 'findings', 'references', 'agencies'] as const) {
      for (const row of toRows(what, queryStore(data, what, {}))) expect(Object.keys(row)).toEqual([...COLUMNS[what]]);
    }
    const [failed] = toRows('documents', queryStore(data, 'documents', { status: 'failed' }));
    expect(failed).toMatchObject({ document: 'hong.pdf', errorCode: 'invalid_pdf', facts: 0 });
  });

  it('writes CSV with a BOM, CRLF and RFC 4180 quoting', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        { a: 'Sở Y tế, tỉnh', b: 'nói "vượt"', c: 'dòng 1\ndòng 2' },
        { a: 12.5, b: null, c: ['x', 'y'] },
      ],
    );
    expect(csv.startsWith('\uFEFFa,b,c\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFa,b,c\r\n"Sở Y tế, tỉnh","nói ""vượt""","dòng 1\ndòng 2"\r\n12.5,,x; y\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas but keeps signed numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('- Thực hiện')).toBe("'- Thực hiện");
    expect(csvField('-4,6%')).toBe('"-4,6%"');
    expect(csvField(-3)).toBe('-3');
  });

  it('writes JSONL with keys in column order and lists kept as lists', () => {
    const rows = toRows('facts', queryStore(data, 'facts', { document: 'y-te.txt' }));
    const lines = toJsonl(COLUMNS.facts, rows)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]!)).toEqual([...COLUMNS.facts]);
    expect(lines[0]).toMatchObject({ raw: '728 hồ sơ', qualifiers: ['trễ hạn'], agency: 'Sở Y tế', section: 'I' });
  });

  it('streams the same CSV and JSONL as it writes at once', async () => {
    const facts = queryStore(data, 'facts', {});
    const rows = toRows('facts', facts);
    const stream = async function* () {
      for (const fact of facts) yield toRow('facts', fact);
    };
    let csv = '';
    for await (const chunk of csvRows(COLUMNS.facts, stream())) csv += chunk;
    expect(csv).toBe(toCsv(COLUMNS.facts, rows));
    let jsonl = '';
    for await (const chunk of jsonlRows(COLUMNS.facts, stream())) jsonl += chunk;
    expect(jsonl).toBe(toJsonl(COLUMNS.facts, rows));
  });
});
