import referenceDate from '../../../src/checks/rules/reference-date.js';
import { tester } from '../tester.js';

tester.run('reference-date', referenceDate, {
  consistent: [
    'UBND tỉnh ban hành Kế hoạch¹ thực hiện các nhiệm vụ trọng tâm.\n\n- Tiếp tục thực hiện Kế hoạch số 60/KH-UBND ngày 14/3/2022 của UBND tỉnh.\n\n¹ Kế hoạch số 60/KH-UBND ngày 14/03/2022',
    'Thực hiện Kế hoạch số 12/KH-STC ngày 18/01/2024 của Sở; tiếp tục thực hiện các nhiệm vụ theo Kế hoạch số 12/KH-STC ngày 18/01/2024.',
  ],
  inconsistent: [
    {
      text: 'So với chỉ tiêu 6 tháng theo Kế hoạch số 17/KH-UBND ngày 07/02/2022 của UBND tỉnh, các chỉ tiêu cơ bản đạt.\n\n- Thực hiện nhiệm vụ, giải pháp năm 2022²⁵.\n\n²⁵ Kế hoạch số 17/KH-UBND ngày 19/01/2022 của UBND tỉnh',
      findings: [{ actual: '19/01/2022', expected: '07/02/2022', evidence: '19/01/2022' }],
    },
  ],
  silent: [
    // Numbers restart every year: 148/KH-UBND of 2021 and of 2022 are two documents.
    'Theo Kế hoạch số 148/KH-UBND ngày 23/7/2021 và Kế hoạch số 148/KH-UBND ngày 10/8/2022 của UBND tỉnh.',
  ],
});
