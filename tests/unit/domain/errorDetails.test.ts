import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { openConnection } from '../../../main/domain/database/connection';
import { latestVersion, migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

// The UI words an error from its code and details (errors.reason.<reason>), never from the domain's English message:
// each detail the user needs must therefore travel as a reason and figures.
const corpusDir = tempDirForFile();
let corpusFile = '';

function backend(): Backend {
  if (!corpusFile) corpusFile = buildBundledCorpusInto(corpusDir());
  return createBackend({ userDataDir: tempDir(), corpusFile, systemLanguage: 'zh-CN' });
}

describe('error details', () => {
  it('say why an import file was left out: not annotations, or a collection whose pages are elsewhere', async () => {
    const b = backend();
    const paged = JSON.stringify({ type: 'AnnotationCollection', first: 'https://example.org/page1' });
    const report = await b.handlers.importAnnotations({
      files: [
        { name: 'paged.jsonld', content: paged },
        { name: 'other.json', content: '{"hello": "world"}' },
      ],
      mode: 'preview',
    });
    expect(report.files.map((f) => [f.error?.code, f.error?.details])).toEqual([
      ['import-wrong-shape', { reason: 'paged-collection' }],
      ['import-wrong-shape', { reason: 'not-annotations' }],
    ]);
    b.close();
  });

  it('give a newer backup its data version and ours as figures', async () => {
    const b = backend();
    const file = path.join(tempDir(), 'newer.sqlite');
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations);
    db.pragma('user_version = 99');
    db.close();
    const result = await dispatchApiCall(b.handlers, 'inspectBackupFile', { contentBase64: fs.readFileSync(file).toString('base64') });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'backup-too-new', details: { reason: 'newer-data-version', values: { found: 99, supported: latestVersion(userDatabaseMigrations) } } },
    });
    b.close();
  });

  it('say what is wrong with a second backup folder', async () => {
    const b = backend();
    const file = path.join(tempDir(), 'a-file.txt');
    fs.writeFileSync(file, '');
    const cases = [
      ['relative/folder', 'folder-not-absolute'],
      [file, 'folder-not-a-folder'],
      [path.join(tempDir(), 'absent'), 'folder-unreachable'],
    ];
    for (const [folder, reason] of cases) {
      const result = await dispatchApiCall(b.handlers, 'setSecondBackupFolder', { folder });
      expect(result, folder).toMatchObject({ ok: false, error: { code: 'backup-folder-unusable', details: { reason } } });
    }
    b.close();
  });
});
