import tableScore from '../../../src/checks/rules/table-score.js';
import { tester } from '../tester.js';

/** An index table writing each score over its maximum, with the overall row below the criteria. */
const sheet = (total: string, second = '6,42'): string => `Kết quả chỉ số năng lực của huyện

| STT | Lĩnh vực | Điểm số | Chỉ số | Thứ hạng |
|---|---|---|---|---|
| 1 | Minh bạch thông tin | 7,15/ 10 | 71,5% | 4/11 |
| 2 | Chi phí thời gian | ${second}/ 8 | 80,3% | 2/11 |
| 3 | Hỗ trợ doanh nghiệp | 9,8/ 12 | 81,7% | 6/11 |
| | Tổng điểm | ${total} | 77,9% | 3/11 |`;

tester.run('table-score', tableScore, {
  consistent: [sheet('23,37/ 30')],
  inconsistent: [
    { text: sheet('24,37/ 30'), findings: [{ actual: '24,37', expected: '23,37' }] },
    { text: sheet('23,37/ 31'), findings: [{ actual: '31', expected: '30' }] },
    { text: sheet('23,37/ 30', '6,24'), findings: [{ actual: '23,37', evidence: '6,24' }] },
  ],
});
