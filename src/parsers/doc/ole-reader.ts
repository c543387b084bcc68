import { createRequire } from 'node:module';
import { paragraphFlags } from './papx.js';
// Makes word-extractor's sector-chain walk cycle-safe before any file is read.
import './ole-guard.js';

/**
 * Reads a Word 97–2003 file with word-extractor's OLE reader, but keeps the raw character streams:
 * its public API cleans away the characters solieu needs (`\x02` footnote references, `\x07` cell
 * ends). Every string here is indexed by character position (CP), so the footnote reference
 * positions from the FIB's PLCs ([MS-DOC] 2.5) index straight into `body`.
 */

interface Piece {
  startCp: number;
  endCp: number;
  startFilePos: number;
  size: number;
  bpc: number;
  text: string;
}

interface Boundaries {
  ccpText: number;
  ccpFtn: number;
  ccpHdd: number;
  ccpAtn: number;
  ccpEdn: number;
}

interface OleDocument {
  stream(name: string): unknown;
}

interface OleExtractorBase {
  _pieces: Piece[];
  _boundaries: Boundaries;
  extract(reader: unknown): Promise<unknown>;
  extractWordDocument(document: OleDocument, buffer: Buffer): Promise<unknown>;
  documentStream(document: OleDocument, name: string): Promise<unknown>;
  streamBuffer(stream: unknown): Promise<Buffer>;
}

const require = createRequire(import.meta.url);
const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as new () => OleExtractorBase;
const BufferReader = require('word-extractor/lib/buffer-reader.js') as new (buffer: Buffer) => {
  open(): Promise<void>;
  close(): Promise<void>;
};

export interface NoteStory {
  /** CPs in `body` of the references, in order. */
  references: number[];
  /** Text of each note, in the same order (the story cut at the PLC's boundaries). */
  texts: string[];
}

export interface RawWordFile {
  body: string;
  /** 1 where the CP belongs to a paragraph inside a table. */
  inTable: Uint8Array;
  /** 1 where the CP belongs to a paragraph that starts a new page. */
  pageBreakBefore: Uint8Array;
  footnotes: NoteStory;
  endnotes: NoteStory;
  /** Page count from the SummaryInformation property set, when present. */
  pages: number | null;
}

// FIB offsets of the footnote and endnote PLCs ([MS-DOC] 2.5.6, FibRgFcLcb97).
const FIB = { fndRef: 0xaa, fndTxt: 0xb2, endRef: 0x20a, endTxt: 0x212 } as const;

class RawExtractor extends WordOleExtractor {
  wordStream: Buffer | null = null;
  tableStream: Buffer | null = null;
  summary: Buffer | null = null;

  override async extractWordDocument(document: OleDocument, buffer: Buffer): Promise<unknown> {
    this.wordStream = buffer;
    if (buffer.length > 0x20 && buffer.readUInt16LE(0) === 0xa5ec) {
      const tableName = (buffer.readUInt16LE(0xa) & 0x0200) !== 0 ? '1Table' : '0Table';
      this.tableStream = await this.readStream(document, tableName);
      this.summary = await this.readStream(document, '\u0005SummaryInformation');
    }
    return super.extractWordDocument(document, buffer);
  }

  private async readStream(document: OleDocument, name: string): Promise<Buffer | null> {
    try {
      return await this.streamBuffer(await this.documentStream(document, name));
    } catch {
      return null;
    }
  }

  /** Replaces word-extractor's cleaned document: the raw streams are what we want. */
  buildDocument(): RawWordFile {
    const b = this._boundaries;
    const body = this.range(0, b.ccpText);
    const flags =
      this.wordStream && this.tableStream ? paragraphFlags(this.wordStream, this.tableStream) : { inTable: [], pageBreakBefore: [] };
    const footnoteStart = b.ccpText;
    const endnoteStart = b.ccpText + b.ccpFtn + b.ccpHdd + b.ccpAtn;
    return {
      body,
      inTable: this.mask(flags.inTable, b.ccpText),
      pageBreakBefore: this.mask(flags.pageBreakBefore, b.ccpText),
      footnotes: this.notes(FIB.fndRef, FIB.fndTxt, footnoteStart, b.ccpFtn, body),
      endnotes: this.notes(FIB.endRef, FIB.endTxt, endnoteStart, b.ccpEdn, body),
      pages: this.summary ? readPageCount(this.summary) : null,
    };
  }

  private range(start: number, end: number): string {
    let out = '';
    for (const piece of this._pieces) {
      if (piece.endCp <= start || piece.startCp >= end) continue;
      out += piece.text.slice(Math.max(0, start - piece.startCp), Math.min(piece.text.length, end - piece.startCp));
    }
    return out;
  }

  /** File-position ranges → a per-CP mask over the main text. */
  private mask(ranges: Array<[number, number]>, length: number): Uint8Array {
    const mask = new Uint8Array(length);
    for (const [from, to] of ranges) {
      for (const piece of this._pieces) {
        const lo = Math.max(from, piece.startFilePos);
        const hi = Math.min(to, piece.startFilePos + piece.size);
        if (lo >= hi) continue;
        const cpFrom = piece.startCp + Math.floor((lo - piece.startFilePos) / piece.bpc);
        const cpTo = piece.startCp + Math.ceil((hi - piece.startFilePos) / piece.bpc);
        mask.fill(1, Math.max(0, cpFrom), Math.min(length, cpTo));
      }
    }
    return mask;
  }

  private notes(refAt: number, txtAt: number, storyStart: number, storyLength: number, body: string): NoteStory {
    const empty: NoteStory = { references: [], texts: [] };
    if (!this.wordStream || !this.tableStream || storyLength === 0) return empty;
    const refs = readPlc(this.wordStream, this.tableStream, refAt, 2);
    const bounds = readPlc(this.wordStream, this.tableStream, txtAt, 0);
    const count = refs.length - 1;
    if (count <= 0 || bounds.length < count + 1) return empty;
    const references = refs.slice(0, count).filter((cp) => cp >= 0 && cp < body.length);
    if (references.length !== count) return empty;
    const texts: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const from = Math.min(bounds[i] ?? 0, storyLength);
      const to = Math.min(bounds[i + 1] ?? storyLength, storyLength);
      texts.push(this.range(storyStart + from, storyStart + Math.max(from, to)));
    }
    return { references, texts };
  }
}

/** The CPs of a PLC (n+1 CPs followed by n data elements of `dataSize` bytes). */
function readPlc(wordStream: Buffer, tableStream: Buffer, fibOffset: number, dataSize: number): number[] {
  if (wordStream.length < fibOffset + 8) return [];
  const fc = wordStream.readUInt32LE(fibOffset);
  const lcb = wordStream.readUInt32LE(fibOffset + 4);
  if (lcb < 4 || fc + lcb > tableStream.length) return [];
  const count = Math.floor((lcb - 4) / (4 + dataSize));
  const cps: number[] = [];
  for (let i = 0; i <= count; i += 1) cps.push(tableStream.readUInt32LE(fc + i * 4));
  return cps.every((cp, i) => i === 0 || cp >= (cps[i - 1] ?? 0)) ? cps : [];
}

const PIDSI_PAGECOUNT = 14;
const VT_I4 = 3;

/** The page count Word saved in the SummaryInformation property set ([MS-OLEPS] 2.21). */
function readPageCount(summary: Buffer): number | null {
  try {
    const sectionOffset = summary.readUInt32LE(44);
    const count = summary.readUInt32LE(sectionOffset + 4);
    for (let i = 0; i < Math.min(count, 256); i += 1) {
      const id = summary.readUInt32LE(sectionOffset + 8 + i * 8);
      const offset = summary.readUInt32LE(sectionOffset + 12 + i * 8);
      if (id !== PIDSI_PAGECOUNT) continue;
      if (summary.readUInt16LE(sectionOffset + offset) !== VT_I4) return null;
      const pages = summary.readInt32LE(sectionOffset + offset + 4);
      return pages > 0 ? pages : null;
    }
  } catch {
    return null;
  }
  return null;
}

export async function readRawWordFile(bytes: Uint8Array): Promise<RawWordFile> {
  const reader = new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  await reader.open();
  try {
    return (await new RawExtractor().extract(reader)) as RawWordFile;
  } finally {
    await reader.close();
  }
}
