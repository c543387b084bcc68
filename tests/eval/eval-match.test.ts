import { describe, expect, it } from 'vitest';
import { candidatesFor, unitsOf } from '../../scripts/lib/eval-match.js';
import type { GoldClaim } from '../../scripts/lib/eval-gold.js';
import type { ReportDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';

/**
 * A table-text claim whose quote is the text's sentence (`… 615.208.400 đồng` against a form's
 * `615,2`) is credited only to a finding that carries the text figure inside the quote and the
 * table figure in a table cell.
 */
const SENTENCE = 'Qua thanh tra, số tiền sai phạm phát hiện là 615.208.400 đồng.';
const TABLE = 'Đơn vị\tTổng vi phạm\nTổng\t615,2';
const doc = {
  blocks: [
    { id: 'b1', kind: 'paragraph', text: SENTENCE },
    { id: 'b2', kind: 'table', text: TABLE },
  ],
  footnotes: [],
} as unknown as ReportDocument;
const units = unitsOf(doc);

const evidence = (role: string, raw: string, block: string, text: string) => {
  const start = text.indexOf(raw);
  return { role, raw, block, start, end: start + raw.length };
};
const finding = (textRaw: string, tableRaw: string, textBlock = 'b1', textOf = SENTENCE): Finding =>
  ({
    id: 'table-text@b1:0',
    rule: 'table-text',
    status: 'consistent',
    cue: null,
    evidence: [evidence('text', textRaw, textBlock, textOf), evidence('table', tableRaw, 'b2', TABLE)],
  }) as unknown as Finding;

const claim: GoldClaim = {
  id: 'v-001',
  kind: 'table-text',
  scope: 'table',
  quote: 'số tiền sai phạm phát hiện là 615.208.400 đồng',
  operands: [
    { role: 'text', raw: '615.208.400' },
    { role: 'table', raw: '615,2' },
  ],
  stated: '615,2',
  expression: '615208400/1000000',
  verdict: 'consistent',
} as GoldClaim;

describe('eval matcher: a table-text claim quoting the text', () => {
  it('credits the finding carrying both figures', () => {
    expect(candidatesFor(claim, [finding('615.208.400 đồng', '615,2')], units)).toHaveLength(1);
  });
  it('does not credit a finding with another table figure or another text figure', () => {
    expect(candidatesFor(claim, [finding('615.208.400 đồng', '651,2')], units)).toHaveLength(0);
    const other = 'Kiến nghị thu hồi 615.208.400 đồng.';
    const doc2 = {
      blocks: [...(doc.blocks as unknown[]), { id: 'b3', kind: 'paragraph', text: other }],
      footnotes: [],
    } as unknown as ReportDocument;
    // The same figure in another sentence is not the quoted one.
    expect(candidatesFor(claim, [finding('615.208.400 đồng', '615,2', 'b3', other)], unitsOf(doc2))).toHaveLength(0);
  });
});
