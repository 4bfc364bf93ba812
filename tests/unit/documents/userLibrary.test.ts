import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';
import { INSERTED, METADATA, SMART, TIERED, TITLE, libraryDump, plan } from '../../helpers/importPlans';

const corpusDir = tempDirForFile();
let corpusFile: string;
beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
}, 120_000);

const backend = (userDataDir = tempDir()): Backend => createBackend({ userDataDir, corpusFile, systemLanguage: 'en' });

const value = async <T,>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> => {
  const settled = await result;
  if (!settled.ok) throw new Error(JSON.stringify(settled.error));
  return settled.value as T;
};

describe('the user library', () => {
  it('stores a plan as a document read like a bundled one: listed after them, read whole and in parts, with sentences and links', async () => {
    const b = backend();
    const stored = b.documents.storeImport(plan([TITLE, TIERED, SMART]), METADATA);
    expect(stored.id).toMatch(/^my-draft-on-health-[0-9a-f]{6}$/);
    const list = await value<{ id: string; library: string }[]>(dispatchApiCall(b.handlers, 'listDocuments', {}));
    expect(list.map((d) => d.library)).toEqual(['bundled', 'bundled', 'bundled', 'bundled', 'bundled', 'imported']);
    expect(list.at(-1)).toMatchObject({ id: stored.id, type: 'notice', imported: { version: 1, files: [{ name: '草案.txt' }, { name: 'draft.txt' }] } });

    const document = b.handlers.getDocument({ documentId: stored.id }) as Awaited<ReturnType<Backend['handlers']['getDocument']>>;
    expect(document.segments.map((s) => s.id)).toEqual([`${stored.id}:p0001`, `${stored.id}:p0002`, `${stored.id}:p0003`]);
    expect(document.segments[1].en).toEqual({ text: TIERED.en, origin: 'user-draft' });
    expect(document.segments[1].zh?.origin).toBe('published');
    expect(document.links).toHaveLength(4);
    expect(document.links[2]).toMatchObject({ zh: [`${stored.id}:p0002.s2`], en: [`${stored.id}:p0002.s2`] });
    const part = await value<{ segments: { id: string }[]; total: number }>(dispatchApiCall(b.handlers, 'getDocumentPart', { documentId: stored.id, from: 1, count: 1 }));
    expect(part.total).toBe(3);
    expect(part.segments.map((s) => s.id)).toEqual([`${stored.id}:p0002`]);
    b.close();
  });

  it('is searchable at once, in both languages, saying which side is the user’s draft and aligning its sentences', async () => {
    const b = backend();
    const { id } = b.documents.storeImport(plan([TITLE, TIERED, SMART]), METADATA);
    for (const query of ['基层卫生', 'primary health']) {
      const results = await value<{ hits: { segmentId: string; origin: unknown; counterpart?: unknown }[] }>(dispatchApiCall(b.handlers, 'search', { query }));
      const hit = results.hits.find((h) => h.segmentId === `${id}:p0002`);
      expect(hit, query).toMatchObject({ origin: { zh: 'published', en: 'user-draft' } });
    }
    const drafts = await value<{ hits: { segmentId: string }[] }>(dispatchApiCall(b.handlers, 'search', { query: 'primary', origin: 'user-draft' }));
    expect(drafts.hits.map((h) => h.segmentId)).toEqual([`${id}:p0002`]);
    const published = await value<{ hits: { segmentId: string }[] }>(dispatchApiCall(b.handlers, 'search', { query: 'primary', origin: 'published' }));
    expect(published.hits.map((h) => h.segmentId)).not.toContain(`${id}:p0002`);
    b.close();
  });

  it('takes annotations, citations and reading positions like a bundled document', async () => {
    const b = backend();
    const { id } = b.documents.storeImport(plan([TITLE, TIERED, SMART]), METADATA);
    const created = await value<{ id: string; placement: { status: string } }>(
      dispatchApiCall(b.handlers, 'createAnnotation', { segmentId: `${id}:p0003`, side: 'en', start: 8, end: 23, exact: 'smart hospitals', colour: 'yellow' }),
    );
    expect(created.placement.status).toBe('anchored');
    const listed = await value<{ annotations: { id: string; documentId: string }[] }>(dispatchApiCall(b.handlers, 'listAnnotations', { documentId: id }));
    expect(listed.annotations.map((a) => a.id)).toEqual([created.id]);
    expect(await value(dispatchApiCall(b.handlers, 'saveReadingPosition', { documentId: id, segmentId: `${id}:p0002` }))).toBeNull();
    expect(await value(dispatchApiCall(b.handlers, 'getReadingPosition', { documentId: id }))).toBe(`${id}:p0002`);
    const citation = await value<{ text: string }>(dispatchApiCall(b.handlers, 'getCitation', { target: { segmentId: `${id}:p0002`, side: 'zh', start: 0, end: 7 }, style: 'en-chicago' }));
    expect(citation.text).toContain('推进分级诊疗。');
    expect(citation.text).toContain('Advance tiered care.');
    b.close();
  });

  it('says the user’s draft is theirs wherever it leaves: the library’s coverage and a TMX export', async () => {
    const b = backend();
    const { id, coverage } = b.documents.storeImport(plan([TITLE, TIERED]), METADATA);
    expect(coverage.en).toMatchObject({ present: 2, published: 0, draft: 2 });
    expect(coverage.zh).toMatchObject({ present: 2, published: 2, draft: 0 });
    const file = await value<{ contentBase64: string }>(
      dispatchApiCall(b.handlers, 'exportAlignment', { documentId: id, format: 'tmx', level: 'paragraph', language: 'en' }),
    );
    const tmx = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(tmx).toContain('<prop type="x-provenance">user-draft</prop>');
    expect(tmx).toContain('x-provenance is user-draft');
    b.close();
  });

  it('renames an imported document, and refuses to change a bundled one or to take bad details', async () => {
    const b = backend();
    const { id } = b.documents.storeImport(plan([TITLE, TIERED]), METADATA);
    const renamed = await value<{ title: unknown; type: string }>(
      dispatchApiCall(b.handlers, 'updateDocumentInfo', { documentId: id, metadata: { ...METADATA, title: { zh: '新标题', en: 'New title' }, type: 'other' } }),
    );
    expect(renamed).toMatchObject({ title: { zh: '新标题', en: 'New title' }, type: 'other' });
    const bundled = await dispatchApiCall(b.handlers, 'updateDocumentInfo', { documentId: 'shgh-public-hospital-pilot', metadata: METADATA });
    expect(bundled).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const bad of [{ sourceUrl: 'javascript:alert(1)' }, { issuedOn: '2026-02-30' }, { title: { zh: '', en: ' ' } }]) {
      const refused = await dispatchApiCall(b.handlers, 'updateDocumentInfo', { documentId: id, metadata: { ...METADATA, ...bad } });
      expect(refused, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    b.close();
  });

  it('re-imports a new version: an annotation follows its text past an inserted paragraph, one whose text is gone is kept as an orphan', async () => {
    const b = backend();
    const { id } = b.documents.storeImport(plan([TITLE, TIERED, SMART]), METADATA);
    const onSmart = await value<{ id: string }>(
      dispatchApiCall(b.handlers, 'createAnnotation', { segmentId: `${id}:p0003`, side: 'zh', start: 2, end: 6, exact: '智慧医院', colour: 'green' }),
    );
    const onTiered = await value<{ id: string }>(
      dispatchApiCall(b.handlers, 'createAnnotation', { segmentId: `${id}:p0002`, side: 'en', start: 8, end: 19, exact: 'tiered care', colour: 'blue' }),
    );
    const second = b.documents.reimport(id, plan([TITLE, TIERED, INSERTED, SMART]));
    expect(second.imported?.version).toBe(2);
    type Listed = { annotations: { id: string; target: { segmentId: string }; placement: { status: string; text?: string } }[] };
    const listed = await value<Listed>(dispatchApiCall(b.handlers, 'listAnnotations', { documentId: id }));
    const moved = listed.annotations.find((a) => a.id === onSmart.id)!;
    expect(moved.target.segmentId).toBe(`${id}:p0004`);
    expect(moved.placement).toMatchObject({ status: 'anchored', text: '智慧医院' });

    b.documents.reimport(id, plan([TITLE, INSERTED, SMART]));
    const list = await value<{ annotations: { id: string; placement: { status: string } }[]; orphans?: unknown }>(dispatchApiCall(b.handlers, 'listAnnotations', { documentId: id }));
    expect(list.annotations.find((a) => a.id === onSmart.id)?.placement.status).toBe('anchored');
    expect(list.annotations.find((a) => a.id === onTiered.id)?.placement.status).toBe('orphaned');
    expect(b.userDatabase.db.prepare('SELECT version FROM document_version WHERE document_id = ? ORDER BY version').pluck().all(id)).toEqual([1, 2, 3]);
    b.close();
  });

  it('deletes with Undo: hidden from the list, the reader and the search, annotations deleted with it come back; purged at the next start', async () => {
    const dir = tempDir();
    let b = backend(dir);
    const { id } = b.documents.storeImport(plan([TITLE, TIERED, SMART]), METADATA);
    const annotation = await value<{ id: string }>(
      dispatchApiCall(b.handlers, 'createAnnotation', { segmentId: `${id}:p0003`, side: 'zh', start: 2, end: 6, exact: '智慧医院', colour: 'green' }),
    );
    const hitsFor = async (query: string) => (await value<{ hits: { segmentId: string }[] }>(dispatchApiCall(b.handlers, 'search', { query }))).hits.map((h) => h.segmentId);

    expect(await value(dispatchApiCall(b.handlers, 'deleteDocument', { documentId: id, annotations: 'delete' }))).toBeNull();
    expect((await value<{ id: string }[]>(dispatchApiCall(b.handlers, 'listDocuments', {}))).map((d) => d.id)).not.toContain(id);
    expect(await dispatchApiCall(b.handlers, 'getDocument', { documentId: id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await hitsFor('智慧医院')).toEqual([]);
    expect(JSON.stringify(await value(dispatchApiCall(b.handlers, 'listAnnotations', {})))).not.toContain(annotation.id);

    const restored = await value<{ id: string }>(dispatchApiCall(b.handlers, 'restoreDocument', { documentId: id }));
    expect(restored.id).toBe(id);
    expect(await hitsFor('智慧医院')).toEqual([`${id}:p0003`]);
    expect(JSON.stringify(await value(dispatchApiCall(b.handlers, 'listAnnotations', { documentId: id })))).toContain(annotation.id);

    // Kept annotations of a deleted document are orphans meanwhile.
    await value(dispatchApiCall(b.handlers, 'deleteDocument', { documentId: id, annotations: 'keep' }));
    const kept = await value<{ annotations: { id: string; placement: { status: string } }[] }>(dispatchApiCall(b.handlers, 'listAnnotations', {}));
    expect(kept.annotations.find((a) => a.id === annotation.id)?.placement.status).toBe('orphaned');
    b.close();

    b = backend(dir);
    expect(b.userDatabase.db.prepare('SELECT count(*) FROM document').pluck().get()).toBe(0);
    expect(b.userDatabase.db.prepare('SELECT count(*) FROM segment').pluck().get()).toBe(0);
    expect(await dispatchApiCall(b.handlers, 'restoreDocument', { documentId: id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    b.close();
  });

  it('leaves the database exactly as it was when the last write of an import fails', () => {
    const b = backend();
    const db = b.userDatabase.db;
    b.documents.storeImport(plan([TITLE, SMART]), METADATA);
    const before = libraryDump(db);
    // The search rows are written last: the third segment's fails.
    db.exec("CREATE TEMP TRIGGER fail_last BEFORE INSERT ON search_segment WHEN NEW.position = 2 BEGIN SELECT RAISE(ABORT, 'injected'); END");
    expect(() => b.documents.storeImport(plan([TITLE, TIERED, SMART]), METADATA)).toThrow('injected');
    expect(libraryDump(db)).toEqual(before);
    b.close();
  });

  it('refuses a plan whose sentences are not each in one link, storing nothing', () => {
    const b = backend();
    const broken = { ...TIERED, links: TIERED.links.slice(0, 1) };
    const before = libraryDump(b.userDatabase.db);
    expect(() => b.documents.storeImport(plan([TITLE, broken]), METADATA)).toThrow(/link/);
    expect(libraryDump(b.userDatabase.db)).toEqual(before);
    b.close();
  });

  it('travels in backups: a restored backup reopens the library with the document in it', async () => {
    const b = backend();
    const { id } = b.documents.storeImport(plan([TITLE, TIERED, SMART]), METADATA);
    const backup = await value<{ name: string }>(dispatchApiCall(b.handlers, 'backupNow', {}));
    await value(dispatchApiCall(b.handlers, 'deleteDocument', { documentId: id, annotations: 'keep' }));
    expect(await value(dispatchApiCall(b.handlers, 'restoreBackup', { name: backup.name }))).toBeNull();
    expect((await value<{ id: string }[]>(dispatchApiCall(b.handlers, 'listDocuments', {}))).map((d) => d.id)).toContain(id);
    const hits = await value<{ hits: { segmentId: string }[] }>(dispatchApiCall(b.handlers, 'search', { query: 'smart hospitals' }));
    expect(hits.hits.map((h) => h.segmentId)).toContain(`${id}:p0003`);
    b.close();
  });

  it('refuses every write on a read-only user database', async () => {
    const dir = tempDir();
    const b = backend(dir);
    const { id } = b.documents.storeImport(plan([TITLE, TIERED]), METADATA);
    b.close();
    const readOnly = createBackend({ userDataDir: dir, corpusFile, systemLanguage: 'en' });
    readOnly.userDatabase.db.pragma('query_only = ON');
    expect(await dispatchApiCall(readOnly.handlers, 'deleteDocument', { documentId: id, annotations: 'keep' })).toMatchObject({
      ok: false,
      error: { code: 'user-data-read-only' },
    });
    expect(() => readOnly.documents.storeImport(plan([TITLE]), METADATA)).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
    expect((await value<{ id: string }[]>(dispatchApiCall(readOnly.handlers, 'listDocuments', {}))).map((d) => d.id)).toContain(id);
    readOnly.close();
  });
});

