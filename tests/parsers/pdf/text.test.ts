import { describe, expect, it } from 'vitest';
import { cleanRunText, finalizeText, unusableShare } from '../../../src/parsers/pdf/hygiene.js';
import { decodeLegacy, legacyFontOf } from '../../../src/text/index.js';
import { buildPdf, textWidth, type PdfText } from './helpers/build-pdf.js';
import { flow, line } from './helpers/compose.js';
import { paragraphs, parse } from './helpers/parse.js';

describe('legacy Vietnamese font encodings', () => {
  it('recognises TCVN3 and VNI fonts by name, subset tags and styles included', () => {
    expect(legacyFontOf('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyFontOf('ABCDEF+.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyFontOf('.VnArial,Bold')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyFontOf('BCDFEE+VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(legacyFontOf('VNI-Helve-Condense')).toEqual({ encoding: 'vni', capitals: false });
    expect(legacyFontOf('TimesNewRomanPSMT')).toBeNull();
    expect(legacyFontOf('Vnexpress-Sans')).toBeNull();
  });

  it('converts VNI text, two-byte letters and one-byte letters alike', () => {
    const vni = { encoding: 'vni' as const, capitals: false };
    expect(decodeLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', vni)).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy('Ñoäc laäp - Töï do - Haïnh phuùc', vni)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy('ÑÔN VÒ: trieäu ñoàng; 25.743,7', vni)).toBe('ĐƠN VỊ: triệu đồng; 25.743,7');
  });

  it('converts TCVN3 text, and capitals in the H fonts', () => {
    expect(decodeLegacy('Céng hßa x· héi chñ nghÜa ViÖt Nam', { encoding: 'tcvn3', capitals: false })).toBe(
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
    );
    expect(decodeLegacy('§éc lËp - Tù do - H¹nh phóc', { encoding: 'tcvn3', capitals: false })).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy('b¸o c¸o', { encoding: 'tcvn3', capitals: true })).toBe('BÁO CÁO');
  });

  it('reads legacy runs of a PDF as Unicode and says so', async () => {
    const texts: PdfText[] = [
      ...line('UÛy ban nhaân daân tænh ñaõ giao 2.307 nhieäm vuï.', 85, 700, 14, 'vni'),
      ...line('Tæng thu ng©n s¸ch ®¹t 6.098 tû ®ång.', 85, 650, 14, 'tcvn3'),
    ];
    const doc = await parse(buildPdf([{ texts }]));
    expect(paragraphs(doc).map((p) => p.text)).toEqual([
      'Ủy ban nhân dân tỉnh đã giao 2.307 nhiệm vụ.',
      'Tổng thu ngân sách đạt 6.098 tỷ đồng.',
    ]);
    expect(doc.warnings.filter((w) => w.code === 'legacy_font')).toHaveLength(2);
  });
});

describe('text hygiene', () => {
  it('removes the space positioning put before a combining mark, and composes NFC', () => {
    expect(finalizeText('Nghi \u0323 quy\u00EA\u0301t s\u00F4\u0301 01', []).text).toBe('Nghị quyết số 01');
    expect(finalizeText('Vie\u0302 \u0323t  Nam', []).text).toBe('Việt Nam');
  });

  it('keeps footnote anchors on their word through normalisation', () => {
    const text = 'Ke\u0302\u0301 hoa\u0323ch  so\u0302\u0301 17 va\u0300 nghi \u0323 quye\u0302\u0301t';
    const out = finalizeText(text, [
      { footnote: 1, offset: text.indexOf(' so') },
      { footnote: 2, offset: text.length },
    ]);
    expect(out.text).toBe('Kế hoạch số 17 và nghị quyết');
    expect(out.anchors).toEqual([
      { footnote: 1, offset: 'Kế hoạch'.length },
      { footnote: 2, offset: out.text.length },
    ]);
  });

  it('measures and strips characters no font mapped to Unicode', () => {
    expect(unusableShare('\uE001\uE002\uE003a')).toBeCloseTo(0.75);
    expect(unusableShare('Báo cáo')).toBe(0);
    expect(cleanRunText('Báo\u00A0cáo\u200B số\uFFFD')).toBe('Báo cáo số');
  });

  it('leaves out text whose font maps glyphs to no usable character, with a warning', async () => {
    const texts: PdfText[] = [
      ...flow('Tổng vốn đầu tư toàn xã hội đạt 16.428 tỷ đồng.', { top: 700, indent: 36 }).runs,
      ...line('\uE021\uE022\uE023\uE024 \uE025\uE026', 85, 650),
    ];
    const doc = await parse(buildPdf([{ texts }]));
    expect(paragraphs(doc).map((p) => p.text)).toEqual(['Tổng vốn đầu tư toàn xã hội đạt 16.428 tỷ đồng.']);
    expect(doc.warnings.map((w) => w.code)).toContain('pdf_unmapped_text');
  });

  it('drops a glyph run drawn twice on top of itself (fake bold)', async () => {
    const heading = 'I. TÌNH HÌNH THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC';
    const texts: PdfText[] = [
      ...line(heading, 85, 760, 14),
      ...line(heading, 85.3, 760, 14),
      ...flow('Kết quả 6 tháng đầu năm đạt được như sau.', { top: 730, indent: 36 }).runs,
    ];
    const doc = await parse(buildPdf([{ texts }]));
    expect(paragraphs(doc)[0]?.text).toBe(heading);
  });

  it('puts a space between words drawn as separate runs, none inside a word split across runs', async () => {
    const texts: PdfText[] = [
      { x: 85, y: 700, size: 14, text: 'Th' },
      { x: 85 + textWidth('Th', 14), y: 700, size: 14, text: 'ực hiện' },
      { x: 85 + textWidth('Thực hiện', 14) + 4, y: 700, size: 14, text: 'Nghị quyết' },
    ];
    const doc = await parse(buildPdf([{ texts }]));
    expect(paragraphs(doc)[0]?.text).toBe('Thực hiện Nghị quyết');
  });
});
