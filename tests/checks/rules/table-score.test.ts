import tableScore from '../../../src/checks/rules/table-score.js';
import { tester } from '../tester.js';

const sheet = (sub: string, own: string): string => `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024

STT\tTiêu chí, tiêu chí thành phần\tĐiểm tối đa\tĐiểm tự đánh giá\tTài liệu kiểm chứng
1\tCông tác chỉ đạo, điều hành cải cách hành chính\t6,5\t${own}\t
1.1\tKế hoạch cải cách hành chính năm\t2\t2\tKế hoạch số 12/KH-UBND
1.2\tMức độ hoàn thành kế hoạch\t2,5\t${sub}\tHoàn thành 45/45 nhiệm vụ
1.3\tKiểm tra công tác cải cách hành chính\t2\t1,5\t
2\tXây dựng và tổ chức thực hiện văn bản QPPL\t3\t3\t
2.1\tRà soát văn bản QPPL\t1,5\t1,5\t
2.2\tXử lý văn bản sau rà soát\t1,5\t1,5\t`;

tester.run('table-score', tableScore, {
  consistent: [sheet('2,25', '5,75')],
  inconsistent: [
    // A sub-criterion scored above its maximum (and the criterion no longer the sum of its parts).
    {
      text: sheet('2,75', '5,75'),
      findings: [
        { actual: '5,75', expected: '6,25' },
        { actual: '2,75', expected: '≤ 2,5' },
      ],
    },
    { text: sheet('2,25', '6,25'), findings: [{ actual: '6,25', expected: '5,75' }] },
  ],
});
