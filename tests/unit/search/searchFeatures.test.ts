import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { makeSnippet, matchRanges } from '../../../main/domain/search/highlight';
import { parseQuery } from '../../../main/domain/search/queryParser';
import { indexSegments, unindexDocument } from '../../../main/domain/search/searchIndex';
import { SearchService } from '../../../main/domain/search/searchService';
import { bundledSearch } from '../../helpers/search';

describe('the query language', () => {
  it('reads words, "phrases", -exclusions and OR', () => {
    const q = parseQuery('卫生 "public hospitals" -Shanghai plan OR 规划');
    expect(q.clauses.map((c) => [c.negated, c.anyOf.map((t) => (t.kind === 'han' ? t.chars.join('') : t.words.join(' ')))])).toEqual([
      [false, ['卫生']],
      [false, ['public hospitals']],
      [true, ['shanghai']],
      [false, ['plan', '规划']],
    ]);
  });

  it('searches both languages at once, with word forms, prefixes and typos in English', () => {
    const { search, corpus } = bundledSearch();
    const ids = (query: string, prefix = false) => search.search({ query, prefix, limit: 1000 }).hits.map((h) => h.segmentId);
    // plan / plans / planning
    const plans = ids('plans');
    expect(plans).toEqual(expect.arrayContaining(ids('planning')));
    expect(ids('plan').length).toBe(plans.length);
    // as you type: "hospi" completes
    expect(ids('hospi', true).length).toBe(ids('hospitals').length);
    expect(ids('hospi', false)).toEqual([]);
    // typo tolerance for longer words only
    expect(ids('hospitl').length).toBeGreaterThan(0);
    expect(ids('pln')).toEqual([]);
    // exclusion and OR
    const elderly = ids('elderly');
    const withoutCare = ids('elderly -care');
    expect(withoutCare.length).toBeLessThan(elderly.length);
    expect(withoutCare.every((id) => elderly.includes(id))).toBe(true);
    expect(ids('myopia OR 三孩').sort()).toEqual([...new Set([...ids('myopia'), ...ids('三孩')])].sort());
    corpus.close();
  });

  it('filters by language of the match, document, type and date', () => {
    const { search, corpus } = bundledSearch();
    const hits = (request: Parameters<SearchService['search']>[0]) => search.search({ limit: 1000, ...request }).hits;
    expect(hits({ query: 'health', language: 'zh' })).toEqual([]);
    expect(hits({ query: 'health', language: 'en' }).every((h) => h.matched.includes('en'))).toBe(true);
    expect(hits({ query: '健康', documentIds: ['shgh-public-hospital-pilot'] }).every((h) => h.documentId === 'shgh-public-hospital-pilot')).toBe(true);
    expect(hits({ query: '健康', types: ['plan'] }).every((h) => h.documentId === 'national-health-plan-14th-fyp-2022')).toBe(true);
    const in2021 = hits({ query: '健康', dateFrom: '2021-01-01', dateTo: '2021-12-31' });
    expect(new Set(in2021.map((h) => h.documentId))).toEqual(new Set(['shanghai-health-plan-briefing-2021', 'lingang-social-services-briefing-2021']));
    corpus.close();
  });

  it('counts matches per document and returns snippets with the counterpart language', () => {
    const { search, corpus } = bundledSearch();
    const result = search.search({ query: '医养结合' });
    expect(result.total).toBe(2);
    expect(result.documents).toEqual([{ documentId: 'national-health-plan-14th-fyp-2022', count: 2 }]);
    const hit = result.hits[0];
    expect(hit.matched).toEqual(['zh']);
    const [start, end] = hit.zh!.highlights[0];
    expect(hit.zh!.text.slice(start, end)).toBe('医养结合');
    expect(hit.en!.text.length).toBeGreaterThan(20);
    corpus.close();
  });
});

describe('highlighting', () => {
  it('marks Chinese substrings, English word forms and phrases in the original text', () => {
    const zh = matchRanges('提升醫養結合发展水平', 'zh', parseQuery('医养结合'));
    expect(zh).toEqual([[2, 6]]);
    const text = 'Plans for planning: the Public Hospitals plan.';
    const en = matchRanges(text, 'en', parseQuery('plan "public hospitals"'));
    expect(en.map(([a, b]) => text.slice(a, b))).toEqual(['Plans', 'planning', 'Public Hospitals', 'plan']);
  });

  it('cuts a snippet around the first match without splitting words', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Here is the needle we want. ${'Tail words go on. '.repeat(20)}`;
    const at = text.indexOf('needle');
    const snippet = makeSnippet(text, [[at, at + 6]], 120);
    expect(snippet.cutStart && snippet.cutEnd).toBe(true);
    const [a, b] = snippet.highlights[0];
    expect(snippet.text.slice(a, b)).toBe('needle');
    expect(snippet.text.length).toBeLessThanOrEqual(120);
    expect(/^\S/.test(snippet.text) && /\S$/.test(snippet.text)).toBe(true);
  });
});

describe('the index of the user’s own documents', () => {
  it('is kept in step: indexed in the same transaction, found beside the corpus, removed cleanly', () => {
    const user = openConnection(':memory:');
    migrate(user, userDatabaseMigrations);
    const { corpus } = bundledSearch();
    const search = new SearchService([corpus.connection, user]);
    const segments = [
      { segmentId: 'my-notes:p0001', documentId: 'my-notes', docType: 'news', docDate: '2026-11-01', kind: 'heading', position: 0, zh: '我的简报要点', en: 'My briefing points' },
      { segmentId: 'my-notes:p0002', documentId: 'my-notes', docType: 'news', docDate: '2026-11-01', kind: 'paragraph', position: 1, zh: '医养结合试点进展顺利。', en: 'The pilot of integrated elderly care is going well.' },
    ];
    user.transaction(() => indexSegments(user, segments))();
    const found = search.search({ query: '医养结合', limit: 100 });
    expect(found.total).toBe(3);
    expect(found.documents).toEqual(expect.arrayContaining([{ documentId: 'my-notes', count: 1 }]));
    expect(search.search({ query: 'briefing points' }).hits[0].segmentId).toBe('my-notes:p0001');

    user.transaction(() => unindexDocument(user, 'my-notes'))();
    expect(search.search({ query: '医养结合' }).total).toBe(2);
    expect(user.prepare('SELECT count(*) FROM search_word').pluck().get()).toBe(0);
    corpus.close();
  });
});
