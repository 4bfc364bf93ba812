import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/domain/backend';
import { storageErrorCode } from '../../../main/domain/database/sqliteErrors';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

/** Issue 13, item 3: a full disk, a read-only one, I/O and corruption each get their own code on every write. */
const corpusDir = tempDirForFile('duizhao-corpus-');
let corpusFile: string;
beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
});

const PLAN = 'national-health-plan-14th-fyp-2022';

describe('a full disk', () => {
  it('answers storage-full through the real handlers, keeps what was saved, and saves again once there is room', async () => {
    const b = createBackend({ userDataDir: tempDir(), corpusFile, systemLanguage: 'en' });
    const segment = (await b.handlers.getDocument({ documentId: PLAN })).segments.find((s) => s.zh && s.zh.text.length > 20)!;
    const annotate = (i: number) =>
      dispatchApiCall(b.handlers, 'createAnnotation', { segmentId: segment.id, side: 'zh', start: 0, end: 2, exact: segment.zh!.text.slice(0, 2), colour: 'yellow', note: `${i} ${'满'.repeat(2000)}`, tags: [] }, () => {});
    // SQLite's own limit on the file's size stands in for a full disk (https://www.sqlite.org/pragma.html#pragma_max_page_count).
    const db = b.userDatabase.db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 20}`);

    let saved = 0;
    let refused: Awaited<ReturnType<typeof annotate>> | undefined;
    for (let i = 0; i < 500 && !refused; i++) {
      const result = await annotate(i);
      if (result.ok) saved++;
      else refused = result;
    }
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    // A colleague's file, imported in one transaction, is refused whole with the same code.
    const colleague = createBackend({ userDataDir: tempDir(), corpusFile, systemLanguage: 'en' });
    for (let i = 0; i < 5; i++) {
      await colleague.handlers.createAnnotation({ segmentId: segment.id, side: 'zh', start: 0, end: 2, exact: segment.zh!.text.slice(0, 2), colour: 'green', note: '满'.repeat(3000), tags: [] });
    }
    const file = await colleague.handlers.exportAnnotations({ format: 'w3c-json', language: 'en', filter: {} });
    colleague.close();
    expect(await dispatchApiCall(b.handlers, 'importAnnotations', { files: [{ name: 'colleague.json', content: file.content }], mode: 'apply' }, () => {})).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect((await b.handlers.listAnnotations({})).annotations).toHaveLength(saved);

    db.pragma('max_page_count = 1073741823');
    expect((await annotate(999)).ok).toBe(true);
    expect((await b.handlers.listAnnotations({})).annotations).toHaveLength(saved + 1);
    console.log(`full disk: ${saved} annotations saved before the limit, the next refused as storage-full, all ${saved} there after, writing again once room was made`);
    b.close();
  });
});

describe('storage failures met by any call', () => {
  it.each([
    ['SQLITE_FULL', 'storage-full'],
    ['SQLITE_READONLY', 'user-data-read-only'],
    ['SQLITE_READONLY_DBMOVED', 'user-data-read-only'],
    ['SQLITE_IOERR_WRITE', 'storage-io-error'],
    ['SQLITE_IOERR_FSYNC', 'storage-io-error'],
    ['SQLITE_CORRUPT', 'storage-corrupt'],
    ['SQLITE_NOTADB', 'storage-corrupt'],
    ['ENOSPC', 'storage-full'],
  ])('%s is answered as %s, not as internal', async (sqliteCode, expected) => {
    const failing = Object.assign(new Error('disk trouble'), { code: sqliteCode });
    expect(storageErrorCode(failing)).toBe(expected);
    const handlers = { setPreferences: () => { throw failing; } } as never;
    expect(await dispatchApiCall(handlers, 'setPreferences', { fontSize: 20 }, () => {})).toMatchObject({ ok: false, error: { code: expected } });
  });
});
