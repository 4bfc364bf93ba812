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
