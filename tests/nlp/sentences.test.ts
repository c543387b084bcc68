import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences (Intl.Segmenter and an abbreviation pass)', () => {
  it('ends a sentence at a full stop whatever starts the next one', () => {
    expect(sentences('Đã xử lý 14 vụ. 100% vụ việc được giải quyết. - Tiếp tục rà soát. tỷ lệ đạt 98,5%.')).toEqual([
      'Đã xử lý 14 vụ.',
      '100% vụ việc được giải quyết.',
      '- Tiếp tục rà soát.',
      'tỷ lệ đạt 98,5%.',
    ]);
  });

  it('never splits a number or after an abbreviation', () => {
    expect(sentences('TP. Hồ Chí Minh thu 2.307,5 tỷ đồng, tăng 12,92%. Q. 3 có 1.045 hồ sơ. ThS. Lê Văn B trình bày.')).toEqual([
      'TP. Hồ Chí Minh thu 2.307,5 tỷ đồng, tăng 12,92%.',
      'Q. 3 có 1.045 hồ sơ.',
      'ThS. Lê Văn B trình bày.',
    ]);
  });

  it('keeps a list label with its item and an ellipsis inside its sentence', () => {
    expect(sentences('1. Gieo cấy lúa mùa đạt 95%. a) Cây ngô, khoai, sắn... tăng 3%. I. KẾT QUẢ')).toEqual([
      '1. Gieo cấy lúa mùa đạt 95%.',
      'a) Cây ngô, khoai, sắn... tăng 3%.',
      'I. KẾT QUẢ',
    ]);
  });

  it('ends sentences at the terminators of other scripts too (Intl.Segmenter)', () => {
    expect(sentences('Tổng thu 5 tỷ đồng。Chi 3 tỷ đồng。')).toEqual(['Tổng thu 5 tỷ đồng。', 'Chi 3 tỷ đồng。']);
    expect(sentences('Dòng một: 12 hồ sơ\nDòng hai: 7 hồ sơ')).toEqual(['Dòng một: 12 hồ sơ', 'Dòng hai: 7 hồ sơ']);
  });

  it('gives the closing mark ./. to the last sentence, and spans inside the text', () => {
    expect(sentences('  Đề nghị Sở Tài chính tổng hợp./.  ')).toEqual(['Đề nghị Sở Tài chính tổng hợp./.']);
    expect(sentences('   ')).toEqual([]);
    expect(sentences('?!')).toEqual(['?!']);
  });
});
