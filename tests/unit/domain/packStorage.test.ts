import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiName } from '../../../contract/api';
import type { Pack } from '../../../contract/packs';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { openConnection } from '../../../main/domain/database/connection';
import { USER_DATABASE_FILE } from '../../../main/domain/database/userDatabase';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';
const corpusDir = tempDirForFile();
let corpusFile: string;
beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
});
const open = (dir: string): Backend => createBackend({ userDataDir: dir, corpusFile, systemLanguage: 'en' });
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A profile with one pack: a card, a point and a question citing the card. */
async function profileWithPack(): Promise<{ dir: string; pack: Pack }> {
  const dir = tempDir();
  const b = open(dir);
  const created = await b.handlers.createPack({ title: 'Kept', occasion: 'Press conference' });
  const withCard = await b.handlers.addQuotes({ packId: created.id, sources: [{ kind: 'paragraph', segmentId: `${PLAN}:p0017`, side: 'en' }] });
  const sectionId = withCard.sections[0].id;
  await b.handlers.editPack({ id: created.id, edit: { op: 'add-point', sectionId, text: 'Point' } });
  const pack = await b.handlers.editPack({
    id: created.id,
    edit: { op: 'add-question', sectionId, question: 'Q?', answer: 'A.', cites: [withCard.sections[0].items[0].id] },
  });
  b.close();
  return { dir, pack };
}

describe('packs in the user database', () => {
  it('keep a deleted pack, section or item for Undo until the next start only', async () => {
    const { dir, pack } = await profileWithPack();
    const b = open(dir);
    const point = pack.sections[0].items[1].id;
    await b.handlers.editPack({ id: pack.id, edit: { op: 'delete-item', itemId: point } });
    const other = await b.handlers.createPack({ title: 'Deleted' });
    await b.handlers.deletePack({ id: other.id });
    b.close();

    const again = open(dir);
    expect((await again.handlers.listPacks({})).map((p) => p.title)).toEqual(['Kept']);
    expect(await dispatchApiCall(again.handlers, 'restorePack', { id: other.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatchApiCall(again.handlers, 'editPack', { id: pack.id, edit: { op: 'restore-item', itemId: point } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await again.handlers.getPack({ id: pack.id })).sections[0].items.map((i) => i.kind)).toEqual(['quote', 'qa']);
    again.close();
  });

  it('come back with a restored backup', async () => {
    const { dir, pack } = await profileWithPack();
    const b = open(dir);
    const backup = await b.handlers.backupNow({});
    await b.handlers.deletePack({ id: pack.id });
    await b.handlers.createPack({ title: 'After the backup' });
    await b.handlers.restoreBackup({ name: backup.name });
    expect((await b.handlers.listPacks({})).map((p) => p.title)).toEqual(['Kept']);
    expect(await b.handlers.getPack({ id: pack.id })).toEqual(pack);
    // The service was opened anew on the restored database: it writes there.
    await b.handlers.editPack({ id: pack.id, edit: { op: 'rename', title: 'Kept, renamed' } });
    b.close();
    const again = open(dir);
    expect((await again.handlers.listPacks({})).map((p) => p.title)).toEqual(['Kept, renamed']);
    again.close();
  });

  it('are shown from a database the app cannot write, and every change is refused as the other writes are', async () => {
    const { dir, pack } = await profileWithPack();
    const file = path.join(dir, USER_DATABASE_FILE);
    // A database from a newer version that kept our tables is opened read-only (see readOnlyUserData.test.ts).
    const newer = openConnection(file);
    newer.pragma('user_version = 99');
    newer.close();
    const before = sha256(file);
    const b = open(dir);
    try {
      expect(b.userDatabase.writable).toBe(false);
      expect(await b.handlers.getPack({ id: pack.id })).toEqual(pack);
      expect((await b.handlers.checkPack({ id: pack.id })).counts.exact).toBe(1);
      const sectionId = pack.sections[0].id;
      const writes: [ApiName, unknown][] = [
        ['createPack', { title: 'New' }],
        ['editPack', { id: pack.id, edit: { op: 'add-point', sectionId, text: 'More' } }],
        ['duplicatePack', { id: pack.id }],
        ['deletePack', { id: pack.id }],
        ['addQuotes', { packId: pack.id, sources: [{ kind: 'paragraph', segmentId: `${PLAN}:p0018`, side: 'en' }] }],
      ];
      for (const [name, args] of writes) {
        expect(await dispatchApiCall(b.handlers, name, args, () => {}), name).toMatchObject({ ok: false, error: { code: 'user-data-read-only' } });
      }
      expect(await b.handlers.getPack({ id: pack.id })).toEqual(pack);
    } finally {
      b.close();
    }
    expect(sha256(file)).toBe(before);
  });
});
