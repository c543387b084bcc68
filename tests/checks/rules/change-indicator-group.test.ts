import change from '../../../src/checks/rules/change.js';
import { tester } from '../tester.js';

/**
 * A series of indices (`lạc … bằng 96,1%; khoai tây … bằng 106,9% so với cùng kỳ`) beside an indicator
 * table whose group row names the measure and whose item rows carry no unit: the item's row gives the
 * earlier figure, and the text's own figure is checked against it.
 */
const report = (sentence: string, day = '20/4'): string => `2. Trồng trọt

Các địa phương phía Bắc tập trung chăm sóc lúa và gieo trồng cây màu vụ xuân. ${sentence}

Kết quả một số chỉ tiêu chủ yếu

| Chỉ tiêu | Đơn vị | Thực hiện ${day}/2024 | Thực hiện ${day}/2025 | % so với cùng kỳ 2024 |
|---|---|---|---|---|
| 1. Thu hoạch lúa đông xuân | 1000 ha | 1.104,2 | 1.098,5 | 99,5 |
| 2. Gieo trồng cây màu vụ xuân ở các tỉnh phía Bắc | | | | |
| Trong đó: - Lạc | | 112,4 | 108,0 | 96,1 |
| - Khoai tây | | 24,6 | 26,3 | 106,9 |
| - Rau các loại | | 301,5 | 297,2 | 98,6 |`;

const series = (lac: string, lacIndex: string, khoai: string, khoaiIndex: string): string =>
  `Tính đến ngày 20/4, diện tích gieo trồng lạc vụ xuân đạt ${lac} nghìn ha, bằng ${lacIndex}%; khoai tây đạt ${khoai} nghìn ha, bằng ${khoaiIndex}% so với cùng kỳ năm trước.`;

tester.run('change', change, {
  consistent: [report(series('108', '96,1', '26,3', '106,9'))],
  inconsistent: [
    // The level edited: 118 / 112,4.
    { text: report(series('118', '96,1', '26,3', '106,9')), findings: [{ actual: '96,1', evidence: '112,4' }] },
    // The index edited.
    { text: report(series('108', '96,1', '26,3', '109,6')), findings: [{ actual: '109,6', evidence: '24,6' }] },
  ],
  silent: [
    // Another measure (harvest, not planting) of the same crops: the group does not name it.
    report(
      'Tính đến ngày 20/4, diện tích thu hoạch lạc đạt 118 nghìn ha, bằng 96,1%; khoai tây đạt 29,3 nghìn ha, bằng 106,9% so với cùng kỳ năm trước.',
    ),
    // Another region than the group's.
    report(
      'Tại các tỉnh phía Nam, tính đến ngày 20/4 diện tích gieo trồng lạc vụ xuân đạt 118 nghìn ha, bằng 96,1%; khoai tây đạt 29,3 nghìn ha, bằng 106,9% so với cùng kỳ năm trước.',
    ),
    // The table is of another day than the sentence's.
    report(series('118', '96,1', '29,3', '106,9'), '15/3'),
  ],
});
