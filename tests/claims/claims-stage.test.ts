import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/checks/index.js';
import { extractAll } from '../../src/extract/index.js';
import { Claim, ReportDocument } from '../../src/model/index.js';
import { finish, parseReportText } from '../../src/pipeline.js';

/** Claims are a stage: found before the checks, kept in the output, and named by every finding. */
const checked = (text: string): ReturnType<typeof checkDocument> => {
  const report = parseReportText(text);
  return checkDocument({ ...report, ...extractAll(report) });
};

const TEXT = [
  'I. KẾT QUẢ',
  'Năm 2026, Sở Nội vụ được giao 1.840 nhiệm vụ; đã hoàn thành 1.210 nhiệm vụ (trong đó trễ hạn 121 nhiệm vụ, chiếm tỷ lệ 6,58%), đang thực hiện 630 nhiệm vụ.',
  'Tổng thu ngân sách ước đạt 5.400 tỷ đồng, đạt 90% dự toán (dự toán 6.000 tỷ đồng).',
  'Toàn huyện có 04 xã đạt chuẩn (xã A, xã B, xã C và xã D).',
].join('\n\n');

describe('the claims stage', () => {
  const { claims, findings } = checked(TEXT);

  it('describes each claim as data the schema validates, with kind, cue, scope and operands with roles and facts', () => {
    for (const claim of claims) expect(() => Claim.parse(claim)).not.toThrow();
    const kinds = new Set(claims.map((c) => c.kind));
    for (const kind of ['sum', 'share', 'attainment', 'list-count']) expect(kinds, kind).toContain(kind);
    const share = claims.find((c) => c.kind === 'share');
    expect(share?.stated?.raw).toBe('6,58%');
    expect(share?.scope).toBe('sentence');
    expect(share?.operands.find((o) => o.role === 'part')?.raw).toBe('121 nhiệm vụ');
    // The grammar allows exactly two wholes before any arithmetic: the part's own `trong đó` whole and
    // the sentence's total; never the unrelated 630.
    expect(
      share?.operands
        .filter((o) => o.role === 'candidate')
        .map((o) => o.raw)
        .sort(),
    ).toEqual(['1.210 nhiệm vụ', '1.840 nhiệm vụ']);
    const attainment = claims.find((c) => c.kind === 'attainment');
    expect(attainment?.operands.map((o) => `${o.role}:${o.raw}`)).toEqual(['actual:5.400 tỷ đồng', 'plan:6.000 tỷ đồng']);
    const sum = claims.find((c) => c.kind === 'sum' && c.stated?.raw === '1.840 nhiệm vụ');
    expect(sum?.operands.map((o) => o.raw).sort()).toEqual(['1.210 nhiệm vụ', '630 nhiệm vụ']);
    expect(sum?.operands.every((o) => o.fact !== null && o.role === 'part')).toBe(true);
  });

  it('links every finding to a claim of the document, and ids are unique', () => {
    const ids = new Set(claims.map((c) => c.id));
    expect(ids.size).toBe(claims.length);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) expect(ids.has(f.claim ?? ''), `${f.id} → ${f.claim}`).toBe(true);
    const share = findings.find((f) => f.rule === 'share');
    expect(claims.find((c) => c.id === share?.claim)?.kind).toBe('share');
  });

  it('a changed figure changes the verdict, not the claim', () => {
    const edited = checked(TEXT.replace('6,58%', '6,85%'));
    const before = claims.find((c) => c.kind === 'share');
    const after = edited.claims.find((c) => c.kind === 'share');
    expect(after?.operands).toEqual(before?.operands);
    const finding = edited.findings.find((f) => f.claim === after?.id);
    expect(finding?.status).toBe('inconsistent');
  });

  it('a share after a total and a figure nested in it may be of either; when it fits neither, it is wrong', () => {
    const text = 'Năm 2026 tiếp nhận 820 đơn, đã xử lý 760 đơn, có 57 đơn quá hạn, chiếm tỷ lệ {{x}}.';
    const share = (x: string) => checked(text.replace('{{x}}', x)).findings.find((f) => f.rule === 'share');
    expect(share('7,5%')?.status).toBe('consistent');
    expect(share('6,95%')?.status).toBe('consistent');
    expect(share('7,9%')?.status).toBe('inconsistent');
    // Parts listed under the total are its parts, never the whole of another part.
    const listed = checked('Tiếp nhận 1.000 hồ sơ, trong đó trực tuyến 600 hồ sơ, trực tiếp 400 hồ sơ; quá hạn 25 hồ sơ, chiếm 4,17%.');
    expect(listed.findings.find((f) => f.rule === 'share')?.status).toBe('inconsistent');
  });

  it('a rule that finds its own operands adds its claim, marked as found by the rule', () => {
    const dated = checked(
      'Thực hiện Kế hoạch số 17/KH-UBND ngày 07/02/2026 của UBND tỉnh.\n\nTheo Kế hoạch số 17/KH-UBND ngày 19/01/2026 của UBND tỉnh, …',
    );
    const finding = dated.findings.find((f) => f.rule === 'reference-date');
    const claim = dated.claims.find((c) => c.id === finding?.claim);
    expect(claim?.foundBy).toBe('rule:reference-date');
  });

  it('the output carries the claims, and the document schema requires them to be valid', () => {
    const doc = finish(parseReportText(TEXT));
    expect(doc.claims.length).toBe(claims.length);
    expect(() => ReportDocument.parse(doc)).not.toThrow();
    expect(() => ReportDocument.parse({ ...doc, claims: [{ id: 'x' }] })).toThrow();
  });
});
