import type { ReportSpec } from './helpers.js';

/**
 * A quarterly series the project writes itself (Sở Tài chính, budget and public investment):
 * quý I/2025, quý IV/2025, quý I/2026, quý II/2026. Every cross-report claim holds as written;
 * `mutate` edits one report's text so that exactly one claim breaks (or, for controls, none).
 */
export type Mutation = { file: string; from: string; to: string };

const subject = (q: string, y: number): string => `Tình hình thu, chi ngân sách nhà nước và giải ngân vốn đầu tư công quý ${q} năm ${y}`;

export function quarterlySpecs(mutations: readonly Mutation[] = []): ReportSpec[] {
  const specs: ReportSpec[] = [
    {
      file: 'quy-1-2025.txt',
      number: '41',
      date: { d: 8, m: 4, y: 2025 },
      subject: subject('I', 2025),
      body: [
        '1. Thu ngân sách: tổng thu ngân sách nhà nước trên địa bàn trong quý đạt 4.210,6 tỷ đồng. Lũy kế từ đầu năm, tổng thu ngân sách nhà nước đạt 4.210,6 tỷ đồng.',
        '2. Đã có 120/135 đơn vị dự toán kết nối thanh toán điện tử với Kho bạc Nhà nước.',
        '3. Giải ngân vốn đầu tư công trong quý đạt 812,4 tỷ đồng.',
      ],
    },
    {
      file: 'quy-4-2025.txt',
      number: '12',
      date: { d: 9, m: 1, y: 2026 },
      subject: subject('IV', 2025),
      body: [
        '1. Thu ngân sách: tổng thu ngân sách nhà nước trên địa bàn trong quý đạt 5.602,3 tỷ đồng. Lũy kế từ đầu năm, tổng thu ngân sách nhà nước đạt 19.845,2 tỷ đồng.',
        '2. Đã có 131/135 đơn vị dự toán kết nối thanh toán điện tử với Kho bạc Nhà nước.',
        '3. Giải ngân vốn đầu tư công trong quý đạt 2.140,7 tỷ đồng, tăng 402,5 tỷ đồng so với quý trước.',
      ],
    },
    {
      file: 'quy-1-2026.txt',
      number: '47',
      date: { d: 7, m: 4, y: 2026 },
      subject: subject('I', 2026),
      body: [
        '1. Thu ngân sách: tổng thu ngân sách nhà nước trên địa bàn trong quý đạt 4.631,7 tỷ đồng, tăng 10,0% so với cùng kỳ. Lũy kế từ đầu năm, tổng thu ngân sách nhà nước đạt 4.631,7 tỷ đồng.',
        '2. Đã có 133/135 đơn vị dự toán kết nối thanh toán điện tử với Kho bạc Nhà nước.',
        '3. Giải ngân vốn đầu tư công trong quý đạt 905,3 tỷ đồng, giảm 1.235,4 tỷ đồng so với quý trước.',
      ],
    },
    {
      file: 'quy-2-2026.txt',
      number: '95',
      date: { d: 6, m: 7, y: 2026 },
      subject: subject('II', 2026),
      body: [
        '1. Thu ngân sách: tổng thu ngân sách nhà nước trên địa bàn trong quý đạt 5.020,9 tỷ đồng. Lũy kế từ đầu năm, tổng thu ngân sách nhà nước đạt 9.652,6 tỷ đồng.',
        '2. Đã có 135/135 đơn vị dự toán kết nối thanh toán điện tử với Kho bạc Nhà nước.',
        '3. Giải ngân vốn đầu tư công trong quý đạt 1.310,8 tỷ đồng, tăng 405,5 tỷ đồng so với quý trước. Giải ngân vốn đầu tư công tiếp tục tăng (quý I/2026 giải ngân 905,3 tỷ đồng theo Báo cáo số 47/BC-STC).',
      ],
    },
  ];
  for (const m of mutations) {
    const spec = specs.find((s) => s.file === m.file);
    if (!spec) throw new Error(`no report ${m.file}`);
    const body = spec.body.map((p) => p.replace(m.from, m.to));
    if (body.join('\n') === spec.body.join('\n')) throw new Error(`mutation did not apply: ${m.from}`);
    spec.body = body;
  }
  return specs;
}
