import type { ReportSpec } from './helpers.js';

/** One month of a Sở Tư pháp monthly report the project writes itself (other wording than Đề án 06). */
export interface Month {
  m: number;
  received: number;
  done: number;
  /** Cumulative e-certificates issued, to the 20th of the month, and the stated change over the previous report. */
  issued: string;
  change: string;
  pending: string;
  rate: string;
  communes: string;
  /** Extra sentences. */
  extra?: string[];
}

export function monthlySpec(x: Month): ReportSpec {
  return {
    file: `tu-phap-thang-${String(x.m).padStart(2, '0')}-2026.txt`,
    issuer: ['UBND TỈNH CÀ MAU', 'SỞ TƯ PHÁP'],
    code: 'BC-STP',
    place: 'Cà Mau',
    number: String(20 + x.m),
    date: { d: 25, m: x.m, y: 2026 },
    subject: `Kết quả công tác tư pháp tháng ${x.m}/2026`,
    body: [
      `1. Trong tháng, Sở tiếp nhận ${x.received} hồ sơ cấp phiếu lý lịch tư pháp, đã giải quyết ${x.done}/${x.received} hồ sơ.`,
      `2. Tính đến ngày 20/${x.m}/2026, toàn tỉnh đã cấp ${x.issued} phiếu lý lịch tư pháp điện tử, tăng ${x.change} phiếu so với kỳ trước.`,
      `3. Hiện còn ${x.pending} hồ sơ đang giải quyết.`,
      `4. Lũy kế từ đầu năm, tỷ lệ hồ sơ nộp trực tuyến đạt ${x.rate}%.`,
      `5. Có ${x.communes} xã, phường đã kết nối phần mềm quản lý hộ tịch.`,
      ...(x.extra ?? []),
    ],
  };
}

/** Three consistent months: every cross-report claim holds. */
export const MONTHS: readonly Month[] = [
  { m: 3, received: 1840, done: 1795, issued: '12.450', change: '1.204', pending: '346', rate: '61,4', communes: '58/64' },
  { m: 4, received: 1912, done: 1880, issued: '13.702', change: '1.252', pending: '318', rate: '60,9', communes: '61/64' },
  { m: 5, received: 2005, done: 1961, issued: '15.011', change: '1.309', pending: '362', rate: '62,2', communes: '64/64' },
];

export const months = (edit: (m: Month) => Month = (m) => m): ReportSpec[] => MONTHS.map((m) => monthlySpec(edit({ ...m })));
