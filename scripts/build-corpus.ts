/**
 * `npm run corpus`: for every `corpus/<name>.txt` report, writes `corpus/<name>.docx` (real Word
 * footnotes, Times New Roman 14 pt, A4, justified, header and signature blocks, appendix tables)
 * and renders `corpus/<name>.pdf` from it with LibreOffice. Run by developers when a report
 * changes; tests and users only read the committed outputs. Needs `soffice` on PATH
 * (apt-get install libreoffice-writer-nogui fonts-liberation); `--docx-only` skips the PDF.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Packer } from 'docx';
import { normaliseDocx, normalisePdf } from './corpus/deterministic.js';
import { planReport } from './corpus/plan.js';
import { renderPdf, timesSubstitute } from './corpus/render-pdf.js';
import { readSource } from './corpus/source.js';
import { buildDocument } from './corpus/writer.js';
import { flatten } from './corpus/inline.js';
import { readFlags } from './lib/flags.js';

const corpus = new URL('../corpus/', import.meta.url).pathname;
const USAGE = 'npm run corpus -- [--docx-only] [report-name …]';
const { values: flags, positionals: only } = readFlags({ 'docx-only': { type: 'boolean', default: false } }, USAGE, { positionals: true });
const docxOnly = flags['docx-only'];
const unknown = only.filter((name) => !existsSync(join(corpus, `${name}.txt`)));
if (unknown.length > 0) {
  process.stderr.write(`no corpus/<name>.txt for: ${unknown.join(', ')}\nusage: ${USAGE}\n`);
  process.exit(2);
}

const names = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => basename(f, '.txt'))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

if (!docxOnly) console.error(`Times New Roman is rendered with: ${timesSubstitute()}`);
for (const name of names) {
  const source = readSource(readFileSync(join(corpus, `${name}.txt`), 'utf8'));
  const plan = planReport(source);
  const title = plan.items.filter((i) => i.kind === 'title').map((i) => ('inlines' in i ? flatten(i.inlines).text : ''));
  const docx = await normaliseDocx(await Packer.toBuffer(buildDocument(plan, { title: title[0] ?? name, subject: title[1] ?? '' })));
  writeFileSync(join(corpus, `${name}.docx`), docx);
  let line = `${name}: ${plan.items.length} blocks, ${plan.footnotes.size} footnotes, ${plan.items.filter((i) => i.kind === 'table').length} tables → ${name}.docx (${docx.length} bytes)`;
  if (!docxOnly) {
    const pdf = normalisePdf(renderPdf(docx, name));
    writeFileSync(join(corpus, `${name}.pdf`), pdf);
    line += `, ${name}.pdf (${pdf.length} bytes)`;
  }
  console.error(line);
}
