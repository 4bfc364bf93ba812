import { expect, it } from 'vitest';
import { Lexicon } from '../../../main/domain/alignment/lexicon';

it('meets a gloss and running text on word forms, and finds Chinese words by longest match', () => {
  const lexicon = new Lexicon([
    { forms: ['医院', '醫院'], glosses: ['hospital', 'CL:所[suo3],家[jia1]'] },
    { forms: ['公立'], glosses: ['public (e.g. school, hospital)'] },
    { forms: ['公立医院'], glosses: ['public hospital'] },
  ]);
  const [hospitals] = lexicon.englishWords('Hospitals').map((w) => w.key);
  expect(hospitals).toBeGreaterThanOrEqual(0);
  expect(lexicon.chineseWords('上海公立医院和醫院').map((w) => [w.start, w.end, [...w.keys].includes(hospitals)])).toEqual([
    [2, 6, true],
    [7, 9, true],
  ]);
  // Classifier notes and parentheses say nothing about meaning.
  expect(lexicon.englishWords('school suo jia').map((w) => w.key)).toEqual([-1, -1, -1]);
});

it('explains a word once an entry that names it is added, even after it was looked up unexplained', () => {
  const lexicon = new Lexicon([{ forms: ['规划'], glosses: ['plan'] }]);
  expect(lexicon.englishWords('consortia').map((w) => w.key)).toEqual([-1]);
  lexicon.add({ forms: ['联合体'], glosses: ['consortium'] });
  const [key] = lexicon.englishWords('consortia').map((w) => w.key);
  expect(key).toBeGreaterThanOrEqual(0);
  expect([...lexicon.chineseWords('医联合体')[0].keys]).toContain(key);
});

it('reads back from its compact text exactly as it was made from the dictionary', () => {
  const made = new Lexicon([
    { forms: ['医院', '醫院'], glosses: ['hospital'] },
    { forms: ['公立医院'], glosses: ['public hospital'] },
    { forms: ['医疗联合体'], glosses: ['medical consortium'] },
    { forms: ['医院'], glosses: ['infirmary'] },
  ]);
  const read = Lexicon.fromCompact(made.toCompact());
  const chinese = '医院、上海公立医院和醫院组建医疗联合体，医疗';
  const english = 'Public hospitals and infirmaries formed medical consortia with clinics';
  const words = (l: Lexicon) => l.chineseWords(chinese).map((w) => [w.start, w.end, [...w.keys].map((k) => l.keyName(k))]);
  expect(words(read)).toEqual(words(made));
  expect(read.englishWords(english)).toEqual(made.englishWords(english));
  expect(read.size).toBe(made.size);
  expect(words(read)).toContainEqual([0, 2, expect.arrayContaining(['hospi', 'infir'])]);
  expect(() => Lexicon.fromCompact('{"not":"a lexicon"}')).toThrow(/Not a compact lexicon/);
});
