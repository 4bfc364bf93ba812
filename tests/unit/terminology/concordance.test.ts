// Issue "Terminology workbench": the bilingual concordance over the bundled corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordanceLine } from '../../../contract/terminology';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { SearchService } from '../../../main/domain/search/searchService';
import { Concordance } from '../../../main/domain/terminology/concordance';
import { starterConcepts } from '../../helpers/starterConcepts';
import { bundledCorpusFile } from '../../helpers/terminologyCorpus';
import { tempDirForFile } from '../../helpers/tempDir';

const scratch = tempDirForFile('duizhao-concordance-');
let corpus: CorpusRepository;
let search: SearchService;
let concordance: Concordance;
beforeAll(() => {
  corpus = CorpusRepository.open(bundledCorpusFile(scratch));
  search = new SearchService([{ db: corpus.connection, sentences: corpus.sentences }]);
  concordance = new Concordance(corpus.connection, corpus.sentences, starterConcepts());
});
afterAll(() => corpus.close());

const NATIONAL_PLAN = 'national-health-plan-14th-fyp-2022';
const counts = (query: string) => Object.fromEntries(concordance.groups({ query }).map((g) => [g.rendering?.label ?? '(unrendered)', g.count]));

describe('the concordance counts what the search counts', () => {
  const findBarMarks = (query: string) =>
    corpus.listDocuments().reduce((sum, d) => sum + search.findInDocument(d.id, query).hits.reduce((n, h) => n + h.zh.length + h.en.length, 0), 0);
  const paragraphsOf = (query: string) => new Set(concordance.allLines({ query }).map((l) => l.segmentId)).size;

  // Chinese, Traditional, full-width, English words (their word forms), a Latin string on the Chinese side;
  // terms that overlap where they stand (one mark where they do), and an exclusion.
  it.each(['分级诊疗', '医疗', '衛生健康', '２０２５', 'hospital', 'health', 'plans', '5G', '中医药', '医疗 OR 医疗服务 OR 服务', '卫生 -医疗'])(
    '%s: as many lines as the find bar marks, in as many paragraphs as the search reports',
    (query) => {
      const { total } = concordance.page({ query });
      expect(total, query).toBeGreaterThan(0);
      expect(total, query).toBe(findBarMarks(query));
      const reported = search.search({ query, limit: 1 });
      if (!reported.totalIsCapped) expect(paragraphsOf(query), query).toBe(reported.total);
    },
  );

  // A term of several words is the search's phrase: the same paragraphs. The find bar marks a quoted phrase's
  // words only as typed, so it marks no more than the concordance finds (public health services, too, here).
  it.each(['medical consortia', 'public health service', 'disease prevention and control', 'Healthy China'])(
    '%s: the paragraphs of the search for the quoted phrase',
    (query) => {
      const quoted = `"${query}"`;
      expect(paragraphsOf(query), query).toBeGreaterThan(0);
      expect(paragraphsOf(query), query).toBe(search.search({ query: quoted, limit: 1 }).total);
      expect(concordance.page({ query }).total, query).toBeGreaterThanOrEqual(findBarMarks(quoted));
    },
  );
});

describe('a concordance line', () => {
  it('shows the keyword in its context, and the aligned English under it with the termbase rendering marked', () => {
    const { total, lines } = concordance.page({ query: '分级诊疗' });
    expect(lines).toHaveLength(total);
    const line = lines.find((l) => l.segmentId === `${NATIONAL_PLAN}:p0011`)!;
    expect(line.keyword).toBe('分级诊疗');
    expect(corpus.getSegment(line.segmentId)!.zh!.text).toContain(line.left + line.keyword + line.right);
    expect(line.sentenceIds.length).toBeGreaterThan(0);
    const marked = line.counterpart!.highlights.map(([a, b]) => line.counterpart!.text.slice(a, b));
    expect(marked).toEqual(['hierarchical diagnosis and treatment']);
    expect(line.rendering).toMatchObject({ source: 'termbase', conceptId: 'c001', label: 'hierarchical diagnosis and treatment' });
    expect(line.counterpart!.origin).toBe('published');
  });

  it('finds a term written in Traditional characters as in Simplified', () => {
    expect(concordance.page({ query: '分級診療' }).total).toBe(concordance.page({ query: '分级诊疗' }).total);
  });

  it('pages: the first screen holds 50 lines and the total, the next page the following ones', () => {
    const first = concordance.page({ query: '健康' });
    expect(first.total).toBeGreaterThan(100);
    expect(first.lines).toHaveLength(50);
    const second = concordance.page({ query: '健康', offset: 50, limit: 50 });
    expect(second.lines[0]).toEqual(concordance.allLines({ query: '健康' })[50]);
  });
});

describe('grouping by rendering', () => {
  it('counts each termbase rendering of a Chinese term, the larger group first', () => {
    const groups = counts('分级诊疗');
    expect(groups['hierarchical diagnosis and treatment']).toBeGreaterThanOrEqual(2);
    expect(groups['stratified health care']).toBe(1);
    expect(Object.keys(groups)[0]).toBe('hierarchical diagnosis and treatment');
    expect(Object.values(groups).reduce((a, b) => a + b, 0)).toBe(concordance.page({ query: '分级诊疗' }).total);
  });

  it('counts a full form and its abbreviation as the same concept, rendered several ways', () => {
    const groups = counts('医联体');
    expect(groups['medical consortium']).toBeGreaterThanOrEqual(1);
    expect(groups['joint medical system']).toBe(1);
    expect(groups['health consortium']).toBe(1);
  });

  it('groups an English term by its Chinese renderings', () => {
    const groups = counts('medical consortia');
    expect(Object.keys(groups)).toContain('医疗联合体');
  });

  it('falls back on the word pairs of the link for a string the termbase does not hold, and lists the unrendered last', () => {
    const groups = concordance.groups({ query: '医院' });
    const fromPairs = groups.filter((g) => g.rendering?.source === 'word-pairs').map((g) => g.rendering!.label);
    expect(fromPairs.some((label) => /hospital/.test(label))).toBe(true);
    const unrendered = groups.findIndex((g) => g.rendering === null);
    if (unrendered >= 0) expect(unrendered).toBe(groups.length - 1);
  });

  it('names each rendered form once, so a word a sentence repeats groups with the others that render it so', () => {
    const groups = concordance.groups({ query: '健康' }).filter((g) => g.rendering?.source === 'word-pairs');
    for (const { rendering } of groups) {
      const forms = rendering!.label.split(' … ');
      expect(new Set(forms).size, rendering!.label).toBe(forms.length);
    }
    expect(groups[0].rendering!.label).toBe('health');
  });
});

describe('filters and sorting', () => {
  const all = (request: Parameters<Concordance['allLines']>[0]) => concordance.allLines(request);

  it('filters by document, by date and by the provenance of the keyword side', () => {
    expect(new Set(all({ query: '分级诊疗', documentIds: [NATIONAL_PLAN] }).map((l) => l.documentId))).toEqual(new Set([NATIONAL_PLAN]));
    const before2022 = all({ query: '分级诊疗', dateTo: '2021-12-31' });
    expect(before2022.map((l) => l.segmentId)).toEqual(['shanghai-health-plan-briefing-2021:p0032']);
    const published = all({ query: '分级诊疗', origin: 'published' });
    expect(published.map((l) => l.segmentId)).toEqual([`${NATIONAL_PLAN}:p0113`]);
    expect(all({ query: '分级诊疗', dateFrom: '2022-01-01' }).every((l) => l.date! >= '2022-01-01')).toBe(true);
  });

  const sortedBy = <T>(items: T[], key: (item: T) => string) => items.every((item, i) => i === 0 || key(items[i - 1]) <= key(item));

  it('sorts by right context, by left context read backwards from the keyword, and by date', () => {
    const right = all({ query: 'health', sort: 'right' });
    expect(sortedBy(right, (l: ConcordanceLine) => l.right.toLowerCase())).toBe(true);
    const left = all({ query: 'health', sort: 'left' });
    expect(sortedBy(left, (l: ConcordanceLine) => [...l.left.toLowerCase()].reverse().join(''))).toBe(true);
    const byDate = all({ query: 'health', sort: 'date' });
    expect(sortedBy(byDate, (l: ConcordanceLine) => l.date ?? '\uffff')).toBe(true);
    expect(new Set(right.map((l) => `${l.segmentId}${l.side}${l.left}`))).toEqual(new Set(left.map((l) => `${l.segmentId}${l.side}${l.left}`)));
  });
});
