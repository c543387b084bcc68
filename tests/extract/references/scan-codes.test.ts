import { describe, expect, it } from 'vitest';
import { scanCodes } from '../../../src/extract/references/scan-codes.js';

const numbers = (text: string): string[] => scanCodes(text).map((c) => c.number);

describe('scanCodes: số/ký hiệu (Decree 30/2020/NĐ-CP)', () => {
  it.each([
    ['Kế hoạch số 17/KH-UBND ngày 07/02/2022', '17/KH-UBND', 'administrative', 'KH'],
    ['Quyết định số 3320/QĐ-UBND', '3320/QĐ-UBND', 'administrative', 'QĐ'],
    ['Tờ trình số 12/TTr-SNV', '12/TTr-SNV', 'administrative', 'TTr'],
    ['Quy định số 5/QyĐ-UBND', '5/QyĐ-UBND', 'administrative', 'QyĐ'],
    ['Công điện số 22/CĐ-TTg', '22/CĐ-TTg', 'administrative', 'CĐ'],
    ['Công văn 5019/VP-KGVX ngày 28/6/2022', '5019/VP-KGVX', 'official-letter', null],
    ['Công văn số 2441/UBND-HCC', '2441/UBND-HCC', 'official-letter', null],
    ['Nghị quyết số 43/2022/QH15 của Quốc hội', '43/2022/QH15', 'legal', null],
    ['Quyết định số 08/2022/QĐ-TTg', '08/2022/QĐ-TTg', 'legal', 'QĐ'],
    ['Nghị định 118/2025/NĐ-CP', '118/2025/NĐ-CP', 'legal', 'NĐ'],
    ['Chương trình số 09-CTr/TU', '09-CTr/TU', 'party', 'CTr'],
    ['Nghị quyết số 36-NQ/TW của BCH TW', '36-NQ/TW', 'party', 'NQ'],
    ['Nghị quyết số 57/NQ/TW, ngày 22/12/2024', '57/NQ/TW', 'party', 'NQ'],
    ['Kế hoạch số 180/KH/UBND ngày 15/01/2025', '180/KH/UBND', 'administrative', 'KH'],
  ])('%s', (text, number, form, typeCode) => {
    const [code] = scanCodes(text);
    expect(code).toMatchObject({ number, form, typeCode });
    expect(text.slice(code!.start, code!.end).replace(/\s/g, '')).toBe(number);
  });

  it('removes stray spaces and line breaks inside the number', () => {
    expect(numbers('Số: 329      /BC-UBND')).toEqual(['329/BC-UBND']);
    expect(numbers('Quyết định số 117/QĐ- UBND ngày 17/01/2025')).toEqual(['117/QĐ-UBND']);
    expect(numbers('Quyết định số 117/QĐ-\nUBND ngày 17/01/2025')).toEqual(['117/QĐ-UBND']);
  });

  it('finds every number of a list', () => {
    expect(numbers('các Nghị quyết: số 01/NQ-CP, 02/NQ-CP và 11/NQ-CP của Chính phủ')).toEqual(['01/NQ-CP', '02/NQ-CP', '11/NQ-CP']);
  });

  it.each([
    'ngày 07/02/2022 và ngày 21-02-2019',
    'hoàn thành 04/12 đề án, 144/144 xã, 21/21',
    'trẻ từ 6-14 tuổi, giai đoạn 2021-2030, Quý III/2022',
    'dịch Covid-19/COVID-19 và đường 3/2 nối dài',
    'tăng 4,42% cùng kỳ, 3.363.245 liều, 25.743,7 tỷ đồng',
    'Hiện trạng 5-Khu vực không có dấu gạch chéo',
  ])('is never a date, a fraction, a range or a quantity: %s', (text) => {
    expect(scanCodes(text)).toEqual([]);
  });

  it('marks a bare one-segment code weak (needs a type word or `số`)', () => {
    expect(scanCodes('Công văn số 567/SNV')[0]).toMatchObject({ number: '567/SNV', weak: true });
  });

  it('runs in linear time on hostile input', () => {
    const hostile = `${'1/'.repeat(20_000)}${'9 '.repeat(20_000)}${'12/A-'.repeat(20_000)}${'/'.repeat(20_000)}`;
    const start = performance.now();
    scanCodes(hostile);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
