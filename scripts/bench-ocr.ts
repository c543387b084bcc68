/**
 * node --import tsx scripts/bench-ocr.ts [--pages 1,3] [--real]
 *
 * OCR speed: seconds per page, wall and CPU, for a scan made in code from the reference PDF (the
 * office quality of tests/ocr/synthetic-scan.test.ts) and, with --real when ../shared/corpus-real
 * exists, for real report 16 (5 scanned pages). Also the cost of a partial text layer: the same
 * reference with one page scanned, read with `--ocr auto` (one page OCR'd) against the text PDF.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { closeSharedEngine, readPdfWithOcr } from '../src/parsers/pdf/ocr/index.js';
import { processBytes } from '../src/pipeline.js';
import { imagePdf, scanPages } from '../tests/ocr/helpers/scan.js';
import { integerListFlag, readFlags } from './lib/flags.js';

const USAGE = 'node --import tsx scripts/bench-ocr.ts [--pages 1,3] [--real]';
const { values } = readFlags({ pages: { type: 'string', default: '1,3' }, real: { type: 'boolean', default: false } }, USAGE);
const pages = integerListFlag(values, 'pages', USAGE);
const source = { path: 'bench.pdf', format: 'pdf', sha256: '0'.repeat(64), bytes: 0, pages: null, ocr: false } as const;
const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function measure(label: string, pdf: Uint8Array, count: number): Promise<void> {
  const wall = performance.now();
  const cpu = cpuSeconds();
  const read = await readPdfWithOcr(pdf, { ...source, bytes: pdf.length }, { pages: 'missing' });
  const wallS = (performance.now() - wall) / 1000;
  const cpuS = cpuSeconds() - cpu;
  const ocrd = read.ocr?.pages.length ?? 0;
  const confidence = read.ocr?.pages.map((p) => p.confidence?.toFixed(2)).join(', ') ?? '–';
  console.log(
    `| ${label} | ${count} | ${ocrd} | ${(wallS / Math.max(1, ocrd)).toFixed(1)} | ${(cpuS / Math.max(1, ocrd)).toFixed(1)} | ${confidence} |`,
  );
}

console.log(
  `OCR bench on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; CPU time includes tesseract's worker threads`,
);
console.log("| input | pages | OCR'd | wall s/OCR'd page | CPU s/OCR'd page | page confidence |");
console.log('|---|---:|---:|---:|---:|---|');
const reference = new Uint8Array(readFileSync('corpus/kien-giang-6-thang-2022.pdf'));
const office = { dpi: 200, rotation: 1.5, noise: 14, specks: 0.001, jpegQuality: 70, seed: 11 };
await measure(`reference pages ${pages.join(', ')}, scanned in code`, imagePdf(await scanPages(reference, pages, office)), pages.length);

const real = new URL('../../shared/corpus-real/16_DakNong_UBND_BC379_CongKhai_NSNN_6thang2019_SCAN.pdf', import.meta.url);
if (values.real && existsSync(real)) await measure('real report 16 (scan)', new Uint8Array(readFileSync(real)), 5);

// A typed report with no page to OCR pays only the text-layer check.
await processBytes(reference, 'reference.pdf');
const started = performance.now();
const typed = await processBytes(reference, 'reference.pdf');
console.log(
  `\nreference PDF (17 pages, full text layer) through --ocr auto (second run): ${((performance.now() - started) / 1000).toFixed(2)} s, OCR'd pages: ${typed.ocr?.pages.length ?? 0}`,
);
await closeSharedEngine();
