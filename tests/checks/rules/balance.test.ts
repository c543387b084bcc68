import balance from '../../../src/checks/rules/balance.js';
import { tester } from '../tester.js';

/** A wanted-persons list in list items: carried over, new, caught, still wanted. */
const wanted = (still: string): string =>
  [
    'Công tác truy nã:',
    '- Kỳ trước chuyển sang 11 đối tượng.',
    '- Phát sinh mới: 07 đối tượng truy nã.',
    '- Bắt, vận động ra đầu thú: 09 đối tượng (trong đó phối hợp bắt giữ ngoài tỉnh 02 đối tượng).',
    `- Hiện đang tiếp tục xác minh, truy bắt ${still} đối tượng.`,
  ].join('\n\n');

/** A rehabilitation centre's headcount, one paragraph, roles before and after the figures. */
const centre = (now: string): string =>
  `Tính đến ngày 30/9/2026: Số cũ chuyển qua 1.204 học viên; tiếp nhận: 386 người; chấp hành xong quyết định: 412 người; 02 học viên tử vong, 07 học viên chuyển đi cơ sở khác; di lý: 3. Hiện có: ${now} học viên.`;

/** A complaint desk: a total line, then lines that classify it. */
const desk = (kinds: string, outcome: string): string =>
  [
    'Tiếp nhận, phân loại đơn thư:',
    'Tổng số đơn tiếp nhận: 07',
    'Phân loại đơn:',
    `- Theo nội dung: ${kinds}`,
    `- Kết quả xử lý đơn: ${outcome}`,
  ].join('\n\n');

tester.run('balance', balance, {
  consistent: [
    wanted('09'),
    centre('1.166'),
    desk(
      '04 khiếu nại, 02 tố cáo, 01 kiến nghị, phản ánh',
      '05 đơn chuyển cơ quan có thẩm quyền; 02 đơn thuộc thẩm quyền; không có đơn lưu',
    ),
    'Tổng số vụ việc phải giải quyết 31 vụ (kỳ trước chuyển sang 6 vụ, thụ lý mới 25 vụ); đã giải quyết 24 vụ, đạt 77,4%; còn 7 vụ.',
    'Tòa án thụ lý 140 vụ án (cũ 22, mới 118), đã giải quyết 126 vụ án, còn lại 14 vụ án chuyển sang kỳ sau.',
    'Tồn kỳ trước 15 hồ sơ; trong kỳ tiếp nhận 48 hồ sơ; đã giải quyết xong 51 hồ sơ; còn tồn 12 hồ sơ.',
    'Cơ quan điều tra thụ lý 57 vụ/96 bị can, trong đó cũ 9 vụ/14 bị can; đã giải quyết 41 vụ/70 bị can, đạt 71,9%; còn 16 vụ đang điều tra.',
  ],
  inconsistent: [
    { text: wanted('07'), findings: [{ actual: '07', expected: '9', evidence: '11' }] },
    { text: centre('1.196'), findings: [{ actual: '1.196', expected: '1.166' }] },
    {
      text: 'Tổng số vụ việc phải giải quyết 31 vụ (kỳ trước chuyển sang 6 vụ, thụ lý mới 25 vụ); đã giải quyết 24 vụ, đạt 77,4%; còn 9 vụ.',
      findings: [{ actual: '9', expected: '7', evidence: '31' }],
    },
    {
      text: desk('04 khiếu nại, 03 tố cáo, 01 kiến nghị', '05 đơn chuyển cơ quan có thẩm quyền; 02 đơn thuộc thẩm quyền; không có đơn lưu'),
      findings: [{ actual: '07', expected: '8' }],
    },
    {
      text: 'Cơ quan điều tra thụ lý 57 vụ/96 bị can, trong đó cũ 9 vụ/14 bị can; đã giải quyết 41 vụ/70 bị can, đạt 71,9%; còn 18 vụ đang điều tra.',
      findings: [{ actual: '18', expected: '16' }],
    },
  ],
  silent: [
    // `Theo thẩm quyền: A và B không thuộc thẩm quyền`: a subset, not a classification of all.
    [
      'Tiếp nhận: 05',
      'Theo thẩm quyền: 01 đơn khiếu nại và 02 đơn tố cáo không thuộc thẩm quyền giải quyết của Sở.',
      'Theo trình tự giải quyết: 02 đơn đã được giải quyết lần đầu, ngày 12/3/2026 đã mời công dân đến làm việc.',
    ].join('\n\n'),
    // No opening: received, resolved and left do not have to balance (older cases may be resolved too).
    'Trong kỳ tiếp nhận 48 hồ sơ; đã giải quyết xong 51 hồ sơ; còn 12 hồ sơ.',
    // Money carried over is no count of cases.
    'Vốn năm trước chuyển sang 582 tỷ đồng; giải ngân 420 tỷ đồng; còn 150 tỷ đồng.',
  ],
  unverifiable: [
    // A figure the cues cannot place sits between the opening and the remaining one.
    'Kỳ trước chuyển sang 10 vụ; thụ lý mới 30 vụ; 12 vụ hòa giải; đã giải quyết 20 vụ; còn 9 vụ.',
    // The remaining figure is followed by another group of the same cases: it may be split.
    'Số cũ 12 vụ án, thụ lý mới 40 vụ án; đã xét xử 35 vụ án; đang giải quyết 12 vụ án, tạm đình chỉ 5 vụ án.',
    // `tạm đình chỉ` may mean a case still pending.
    'Kỳ trước chuyển sang 8 vụ; phát sinh mới 14 vụ; đã giải quyết 12 vụ; tạm đình chỉ 3 vụ; còn 9 vụ.',
  ],
});
