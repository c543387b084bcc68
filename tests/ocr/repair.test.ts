import { describe, expect, it } from 'vitest';
import lexicon from '../../src/lexicon/ocr-figure-context.json' with { type: 'json' };
import { repairAroundFigures } from '../../src/parsers/pdf/ocr/repair.js';
import { stripDiacritics } from '../../src/text/fold.js';

const repair = (text: string): string => repairAroundFigures(text.split(' ')).words.join(' ');

describe('lexicon-guided repair of the words around figures', () => {
  it.each([
    ['thu 404.772 triệu đông, đạt 82%', 'thu 404.772 triệu đồng, đạt 82%'],
    ['06 tháng đâu năm 2019', '06 tháng đầu năm 2019'],
    ['(Chi tiết như Điêu sô 60/CK-NSNN)', '(Chi tiết như Điêu sô 60/CK-NSNN)'],
    ['chi tiết tại Biểu sô 59/CK-NSNN', 'chi tiết tại Biểu số 59/CK-NSNN'],
    ['Đắk Nông, ngày 15 Thâng 7 năm 2019', 'Đắk Nông, ngày 15 Tháng 7 năm 2019'],
    ['tăng 18% so vơi cùng ky năm trước', 'tăng 18% so với cùng kỳ năm trước'],
    ['Chỉ đầu tư phát triển 1.181.906 triệu đồng', 'Chi đầu tư phát triển 1.181.906 triệu đồng'],
    ['giao 2.307 nhiêm vụ', 'giao 2.307 nhiệm vụ'],
  ])('%s → %s', (input, output) => {
    expect(repair(input)).toBe(output);
  });

  it('leaves phrases far from any figure alone (the words may be what the writer meant)', () => {
    expect(repair('ở phía triệu đông của tỉnh có nhiều hồ chứa nước lớn')).toBe('ở phía triệu đông của tỉnh có nhiều hồ chứa nước lớn');
  });

  it('never respells a lone word: `so` next to a figure stays `so`', () => {
    expect(repair('so 2019 so')).toBe('so 2019 so');
  });

  it('keeps the OCR word count and reports which words changed', () => {
    const result = repairAroundFigures(['đạt', '3.309', 'triệu', 'đông']);
    expect(result.words).toEqual(['đạt', '3.309', 'triệu', 'đồng']);
    expect(result.changed).toEqual([3]);
  });

  it('every lexicon phrase has two words or more, and folds apart from the others', () => {
    const folded = new Map<string, string>();
    for (const phrase of lexicon.phrases) {
      expect(phrase.split(' ').length, phrase).toBeGreaterThanOrEqual(2);
      const key = stripDiacritics(phrase);
      expect(folded.get(key), `${phrase} folds like ${folded.get(key)}`).toBeUndefined();
      folded.set(key, phrase);
    }
  });
});
