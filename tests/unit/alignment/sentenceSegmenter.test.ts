import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../main/domain/alignment/sentenceSegmenter';
import type { TextLanguage } from '../../../contract/languages';

const split = (text: string, language: TextLanguage) => segmentSentences(text, language).map((s) => text.slice(s.start, s.end));

describe('Chinese sentences', () => {
  it('end at 。！？； and an ellipsis', () => {
    expect(split('加强预防。提高能力！为什么？坚持改革；推进发展……继续努力', 'zh')).toEqual([
      '加强预防。',
      '提高能力！',
      '为什么？',
      '坚持改革；',
      '推进发展……',
      '继续努力',
    ]);
  });

  it('keep closing quotes and brackets on the sentence they close, and opening ones on the next', () => {
    expect(split('他说：“要坚持人民至上。”“健康中国”建设全面推进。（见附件。）下一句。', 'zh')).toEqual([
      '他说：“要坚持人民至上。”',
      '“健康中国”建设全面推进。',
      '（见附件。）',
      '下一句。',
    ]);
  });

  it('keep a numbered item marker with its sentence', () => {
    expect(split('（一）指导思想。（二）基本原则。1. 第一项。(3) 第三项。一、总体要求', 'zh')).toEqual([
      '（一）指导思想。',
      '（二）基本原则。',
      '1. 第一项。',
      '(3) 第三项。',
      '一、总体要求',
    ]);
  });

  it('never split at commas, enumeration commas, colons or decimal points', () => {
    expect(split('居民健康素养水平从10.25%提高到23.15%，人均期望寿命、婴儿死亡率：均有改善。', 'zh')).toHaveLength(1);
  });
});

describe('English sentences', () => {
  it('keep abbreviations, initials, decimals and document numbers whole', () => {
    expect(split('Dr. Wang and J. K. Smith met in the U.S. on Jan. 5. Costs rose by 3.5%, e.g. for drugs. See No. 11 [2022] of the State Council.', 'en')).toEqual([
      'Dr. Wang and J. K. Smith met in the U.S. on Jan. 5.',
      'Costs rose by 3.5%, e.g. for drugs.',
      'See No. 11 [2022] of the State Council.',
    ]);
  });

  it('keep list numbering with its sentence', () => {
    expect(split('1. Improve care. (2) Build hospitals. 3) Train doctors.', 'en')).toEqual(['1. Improve care.', '(2) Build hospitals.', '3) Train doctors.']);
  });

  it('end at a semicolon, as the Chinese does', () => {
    expect(split('the first task is done; the second has begun.', 'en')).toEqual(['the first task is done;', 'the second has begun.']);
  });

  it('do not end before a lowercase word, even after stray punctuation, nor inside "July 15. 2021"', () => {
    expect(split('Control hand, foot and mouth disease. , measles and others. Held on July 15. 2021 in Shanghai.', 'en')).toEqual([
      'Control hand, foot and mouth disease. , measles and others.',
      'Held on July 15. 2021 in Shanghai.',
    ]);
  });

  it('end after a lone capital that is not an initial, and before a figure', () => {
    expect(split('Eliminate hepatitis C. Control tuberculosis. Literacy will reach 36%. 37% of tumours will be found early.', 'en')).toEqual([
      'Eliminate hepatitis C.',
      'Control tuberculosis.',
      'Literacy will reach 36%.',
      '37% of tumours will be found early.',
    ]);
  });

  it('keep a closing quote on its sentence', () => {
    expect(split('He said "we will act." Then he left.', 'en')).toEqual(['He said "we will act."', 'Then he left.']);
  });
});

it('spans hold no white space at their ends, and text without punctuation is one sentence', () => {
  const text = '  Planning background  ';
  expect(segmentSentences(text, 'en')).toEqual([{ start: 2, end: 21 }]);
  expect(segmentSentences('', 'zh')).toEqual([]);
});

it('keeps a Roman-numbered heading whole, and the pronoun I ending a sentence', () => {
  expect(segmentSentences('II. Key Tasks', 'en')).toEqual([{ start: 0, end: 13 }]);
  const text = 'IV. Organization and Implementation. It was I. Then we left.';
  expect(segmentSentences(text, 'en').map((s) => text.slice(s.start, s.end))).toEqual(['IV. Organization and Implementation.', 'It was I.', 'Then we left.']);
});
