import type { Block } from '../../../src/model/block.js';
import type { ParsedReport } from '../../../src/model/document.js';
import { emptyMeta, type Meta } from '../../../src/model/meta.js';

/** What a hand-built report may hold: paragraphs, footnotes by number, tables, header lines. */
export interface ReportSpec {
  paragraphs?: string[];
  footnotes?: string[];
  tables?: string[][][];
  header?: string[];
  signature?: string;
  meta?: Partial<Meta>;
}

/** A ParsedReport built by hand, block by block, as the structure stage would give it. */
export function buildReport(spec: ReportSpec): ParsedReport {
  const blocks: Block[] = [];
  const add = (kind: Block['kind'], text: string): string => {
    const id = `b${blocks.length + 1}`;
    blocks.push({ id, kind, label: null, level: null, section: [], page: null, order: blocks.length + 1, text, anchors: [] });
    return id;
  };
  for (const line of spec.header ?? []) add('header', line);
  for (const text of spec.paragraphs ?? []) add('paragraph', text);
  const tables = (spec.tables ?? []).map((rows, n) => {
    const block = add('table', rows.map((r) => r.join('\t')).join('\n'));
    return { id: `t${n + 1}`, block, page: null, caption: null, rows };
  });
  if (spec.signature) add('signature', spec.signature);
  return {
    source: { path: 'inline.txt', format: 'text', sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false },
    meta: { ...emptyMeta(), ...spec.meta },
    blocks,
    footnotes: (spec.footnotes ?? []).map((text, n) => ({ id: `fn${n + 1}`, number: n + 1, text, page: null, anchors: [] })),
    tables,
    warnings: [],
  };
}
