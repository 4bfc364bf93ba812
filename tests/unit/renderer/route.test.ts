import { describe, expect, it } from 'vitest';
import { makeSegmentId, parseSegmentId } from '../../../contract/segmentId';
import { NO_FILTERS, parseRoute, routeHash } from '../../../renderer/route';

describe('routes', () => {
  it('round-trip the library, a document and a deep link to a segment', () => {
    for (const route of [
      { name: 'library' as const },
      { name: 'document' as const, documentId: 'national-health-plan-14th-fyp-2022', segmentKey: null },
      { name: 'document' as const, documentId: 'national-health-plan-14th-fyp-2022', segmentKey: 'p0042' },
      { name: 'document' as const, documentId: 'national-health-plan-14th-fyp-2022', segmentKey: 'p0042', query: '卫生 "public health" & ?#' },
      { name: 'search' as const, query: '', filters: NO_FILTERS },
      {
        name: 'search' as const,
        query: '医养结合 -elderly OR "x&y=z"',
        filters: { language: 'zh' as const, documentIds: ['a-doc', 'b-doc'], types: ['plan' as const], dateFrom: '2021-01-01', dateTo: '2022-12-31', annotatedOnly: true, origin: null },
      },
      { name: 'search' as const, query: '健康中国', filters: { ...NO_FILTERS, origin: 'published' as const } },
      { name: 'search' as const, query: 'hospital', filters: { ...NO_FILTERS, language: 'en' as const, origin: 'reference-translation' as const } },
      { name: 'search' as const, query: 'hosptial', filters: NO_FILTERS, exact: true as const },
      { name: 'document' as const, documentId: 'shgh-public-hospital-pilot', segmentKey: 'p0003', annotationId: '0f8e1c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b' },
      { name: 'annotations' as const },
      { name: 'settings' as const },
      { name: 'terms' as const, tab: 'termbase' as const },
      { name: 'terms' as const, tab: 'concordance' as const, query: '分级诊疗 & "x#y"' },
      { name: 'terms' as const, tab: 'termbase' as const, conceptId: 'c012' },
      { name: 'terms' as const, tab: 'termbase' as const, draft: { zh: '医联体', en: 'medical consortium', segmentId: 'shgh-public-hospital-pilot:p0003' } },
      { name: 'terms' as const, tab: 'termbase' as const, draft: { zh: '日间手术', en: '', segmentId: null } },
      { name: 'terms' as const, tab: 'audit' as const },
    ]) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('read anything else as the library or drop a malformed segment key', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#token=abc')).toEqual({ name: 'library' });
    expect(parseRoute('#/doc/x-doc/%E0%A4%A')).toEqual({ name: 'document', documentId: 'x-doc', segmentKey: null });
    expect(parseRoute('#/doc/x-doc/<script>')).toEqual({ name: 'document', documentId: 'x-doc', segmentKey: null });
    expect(parseRoute('#/doc/x-doc?a=not-a-uuid')).toEqual({ name: 'document', documentId: 'x-doc', segmentKey: null });
    expect(parseRoute('#/terms/nonsense?concept=')).toEqual({ name: 'terms', tab: 'termbase' });
    expect(parseRoute('#/search?q=a&origin=official')).toEqual({ name: 'search', query: 'a', filters: NO_FILTERS });
    expect(routeHash({ name: 'search', query: 'a', filters: { ...NO_FILTERS, origin: 'published' } })).toBe('#/search?q=a&origin=published');
    expect(parseRoute('#/search?q=a&lang=klingon&type=poem,plan&from=yesterday')).toEqual({
      name: 'search',
      query: 'a',
      filters: { ...NO_FILTERS, types: ['plan'] },
    });
  });
});

describe('briefing pack routes', () => {
  it('round-trip the list and one pack, and read a malformed pack id as the list', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(parseRoute(routeHash({ name: 'packs' }))).toEqual({ name: 'packs' });
    expect(parseRoute(routeHash({ name: 'packs', creating: true }))).toEqual({ name: 'packs', creating: true });
    expect(routeHash({ name: 'pack', packId: id })).toBe(`#/packs/${id}`);
    expect(parseRoute(`#/packs/${id}`)).toEqual({ name: 'pack', packId: id });
    expect(parseRoute('#/packs/not-a-pack')).toEqual({ name: 'packs' });
  });
});

describe('segment ids', () => {
  it('are made and read in one place', () => {
    expect(makeSegmentId('x-doc', 'p0001')).toBe('x-doc:p0001');
    expect(parseSegmentId('x-doc:p0001')).toEqual({ documentId: 'x-doc', key: 'p0001' });
    for (const bad of ['x-doc', ':p1', 'x-doc:', 'X-DOC:p1', 'x-doc:p1:p2', 'x doc:p1']) expect(parseSegmentId(bad), bad).toBeNull();
    expect(() => makeSegmentId('x-doc', 'P 1')).toThrow();
  });
});
