import tablePercent from '../../../src/checks/rules/table-percent.js';
import { tester } from '../tester.js';

const appendix = (percent: string, growth = '109,68'): string => `Phụ lục
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 9 THÁNG NĂM 2023

TT\tChỉ tiêu\tĐVT\tKế hoạch năm\tThực hiện quý III\tLũy kế 9 tháng\t% so với KH\tCùng kỳ\t% so với cùng kỳ
9\tKhách du lịch\tnghìn lượt\t7.500\t2.315\t7.860\t104,80\t6.622\t118,70
10\tDoanh nghiệp thành lập mới\tdoanh nghiệp\t800\t218\t612\t${percent}\t558\t${growth}`;

tester.run('table-percent', tablePercent, {
  consistent: [
    appendix('76,50'),
    // `% so với cùng kỳ` written as the growth (9,68) rather than the index (109,68).
    appendix('76,50', '9,68'),
    `Biểu số 02

TT\tLĩnh vực\tTiếp nhận\tĐã giải quyết\tTrước hạn\tĐúng hạn\tTrễ hạn\tĐang giải quyết\tTỷ lệ trước và đúng hạn (%)
2\tQuản lý công sản\t938\t921\t835\t80\t6\t17\t99,35`,
  ],
  inconsistent: [
    { text: appendix('67,50'), findings: [{ actual: '67,50', expected: '76,50', evidence: '612' }] },
    { text: appendix('76,50', '119,68'), findings: [{ actual: '119,68', expected: '109,68' }] },
  ],
});
