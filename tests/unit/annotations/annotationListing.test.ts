import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, AnnotationFilter, HighlightColour } from '../../../contract/annotations';
import type { Segment } from '../../../contract/model';
import { AnnotationService, type SegmentSource } from '../../../main/domain/annotations/annotationService';
import { AnnotationStore } from '../../../main/domain/annotations/annotationStore';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { openUserDatabase } from '../../../main/domain/database/userDatabase';
import { foldText } from '../../../main/domain/search/textNormalizer';
import { burstAnnotation } from '../../helpers/annotationBurst';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const COUNT = 300;
const corpusDir = tempDirForFile('duizhao-corpus-');
let service: AnnotationService;
let all: Annotation[];
let documentOrder: string[];

/**
 * A few hundred annotations across the corpus, in every colour, with notes in
 * both scripts, tags, creation and edit times out of order, some made orphans
 * by a corrected corpus and some in conflict with an imported version.
 */
beforeAll(() => {
  const corpus = CorpusRepository.open(buildBundledCorpusInto(corpusDir()));
  const segments: Segment[] = corpus.listDocuments().flatMap((d) => corpus.getDocument(d.id)!.segments);
  documentOrder = corpus.listDocuments().map((d) => d.id);
  const db = openUserDatabase(tempDir()).db;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const now = () => new Date((clock += ((clock * 7919) % 97) * 60_000 + 1000));
  const writer = new AnnotationService(db, { getSegment: (id) => corpus.getSegment(id), documentOrder: () => documentOrder }, { author: () => 'Li Wei', now });
  const colours: HighlightColour[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
  const ids: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const made = burstAnnotation(segments, i);
    ids.push(writer.create({ ...made, colour: colours[(i * 3) % 5], note: i % 4 === 0 ? '' : i % 3 ? `Note ${i} 医疗保障` : `NOTE ${i} Health`, tags: i % 5 === 0 ? [] : [`t${i % 7}`, i % 2 ? '卫生' : 'Briefing'] }).id);
  }
  for (let i = 0; i < COUNT; i += 6) writer.update({ id: ids[(i * 37) % COUNT], note: `edited ${i}` });
  const store = new AnnotationStore(db);
  for (let i = 0; i < COUNT; i += 23) {
    const record = store.find(ids[i])!;
    store.setConflict(ids[i], { ...record, note: 'theirs', revision: `r${i}` }, '2026-06-01T00:00:00Z');
  }
  // A corrected corpus: every ninth segment's Chinese rewritten, so its Chinese quotes are orphans.
  const changed = new Set(segments.filter((_, i) => i % 9 === 0).map((s) => s.id));
  const reader: SegmentSource = {
    getSegment: (id) => {
      const segment = corpus.getSegment(id);
      return segment && changed.has(id) && segment.zh ? { ...segment, zh: { ...segment.zh, text: '改写后的段落。' } } : segment;
    },
    documentOrder: () => documentOrder,
  };
  service = new AnnotationService(db, reader, { author: () => 'Li Wei' });
  all = service.list({}).annotations;
});

/** The list as the screen filtered and sorted it in memory before issue #14: the oracle. */
function inMemory(filter: AnnotationFilter): Annotation[] {
  const text = filter.text?.trim() ? foldText(filter.text.trim()).toLocaleLowerCase() : null;
  const status = filter.status ?? 'all';
  const shown = [...all]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .filter(
      (a) =>
        (!filter.documentId || a.documentId === filter.documentId) &&
        (!filter.colours?.length || filter.colours.includes(a.colour)) &&
        (!filter.tag || a.tags.includes(filter.tag)) &&
        (status === 'all' || (status === 'orphaned' ? a.placement.status === 'orphaned' : a.conflict !== null)) &&
        (text === null || [a.target.quote.exact, a.note, ...a.tags].some((field) => foldText(field).toLocaleLowerCase().includes(text))),
    );
  const sort = filter.sort ?? 'position';
  if (sort !== 'position') {
    const key = sort === 'created' ? 'createdAt' : 'updatedAt';
    return shown.sort((a, b) => b[key].localeCompare(a[key]) || a.id.localeCompare(b.id));
  }
  const rank = (a: Annotation) => documentOrder.indexOf(a.documentId);
  const start = (a: Annotation) => (a.placement.status === 'anchored' ? a.placement.start : Number.MAX_SAFE_INTEGER);
  return shown.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.paragraph ?? Number.MAX_SAFE_INTEGER) - (b.paragraph ?? Number.MAX_SAFE_INTEGER) ||
      (a.target.side === b.target.side ? 0 : a.target.side === 'zh' ? -1 : 1) ||
      start(a) - start(b) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/** Every page of 40, read one after another as "Show more" does. */
function paged(filter: AnnotationFilter): { ids: string[]; totals: number[] } {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += 40) {
    const page = service.list({ ...filter, offset, limit: 40 });
    totals.push(page.total);
    ids.push(...page.annotations.map((a) => a.id));
    if (page.annotations.length < 40) return { ids, totals };
  }
}

const FILTERS: [string, AnnotationFilter][] = [
  ['everything by position', {}],
  ['newest first', { sort: 'created' }],
  ['last edited first', { sort: 'updated' }],
  ['one document', { documentId: 'national-health-plan-14th-fyp-2022' }],
  ['two colours', { colours: ['blue', 'pink'], sort: 'updated' }],
  ['a tag', { tag: 't3' }],
  ['a Chinese tag', { tag: '卫生', sort: 'created' }],
  ['text in a note, any case', { text: 'note 1' }],
  ['text in the Chinese of a note', { text: '医疗' }],
  ['text in a tag', { text: 'briefing' }],
  ['orphans', { status: 'orphaned' }],
  ['conflicts', { status: 'conflict', sort: 'created' }],
  ['everything at once', { colours: ['yellow', 'green', 'purple'], text: 'note', status: 'orphaned', sort: 'updated' }],
];

describe('the annotation list, paged in SQL', () => {
  it('has a fixture with orphans, conflicts and edits to page through', () => {
    expect(all).toHaveLength(COUNT);
    expect(all.filter((a) => a.placement.status === 'orphaned').length).toBeGreaterThan(5);
    expect(all.filter((a) => a.conflict).length).toBeGreaterThan(5);
    expect(new Set(all.map((a) => a.documentId)).size).toBeGreaterThan(1);
  });

  it.each(FILTERS)('pages through %s as the in-memory filter and sort listed them', (_name, filter) => {
    const expected = inMemory(filter).map((a) => a.id);
    const { ids, totals } = paged(filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
  });

  it('counts the tags, orphans and conflicts of the document or library, whatever the other filters and the page', () => {
    const tagCounts = new Map<string, number>();
    for (const a of all) for (const tag of a.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    const page = service.list({ colours: ['blue'], offset: 40, limit: 10 });
    expect(page.annotations).toHaveLength(10);
    expect(page.tags).toEqual([...tagCounts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([tag, count]) => ({ tag, count })));
    expect(page.orphanCount).toBe(all.filter((a) => a.placement.status === 'orphaned').length);
    expect(page.conflictCount).toBe(all.filter((a) => a.conflict).length);
    const plan = service.list({ documentId: 'national-health-plan-14th-fyp-2022', limit: 1 });
    expect(plan.orphanCount).toBe(all.filter((a) => a.documentId === 'national-health-plan-14th-fyp-2022' && a.placement.status === 'orphaned').length);
  });

  it('answers an empty page past the end, with the total still told', () => {
    const page = service.list({ offset: COUNT + 10, limit: 40 });
    expect(page.annotations).toEqual([]);
    expect(page.total).toBe(COUNT);
  });

  it('gives the export every annotation the filter shows, in order, a page at a time', () => {
    const listed = service.recordPages({ tag: 't3', sort: 'created' }, 7);
    const pages = [...listed.pages];
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every((p) => p.length <= 7)).toBe(true);
    expect(pages.flat().map((p) => p.annotation)).toEqual(inMemory({ tag: 't3', sort: 'created' }));
    expect(listed.count).toBe(pages.flat().length);
  });
});
