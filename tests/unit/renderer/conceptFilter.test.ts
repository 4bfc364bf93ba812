import { describe, expect, it } from 'vitest';
import type { Concept, Term } from '../../../contract/terminology';
import { conceptLabel, filterConcepts, indexConcepts, NO_CONCEPT_FILTER, NO_DOMAIN } from '../../../renderer/terminology/conceptFilter';
import { toTraditional } from '../../../renderer/script/traditionalText';

const term = (language: Term['language'], text: string, status: Term['status']): Term => ({
  id: `${text}.t`,
  language,
  text,
  termType: 'fullForm',
  status,
  note: '',
  date: null,
  sources: [],
  matching: { caseSensitive: false, hyphenVariants: false, inflections: true },
});
const concept = (id: string, domain: string | null, origin: Concept['origin'], terms: Term[]): Concept => ({
  id,
  domain,
  note: '',
  terms,
  origin,
  createdAt: '2026-01-01T00:00:00.000Z',
  changedAt: '2026-01-01T00:00:00.000Z',
  changedBy: 'Duizhao',
});

const CONCEPTS = [
  concept('c001', 'medical-services', 'starter', [term('zh', '分级诊疗', 'preferred'), term('en', 'hierarchical diagnosis and treatment', 'preferred'), term('en', 'stratified health care', 'forbidden')]),
  concept('c002', 'medical-security', 'starter', [term('zh', '医保', 'admitted'), term('zh', '医疗保障', 'preferred'), term('en', 'medical security', 'preferred')]),
  concept('u1', null, 'user', [term('zh', '卫生健康', 'preferred'), term('en', 'Health', 'superseded')]),
];
const index = indexConcepts(CONCEPTS, toTraditional);
const ids = (filter: Partial<typeof NO_CONCEPT_FILTER>) => filterConcepts(index, { ...NO_CONCEPT_FILTER, ...filter }).map((c) => c.id);

describe('the termbase list filter', () => {
  it('finds a concept by any of its terms, English in any case, Chinese in Simplified, Traditional or full width', () => {
    expect(ids({ text: 'STRATIFIED' })).toEqual(['c001']);
    expect(ids({ text: '医保' })).toEqual(['c002']);
    expect(ids({ text: '醫療保障' })).toEqual(['c002']);
    expect(ids({ text: '衛生' })).toEqual(['u1']);
    expect(ids({ text: 'ｈｅａｌｔｈ' })).toEqual(['c001', 'u1']);
    expect(ids({ text: '' })).toEqual(['c001', 'c002', 'u1']);
  });

  it('keeps the concepts with a term of a status, of a domain (or none), of an origin', () => {
    expect(ids({ status: 'forbidden' })).toEqual(['c001']);
    expect(ids({ status: 'superseded', text: 'health' })).toEqual(['u1']);
    expect(ids({ domain: 'medical-security' })).toEqual(['c002']);
    expect(ids({ domain: NO_DOMAIN })).toEqual(['u1']);
    expect(ids({ origin: 'user' })).toEqual(['u1']);
  });

  it('names a concept by its preferred Chinese and English terms', () => {
    expect(conceptLabel(CONCEPTS[1])).toBe('医疗保障 · medical security');
  });
});
