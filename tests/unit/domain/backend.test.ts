import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { createBackend, openBackend } from '../../../main/domain/backend';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { USER_DATABASE_FILE } from '../../../main/domain/database/userDatabase';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';

function backend(userDataDir = tempDir()) {
  return createBackend({ userDataDir, corpusFile: buildBundledCorpusInto(tempDir()), systemLanguage: 'zh-CN' });
}

describe('backend', () => {
  it('reports the system language, the corpus and no notices on a clean start', async () => {
    const b = backend();
    const state = await b.handlers.getStartupState({});
    expect(state).toMatchObject({ systemLanguage: 'zh-CN', notices: [], corpus: { documentCount: 5 } });
    expect(state.corpus.version).toMatch(/^[0-9a-f]{16}$/);
    b.close();
  });

  it('remembers the reading position per document, across restarts', async () => {
    const dir = tempDir();
    const first = backend(dir);
    await first.handlers.saveReadingPosition({ documentId: PLAN, segmentId: `${PLAN}:p0042` });
    first.close();
    const second = backend(dir);
    expect(await second.handlers.getReadingPosition({ documentId: PLAN })).toBe(`${PLAN}:p0042`);
    expect(await second.handlers.getReadingPosition({ documentId: 'shgh-public-hospital-pilot' })).toBeNull();
    second.close();
  });

  it('refuses a reading position that is not a segment of that document', async () => {
    const b = backend();
    const wrongDocument = await dispatchApiCall(b.handlers, 'saveReadingPosition', {
      documentId: 'shgh-public-hospital-pilot',
      segmentId: `${PLAN}:p0042`,
    });
    expect(wrongDocument).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const noSuchSegment = await dispatchApiCall(b.handlers, 'saveReadingPosition', { documentId: PLAN, segmentId: `${PLAN}:p9999` });
    expect(noSuchSegment).toMatchObject({ ok: false, error: { code: 'not-found' } });
    b.close();
  });

  it('answers not-found for an unknown document', async () => {
    const b = backend();
    expect(await dispatchApiCall(b.handlers, 'getDocument', { documentId: 'no-such-doc' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatchApiCall(b.handlers, 'findInDocument', { documentId: 'no-such-doc', query: '卫生' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    b.close();
  });

  it('tells listeners about stored preferences', async () => {
    const b = backend();
    const listener = vi.fn();
    b.onPreferencesChanged(listener);
    await b.handlers.setPreferences({ uiLanguage: 'en' });
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ uiLanguage: 'en' }));
    b.close();
  });

  it('searches only annotated paragraphs when asked', async () => {
    const b = backend();
    const all = await b.handlers.search({ query: '卫生' });
    expect(all.total).toBeGreaterThan(1);
    expect((await b.handlers.search({ query: '卫生', annotatedOnly: true })).total).toBe(0);
    const hit = all.hits[0];
    const doc = await b.handlers.getDocument({ documentId: hit.documentId });
    const text = doc.segments.find((s) => s.id === hit.segmentId)!.zh!.text;
    const start = text.indexOf('卫生');
    await b.handlers.createAnnotation({ segmentId: hit.segmentId, side: 'zh', start, end: start + 2, exact: '卫生', colour: 'yellow' });
    const mine = await b.handlers.search({ query: '卫生', annotatedOnly: true });
    expect(mine.hits.map((h) => h.segmentId)).toEqual([hit.segmentId]);
    b.close();
  });

  it('records the author set in preferences on new annotations', async () => {
    const b = backend();
    await b.handlers.setPreferences({ authorName: '张伟' });
    const doc = await b.handlers.getDocument({ documentId: PLAN });
    const segment = doc.segments.find((s) => s.en?.text.includes('health'))!;
    const start = segment.en!.text.indexOf('health');
    const created = await b.handlers.createAnnotation({ segmentId: segment.id, side: 'en', start, end: start + 6, exact: 'health', colour: 'blue' });
    expect(created.author).toBe('张伟');
    b.close();
  });

  it('refuses an import file over the limit before reading it, storing nothing', async () => {
    const b = backend();
    const huge = `{"type":"AnnotationCollection","first":{"items":[],"padding":"${'x'.repeat(200 * 1024 * 1024)}"}}`;
    expect(await dispatchApiCall(b.handlers, 'importAnnotations', { files: [{ name: 'huge.jsonld', content: huge }], mode: 'preview' })).toMatchObject({ ok: false, error: { code: 'import-too-large' } });
    expect((await b.handlers.listAnnotations({})).annotations).toEqual([]);
    b.close();
  });

  it('backs up now, and restores a backup after backing up the data it replaces', async () => {
    const dir = tempDir();
    const b = backend(dir);
    await b.handlers.setPreferences({ authorName: 'Before' });
    const first = await b.handlers.backupNow({});
    expect(first.reason).toBe('manual');
    await b.handlers.setPreferences({ authorName: 'After' });
    expect(await b.handlers.restoreBackup({ name: first.name })).toBeNull();
    expect((await b.handlers.getPreferences({})).authorName).toBe('Before');
    const reasons = (await b.handlers.listBackups({})).map((x) => x.reason).sort();
    expect(reasons).toEqual(['before-restore', 'manual']);
    // The restored database is the one in use from now on, and after a restart.
    await b.handlers.setPreferences({ fontSize: 20 });
    b.close();
    const again = backend(dir);
    expect(await again.handlers.getPreferences({})).toMatchObject({ authorName: 'Before', fontSize: 20 });
    again.close();
  });

  it('answers a clear code for a backup that is not there', async () => {
    const b = backend();
    expect(await dispatchApiCall(b.handlers, 'restoreBackup', { name: 'duizhao-20260101T000000000Z-manual.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatchApiCall(b.handlers, 'restoreBackup', { name: '../duizhao.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    b.close();
  });
});

describe('opening the backend', () => {
  it('copies an older user database before migrating it, and makes the daily backup', async () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, USER_DATABASE_FILE));
    migrate(db, userDatabaseMigrations.slice(0, 2));
    db.prepare("INSERT INTO preference (key, value_json, updated_at) VALUES ('authorName', '\"Old\"', 'x')").run();
    db.close();
    const b = await openBackend({ userDataDir: dir, corpusFile: buildBundledCorpusInto(tempDir()), systemLanguage: 'en' });
    const backups = await b.handlers.listBackups({});
    expect(backups.map((x) => x.reason).sort()).toEqual(['before-migration', 'daily']);
    expect(backups.find((x) => x.reason === 'before-migration')!.schemaVersion).toBe(2);
    expect((await b.handlers.getPreferences({})).authorName).toBe('Old');
    b.close();
  });
});
