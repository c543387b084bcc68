import { SolieuError } from '../../errors/index.js';

/**
 * Text reports arrive as UTF-8 (with or without BOM), UTF-16 from Windows tools, or now and then in
 * the legacy 8-bit Windows-1258 code page. We decode what we can name and refuse binary data.
 */
export function decodeReportText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  // NUL bytes never occur in a text report: it is a binary file (or UTF-16 without a BOM, which we refuse too).
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SolieuError(
      'invalid_text',
      `contains a NUL byte at offset ${nul}: this is binary data, not a text report`,
      'pass the original PDF or DOCX, or re-save the text as UTF-8',
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the only legacy code page with Vietnamese letters that TextDecoder knows.
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}
