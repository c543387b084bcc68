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

/** Rows with their unit: a top-level indicator and the `Trong đó` rows of another one. */
const withUnits = (sentence: string): string => `3. Lâm nghiệp, thủy sản

${sentence}

| Chỉ tiêu | ĐVT | 6 tháng 2024 | 6 tháng 2025 | So cùng kỳ (%) |
|---|---|---|---|---|
| 1. Trồng rừng tập trung | 1000 ha | 96,4 | 102,8 | 106,6 |
| 2. Gieo sạ lúa hè thu ở ĐBSH | 1000 ha | 402,5 | 410,3 | 101,9 |
| 3. Tổng sản lượng thủy sản | 1000 tấn | 4.310 | 4.452 | 103,3 |
| Trong đó: - Sản lượng khai thác | 1000 tấn | 1.905 | 1.946 | 102,2 |
| - Sản lượng nuôi trồng | 1000 tấn | 2.405 | 2.506 | 104,2 |`;

/** `tương ứng bằng X% và Y%`: two percentages paired, in order, with the two comparisons named before. */
const respective = (second: string, pairedWith = 'so với cùng kỳ năm trước'): string =>
  `Diện tích lúa xuân đã thu hoạch đạt 620 ngàn ha, chiếm 80% diện tích gieo cấy và bằng 102,5% ${pairedWith}, trong đó các tỉnh vùng Đồng bằng sông Hồng thu hoạch được 310 ngàn ha (cùng kỳ 295 ngàn ha), tương ứng bằng 85% và ${second}.`;

tester.run('change', change, {
  consistent: [
    respective('105,1%'),
    report(series('108', '96,1', '26,3', '106,9')),
    withUnits('Sáu tháng, sản lượng nuôi trồng thủy sản ước đạt 2.506 nghìn tấn, tăng 4,2% so với cùng kỳ năm trước.'),
    // Sowing written otherwise (`xuống giống` for `Gieo sạ`), the region abbreviated in the label.
    withUnits('Các tỉnh Đồng bằng sông Hồng đã xuống giống đạt 410,3 nghìn ha lúa hè thu, tăng 1,9% so với cùng kỳ năm trước.'),
  ],
  inconsistent: [
    // The level edited: 118 / 112,4.
    { text: report(series('118', '96,1', '26,3', '106,9')), findings: [{ actual: '96,1', evidence: '112,4' }] },
    // The index edited.
    { text: report(series('108', '96,1', '26,3', '109,6')), findings: [{ actual: '109,6', evidence: '24,6' }] },
    // A row with its unit, the level edited: the row is named by its words, the value is the text's.
    {
      text: withUnits('Sáu tháng, sản lượng nuôi trồng thủy sản ước đạt 2.606 nghìn tấn, tăng 4,2% so với cùng kỳ năm trước.'),
      findings: [{ actual: '4,2', evidence: '2.405' }],
    },
    {
      text: withUnits('Diện tích trồng rừng tập trung ước đạt 112,8 nghìn ha, tăng 6,6% so với cùng kỳ năm trước.'),
      findings: [{ actual: '6,6', evidence: '96,4' }],
    },
    // Words after the comparison that would name who set a plan (`các địa phương`) say nothing of an
    // earlier period's column.
    {
      text: withUnits(
        'Diện tích trồng rừng tập trung đạt 102,8 nghìn ha, tăng 7,6% so với cùng kỳ năm trước do các địa phương đẩy mạnh trồng rừng.',
      ),
      findings: [{ actual: '7,6', evidence: '96,4' }],
    },
    {
      text: withUnits('Các tỉnh Đồng bằng sông Hồng đã xuống giống đạt 420,3 nghìn ha lúa hè thu, tăng 1,9% so với cùng kỳ năm trước.'),
      findings: [{ actual: '1,9', evidence: '402,5' }],
    },
    { text: respective('107,1%'), findings: [{ actual: '107,1', evidence: '295' }] },
  ],
  silent: [
    // The pair before compares with the plan, not an earlier period: no change is paired.
    respective('107,1%', 'kế hoạch'),
    // A `trong đó` item names less than the row (`khai thác biển`, not `sản lượng khai thác`).
    withUnits(
      'Sáu tháng, sản lượng khai thác thủy sản ước đạt 1.946 nghìn tấn, tăng 2,2% so với cùng kỳ, trong đó: khai thác biển ước đạt 1.790 nghìn tấn, tăng 5% so với cùng kỳ.',
    ),
    // A whole year's figure beside the half-year row: another period, far from the row's value.
    withUnits('Kế hoạch cả năm, sản lượng nuôi trồng thủy sản ước đạt 5.150 nghìn tấn, tăng 3,5% so với cùng kỳ năm trước.'),
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
