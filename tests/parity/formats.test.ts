import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/document.js';
import type { SourceFormat } from '../../src/model/source.js';
import { docxParser } from '../../src/parsers/docx/index.js';
import { pdfParser } from '../../src/parsers/pdf/index.js';
import type { FormatParser } from '../../src/parsers/layout.js';
import { layoutFromText, stripEmphasis } from '../../src/parsers/text/index.js';
import { buildReport } from '../../src/structure/index.js';
import { normalizeText } from '../../src/text/normalize.js';

/**
 * The same report as text, DOCX and PDF must give the same document: the same footnotes (numbers
 * and bodies after normalisation), the same section tree, and block texts that agree character for
 * character (≥ 99 %). The DOCX and PDF in corpus/ are generated from the text by `npm run corpus`.
 */

const corpus = new URL('../../corpus/', import.meta.url);
const REFERENCE = 'kien-giang-6-thang-2022';
const names = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt') && existsSync(new URL(f.replace(/\.txt$/u, '.docx'), corpus)))
  .map((f) => f.replace(/\.txt$/u, ''))
  .sort();

function sourceOf(name: string, format: SourceFormat, bytes: Uint8Array) {
  return {
    path: `corpus/${name}`,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    pages: null,
    ocr: false,
  };
}

function fromText(name: string): ParsedReport {
  const bytes = readFileSync(new URL(`${name}.txt`, corpus));
  return buildReport({ source: sourceOf(name, 'text', bytes), ...layoutFromText(bytes.toString('utf8')) });
}

async function fromFile(name: string, format: 'docx' | 'pdf', parser: FormatParser): Promise<ParsedReport> {
  // A plain Uint8Array: pdf.js refuses Node Buffers.
  const bytes = new Uint8Array(readFileSync(new URL(`${name}.${format}`, corpus)));
  return buildReport(await parser.parse(bytes, sourceOf(name, format, bytes), {}));
}

/** Emphasis marks are formatting (the text form writes them, Word applies them): not content. */
const normalNote = (text: string): string => normalizeText(stripEmphasis(text)).trim();

/** Body blocks: the header block's shape differs by format (a table in text, columns elsewhere). */
const bodyText = (report: ParsedReport): string =>
  report.blocks
    .filter((b) => b.kind !== 'header' && b.kind !== 'table')
    .map((b) => b.text)
    .join('\n');

const sectionTree = (report: ParsedReport): string[] => report.blocks.filter((b) => b.level !== null).map((b) => b.section.join(' › '));

/**
 * Character agreement: 2·LCS / (|a| + |b|), the LCS found with Myers' O((N+M)·D) diff, which is fast
 * when the texts are close (the case that matters) and gives up beyond `maxD` edits.
 */
export function agreement(a: string, b: string, maxD = 20_000): number {
  const n = a.length;
  const m = b.length;
  if (n + m === 0) return 1;
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  for (let d = 0; d <= maxD; d += 1) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
          ? (v[offset + k + 1] ?? 0)
          : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return (n + m - d) / (n + m);
    }
  }
  return (n + m - maxD) / (n + m);
}

describe('agreement()', () => {
  it('is 1 for equal texts, drops with each edit, and is symmetric', () => {
    expect(agreement('Tổng thu 6.098 tỷ đồng', 'Tổng thu 6.098 tỷ đồng')).toBe(1);
    expect(agreement('abcd', 'abxd')).toBeCloseTo(0.75, 5);
    expect(agreement('abc', '')).toBe(0);
    expect(agreement('kế hoạch năm', 'kế hoạch')).toBeCloseTo(agreement('kế hoạch', 'kế hoạch năm'), 10);
  });
});

describe.each(names)('%s: text ↔ DOCX', (name) => {
  it('gives the same footnotes, section tree, meta, tables and block texts', async () => {
    const text = fromText(name);
    const docx = await fromFile(name, 'docx', docxParser);
    expect(docx.footnotes.map((f) => f.number)).toEqual(text.footnotes.map((f) => f.number));
    expect(docx.footnotes.map((f) => normalNote(f.text))).toEqual(text.footnotes.map((f) => normalNote(f.text)));
    for (const footnote of docx.footnotes) expect(footnote.anchors).toHaveLength(1);
    expect(sectionTree(docx)).toEqual(sectionTree(text));
    expect(docx.meta).toEqual(text.meta);
    expect(docx.tables.map((t) => [t.caption, t.rows])).toEqual(text.tables.map((t) => [t.caption, t.rows]));
    const score = agreement(bodyText(text), bodyText(docx));
    console.log(
      `[parity] ${name} text ↔ docx: ${docx.footnotes.length} footnotes, ${docx.blocks.length} blocks, character agreement ${(score * 100).toFixed(2)} %`,
    );
    expect(score).toBeGreaterThanOrEqual(0.99);
    if (name === REFERENCE) expect(docx.footnotes).toHaveLength(27);
  });
});

const pdfNames = names.filter((name) => existsSync(new URL(`${name}.pdf`, corpus)));

describe('corpus', () => {
  // An empty list would make the comparisons below pass vacuously.
  it('has text reports with DOCX and PDF twins', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(pdfNames).toEqual(names);
  });
});

describe.each(pdfNames)('%s: text ↔ PDF', (name) => {
  it('gives the same footnotes and block texts', async () => {
    const text = fromText(name);
    // A parser error fails the test: a machine where every PDF fails to parse must not pass.
    const pdf = await fromFile(name, 'pdf', pdfParser);
    const score = agreement(bodyText(text), bodyText(pdf));
    const sameNotes = pdf.footnotes.filter((f, i) => normalNote(f.text) === normalNote(text.footnotes[i]?.text ?? '')).length;
    console.log(
      `[parity] ${name} text ↔ pdf: footnotes ${pdf.footnotes.length}/${text.footnotes.length} (${sameNotes} identical bodies), ` +
        `sections ${sectionTree(pdf).length}/${sectionTree(text).length}, character agreement ${(score * 100).toFixed(2)} %`,
    );
    expect(pdf.footnotes.map((f) => f.number)).toEqual(text.footnotes.map((f) => f.number));
    expect(pdf.footnotes.map((f) => normalNote(f.text))).toEqual(text.footnotes.map((f) => normalNote(f.text)));
    expect(sectionTree(pdf)).toEqual(sectionTree(text));
    expect(score).toBeGreaterThanOrEqual(0.99);
  });
});
