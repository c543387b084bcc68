import { readFileSync } from 'node:fs';
import type { Finding } from '../../src/model/finding.js';
import { processBytes } from '../../src/pipeline.js';
import { type Edit, type Planned, applyEdits, batches, contextOf, namesFigure, shifts } from './eval-mutate.js';
import { readZip, writeZip } from './zip.js';

/**
 * The planted edits again, in the DOCX itself: the figure is changed inside `word/document.xml`
 * where it sits in one run (`<w:t>`), the package re-zipped and read by the DOCX parser. An edit
 * whose figure cannot be mapped to one run (split runs, numbering, footnotes) is skipped and counted.
 */
const DIGIT = /\d/u;

/** Offsets of `figure` in `text`, not as a piece of a longer number. */
function figureOffsets(text: string, figure: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(figure, from); at >= 0 && at < to; at = text.indexOf(figure, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + figure.length] ?? '';
    if (DIGIT.test(before) || DIGIT.test(after)) continue;
    if (/[.,]/u.test(before) && DIGIT.test(text[at - 2] ?? '')) continue;
    if (/[.,]/u.test(after) && DIGIT.test(text[at + figure.length + 1] ?? '')) continue;
    out.push(at);
  }
  return out;
}

/** Offsets (in the XML) of the figure inside single `<w:t>` elements, in document order. */
function xmlOffsets(xml: string, figure: string): number[] {
  const out: number[] = [];
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)) {
    const inner = m[1] ?? '';
    const base = (m.index ?? 0) + m[0].indexOf('>') + 1;
    for (const at of figureOffsets(inner, figure)) out.push(base + at);
  }
  return out;
}

export interface DocxResult {
  edits: number;
  flagged: number;
  skipped: number;
}

export async function runDocxMutations(path: string, text: string, bodyEnd: number, breaking: readonly Planned[]): Promise<DocxResult> {
  const result: DocxResult = { edits: 0, flagged: 0, skipped: 0 };
  const bytes = readFileSync(path);
  const entries = await readZip(bytes);
  const documentXml = entries.find((e) => e.name === 'word/document.xml');
  if (!documentXml) return result;
  const xml = documentXml.data.toString('utf8');
  // Each text edit mapped to the same occurrence of its figure in the XML.
  const mapped: Array<{ planned: Planned; edit: Edit; xmlAt: number }> = [];
  for (const planned of breaking) {
    const edit = planned.edits[0];
    if (!edit) continue;
    const inText = figureOffsets(text, edit.from, 0, bodyEnd);
    const inXml = xmlOffsets(xml, edit.from);
    const k = inText.indexOf(edit.start);
    if (edit.start >= bodyEnd || k < 0 || inText.length !== inXml.length) {
      result.skipped += 1;
      continue;
    }
    mapped.push({ planned, edit, xmlAt: inXml[k] as number });
  }
  const byPlanned = new Map(mapped.map((m) => [m.planned, m]));
  for (const batch of batches(mapped.map((m) => m.planned))) {
    const items = batch.map((p) => byPlanned.get(p)).filter((m): m is (typeof mapped)[number] => m !== undefined);
    let mutatedXml = xml;
    for (const m of [...items].sort((a, b) => b.xmlAt - a.xmlAt))
      mutatedXml = mutatedXml.slice(0, m.xmlAt) + m.edit.to + mutatedXml.slice(m.xmlAt + m.edit.from.length);
    const zip = writeZip(entries.map((e) => ({ name: e.name, data: e.name === 'word/document.xml' ? mutatedXml : e.data })));
    let findings: Finding[];
    try {
      findings = (await processBytes(new Uint8Array(zip), 'mutant.docx', { ocr: 'never' })).findings;
    } catch {
      result.skipped += items.length;
      continue;
    }
    const edits = items.map((m) => m.edit);
    const mutatedText = applyEdits(text, edits);
    const shift = shifts(edits);
    for (const m of items) {
      result.edits += 1;
      const context = contextOf(mutatedText, m.edit, shift.get(m.edit) ?? 0);
      if (findings.some((f) => f.status === 'inconsistent' && namesFigure(f, m.edit.to, context))) result.flagged += 1;
    }
  }
  return result;
}
