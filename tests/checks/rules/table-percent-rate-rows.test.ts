import tablePercent from '../../../src/checks/rules/table-percent.js';
import { tester } from '../tester.js';

/** A statistical form: a rate row in % over its base and the part it measures. */
const form = (rate: string, done = '312'): string => `Biểu số 03
THỐNG KÊ KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ

STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú
1.\tSố cuộc đối thoại đã tổ chức\tCuộc\t14\t
2.\tTỷ lệ kiến nghị được trả lời đúng hạn\t%\t${rate}\t
2.1.\tSố kiến nghị đã tiếp nhận\tKiến nghị\t340\t
2.2.\tSố kiến nghị được trả lời đúng hạn\tKiến nghị\t${done}\t
3.\tSố đoàn kiểm tra đã thành lập\tĐoàn\t6\t`;

tester.run('table-percent', tablePercent, {
  consistent: [form('91,76')],
  inconsistent: [
    { text: form('92,76'), findings: [{ actual: '92,76', expected: '91,76', evidence: '340' }] },
    { text: form('91,76', '302'), findings: [{ actual: '91,76', evidence: '302' }] },
  ],
  silent: [
    // The part read larger than its base: no such rate, nothing asserted.
    form('91,76', '371'),
  ],
});
