import { afterAll, describe, expect, it } from 'vitest';
import type { TextLanguage } from '../../../contract/languages';
import type { SearchHit, SearchSnippet } from '../../../contract/search';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { openConnection } from '../../../main/domain/database/connection';
import { indexSegments } from '../../../main/domain/search/searchIndex';
import { COUNTERPART_WIDTH } from '../../../main/domain/search/hitSnippets';
import { SearchService } from '../../../main/domain/search/searchService';
import { bundledSearch } from '../../helpers/search';

// Issue "Sentence by sentence": a hit's counterpart is the sentences aligned with the matched one,
// the rendering of the query marked in them; checked against the corpus's own link data.
const { search, corpus } = bundledSearch();
afterAll(() => corpus.close());

const marked = (snippet: SearchSnippet | null) => (snippet ? snippet.highlights.map(([a, b]) => snippet.text.slice(a, b)) : []);
const occurrences = (text: string, pattern: RegExp) => [...text.matchAll(pattern)];

/** The counterpart a hit must show: the linked sentences whole, or a window of them when they are very long. */
function expectCounterpart(snippet: SearchSnippet, span: string, side: TextLanguage, segmentId: string) {
  if (span.length <= COUNTERPART_WIDTH[side]) expect(snippet.text, segmentId).toBe(span);
  else expect(span, segmentId).toContain(snippet.text);
}

/** The hits whose matched side holds the pattern once, in a paragraph of several sentences on both sides, with what the links say. */
function singleMatchHits(hits: SearchHit[], side: TextLanguage, pattern: RegExp) {
  const other: TextLanguage = side === 'zh' ? 'en' : 'zh';
  return hits.flatMap((hit) => {
    const segment = corpus.getSegment(hit.segmentId)!;
    const text = segment[side]?.text ?? '';
    const found = occurrences(text, pattern);
    if (found.length !== 1 || segment.sentences.zh.length < 2 || segment.sentences.en.length < 2) return [];
    const at = found[0].index!;
    const [sentence] = corpus.sentences.sentencesAt(hit.segmentId, side, at, at + found[0][0].length);
    const counterpart = corpus.sentences.counterpart(hit.segmentId, side, at, at + found[0][0].length);
    if (counterpart.length === 0) return [];
    const otherText = segment[other]!.text;
    const span = otherText.slice(Math.min(...counterpart.map((s) => s.start)), Math.max(...counterpart.map((s) => s.end)));
    return [{ hit, sentence, counterpart, span, otherText }];
  });
}

describe('counterpart snippets from sentence links', () => {
  it('a Chinese term in a multi-sentence paragraph shows exactly the linked English sentence, "hospital" marked in it', () => {
    const results = search.search({ query: '医院', limit: 50 });
    const cases = singleMatchHits(results.hits, 'zh', /医院/g);
    expect(cases.length).toBeGreaterThan(3);
    for (const { hit, counterpart, span, otherText } of cases) {
      expectCounterpart(hit.en!, span, 'en', hit.segmentId);
      expect(hit.en!.text.length).toBeLessThan(otherText.length);
      expect(hit.sentences?.en).toEqual(counterpart.map((s) => s.id));
      expect(marked(hit.en).some((word) => /^hospitals?$/i.test(word)), `${hit.segmentId}: ${marked(hit.en)}`).toBe(true);
    }
    // One the corpus shows plainly: the Shanghai plan's sentence on public hospitals.
    const publicHospitals = results.hits.find((h) => h.segmentId === 'shanghai-health-plan-briefing-2021:p0040')!;
    expect(publicHospitals.en!.text).toBe('The city will implement categorized management of public hospitals and optimize the compensation mechanism.');
    expect(marked(publicHospitals.en)).toContain('hospitals');
  });

  it('an English word shows the linked Chinese sentence, 医院 marked in it', () => {
    const results = search.search({ query: 'hospitals', limit: 50 });
    const cases = singleMatchHits(results.hits, 'en', /hospitals?\b/gi);
    expect(cases.length).toBeGreaterThan(3);
    for (const { hit, counterpart, span } of cases) {
      expectCounterpart(hit.zh!, span, 'zh', hit.segmentId);
      expect(hit.sentences?.zh).toEqual(counterpart.map((s) => s.id));
      expect(marked(hit.zh), hit.segmentId).toContain('医院');
    }
  });

  it('centres the matched side on the matched sentence, shown whole when it fits', () => {
    const cases = singleMatchHits(search.search({ query: '医院', limit: 50 }).hits, 'zh', /医院/g);
    const later = cases.filter(({ hit, sentence }) => sentence.start > 90 && sentence.text.length <= 90 && hit.zh!.cutStart);
    expect(later.length).toBeGreaterThan(0);
    for (const { hit, sentence } of later) {
      expect(hit.zh!.text, hit.segmentId).toContain(sentence.text);
      expect(hit.sentences?.zh).toEqual([sentence.id]);
      expect(marked(hit.zh)).toEqual(['医院']);
    }
  });

  it('keeps each side’s own matches marked when the query matched both', () => {
    const hit = search.search({ query: '医院 hospital', limit: 5 }).hits[0];
    expect(hit.matched).toEqual(['zh', 'en']);
    expect(marked(hit.zh).every((word) => word === '医院')).toBe(true);
    expect(marked(hit.en).length).toBeGreaterThan(0);
    expect(marked(hit.en).every((word) => /^hospitals?$/i.test(word))).toBe(true);
  });

  it('falls back to the same relative place where there is no sentence data (the user’s own documents)', () => {
    const user = openConnection(':memory:');
    migrate(user, userDatabaseMigrations);
    const en = `${'The district reviewed its clinics over the summer months. '.repeat(3)}It will open two new community hospitals next year. ${'Staff training continues across the district. '.repeat(3)}`;
    const zh = `${'本区在夏季对诊所进行了检查。'.repeat(3)}明年将新开两家社区医院。${'全区继续开展人员培训。'.repeat(3)}`;
    user.transaction(() =>
      indexSegments(user, [{ segmentId: 'my-notes:p0001', documentId: 'my-notes', docType: 'news', docDate: '2026-11-01', kind: 'paragraph', position: 0, zh, en }]),
    )();
    const both = new SearchService([{ db: corpus.connection, sentences: corpus.sentences }, user]);
    const hits = both.search({ query: '社区医院', limit: 50 }).hits;
    const mine = hits.find((h) => h.segmentId === 'my-notes:p0001')!;
    expect(mine.sentences).toBeUndefined();
    expect(mine.en!.highlights).toEqual([]);
    expect(en).toContain(mine.en!.text);
    // The corpus hits beside it still come with their linked sentences.
    expect(hits.filter((h) => h.documentId !== 'my-notes').every((h) => h.sentences !== undefined)).toBe(true);
    user.close();
  });
});
