import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TERM_MATCHING, type Concept, type Term, type TermMatching } from '../../../contract/terminology';
import { TermMatcher } from '../../../main/domain/terminology/termMatcher';
import { starterConcepts } from '../../helpers/starterConcepts';
import { openBundledCorpusText, type CorpusText } from '../../helpers/terminologyCorpus';
import { tempDirForFile } from '../../helpers/tempDir';

function term(id: string, language: 'zh' | 'en', text: string, matching: Partial<TermMatching> = {}): Term {
  return { id, language, text, termType: 'fullForm', status: 'preferred', note: '', date: null, sources: [], matching: { ...DEFAULT_TERM_MATCHING, ...matching } };
}

function concept(id: string, terms: Term[]): Concept {
  return { id, domain: null, note: '', terms, origin: 'user', createdAt: '2026-11-30', changedBy: '', changedAt: '2026-11-30' };
}

/** The matched strings, as a reader would see them marked. */
const found = (matcher: TermMatcher, text: string) => matcher.occurrences(text).map((o) => text.slice(o.start, o.end));

describe('TermMatcher', () => {
  it('finds a Chinese term written in Traditional characters or full-width forms', () => {
    const zh = new TermMatcher([concept('c1', [term('c1.t1', 'zh', '卫生健康'), term('c1.t2', 'zh', '5G医疗')])], 'zh');
    expect(found(zh, '推進衛生健康事業，發展５Ｇ醫療。')).toEqual(['衛生健康', '５Ｇ醫療']);
  });

  it('marks a Chinese term at its place after characters outside the Basic Multilingual Plane', () => {
    const zh = new TermMatcher([concept('c1', [term('c1.t1', 'zh', '卫生健康')])], 'zh');
    expect(found(zh, '𠮷𡈽推進衛生健康，２０２５')).toEqual(['衛生健康']);
  });

  it('finds a concept by any of its Chinese terms, a full form and its abbreviation alike', () => {
    const zh = new TermMatcher(starterConcepts(['c002']), 'zh');
    const occurrences = zh.occurrences('建设医疗联合体，推进医联体建设。');
    expect(occurrences.map((o) => [o.conceptId, o.term.text])).toEqual([
      ['c002', '医疗联合体'],
      ['c002', '医联体'],
    ]);
  });

  it('counts a longer term once, not again as the shorter term inside it', () => {
    const zh = new TermMatcher([concept('a', [term('a.t1', 'zh', '医保')]), concept('b', [term('b.t1', 'zh', '医保局')])], 'zh');
    expect(zh.occurrences('市医保局推进医保改革').map((o) => o.conceptId)).toEqual(['b', 'a']);
  });

  it('matches the plural of the last English word, consortium/consortia and plan/plans, whatever the case', () => {
    const en = new TermMatcher([concept('c', [term('c.t1', 'en', 'medical consortium'), term('c.t2', 'en', 'health plan'), term('c.t3', 'en', 'policy')])], 'en');
    expect(found(en, 'Medical consortia and health plans; one medical consortium; two policies.')).toEqual(['Medical consortia', 'health plans', 'medical consortium', 'policies']);
  });

  it('keeps to the entry: case where it says so, no inflection where it says none', () => {
    const en = new TermMatcher([concept('c', [term('c.t1', 'en', 'NHSA', { caseSensitive: true }), term('c.t2', 'en', 'COVID-19', { inflections: false })])], 'en');
    expect(found(en, 'The NHSA, not the nhsa, on COVID-19 and Covid-19s')).toEqual(['NHSA', 'COVID-19']);
  });

  it('joins hyphenated words any way only where the entry allows hyphen variants', () => {
    const strict = new TermMatcher([concept('c', [term('c.t1', 'en', 'long-term care')])], 'en');
    const loose = new TermMatcher([concept('c', [term('c.t1', 'en', 'long-term care', { hyphenVariants: true })])], 'en');
    const text = 'long-term care, long term care and longterm care';
    expect(found(strict, text)).toEqual(['long-term care']);
    expect(found(loose, text)).toEqual(['long-term care', 'long term care', 'longterm care']);
  });

  it('matches whole words only, with curly apostrophes and full-width letters read as plain ones', () => {
    const en = new TermMatcher([concept('c', [term('c.t1', 'en', 'vaccine'), term('c.t2', 'en', "people's health"), term('c.t3', 'en', 'TCM')])], 'en');
    expect(found(en, 'vaccines, vaccine-preventable, revaccine, the people\u2019s health, ＴＣＭ')).toEqual(['vaccines', 'people\u2019s health', 'ＴＣＭ']);
  });
});

describe('TermMatcher on the starter termbase', () => {
  const scratch = tempDirForFile('duizhao-term-matcher-');
  let corpus: CorpusText;
  beforeAll(() => {
    corpus = openBundledCorpusText(scratch);
  });

  it('finds every English rendering at least as often as the termbase cites it, in the links whose Chinese holds the concept', () => {
    for (const c of starterConcepts()) {
      const zh = new TermMatcher([c], 'zh');
      for (const t of c.terms.filter((x) => x.language === 'en')) {
        const en = new TermMatcher([{ ...c, terms: [t] }], 'en');
        for (const source of t.sources) {
          if (source.kind !== 'corpus') continue;
          const links = corpus.links(`${source.documentId}:${source.segmentKey}`).filter((l) => l.zh.some((s) => zh.occurrences(s).length > 0));
          const found = links.reduce((n, l) => n + l.en.reduce((m, s) => m + en.occurrences(s).length, 0), 0);
          expect(found, `${t.id} "${t.text}" ${source.documentId}:${source.segmentKey}`).toBeGreaterThanOrEqual(source.count);
        }
      }
    }
  });
});

describe('TermMatcher on terms as users type them', () => {
  it('reads a term with stray hyphens, brackets or nothing in it without failing, matching its words', () => {
    const en = new TermMatcher([concept('c', [term('c.t1', 'en', 'co-'), term('c.t2', 'en', '(TCM)'), term('c.t3', 'en', ' - '), term('c.t4', 'en', '')])], 'en');
    expect(found(en, 'TCM and co-payment, co')).toEqual(['TCM', 'co']);
  });
});
