import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../contract/annotations';
import { AnnotationService, type SegmentSource } from '../../../main/domain/annotations/annotationService';
import { exportAnnotations } from '../../../main/domain/annotations/annotationExport';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { openUserDatabase } from '../../../main/domain/database/userDatabase';
import type { Segment } from '../../../contract/model';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';
import { tableDump } from '../../helpers/annotations';

const PLAN = 'national-health-plan-14th-fyp-2022';
const corpusDir = tempDirForFile('duizhao-corpus-');
let corpusFile: string;
beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
});

/** A user database in its own folder, annotating the bundled corpus; `edit` changes a segment's text as a corrected corpus would. */
function setup(options: { author?: string; edit?: (segment: Segment) => Segment; now?: () => Date } = {}) {
  const corpus = CorpusRepository.open(corpusFile);
  const dir = tempDir();
  const user = openUserDatabase(dir);
  const segments: SegmentSource = {
    getSegment: (id) => {
      const segment = corpus.getSegment(id);
      return segment && options.edit ? { ...options.edit(segment), documentId: segment.documentId } : segment;
    },
    documentOrder: () => corpus.listDocuments().map((d) => d.id),
  };
  const service = new AnnotationService(user.db, segments, { author: () => options.author ?? 'Li Wei', now: options.now });
  return { service, db: user.db, corpus, dir, segments };
}

/** Applies colleagues' files, as the Import button does after its preview. */
function importJson(service: AnnotationService, ...contents: string[]) {
  return service.import(contents.map((content, i) => ({ name: `colleague-${i + 1}.jsonld`, content })), 'apply');
}

/** A selection of `exact` in a segment side, as the renderer sends it. */
function select(corpus: CorpusRepository, segmentId: string, side: 'zh' | 'en', exact: string, occurrence = 0) {
  const text = corpus.getSegment(segmentId)![side]!.text;
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`${exact} is not in ${segmentId}`);
  return { segmentId, side, start, end: start + exact.length, exact };
}

function firstSegmentWith(corpus: CorpusRepository, side: 'zh' | 'en', needle: string): string {
  const doc = corpus.getDocument(PLAN)!;
  const segment = doc.segments.find((s) => s[side]?.text.includes(needle));
  if (!segment) throw new Error(`No ${side} segment holds ${needle}`);
  return segment.id;
}

describe('annotation service', () => {
  it('stores a highlight with its W3C selectors, author and times, and keeps it across a reopen', () => {
    const { service, corpus, dir } = setup({ now: () => new Date('2026-11-20T09:00:00Z') });
    const segmentId = firstSegmentWith(corpus, 'zh', '健康');
    const created = service.create({ ...select(corpus, segmentId, 'zh', '健康'), colour: 'green', note: '记者会要点', tags: ['briefing', ' 卫生 ', 'briefing'] });
    expect(created).toMatchObject({
      documentId: PLAN,
      colour: 'green',
      note: '记者会要点',
      tags: ['briefing', '卫生'],
      author: 'Li Wei',
      createdAt: '2026-11-20T09:00:00.000Z',
      placement: { status: 'anchored', method: 'position', text: '健康' },
      conflict: null,
    });
    expect(created.target.quote).toMatchObject({ type: 'TextQuoteSelector', exact: '健康' });
    expect(created.target.position.end - created.target.position.start).toBe(2);

    const reopened = openUserDatabase(dir);
    const again = new AnnotationService(reopened.db, { getSegment: (id) => corpus.getSegment(id), documentOrder: () => [PLAN] }, { author: () => '' });
    expect(again.list().annotations).toEqual([created]);
  });

  it('refuses a selection whose text is not in the segment there, and stores nothing', () => {
    const { service, corpus, db } = setup();
    const segmentId = firstSegmentWith(corpus, 'en', 'health');
    const selection = select(corpus, segmentId, 'en', 'health');
    expect(() => service.create({ ...selection, exact: 'wealth', colour: 'yellow' })).toThrow(expect.objectContaining({ code: 'text-changed' }));
    expect(() => service.create({ ...selection, end: 100_000, colour: 'yellow' })).toThrow(expect.objectContaining({ code: 'text-changed' }));
    expect(() => service.create({ ...selection, segmentId: `${PLAN}:p9999`, colour: 'yellow' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(db.prepare('SELECT count(*) FROM annotation').pluck().get()).toBe(0);
  });

  it('edits, deletes and undoes a delete; a deleted annotation is neither listed nor lost', () => {
    let clock = Date.parse('2026-11-20T09:00:00Z');
    const { service, corpus } = setup({ now: () => new Date((clock += 1000)) });
    const a = service.create({ ...select(corpus, firstSegmentWith(corpus, 'en', 'health'), 'en', 'health'), colour: 'yellow' });
    const edited = service.update({ id: a.id, note: 'Quote this at the briefing', tags: ['quote'], colour: 'pink' });
    expect(edited).toMatchObject({ note: 'Quote this at the briefing', tags: ['quote'], colour: 'pink', createdAt: a.createdAt });
    expect(edited.updatedAt > a.updatedAt).toBe(true);

    service.delete(a.id);
    expect(service.list().annotations).toEqual([]);
    expect(() => service.update({ id: a.id, note: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    const restored = service.restore(a.id);
    expect(restored).toMatchObject({ note: 'Quote this at the briefing', tags: ['quote'], colour: 'pink' });
    expect(service.list().annotations.map((x) => x.id)).toEqual([a.id]);
  });

  it('filters by colour, tag, text (Traditional finds Simplified) and orders by position or date', () => {
    let clock = Date.parse('2026-11-20T09:00:00Z');
    const { service, corpus } = setup({ now: () => new Date((clock += 1000)) });
    const doc = corpus.getDocument(PLAN)!;
    const late = doc.segments.filter((s) => s.zh?.text.includes('卫生'))[3];
    const early = doc.segments.find((s) => s.zh?.text.includes('卫生'))!;
    const first = service.create({ ...select(corpus, early.id, 'zh', '卫生'), colour: 'yellow', note: 'check rendering', tags: ['terms', 'briefing'] });
    const second = service.create({ ...select(corpus, late.id, 'zh', '卫生'), colour: 'blue', tags: ['terms'] });
    service.update({ id: first.id, colour: 'yellow', note: 'check rendering again' });

    expect(service.list().annotations.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(service.list({ sort: 'created' }).annotations.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(service.list({ sort: 'updated' }).annotations.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(service.list({ colours: ['blue'] }).annotations.map((a) => a.id)).toEqual([second.id]);
    expect(service.list({ tag: 'briefing' }).annotations.map((a) => a.id)).toEqual([first.id]);
    expect(service.list({ text: 'RENDERING' }).annotations.map((a) => a.id)).toEqual([first.id]);
    expect(service.list({ text: '衛生' }).annotations).toHaveLength(2);
    expect(service.list({ documentId: 'shgh-public-hospital-pilot' }).annotations).toEqual([]);
    expect(service.list().tags).toEqual([
      { tag: 'terms', count: 2 },
      { tag: 'briefing', count: 1 },
    ]);
  });

  it('places annotations on corrected text, and lists the ones it cannot place as orphans to re-attach', () => {
    const { service, corpus, db } = setup();
    const segmentId = firstSegmentWith(corpus, 'en', 'health');
    const kept = service.create({ ...select(corpus, segmentId, 'en', 'health'), colour: 'yellow' });
    const text = corpus.getSegment(segmentId)!.en!.text;
    const lastWord = text.trim().split(/\s+/).pop()!.replace(/\W+$/, '');
    const lost = service.create({ ...select(corpus, segmentId, 'en', lastWord, 0), colour: 'green', note: 'keep me' });

    // A later corpus puts a sentence in front and drops the passage `lost` marked.
    const correctedText = `A new opening sentence. ${text.replaceAll(lastWord, '')}`;
    const edited = setupOn(db, corpus, (segment) => (segment.id === segmentId && segment.en ? { ...segment, en: { ...segment.en, text: correctedText } } : segment));
    const list = edited.list();
    expect(list.orphanCount).toBe(1);
    const placedKept = list.annotations.find((a) => a.id === kept.id)!;
    expect(placedKept.placement).toMatchObject({ status: 'anchored', text: 'health' });
    expect(list.annotations.find((a) => a.id === lost.id)).toMatchObject({ note: 'keep me', placement: { status: 'orphaned' } });
    expect(edited.list({ status: 'orphaned' }).annotations.map((a) => a.id)).toEqual([lost.id]);

    const start = correctedText.indexOf('health');
    const reattached = edited.reattach(lost.id, { segmentId, side: 'en', start, end: start + 'health'.length, exact: 'health' });
    expect(reattached).toMatchObject({ note: 'keep me', placement: { status: 'anchored', text: 'health' } });
    expect(edited.list().orphanCount).toBe(0);
  });

  it('names the segments that carry annotations, for the search filter', () => {
    const { service, corpus } = setup();
    const segmentId = firstSegmentWith(corpus, 'zh', '卫生');
    const a = service.create({ ...select(corpus, segmentId, 'zh', '卫生'), colour: 'yellow' });
    expect(service.annotatedSegmentIds()).toEqual([segmentId]);
    service.delete(a.id);
    expect(service.annotatedSegmentIds()).toEqual([]);
  });
});

function setupOn(db: ReturnType<typeof openUserDatabase>['db'], corpus: CorpusRepository, edit: (segment: Segment) => Segment) {
  return new AnnotationService(
    db,
    {
      getSegment: (id) => {
        const segment = corpus.getSegment(id);
        return segment ? { ...edit(segment), documentId: segment.documentId } : null;
      },
      documentOrder: () => corpus.listDocuments().map((d) => d.id),
    },
    { author: () => '' },
  );
}

describe('sharing annotations as W3C JSON', () => {
  const exportJson = (service: AnnotationService, corpus: CorpusRepository) =>
    exportAnnotations('w3c-json', service.records(), {
      documents: corpus.listDocuments(),
      segmentOf: (id) => corpus.getSegment(id),
      sentences: corpus.sentences,
      language: 'en',
      generated: new Date('2026-11-22T08:00:00Z'),
      generator: 'Duizhao test',
      deletions: service.deletions(),
    }).content;

  function annotateSome(service: AnnotationService, corpus: CorpusRepository): Annotation[] {
    return [
      service.create({ ...select(corpus, firstSegmentWith(corpus, 'zh', '卫生'), 'zh', '卫生'), colour: 'yellow', note: '术语：卫生 → health', tags: ['terms'] }),
      service.create({ ...select(corpus, firstSegmentWith(corpus, 'en', 'health'), 'en', 'health'), colour: 'purple' }),
      service.create({ ...select(corpus, firstSegmentWith(corpus, 'en', 'the'), 'en', 'the'), colour: 'blue', note: 'line one\nline "two", with a comma', tags: ['a', 'b'] }),
    ];
  }

  it('round-trips: export, then import into an empty database, gives back the same annotations', () => {
    const mine = setup({ author: '王芳' });
    const made = annotateSome(mine.service, mine.corpus);
    const json = exportJson(mine.service, mine.corpus);
    expect(JSON.parse(json)).toMatchObject({ type: 'AnnotationCollection', total: 3, first: { type: 'AnnotationPage' } });

    const colleague = setup({ author: 'Someone else' });
    expect(importJson(colleague.service, json)).toMatchObject({ counts: { added: 3, updated: 0, duplicate: 0, older: 0, conflict: 0, rejected: 0 }, writes: 3, orphaned: 0 });
    expect(colleague.service.list().annotations).toEqual(mine.service.list().annotations);
    expect(colleague.service.list().annotations.map((a) => a.author)).toEqual(made.map(() => '王芳'));
  });

  it('importing the same file twice changes nothing the second time', () => {
    const mine = setup();
    annotateSome(mine.service, mine.corpus);
    const json = exportJson(mine.service, mine.corpus);
    const colleague = setup();
    importJson(colleague.service, json);
    const before = tableDump(colleague.db);
    expect(importJson(colleague.service, json)).toMatchObject({ counts: { added: 0, updated: 0, duplicate: 3, conflict: 0 }, writes: 0, orphaned: 0 });
    expect(tableDump(colleague.db)).toEqual(before);
  });

  it('takes a newer copy, ignores an older one, and keeps both versions when both sides changed', () => {
    let clock = Date.parse('2026-11-20T09:00:00Z');
    const now = () => new Date((clock += 1000));
    const alice = setup({ author: 'Alice', now });
    const bob = setup({ author: 'Bob', now });
    const [a] = annotateSome(alice.service, alice.corpus);
    const v1 = exportJson(alice.service, alice.corpus);
    importJson(bob.service, v1);

    // Alice edits: Bob takes her newer copy.
    alice.service.update({ id: a.id, note: 'Alice, second thoughts' });
    const v2 = exportJson(alice.service, alice.corpus);
    expect(importJson(bob.service, v2)).toMatchObject({ counts: { updated: 1, conflict: 0 } });
    expect(bob.service.get(a.id).note).toBe('Alice, second thoughts');
    // An older file from Alice does not undo that.
    expect(importJson(bob.service, v1)).toMatchObject({ counts: { older: 1, duplicate: 2, updated: 0, conflict: 0 } });

    // Both edit the same annotation: a conflict, kept, and not duplicated by importing again.
    alice.service.update({ id: a.id, note: 'Alice again', tags: ['alice'] });
    bob.service.update({ id: a.id, note: 'Bob disagrees' });
    const v3 = exportJson(alice.service, alice.corpus);
    expect(importJson(bob.service, v3)).toMatchObject({ counts: { conflict: 1 } });
    const before = tableDump(bob.db);
    expect(importJson(bob.service, v3)).toMatchObject({ counts: { conflict: 0, duplicate: 3 }, writes: 0 });
    expect(tableDump(bob.db)).toEqual(before);
    expect(bob.service.list({ status: 'conflict' }).annotations).toEqual([
      expect.objectContaining({ id: a.id, note: 'Bob disagrees', conflict: expect.objectContaining({ note: 'Alice again', tags: ['alice'], author: 'Alice' }) }),
    ]);

    // Bob keeps his; Alice then imports Bob's file and takes it as the newer one.
    expect(bob.service.resolveConflict(a.id, 'mine')).toMatchObject({ note: 'Bob disagrees', conflict: null });
    expect(importJson(bob.service, v3)).toMatchObject({ counts: { conflict: 0, updated: 0, older: 1 }, writes: 0 });
    expect(importJson(alice.service, exportJson(bob.service, bob.corpus))).toMatchObject({ counts: { updated: 1, conflict: 0 } });
    expect(alice.service.get(a.id).note).toBe('Bob disagrees');
  });

  it('takes the imported version when the user chooses it', () => {
    let clock = Date.parse('2026-11-20T09:00:00Z');
    const now = () => new Date((clock += 1000));
    const alice = setup({ author: 'Alice', now });
    const bob = setup({ author: 'Bob', now });
    const [a] = annotateSome(alice.service, alice.corpus);
    importJson(bob.service, exportJson(alice.service, alice.corpus));
    alice.service.update({ id: a.id, colour: 'green' });
    bob.service.update({ id: a.id, colour: 'pink' });
    importJson(bob.service, exportJson(alice.service, alice.corpus));
    expect(bob.service.resolveConflict(a.id, 'theirs')).toMatchObject({ colour: 'green', conflict: null });
    // Alice sees Bob's copy as the same as hers.
    expect(importJson(alice.service, exportJson(bob.service, bob.corpus))).toMatchObject({ counts: { updated: 0, duplicate: 3, conflict: 0 }, writes: 0 });
  });

  it('does not bring back an annotation deleted here by importing the copy that was deleted', () => {
    const alice = setup();
    const [a] = annotateSome(alice.service, alice.corpus);
    const json = exportJson(alice.service, alice.corpus);
    alice.service.delete(a.id);
    expect(importJson(alice.service, json)).toMatchObject({ counts: { older: 1, duplicate: 2, added: 0, updated: 0 }, writes: 0 });
    expect(alice.service.list().annotations.map((x) => x.id)).not.toContain(a.id);
  });
});

describe('import files and records that cannot be taken', () => {
  it('a file that is not an annotation file is refused whole; a record that cannot be taken is rejected with its reason; nothing changes', () => {
    const { service, corpus, db } = setup();
    service.create({ ...select(corpus, firstSegmentWith(corpus, 'zh', '卫生'), 'zh', '卫生'), colour: 'yellow' });
    const before = tableDump(db);
    const valid = JSON.parse(
      exportAnnotations('w3c-json', service.records(), {
        documents: corpus.listDocuments(),
        segmentOf: (id) => corpus.getSegment(id),
        language: 'en',
        generated: new Date(),
        generator: 'test',
      }).content,
    );
    const item = valid.first.items[0];
    const withItems = (...items: unknown[]) => JSON.stringify({ ...valid, first: { type: 'AnnotationPage', items } });
    // A code refuses the file; a reason and field reject the one bad record, the valid `item` before it being already here.
    const cases: [string, string][] = [
      ['', 'import-not-json'],
      ['{"type": "AnnotationCollection", "first": {"items": [', 'import-not-json'],
      ['# Annotations\n> quoted', 'import-not-json'],
      ['42', 'import-wrong-shape'],
      ['{"hello": "world"}', 'import-wrong-shape'],
      [withItems({ ...item, id: 'not-a-urn' }), 'malformed id'],
      [withItems({ ...item, target: { ...item.target, selector: [item.target.selector[0]] } }), 'malformed target.selector'],
      [withItems({ ...item, target: { ...item.target, source: 'https://example.org/page' } }), 'malformed target.source'],
      [withItems(item, { ...item, id: 'urn:uuid:00000000-0000-4000-8000-000000000001', created: 'yesterday' }), 'malformed created'],
      [withItems(item, item), 'repeated-id id'],
      [withItems({ ...item, id: 'urn:uuid:00000000-0000-4000-8000-000000000002', target: { ...item.target, source: 'app://duizhao/documents/no-such-document/segments/p0001/zh' } }), 'unknown-segment target.source'],
      [withItems({ ...item, id: 'urn:uuid:00000000-0000-4000-8000-000000000003', target: { ...item.target, source: `app://duizhao/documents/${PLAN}/segments/p9999/en` } }), 'unknown-segment target.source'],
    ];
    for (const [content, expected] of cases) {
      const [file] = importJson(service, content).files;
      if (expected.startsWith('import-')) {
        expect(file, content.slice(0, 60)).toMatchObject({ error: { code: expected }, records: [] });
      } else {
        const rejected = file.records.filter((r) => r.outcome === 'rejected').map((r) => `${r.rejection?.reason} ${r.rejection?.field}`);
        expect(rejected, content.slice(0, 60)).toEqual([expected]);
      }
      expect(tableDump(db)).toEqual(before);
    }
  });
});

describe('export for people', () => {
  it('writes Markdown with the quote, its counterpart (the whole paragraph without sentence data), note, tags, document and paragraph', () => {
    const { service, corpus } = setup({ author: 'Li Wei' });
    const segmentId = firstSegmentWith(corpus, 'zh', '卫生');
    const segment = corpus.getSegment(segmentId)!;
    service.create({ ...select(corpus, segmentId, 'zh', '卫生'), colour: 'yellow', note: 'Use *this* wording', tags: ['terms'] });
    const context = { documents: corpus.listDocuments(), segmentOf: (id: string) => corpus.getSegment(id), generated: new Date('2026-11-22T08:00:00Z'), generator: 'test' };
    const md = exportAnnotations('markdown', service.records(), { ...context, language: 'en' });
    expect(md.fileName).toBe('duizhao-annotations-2026-11-22.md');
    const title = corpus.listDocuments().find((d) => d.id === PLAN)!.title.en!;
    expect(md.content).toContain(`## ${title}`);
    expect(md.content).toContain(`### ¶ ${segment.position + 1} · Chinese`);
    expect(md.content).toContain('> 卫生');
    expect(md.content).toContain(`> ${segment.en!.text.slice(0, 40)}`);
    expect(md.content).toContain('Use \\*this\\* wording');
    expect(md.content).toContain('`terms`');
    expect(md.content).toContain(segmentId);

    const zh = exportAnnotations('markdown', service.records(), { ...context, language: 'zh-CN' });
    expect(zh.content).toContain(`第 ${segment.position + 1} 段`);

    // A Traditional-Chinese interface: headings in Traditional, the Chinese title first and as stored (Simplified).
    const tw = exportAnnotations('markdown', service.records(), { ...context, language: 'zh-TW' }).content;
    expect(tw).toContain('# 註記 · 對照');
    expect(tw).toContain(`## ${corpus.listDocuments().find((d) => d.id === PLAN)!.title.zh!}`);
    expect(tw).toContain(`### 第 ${segment.position + 1} 段 · 中文 · 黃色`);
    expect(tw).toContain('> 卫生');
    expect(tw).not.toContain('批注');
  });

  it('writes CSV a spreadsheet opens in UTF-8, quoting what needs it and defusing formulas', () => {
    const { service, corpus } = setup();
    const segmentId = firstSegmentWith(corpus, 'zh', '卫生');
    service.create({ ...select(corpus, segmentId, 'zh', '卫生'), colour: 'green', note: '=HYPERLINK("x"), "quoted"\nsecond line', tags: ['a', 'b'] });
    const csv = exportAnnotations('csv', service.records(), {
      documents: corpus.listDocuments(),
      segmentOf: (id) => corpus.getSegment(id),
      language: 'en',
      generated: new Date(),
      generator: 'test',
    }).content;
    expect(csv.startsWith('\uFEFFDocument,Paragraph,Segment id,Language,Quote,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x""), ""quoted""\nsecond line"`);
    expect(csv).toContain(',a; b,Green,');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  });
});
