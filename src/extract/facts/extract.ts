import { type ParsedReport, type Anchor, type Footnote, isUncertain, type ConfidenceSpan, type Fact } from '../../model/index.js';
import { figureConfidence } from '../../text/index.js';
import { buildContext } from './context.js';
import { rawText } from './figure.js';
import { linkFigures } from './links.js';
import { estimateStarts, figureMap, measureOf } from './measure.js';
import { readFigures } from './read.js';

/**
 * The facts extractor: every figure of the running text and of the footnote bodies (tables are
 * the checker's), with its value in base units, its displayed number, what it measures and how it
 * is linked to the figures around it. One linear pass per block; ids `f1…` in reading order, a
 * footnote's figures right after the block that first cites it.
 */

const TEXT_KINDS = new Set(['heading', 'paragraph', 'list-item', 'title']);
/** The header block (`…, ngày 05 tháng 10 năm 2023`) gives dates only: its numbers are document codes. */
const DATE_ONLY_KINDS = new Set(['header']);

interface Draft {
  fact: Fact;
  partOf: number;
  referenceFact: number;
}

export function extractFacts(report: ParsedReport): Fact[] {
  const drafts: Draft[] = [];
  const footnotesAfter = new Map<string, Footnote[]>();
  const placed = new Set<string>();
  for (const footnote of report.footnotes) {
    const block = footnote.anchors[0]?.block;
    if (!block) continue;
    const list = footnotesAfter.get(block) ?? [];
    list.push(footnote);
    footnotesAfter.set(block, list);
  }
  const readFootnote = (footnote: Footnote): void => {
    if (placed.has(footnote.id)) return;
    placed.add(footnote.id);
    readBlock(drafts, footnote.id, footnote.page, footnote.text, [], false, footnote.confidence);
  };
  for (const block of report.blocks) {
    if (TEXT_KINDS.has(block.kind)) readBlock(drafts, block.id, block.page, block.text, block.anchors, false, block.confidence);
    else if (DATE_ONLY_KINDS.has(block.kind)) readBlock(drafts, block.id, block.page, block.text, block.anchors, true, block.confidence);
    for (const footnote of footnotesAfter.get(block.id) ?? []) readFootnote(footnote);
  }
  for (const footnote of report.footnotes) readFootnote(footnote);

  return drafts.map((draft, index) => {
    const fact = draft.fact;
    fact.id = `f${index + 1}`;
    fact.links.partOf = draft.partOf >= 0 ? `f${draft.partOf + 1}` : null;
    fact.links.referenceFact = draft.referenceFact >= 0 ? `f${draft.referenceFact + 1}` : null;
    return fact;
  });
}

/**
 * The figures of one piece of text read as a paragraph (a table cell holding sentences): facts with
 * `partOf` / `referenceFact` as indexes into the returned list (-1 when none); the caller names them.
 */
export function readTextFigures(id: string, page: number | null, text: string, spans?: readonly ConfidenceSpan[]): Draft[] {
  const drafts: Draft[] = [];
  readBlock(drafts, id, page, text, [], false, spans);
  return drafts;
}

export type { Draft as TextFigure };

function readBlock(
  drafts: Draft[],
  id: string,
  page: number | null,
  text: string,
  anchors: Anchor[],
  datesOnly: boolean,
  spans: readonly ConfidenceSpan[] | undefined,
): void {
  const ctx = buildContext(id, page, text, anchors);
  const all = readFigures(ctx);
  const figures = datesOnly ? all.filter((figure) => figure.kind === 'date' || figure.kind === 'period') : all;
  if (figures.length === 0) return;
  const figureAt = figureMap(ctx, figures);
  const links = linkFigures(ctx, figures, figureAt);
  const estimateAt = estimateStarts(ctx);
  const base = drafts.length;
  figures.forEach((figure, i) => {
    const { measure, estimated } = measureOf(ctx, figure, figureAt, estimateAt, links.plan[i] ?? false);
    const start = ctx.tokens[figure.first]?.start ?? 0;
    const end = ctx.tokens[figure.last]?.end ?? start;
    // Only the words carrying digits count: a weak tone mark on the unit word does not.
    const confidence = figureConfidence(text, spans, start, end);
    const sentence = ctx.sentences[ctx.sentenceOf[figure.first] ?? 0] ?? { start: 0, end: text.length };
    const partOf = links.partOf[i] ?? -1;
    const referenceFact = links.referenceFact[i] ?? -1;
    drafts.push({
      partOf: partOf >= 0 ? base + partOf : -1,
      referenceFact: referenceFact >= 0 ? base + referenceFact : -1,
      fact: {
        id: 'f0',
        kind: figure.kind,
        value: figure.value,
        unit: figure.unit,
        displayUnit: figure.displayUnit,
        scale: figure.scale,
        raw: rawText(ctx, figure.first, figure.last),
        number: figure.number,
        fraction: figure.fraction,
        range: figure.range,
        date: figure.date,
        status: figure.status,
        estimated,
        bound: figure.bound,
        measure,
        links: {
          partOf: null,
          partCue: links.partCue[i] ?? null,
          enumeration: links.enumeration[i] ?? null,
          parenthetical: (ctx.parenOf[figure.numberTok] ?? -1) >= 0,
          footnote: links.footnote[i] ?? null,
          referenceFact: null,
        },
        sentence: { start: sentence.start, end: sentence.end },
        confidence,
        uncertain: isUncertain(confidence),
        position: { block: id, start, end, page },
        provenance: { extractor: 'facts', pattern: figure.pattern },
      },
    });
  });
}
