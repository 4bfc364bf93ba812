import { describe, expect, it } from 'vitest';
import { conceptInputSchema, type Concept } from '../../../contract/terminology';
import { conceptInputOf, editorStateOfConcept, editorStateOfDraft, emptyTerm, validateConcept } from '../../../renderer/terminology/conceptEditorState';

// The termbase tab's editor: what it sends to saveConcept, and what it refuses before sending.
const CONCEPT: Concept = {
  id: 'c001',
  domain: 'medical-services',
  note: 'Two renderings in the corpus.',
  origin: 'starter',
  createdAt: '2026-01-01T00:00:00.000Z',
  changedAt: '2026-01-01T00:00:00.000Z',
  changedBy: 'Duizhao',
  terms: [
    {
      id: 'c001.t1',
      language: 'zh',
      text: '分级诊疗',
      termType: 'fullForm',
      status: 'preferred',
      note: '',
      date: '2021-07-15',
      sources: [{ kind: 'corpus', documentId: 'shanghai-health-plan-briefing-2021', segmentKey: 'p0032', origin: 'reference-translation', count: 1, date: '2021-07-15' }],
      matching: { caseSensitive: false, hyphenVariants: false, inflections: false },
    },
    {
      id: 'c001.t2',
      language: 'en',
      text: 'stratified health care',
      termType: 'phrase',
      status: 'superseded',
      note: 'Loose.',
      date: null,
      sources: [{ kind: 'authority', name: 'NHC glossary', reference: null, date: null }],
      matching: { caseSensitive: true, hyphenVariants: true, inflections: false },
    },
  ],
};

describe('the concept editor', () => {
  it('saves an unchanged concept as it was: same id, term ids, statuses, sources and matching', () => {
    const input = conceptInputSchema.strict().parse(conceptInputOf(editorStateOfConcept(CONCEPT)));
    expect(input.id).toBe('c001');
    expect(input.domain).toBe('medical-services');
    expect(input.terms).toEqual(CONCEPT.terms.map((term) => ({ ...term })));
  });

  it('fills a draft from the reader with a preferred Chinese and English term, each attested in the paragraph', () => {
    const state = editorStateOfDraft(
      { zh: ' 医联体 ', en: 'medical consortium' },
      { documentId: 'national-health-plan-14th-fyp-2022', segmentKey: 'p0011', origin: { zh: 'published', en: 'reference-translation' }, date: '2022-04-27' },
    );
    const input = conceptInputSchema.strict().parse(conceptInputOf(state));
    expect(input.id).toBeUndefined();
    expect(input.terms.map((t) => [t.language, t.text, t.status])).toEqual([
      ['zh', '医联体', 'preferred'],
      ['en', 'medical consortium', 'preferred'],
    ]);
    expect(input.terms[1].sources).toEqual([
      { kind: 'corpus', documentId: 'national-health-plan-14th-fyp-2022', segmentKey: 'p0011', origin: 'reference-translation', count: 1, date: '2022-04-27' },
    ]);
    expect(input.terms[0].sources[0]).toMatchObject({ origin: 'published' });
  });

  it('sends empty optional fields as the contract wants them: no domain, no date, a trimmed authority', () => {
    const state = editorStateOfDraft({ zh: '医保', en: '' }, null);
    state.terms[1] = { ...state.terms[1], text: 'medical insurance', sources: [{ kind: 'authority', name: ' NHSA list ', reference: '  ', date: null }] };
    const input = conceptInputOf(state);
    expect(input.domain).toBeNull();
    expect(input.terms[0].date).toBeNull();
    expect(input.terms[1].sources).toEqual([{ kind: 'authority', name: 'NHSA list', reference: null, date: null }]);
    expect(conceptInputSchema.strict().safeParse(input).success).toBe(true);
  });

  it('refuses an empty term, a term twice (whatever its case, width or spaces) and a concept without terms', () => {
    const state = editorStateOfConcept(CONCEPT);
    const twice = { ...emptyTerm('en'), text: 'Stratified  Health care' };
    const empty = emptyTerm('zh');
    const problems = validateConcept({ ...state, terms: [...state.terms, twice, empty] });
    expect(problems).toEqual([
      { code: 'duplicate-term', termKey: twice.key, text: 'Stratified  Health care' },
      { code: 'empty-term', termKey: empty.key },
    ]);
    expect(validateConcept({ ...state, terms: [] })).toEqual([{ code: 'no-terms' }]);
    expect(validateConcept(state)).toEqual([]);
  });

  it('allows the same text in the two languages (an English name kept in Chinese text)', () => {
    const state = editorStateOfDraft({ zh: 'DRG', en: 'DRG' }, null);
    expect(validateConcept(state)).toEqual([]);
  });
});
