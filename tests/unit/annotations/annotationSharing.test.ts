import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiArgs } from '../../../contract/api';
import type { ImportReport } from '../../../contract/annotations';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tableDump } from '../../helpers/annotations';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

// Sharing between profiles (issue 13, items 6–10): each profile is a backend with its own user database.
const PLAN = 'national-health-plan-14th-fyp-2022';
const corpusDir = tempDirForFile('duizhao-corpus-');
let corpusFile: string;
beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
});

function profile(author: string): Backend {
  const backend = createBackend({ userDataDir: tempDir(), corpusFile, systemLanguage: 'en' });
  backend.handlers.setPreferences({ authorName: author });
  return backend;
}

/** Highlights the `occurrence`-th `exact` in the first paragraph of the plan that holds it. */
async function highlight(b: Backend, exact: string, extra: Partial<ApiArgs<'createAnnotation'>> = {}, documentId = PLAN) {
  const doc = await b.handlers.getDocument({ documentId });
  const segment = doc.segments.find((s) => s.en?.text.includes(exact))!;
  const start = segment.en!.text.indexOf(exact);
  return b.handlers.createAnnotation({ segmentId: segment.id, side: 'en', start, end: start + exact.length, exact, colour: 'yellow', ...extra });
}

async function exported(b: Backend): Promise<string> {
  return (await b.handlers.exportAnnotations({ format: 'w3c-json', language: 'en' })).content;
}

async function importFiles(b: Backend, mode: 'preview' | 'apply', ...contents: (string | { name: string; content: string })[]): Promise<ImportReport> {
  const files = contents.map((c, i) => (typeof c === 'string' ? { name: `colleague-${i + 1}.jsonld`, content: c } : c));
  const result = await dispatchApiCall(b.handlers, 'importAnnotations', { files, mode });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ImportReport;
}

const outcomes = (report: ImportReport) => report.files.map((f) => f.records.map((r) => r.outcome));
/** Each record's outcome by annotation id, for files whose order is the reading order. */
const outcomeById = (report: ImportReport) => Object.fromEntries(report.files.flatMap((f) => f.records.map((r) => [r.id, r.outcome])));
const liveIds = async (b: Backend) => (await b.handlers.listAnnotations({})).annotations.map((a) => a.id);

describe('deletions travel (item 6)', () => {
  it('A creates, B imports; A deletes, B imports the new file: B no longer has it, and the old file does not bring it back', async () => {
    const alice = profile('Alice');
    const bob = profile('Bob');
    const kept = await highlight(alice, 'health', { note: 'stays' });
    const gone = await highlight(alice, 'the', { note: 'to be deleted' });
    const before = await exported(alice);
    await importFiles(bob, 'apply', before);
    expect(await liveIds(bob)).toEqual(expect.arrayContaining([kept.id, gone.id]));

    await alice.handlers.deleteAnnotation({ id: gone.id });
    const after = await exported(alice);
    const collection = JSON.parse(after);
    // Still a W3C collection: the deletion sits beside the page, no body, with its revisions.
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { items: [expect.objectContaining({ id: `urn:uuid:${kept.id}` })] } });
    expect(collection['duizhao:deletions']).toEqual([
      expect.objectContaining({ id: `urn:uuid:${gone.id}`, type: 'Annotation', 'duizhao:deleted': expect.any(String), 'duizhao:revision': expect.stringMatching(/^[0-9a-f]{32}$/) }),
    ]);
    expect(collection['duizhao:deletions'][0]).not.toHaveProperty('body');
    expect(after).not.toContain('to be deleted');

    const report = await importFiles(bob, 'apply', after);
    expect(report.files[0].records).toEqual([
      expect.objectContaining({ id: kept.id, outcome: 'duplicate', deletion: false }),
      expect.objectContaining({ id: gone.id, outcome: 'deleted', deletion: true }),
    ]);
    expect(await liveIds(bob)).toEqual([kept.id]);
    expect(outcomeById(await importFiles(bob, 'apply', before))).toEqual({ [kept.id]: 'duplicate', [gone.id]: 'older' });
    expect(await liveIds(bob)).toEqual([kept.id]);
  });

  it('records the deletion of an annotation never had, so an older copy cannot bring it back later', async () => {
    const alice = profile('Alice');
    const carol = profile('Carol');
    const gone = await highlight(alice, 'health');
    const before = await exported(alice);
    await alice.handlers.deleteAnnotation({ id: gone.id });
    expect(outcomes(await importFiles(carol, 'apply', await exported(alice)))).toEqual([['deletion-recorded']]);
    expect(await liveIds(carol)).toEqual([]);
    expect(outcomes(await importFiles(carol, 'apply', before))).toEqual([['older']]);
    expect(await liveIds(carol)).toEqual([]);
    // And Carol passes the deletion on.
    expect(JSON.parse(await exported(carol))['duizhao:deletions']).toHaveLength(1);
  });

  it('their deletion of a version we have edited since keeps our edit, which then comes back on their side', async () => {
    const alice = profile('Alice');
    const bob = profile('Bob');
    const shared = await highlight(alice, 'health', { note: 'first' });
    await importFiles(bob, 'apply', await exported(alice));
    await alice.handlers.deleteAnnotation({ id: shared.id });
    await bob.handlers.updateAnnotation({ id: shared.id, note: 'Bob still needs this' });

    const report = await importFiles(bob, 'apply', await exported(alice));
    expect(outcomes(report)).toEqual([['edit-kept']]);
    expect(report.writes).toBe(0);
    expect((await bob.handlers.listAnnotations({})).annotations).toEqual([expect.objectContaining({ id: shared.id, note: 'Bob still needs this', conflict: null })]);

    expect(outcomes(await importFiles(alice, 'apply', await exported(bob)))).toEqual([['updated']]);
    expect((await alice.handlers.listAnnotations({})).annotations).toEqual([expect.objectContaining({ id: shared.id, note: 'Bob still needs this' })]);
  });
});

describe('a file with bad records (items 7 and 8)', () => {
  async function fileWithBadRecords() {
    const alice = profile('Alice');
    const good = await highlight(alice, 'health', { note: 'good one' });
    await highlight(alice, 'the', { note: 'moved' });
    const collection = JSON.parse(await exported(alice));
    const noted = (note: string) => collection.first.items.find((i: { body: { value: string }[] }) => i.body[0].value === note);
    const [first, second] = [noted('good one'), noted('moved')];
    const broken = { ...first, id: 'urn:uuid:00000000-0000-4000-8000-00000000000b', target: { ...first.target, selector: [first.target.selector[0]] } };
    const unknown = { ...first, id: 'urn:uuid:00000000-0000-4000-8000-00000000000c', target: { ...first.target, source: `app://duizhao/documents/${PLAN}/segments/p9999/en` } };
    collection.first.items = [first, broken, unknown, first, second];
    return { alice, good, collection, second: second as { id: string } };
  }

  it('preview reports each record with its reason and writes nothing; apply takes the valid ones in one go', async () => {
    const { alice, good, collection } = await fileWithBadRecords();
    const bob = profile('Bob');
    const before = tableDump(bob.userDatabase.db);
    const preview = await importFiles(bob, 'preview', { name: 'alice.jsonld', content: JSON.stringify(collection) });
    expect(tableDump(bob.userDatabase.db)).toEqual(before);
    expect(preview).toMatchObject({ applied: false, writes: 2, counts: { added: 2, rejected: 3 } });
    expect(preview.files[0].name).toBe('alice.jsonld');
    expect(preview.files[0].records).toEqual([
      expect.objectContaining({ index: 0, id: good.id, quote: 'health', outcome: 'added', rejection: null }),
      expect.objectContaining({ index: 1, id: '00000000-0000-4000-8000-00000000000b', quote: 'health', outcome: 'rejected', rejection: { reason: 'malformed', field: 'target.selector' } }),
      expect.objectContaining({ index: 2, outcome: 'rejected', rejection: { reason: 'unknown-segment', field: 'target.source' } }),
      expect.objectContaining({ index: 3, id: good.id, outcome: 'rejected', rejection: { reason: 'repeated-id', field: 'id' } }),
      expect.objectContaining({ index: 4, quote: 'the', outcome: 'added' }),
    ]);

    const applied = await importFiles(bob, 'apply', { name: 'alice.jsonld', content: JSON.stringify(collection) });
    expect({ ...applied, applied: false }).toEqual(preview);
    expect((await bob.handlers.listAnnotations({})).annotations.map((a) => a.note).sort()).toEqual(['good one', 'moved']);
    alice.close();
  });

  it('refuses a record that would move our annotation into another document (item 8)', async () => {
    const { collection, second } = await fileWithBadRecords();
    const secondId = second.id.slice('urn:uuid:'.length);
    const bob = profile('Bob');
    await importFiles(bob, 'apply', JSON.stringify(collection));
    const other = (await bob.handlers.listDocuments({})).find((d) => d.id !== PLAN)!;
    const doc = await bob.handlers.getDocument({ documentId: other.id });
    const segment = doc.segments.find((s) => s.en?.text.includes('the'))!;
    const start = segment.en!.text.indexOf('the');
    // A newer version of `second` (ours is in its history) whose target is in another document.
    const moved = {
      ...second,
      body: [{ type: 'TextualBody', purpose: 'commenting', value: 'moved elsewhere' }],
      target: {
        source: `app://duizhao/documents/${other.id}/segments/${segment.id.split(':')[1]}/en`,
        selector: [
          { type: 'TextQuoteSelector', exact: 'the', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start, end: start + 3 },
        ],
      },
      'duizhao:history': [bob.userDatabase.db.prepare('SELECT revision FROM annotation WHERE id = ?').pluck().get(secondId) as string],
    };
    const before = tableDump(bob.userDatabase.db);
    const report = await importFiles(bob, 'apply', JSON.stringify([moved]));
    expect(report.files[0].records).toEqual([expect.objectContaining({ outcome: 'rejected', documentId: other.id, rejection: { reason: 'other-document', field: 'target.source' } })]);
    expect(tableDump(bob.userDatabase.db)).toEqual(before);
  });

  it('refuses a file that is not an annotation file whole, and takes the other files', async () => {
    const alice = profile('Alice');
    await highlight(alice, 'health');
    const bob = profile('Bob');
    const report = await importFiles(
      bob,
      'apply',
      { name: 'notes.md', content: '# not json' },
      { name: 'hello.json', content: '{"hello": "world"}' },
      { name: 'paged.json', content: '{"type": "AnnotationCollection", "first": "https://example.org/page1"}' },
      { name: 'alice.jsonld', content: await exported(alice) },
    );
    expect(report.files.map((f) => [f.name, f.error?.code ?? null, f.records.length])).toEqual([
      ['notes.md', 'import-not-json', 0],
      ['hello.json', 'import-wrong-shape', 0],
      ['paged.json', 'import-wrong-shape', 0],
      ['alice.jsonld', null, 1],
    ]);
    expect(report.counts.added).toBe(1);
    const tooLarge = await dispatchApiCall(bob.handlers, 'importAnnotations', {
      files: [
        { name: 'a.json', content: 'x'.repeat(13 * 1024 * 1024) },
        { name: 'b.json', content: 'x'.repeat(13 * 1024 * 1024) },
      ],
      mode: 'preview',
    });
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'import-too-large' } });
  });
});

describe('lone surrogates (item 9)', () => {
  it('are refused at the contract in notes, tags and author names', async () => {
    const b = profile('Li');
    const made = await highlight(b, 'health');
    const calls: [string, unknown][] = [
      ['updateAnnotation', { id: made.id, note: 'half \uD83D of an emoji' }],
      ['updateAnnotation', { id: made.id, tags: ['ok', 'bad\uDC00'] }],
      ['createAnnotation', { segmentId: made.target.segmentId, side: 'en', start: made.target.position.start, end: made.target.position.end, exact: 'health', colour: 'blue', note: '\uDFFF' }],
      ['setPreferences', { authorName: 'Li \uD800' }],
    ];
    for (const [name, args] of calls) {
      expect(await dispatchApiCall(b.handlers, name, args), name).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    // A well-formed pair is text like any other.
    expect(await dispatchApiCall(b.handlers, 'updateAnnotation', { id: made.id, note: 'emoji \uD83D\uDE00' })).toMatchObject({ ok: true });
  });

  it('cannot make a file re-imported into its own profile look like a conflict', async () => {
    const b = profile('Li');
    // Written before the contract refused them (the domain is called directly): stored as U+FFFD by SQLite.
    await highlight(b, 'health', { note: 'broken \uD800 note', tags: ['t\uDC00'] });
    const json = await exported(b);
    expect(json).toMatch(/broken \uFFFD+ note/);
    const report = await importFiles(b, 'apply', json);
    expect(outcomes(report)).toEqual([['duplicate']]);
    expect((await b.handlers.listAnnotations({})).conflictCount).toBe(0);
  });

  it('are repaired with U+FFFD on import, and the repaired copy re-imports as the same', async () => {
    const alice = profile('Alice');
    await highlight(alice, 'health', { note: 'fine' });
    const item = JSON.parse(await exported(alice)).first.items[0];
    item.body = [{ type: 'TextualBody', purpose: 'commenting', value: 'half \uD83D' }, { type: 'TextualBody', purpose: 'tagging', value: '\uDE00tag' }];
    item.creator = { type: 'Person', name: 'Al\uD800ice' };
    const file = JSON.stringify([item]);
    const bob = profile('Bob');
    const report = await importFiles(bob, 'apply', file);
    expect(report.files[0].records).toEqual([expect.objectContaining({ outcome: 'added', repaired: true })]);
    expect((await bob.handlers.listAnnotations({})).annotations).toEqual([expect.objectContaining({ note: 'half \uFFFD', tags: ['\uFFFDtag'], author: 'Al\uFFFDice' })]);
    expect(outcomes(await importFiles(bob, 'apply', file))).toEqual([['duplicate']]);
    expect(outcomes(await importFiles(bob, 'apply', await exported(bob)))).toEqual([['duplicate']]);
  });
});

describe('several colleagues at once (item 10)', () => {
  it('merges the files in order with one report naming the file of each record', async () => {
    const alice = profile('Alice');
    const carol = profile('Carol');
    const shared = await highlight(alice, 'health', { note: 'v1' });
    const aliceOld = await exported(alice);
    await importFiles(carol, 'apply', aliceOld);
    await carol.handlers.updateAnnotation({ id: shared.id, note: 'v2 by Carol' });
    const carolsOwn = await highlight(carol, 'the', { note: 'Carol’s own' });
    const bob = profile('Bob');

    const files = [
      { name: 'alice.jsonld', content: aliceOld },
      { name: 'carol.jsonld', content: await exported(carol) },
    ];
    const preview = await importFiles(bob, 'preview', ...files);
    expect(preview.files.map((f) => f.name)).toEqual(['alice.jsonld', 'carol.jsonld']);
    expect(outcomes(preview)[0]).toEqual(['added']);
    expect(outcomeById({ ...preview, files: [preview.files[1]] })).toEqual({ [shared.id]: 'updated', [carolsOwn.id]: 'added' });
    expect(preview).toMatchObject({ applied: false, writes: 3, counts: { added: 2, updated: 1 } });
    expect(await liveIds(bob)).toEqual([]);

    const applied = await importFiles(bob, 'apply', ...files);
    expect(applied).toMatchObject({ applied: true, writes: 3 });
    expect((await bob.handlers.listAnnotations({})).annotations.map((a) => a.note).sort()).toEqual(['v2 by Carol', 'Carol’s own'].sort());
  });
});
