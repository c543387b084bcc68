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

/** The same rate with its part listed before its base. */
const partFirst = (rate: string): string => `Biểu số 07
KẾT QUẢ GIẢI QUYẾT HỒ SƠ

STT\tChỉ tiêu\tĐơn vị tính\tSố liệu
3.\tTỷ lệ hồ sơ giải quyết đúng hạn\t%\t${rate}
3.1.\tSố hồ sơ giải quyết đúng hạn\tHồ sơ\t1.188
3.2.\tTổng số hồ sơ đã giải quyết\tHồ sơ\t1.250`;

tester.run('table-percent', tablePercent, {
  consistent: [form('91,76'), partFirst('95,04')],
  inconsistent: [
    { text: form('92,76'), findings: [{ actual: '92,76', expected: '91,76', evidence: '340' }] },
    { text: form('91,76', '302'), findings: [{ actual: '91,76', evidence: '302' }] },
  ],
  silent: [
    // The part read larger than its base, neither order fitting: the rate may be of a base not listed.
    form('91,76', '371'),
    partFirst('96,04'),
  ],
});
