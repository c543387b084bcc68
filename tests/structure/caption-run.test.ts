import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline.js';

/**
 * The short lines right above a table are its caption (`Biểu số 3a`, its title); lines a page break
 * tore from the table's last row above (`21 Số người … Người`, then `nhũng`) are not.
 */
const report = (above: readonly string[]): string =>
  [
    'BÁO CÁO',
    'Công tác phòng, chống tham nhũng năm 2025',
    ...above,
    'MS\tNội dung\tĐV tính\tSố liệu',
    '22\tSố người được xác minh việc kê khai tài sản, thu nhập\tNgười\t14',
    '23\tSố người bị kết luận kê khai không trung thực\tNgười\t0',
  ].join('\n\n');

describe('caption of a table', () => {
  it('takes the title lines above it', () => {
    const parsed = parseReportText(report(['Biểu số 3a', 'KẾT QUẢ CHỦ YẾU VỀ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG']));
    expect(parsed.tables[0]?.caption).toBe('Biểu số 3a KẾT QUẢ CHỦ YẾU VỀ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG');
  });
  it('leaves out a numbered row torn from the table above and its lower-case tail', () => {
    const parsed = parseReportText(report(['21 Số cán bộ, công chức được chuyển đổi vị trí công tác nhằm phòng ngừa tham Người', 'nhũng']));
    expect(parsed.tables[0]?.caption ?? null).toBeNull();
  });
});
