import tablePercent from '../../../src/checks/rules/table-percent.js';
import { tester } from '../tester.js';

/** A score sheet comparing two years: each score written over its maximum, its index (%) beside it. */
const sheet = (index: string, score = '7,36'): string => `Bảng 2. Kết quả Chỉ số hài lòng của huyện qua hai năm

STT\tTiêu chí\tNăm 2022\t\t\tNăm 2023\t\t
\t\tĐiểm số\tChỉ số\tThứ hạng\tĐiểm số\tChỉ số\tThứ hạng
1\tTiếp cận dịch vụ\t${score}/ 8\t${index}\t3/12\t6,1/ 8\t76,3%\t9/12
2\tThủ tục hành chính\t11,25/ 12,5\t90,0%\t1/12\t10,02/ 12,5\t80,2%\t7/12
3\tKết quả giải quyết\t4,4/ 6\t73,3%\t5/12\t5,95/ 6\t99,2%\t2/12`;

/** The same, as a markdown pipe table converted from a PDF, with one header row. */
const pipe = (index: string): string => `Kết quả chấm điểm các sở năm 2024

| TT | Sở | Điểm đạt | Tỷ lệ (%) |
|---|---|---|---|
| 1 | Sở Xây dựng | 61,5/ 75 | ${index} |
| 2 | Sở Y tế | 70,25/ 75 | 93,67 |`;

tester.run('table-percent', tablePercent, {
  consistent: [sheet('92,0%'), pipe('82,00')],
  inconsistent: [
    { text: sheet('93,0%'), findings: [{ actual: '93,0', expected: '92,0', evidence: '7,36' }] },
    // The score edited instead of the index.
    { text: sheet('92,0%', '7,63'), findings: [{ actual: '92,0', evidence: '7,63' }] },
    { text: pipe('80,20'), findings: [{ actual: '80,20', expected: '82,00', evidence: '61,5' }] },
  ],
  silent: [
    // A rank (`3/12`) beside a `%` column is no score over its maximum.
    `STT\tĐơn vị\tThứ hạng\tTỷ lệ (%)
1\tXã Hòa Bình\t3/ 12\t40,5
2\tXã An Phú\t5/ 12\t52,0`,
  ],
});
