import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LayoutDocument, LayoutParagraph } from '../../../src/parsers/layout.js';
import { layoutFromText } from '../../../src/parsers/text/index.js';
import { paragraphs, parse } from './helpers/parse.js';

/**
 * The project's corpus as PDF (LibreOffice renderings of the DOCX twins) against its text form:
 * same footnotes, every marker in place once, and paragraphs cut by a page break marked so.
 */

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const REPORTS = [
  'kien-giang-6-thang-2022',
  'an-giang-quy-3-2023',
  'so-tai-chinh-binh-dinh-thang-10-2024',
  'so-y-te-quang-ngai-thang-5-2024',
];

const norm = (text: string): string => text.replace(/\*/gu, '').replace(/\s+/gu, ' ').trim();

function anchorCounts(doc: LayoutDocument): Map<number, number> {
  const counts = new Map<number, number>();
  for (const p of paragraphs(doc)) for (const a of p.anchors) counts.set(a.footnote, (counts.get(a.footnote) ?? 0) + 1);
  return counts;
}

for (const name of REPORTS) {
  const pdfPath = `${CORPUS}${name}.pdf`;
  const txtPath = `${CORPUS}${name}.txt`;
  let parsed: Promise<LayoutDocument> | null = null;
  const load = (): Promise<LayoutDocument> => (parsed ??= parse(new Uint8Array(readFileSync(pdfPath))));
  describe.skipIf(!existsSync(pdfPath) || !existsSync(txtPath))(`corpus ${name}.pdf`, () => {
    it('has the footnotes of its text form, each marked once in the body', async () => {
      const doc = await load();
      const text = layoutFromText(readFileSync(txtPath, 'utf8'));
      expect(doc.footnotes.map((f) => [f.number, norm(f.text)])).toEqual(text.footnotes.map((f) => [f.number, norm(f.text)]));
      const counts = anchorCounts(doc);
      for (const f of doc.footnotes) expect(counts.get(f.number), `marker ${f.number}`).toBe(1);
      expect(doc.warnings.filter((w) => w.code.startsWith('footnote'))).toEqual([]);
    });

    it('marks the first paragraph of every page, and page-split halves rejoin into paragraphs of the text', async () => {
      const doc = await load();
      const text = layoutFromText(readFileSync(txtPath, 'utf8'));
      const wanted = new Set(text.items.filter((i): i is LayoutParagraph => i.type === 'paragraph').map((p) => norm(p.text)));
      const seenPages = new Set<number>();
      let rejoined = 0;
      let previous: LayoutParagraph | null = null;
      for (const item of doc.items) {
        const page = item.page ?? 0;
        if (!seenPages.has(page)) {
          if (seenPages.size > 0) expect(item.afterBreak, `first item of page ${page}`).toBe(true);
          seenPages.add(page);
        } else {
          expect(item.afterBreak).toBe(false);
        }
        if (item.type !== 'paragraph') continue;
        if (item.afterBreak && previous && !wanted.has(norm(item.text)) && wanted.has(norm(`${previous.text} ${item.text}`))) rejoined += 1;
        previous = item;
      }
      console.log(`${name}.pdf: ${doc.source.pages} pages, ${rejoined} paragraphs split by a page break`);
      if (name === 'kien-giang-6-thang-2022') expect(rejoined).toBeGreaterThanOrEqual(4);
    });
  });
}
