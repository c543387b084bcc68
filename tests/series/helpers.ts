import { processReportText } from '../../src/pipeline.js';
import type { ReportDocument } from '../../src/model/document.js';
import type { SeriesFinding } from '../../src/series/schema.js';
import { runSeriesChecks } from '../../src/series/run.js';

/** The parts of a report the series reads: who, which number and date, which subject, what body. */
export interface ReportSpec {
  file: string;
  issuer?: [string, string];
  /** `null`: a draft with the number left blank (`Số:      /BC-STC`). */
  number: string | null;
  code?: string;
  place?: string;
  /** `null`: the day left blank (`ngày    tháng 4 năm 2026`). */
  date: { d: number | null; m: number; y: number };
  subject: string;
  body: string[];
}

/** A report in the text form of the reference report: header with a TAB column, title, body, signature. */
export function reportText(spec: ReportSpec): string {
  const [agency, unit] = spec.issuer ?? ['UBND TỈNH AN GIANG', 'SỞ TÀI CHÍNH'];
  const code = spec.code ?? 'BC-STC';
  const place = spec.place ?? 'An Giang';
  const day = spec.date.d === null ? '    ' : String(spec.date.d);
  return [
    `${agency}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    `${unit}\tĐộc lập - Tự do - Hạnh phúc`,
    `Số: ${spec.number ?? '      '}/${code}\t${place}, ngày ${day} tháng ${spec.date.m} năm ${spec.date.y}`,
    '',
    'BÁO CÁO',
    spec.subject,
    '',
    ...spec.body.flatMap((p) => [p, '']),
    'Nơi nhận:',
    '',
    '- UBND tỉnh;',
    '- Lưu: VT.',
    '',
    'GIÁM ĐỐC',
    '',
    '',
    '',
    'Nguyễn Văn An',
    '',
  ].join('\n');
}

export const processSpec = (spec: ReportSpec): ReportDocument => processReportText(reportText(spec), spec.file, { check: false });

export const flagged = (findings: readonly SeriesFinding[]): SeriesFinding[] =>
  findings.filter((f) => f.status === 'inconsistent' || f.status === 'warning');

export const describe = (findings: readonly SeriesFinding[]): string =>
  findings.map((f) => `${f.status} ${f.rule} ${f.message.en} [${f.evidence.map((e) => `${e.raw}@${e.report}`).join(' | ')}]`).join('\n') ||
  '(no findings)';

const processed = new Map<string, ReportDocument>();

/** Processes each report once per test file (unchanged reports of many variants are shared). */
export function processCached(spec: ReportSpec): ReportDocument {
  const text = reportText(spec);
  const key = `${spec.file}\n${text}`;
  let doc = processed.get(key);
  if (!doc) {
    doc = processReportText(text, spec.file, { check: false });
    processed.set(key, doc);
  }
  return doc;
}

/** The findings of one rule, and everything flagged by any rule, over a series of specs. */
export function seriesFindings(
  specs: readonly ReportSpec[],
  rule: string,
): { all: SeriesFinding[]; mine: SeriesFinding[]; flagged: SeriesFinding[] } {
  const all = runSeriesChecks(specs.map((s) => ({ doc: processCached(s), name: s.file })));
  return { all, mine: all.filter((f) => f.rule === `series/${rule}`), flagged: flagged(all) };
}
