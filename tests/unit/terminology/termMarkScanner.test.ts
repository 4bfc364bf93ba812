import { describe, expect, it } from 'vitest';
import { DEFAULT_TERM_MATCHING, type Concept, type Term, type TermMatching } from '../../../contract/terminology';
import { TermMarkScanner } from '../../../main/domain/terminology/termMarkScanner';
import { TermMatcher, type TermOccurrence } from '../../../main/domain/terminology/termMatcher';
import { bundledSources } from '../../helpers/corpus';
import { starterConcepts } from '../../helpers/starterConcepts';
import { generatePairs } from '../../bench/search/generateCorpus';

function term(id: string, language: 'zh' | 'en', text: string, matching: Partial<TermMatching> = {}): Term {
  return { id, language, text, termType: 'fullForm', status: 'preferred', note: '', date: null, sources: [], matching: { ...DEFAULT_TERM_MATCHING, ...matching } };
}

function concept(id: string, terms: Term[]): Concept {
  return { id, domain: null, note: '', terms, origin: 'user', createdAt: '2026-11-30', changedBy: '', changedAt: '2026-11-30' };
}

const plain = (found: readonly TermOccurrence[]) => found.map((o) => [o.start, o.end, o.term.id]);

/** The reader's one-pass scanner must mark exactly what the TermMatcher (the audit's and the concordance's) finds. */
function expectSameAsMatcher(concepts: readonly Concept[], texts: { zh: string[]; en: string[] }): number {
  const scanner = new TermMarkScanner(concepts);
  const zh = new TermMatcher(concepts, 'zh');
  const en = new TermMatcher(concepts, 'en');
  let compared = 0;
  for (const text of texts.zh) {
    expect(plain(scanner.chinese(text)), text).toEqual(plain(zh.occurrences(text)));
    compared += zh.occurrences(text).length;
  }
  for (const text of texts.en) {
    expect(plain(scanner.english(text)), text).toEqual(plain(en.occurrences(text)));
    compared += en.occurrences(text).length;
  }
  return compared;
}

describe('TermMarkScanner: the reader\'s marks, each text read once', () => {
  it('marks what the TermMatcher finds in the whole bundled corpus and in generated pairs, with the starter termbase', () => {
    const segments = bundledSources().flatMap((s) => s.segments);
    const pairs = generatePairs(600);
    const compared = expectSameAsMatcher(starterConcepts(), {
      zh: [...segments.flatMap((s) => s.zh ?? []), ...pairs.map((p) => p.zh)],
      en: [...segments.flatMap((s) => s.en ?? []), ...pairs.map((p) => p.en)],
    });
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps the matching rules: scripts and widths, inflections, hyphens, case, words inside words, overlaps', () => {
    const concepts = [
      concept('a', [term('a.1', 'zh', '卫生健康'), term('a.2', 'zh', '5G医疗'), term('a.3', 'en', 'medical consortium'), term('a.4', 'en', 'policy')]),
      concept('b', [term('b.1', 'zh', '医保'), term('b.2', 'zh', '医保局'), term('b.3', 'en', 'long-term care', { hyphenVariants: true })]),
      concept('c', [term('c.1', 'en', 'Healthy China', { caseSensitive: true }), term('c.2', 'en', 'woman'), term('c.3', 'en', 'TCM'), term('c.4', 'en', "Xi's thought")]),
    ];
    const compared = expectSameAsMatcher(concepts, {
      zh: ['推進衛生健康事業，發展５Ｇ醫療。', '市医保局推进医保改革', '医保医保医保', '', '𠀀卫生健康'],
      en: [
        'Medical consortia and two medical consortiums; policies, a Policy.',
        'Long term care, longterm care, long-term-care and long-term care are offered.',
        'healthy china is not Healthy China; HEALTHY CHINA neither.',
        'Women and a woman; the womanly; non-policy matters; policy-making.',
        '(TCM) and tcm, Xi’s thought and xi\'s thought; don\'t.',
        'Ｍｅｄｉｃａｌ ｃｏｎｓｏｒｔｉｕｍ in full width.',
        // Each form alone in its text: a form found only beside another would not show a missed one.
        'Women only.',
        'Medical consortia only.',
        'Policies only.',
        'Longterm care only.',
        '',
      ],
    });
    expect(compared).toBeGreaterThan(15);
  });
});
