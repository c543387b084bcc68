import path from 'node:path';
import { fold } from './lexicon.js';
import { periodLabel } from './period.js';
import { MATCH_THRESHOLD } from './indicators.js';
import type { Indicator, Period, SeriesFinding, SeriesResult } from './schema.js';
import { formatPlace, PlaceIndex, roleName, ruleName, say, type OutputLang, type PlaceSource } from '../output/index.js';
import { toCsv } from '../store/index.js';

/** What to show: indicators whose id or label contains `indicator`; singletons only with `all`. */
export interface SeriesView {
  indicator?: string;
  /** Also indicators seen in one report only, and consistent findings. */
  all?: boolean;
  language?: 'vi' | 'en';
  /** The reports' documents by their series name (`ReportIdentity.report`), to name places as a reader finds them. */
  documents?: ReadonlyMap<string, PlaceSource>;
}

const accentless = (text: string): string => fold(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');

/** The results narrowed to a view: chosen indicators, and the findings about them. */
export function selectView(results: readonly SeriesResult[], view: SeriesView): SeriesResult[] {
  const wanted = view.indicator ? accentless(view.indicator) : null;
  const keep = (i: Indicator): boolean =>
    wanted === null
      ? view.all === true || new Set(i.observations.map((o) => o.report)).size > 1
      : accentless(`${i.id} ${i.label}`).includes(wanted);
  return results.map((r) => {
    const indicators = r.indicators.filter(keep);
    const ids = new Set(indicators.map((i) => i.id));
    const findings = r.findings.filter(
      (f) => (view.all || f.status !== 'consistent') && (wanted === null || (f.indicator !== null && ids.has(f.indicator))),
    );
    return { ...r, indicators, findings };
  });
}

const short = (report: string): string => path.basename(report);

/** Columns padded to their widest cell (code points, so Vietnamese letters count once). */
function columns(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...cell].length)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const MARK = { inconsistent: '✗', warning: '!', consistent: '✓', unverifiable: '?' } as const;
const ROMAN = ['I', 'II', 'III', 'IV'];
const dmy = (iso: string): string => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

/** `tháng 8/2025`, `quý III/2025`, `đến 25/8/2025`: a period as a report would write it. */
export function periodText(p: Period, lang: OutputLang): string {
  const y = p.end.slice(0, 4);
  const m = Number(p.end.slice(5, 7));
  const vi = lang === 'vi';
  if (p.start === null || p.granularity === 'cutoff') return vi ? `đến ${dmy(p.end)}` : `to ${dmy(p.end)}`;
  if (p.granularity === 'month') return vi ? `tháng ${m}/${y}` : `${y}-${String(m).padStart(2, '0')}`;
  if (p.granularity === 'quarter') return vi ? `quý ${ROMAN[Math.floor((m - 1) / 3)]}/${y}` : `${y} Q${Math.floor((m - 1) / 3) + 1}`;
  if (p.granularity === 'half') return vi ? `6 tháng ${m <= 6 ? 'đầu' : 'cuối'} năm ${y}` : `${y} H${m <= 6 ? 1 : 2}`;
  if (p.granularity === 'year') return vi ? `năm ${y}` : y;
  if (p.granularity === 'months') return vi ? `${m} tháng năm ${y}` : `${m} months of ${y}`;
  return `${dmy(p.start)}–${dmy(p.end)}`;
}

/** Where a figure stands in its report, as a reader finds it; the block id when the report is not at hand. */
type Placer = (report: string, span: { block: string; start: number; page: number | null }) => string;

function placer(documents: SeriesView['documents'], lang: OutputLang): Placer {
  const indexes = new Map<string, PlaceIndex>();
  return (report, span) => {
    const doc = documents?.get(report);
    if (!doc) return span.page === null ? span.block : `${lang === 'vi' ? 'trang' : 'page'} ${span.page}`;
    let index = indexes.get(report);
    if (!index) indexes.set(report, (index = new PlaceIndex(doc)));
    return formatPlace(index.placeOf(span), lang);
  };
}

const bareWord = (word: string): string => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/**
 * The wording two matched figures share, as a reader sees it: the runs of the later sentence's
 * words (two or more, numbers aside) that the earlier sentence also has (`cơ quan, tổ chức, hợp
 * tác xã`), longest first. The score's own features are word pairs, meaningless out of context.
 */
export function sharedPhrases(later: string, earlier: string, max = 4, around?: string): string {
  const known = new Set(
    earlier
      .split(/\s+/u)
      .map((w) => fold(bareWord(w)))
      .filter(Boolean),
  );
  // Only the words near the figure describe it; the rest of a long sentence is about other figures.
  const at = around ? later.indexOf(around) : -1;
  if (around && at >= 0) {
    const before = later.slice(0, at).split(/\s+/u).slice(-10).join(' ');
    const after = later
      .slice(at + around.length)
      .split(/\s+/u)
      .slice(0, 11)
      .join(' ');
    later = `${before} ${around} ${after}`;
  }
  const runs: string[][] = [];
  let run: string[] = [];
  const close = (): void => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const word of later.split(/\s+/u)) {
    const bare = bareWord(word);
    if (bare && !/\d/u.test(bare) && known.has(fold(bare))) {
      run.push(bare);
      // Punctuation after a word ends its run.
      if (bare !== word.replace(/^[^\p{L}\d]+/u, '')) close();
    } else {
      close();
    }
  }
  close();
  const phrases = [...new Set(runs.map((r) => r.slice(0, 8).join(' ')))].sort((a, b) => b.length - a.length).slice(0, max);
  return phrases.map((p) => `“${p}”`).join(', ');
}

const decimal = (n: number, lang: OutputLang): string => (lang === 'vi' ? n.toFixed(2).replace('.', ',') : n.toFixed(2));

function findingText(f: SeriesFinding, indicators: ReadonlyMap<string, Indicator>, lang: OutputLang, place: Placer): string[] {
  const indicator = f.indicator ? indicators.get(f.indicator) : undefined;
  const lines = [
    `  ${MARK[f.status]} ${ruleName(lang, f.rule)}${indicator ? ` — ${indicator.label} [${indicator.id}]` : f.indicator ? ` [${f.indicator}]` : ''}`,
    `    ${f.message[lang]}`,
  ];
  const rows = f.evidence.map((e) => [`      ${roleName(lang, e.role)}`, e.raw, `${short(e.report)}, ${place(e.report, e)}`]);
  lines.push(columns(rows));
  // Why the later figure was taken for the same indicator: its match score and shared words.
  const later = indicator?.observations.find(
    (o) => o.match && f.evidence.some((e) => e.report === o.report && e.block === o.block && e.start === o.start),
  );
  const earlier = later?.match
    ? indicator?.observations.find((o) => o.fact === later.match?.fact && o.report === later.match?.report)
    : undefined;
  if (later?.match)
    lines.push(
      `      ${say(lang, 'series.col.match')}: ${say(lang, 'series.matchLine', { score: decimal(later.match.score, lang), words: sharedPhrases(later.sentence, earlier?.sentence ?? '', 3, later.raw) || '–' })}`,
    );
  return lines;
}

/** One line an indicator: id, name, then its values in period order. */
function indicatorLine(i: Indicator, lang: OutputLang): string[] {
  const values = i.observations.map((o) => `${o.raw} (${periodText(o.period, lang)}${o.own ? '' : ' *'})`).join(' → ');
  const scores = i.observations.map((o) => o.match?.score).filter((x): x is number => x !== undefined);
  const weakest = scores.length ? `; ${say(lang, 'series.col.match')} ≥ ${decimal(Math.min(...scores), lang)}` : '';
  return [`  ${i.id}  ${i.label}`, `      ${values}${weakest}`];
}

/** Words to lines of at most `width` code points (a long paragraph would run off the terminal). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function exampleText(i: Indicator, o: Indicator['observations'][number], lang: OutputLang): string {
  const earlier = i.observations.find((x) => x.fact === o.match?.fact && x.report === o.match?.report);
  const score = decimal(o.match?.score ?? 0, lang);
  return `“${i.label}”: ${o.raw} (${periodText(o.period, lang)}) ${lang === 'vi' ? 'với' : 'with'} ${earlier?.raw ?? '…'}${earlier ? ` (${periodText(earlier.period, lang)})` : ''}, ${say(lang, 'series.matchLine', { score, words: sharedPhrases(o.sentence, earlier?.sentence ?? '', 3, o.raw) || '–' })}`;
}

/** A plain explanation of the match score, with an example from these reports. */
function matchExplanation(indicators: readonly Indicator[], lang: OutputLang): string {
  // An example a reader learns from: a partial match (not 1,00) on a well-named indicator.
  const pairs = indicators.flatMap((i) => i.observations.filter((o) => o.match).map((o) => ({ i, o })));
  const example =
    pairs.find(({ i, o }) => (o.match?.score ?? 1) < 0.95 && i.label.split(' ').length >= 4 && !i.label.includes('…')) ?? pairs[0];
  const text = example?.o.match ? exampleText(example.i, example.o, lang) : '–';
  return say(lang, 'series.matchExplained', { threshold: decimal(MATCH_THRESHOLD, lang), example: text });
}

/**
 * Per series: its reports, the findings first, then the indicators followed (one line each; the
 * full period → value tables with `all`). Places as a reader finds them when the documents are given.
 */
export function seriesTable(results: readonly SeriesResult[], view: SeriesView = {}): string {
  const lang = view.language ?? 'vi';
  const place = placer(view.documents, lang);
  const out: string[] = [];
  for (const r of selectView(results, view)) {
    const head = r.reports[0];
    out.push(say(lang, 'series.head', { kind: head?.kind ?? r.key, issuer: head?.issuer ?? '', count: r.reports.length }));
    out.push(
      columns(
        r.reports.map((id) => [
          '  ' + (id.period ? periodText(id.period, lang) : '?'),
          short(id.report),
          id.documentNumber ?? say(lang, 'series.noNumber'),
          say(lang, id.draft ? 'series.draft' : 'series.signed'),
        ]),
      ),
    );
    for (const v of r.versions) out.push(say(lang, 'series.version', { report: short(v.report), other: short(v.sameAs) }));
    for (const u of r.unplaced) out.push(say(lang, 'series.unplaced', { report: short(u) }));

    const byId = new Map(r.indicators.map((i) => [i.id, i] as const));
    out.push('', r.findings.length ? say(lang, 'series.findings', { count: r.findings.length }) : say(lang, 'series.noFindings'));
    for (const f of r.findings) out.push(...findingText(f, byId, lang, place), '');

    out.push(
      '',
      `${say(lang, 'series.indicators', { count: r.indicators.length })}${view.all ? '' : ` ${say(lang, 'series.indicatorsHint')}`}`,
    );
    out.push(...wrap(matchExplanation(r.indicators, lang), 110).map((line) => `  ${line}`), '');
    if (!view.all) {
      for (const i of r.indicators) out.push(...indicatorLine(i, lang));
    } else {
      for (const i of r.indicators) {
        out.push('', `${i.id} · ${i.label}${i.unit ? ` · ${i.unit}` : ''}`);
        const rows = [
          [
            '    ' + say(lang, 'series.col.period'),
            say(lang, 'series.col.value'),
            say(lang, 'series.col.report'),
            say(lang, 'series.col.place'),
            say(lang, 'series.col.match'),
          ],
        ];
        for (const o of i.observations) {
          rows.push([
            `    ${periodText(o.period, lang)}${o.own ? '' : ' *'}`,
            o.raw,
            short(o.report),
            place(o.report, o),
            o.match ? decimal(o.match.score, lang) : '',
          ]);
        }
        out.push(columns(rows));
      }
    }
    if (r.indicators.some((i) => i.observations.some((o) => !o.own))) out.push('', say(lang, 'series.restatedMark'));
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/gu, '\n\n')}\n`;
}

export const OBSERVATION_COLUMNS = [
  'series',
  'indicator',
  'label',
  'unit',
  'nature',
  'period',
  'periodStart',
  'periodEnd',
  'own',
  'value',
  'denominator',
  'raw',
  'report',
  'page',
  'block',
  'start',
  'end',
  'matchScore',
  'matchWords',
] as const;

/** One row per indicator value, stable column names, UTF-8 with BOM (Excel reads Vietnamese). */
export function seriesCsv(results: readonly SeriesResult[], view: SeriesView = {}): string {
  const rows = selectView(results, view).flatMap((r) =>
    r.indicators.flatMap((i) =>
      i.observations.map((o) => ({
        series: r.key,
        indicator: i.id,
        label: i.label,
        unit: i.unit,
        nature: i.nature,
        period: periodLabel(o.period),
        periodStart: o.period.start,
        periodEnd: o.period.end,
        own: o.own,
        value: o.value,
        denominator: o.denominator,
        raw: o.raw,
        report: o.report,
        page: o.page,
        block: o.block,
        start: o.start,
        end: o.end,
        matchScore: o.match?.score ?? null,
        matchWords: o.match ? o.match.shared : null,
      })),
    ),
  );
  return toCsv(OBSERVATION_COLUMNS, rows);
}

/** The selected results as JSON (the `SeriesResult` schema). */
export function seriesJson(results: readonly SeriesResult[], view: SeriesView = {}): string {
  return `${JSON.stringify(selectView(results, view), null, 2)}\n`;
}
