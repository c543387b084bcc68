import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { SolieuError } from './errors/index.js';
import { ReportDocument, SCHEMA_VERSION } from './model/index.js';
import type { ParsedReport } from './model/index.js';
import type { Source } from './model/index.js';
import { detectFormat, parserFor, READ_EXTENSIONS, readFormatNames } from './parsers/index.js';
import { layoutFromText } from './parsers/text/index.js';
import { buildReport } from './structure/index.js';
import { extractAll } from './extract/index.js';
import { checkDocument } from './checks/index.js';
import { SOLIEU_VERSION } from './version.js';
import type { PdfParseOptions } from './parsers/pdf/index.js';

/** Parser options (each parser reads those of its format) and the checker switch. */
export interface ProcessOptions extends PdfParseOptions {
  /** Skip the checker (extract only). */
  check?: boolean;
}

/** Read, parse, extract and check one report file. Throws SolieuError on bad input. */
export async function processFile(path: string, options: ProcessOptions = {}): Promise<ReportDocument> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new SolieuError('unreadable', 'is not a regular file', null, path);
    // pdf.js refuses Buffer subclasses: hand every parser a plain Uint8Array view.
    const buffer = await readFile(path);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (error instanceof SolieuError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SolieuError('not_found', 'no such file', 'check the path', path);
    throw new SolieuError('unreadable', `cannot be read (${code ?? String(error)})`, null, path, { cause: error });
  }
  return processBytes(bytes, path, options);
}

export async function processBytes(bytes: Uint8Array, path: string, options: ProcessOptions = {}): Promise<ReportDocument> {
  const format = detectFormat(bytes, path);
  if (format === null) {
    throw new SolieuError(
      'unsupported_format',
      `is not a report solieu reads (${readFormatNames()})`,
      `solieu reads ${READ_EXTENSIONS.join(', ')} files`,
      path,
    );
  }
  const source: Source = {
    path,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    pages: null,
    ocr: false,
  };
  try {
    return finish(buildReport(await parserFor(format).parse(bytes, source, options)), options);
  } catch (error) {
    if (error instanceof SolieuError) {
      if (error.file === null) throw new SolieuError(error.code, error.message, error.suggestion, path, { cause: error.cause });
      throw error;
    }
    throw error;
  }
}

/** Extract and check an already parsed report: the format-free half of the pipeline. */
export function finish(parsed: ParsedReport, options: ProcessOptions = {}): ReportDocument {
  const extraction = extractAll(parsed);
  const { claims, findings } = options.check === false ? { claims: [], findings: [] } : checkDocument({ ...parsed, ...extraction });
  return ReportDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'solieu', version: SOLIEU_VERSION },
    ...parsed,
    ...extraction,
    claims,
    findings,
  });
}

/** Parse report text held in memory (tests, stdin): the text form, structure stage, no extraction. */
export function parseReportText(text: string, path = 'inline.txt'): ParsedReport {
  const bytes = Buffer.from(text, 'utf8');
  const source: Source = {
    path,
    format: 'text',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    pages: null,
    ocr: false,
  };
  return buildReport({ source, ...layoutFromText(text) });
}

/** The whole pipeline on report text held in memory. */
export const processReportText = (text: string, path = 'inline.txt', options: ProcessOptions = {}): ReportDocument =>
  finish(parseReportText(text, path), options);
