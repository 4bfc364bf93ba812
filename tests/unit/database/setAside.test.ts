import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveWithoutReplacing } from '../../../main/domain/database/setAside';
import { openUserDatabase, USER_DATABASE_FILE } from '../../../main/domain/database/userDatabase';
import { tempDir } from '../../helpers/tempDir';

/** Issue 13, item 4: files set aside never collide, and a move never replaces a file. */
const sameSecond = () => new Date('2026-11-22T10:20:30.456Z');

describe('setting damaged files aside', () => {
  it('keeps two damaged databases moved aside in the same second, each with its -wal', () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    const moved: string[] = [];
    for (const which of ['first', 'second']) {
      fs.writeFileSync(file, `the ${which} damaged file `.repeat(100));
      fs.writeFileSync(`${file}-wal`, `the ${which} wal`);
      const { db, notices } = openUserDatabase(dir, { now: sameSecond });
      db.close();
      expect(notices[0]?.code).toBe('user-data-recovered');
      if (notices[0]?.code === 'user-data-recovered') moved.push(notices[0].movedTo);
      fs.rmSync(file);
    }
    expect(moved).toEqual([`${file}.damaged-20261122T102030Z`, `${file}.damaged-20261122T102030Z-2`]);
    expect(fs.readFileSync(moved[0], 'utf8')).toMatch(/^the first damaged file/);
    expect(fs.readFileSync(`${moved[0]}-wal`, 'utf8')).toBe('the first wal');
    expect(fs.readFileSync(moved[1], 'utf8')).toMatch(/^the second damaged file/);
    expect(fs.readFileSync(`${moved[1]}-wal`, 'utf8')).toBe('the second wal');
  });

  it('does not take a name whose -wal alone is taken', () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DATABASE_FILE);
    fs.writeFileSync(`${file}.damaged-20261122T102030Z-wal`, 'an older wal');
    fs.writeFileSync(file, 'damaged '.repeat(100));
    fs.writeFileSync(`${file}-wal`, 'its wal');
    const { db, notices } = openUserDatabase(dir, { now: sameSecond });
    db.close();
    expect(notices).toEqual([{ code: 'user-data-recovered', movedTo: `${file}.damaged-20261122T102030Z-2` }]);
    expect(fs.readFileSync(`${file}.damaged-20261122T102030Z-wal`, 'utf8')).toBe('an older wal');
  });

  it('refuses to move a file onto an existing one, changing neither', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a'), 'a');
    fs.writeFileSync(path.join(dir, 'b'), 'b');
    expect(() => moveWithoutReplacing(path.join(dir, 'a'), path.join(dir, 'b'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(fs.readFileSync(path.join(dir, 'a'), 'utf8')).toBe('a');
    expect(fs.readFileSync(path.join(dir, 'b'), 'utf8')).toBe('b');
    moveWithoutReplacing(path.join(dir, 'a'), path.join(dir, 'c'));
    expect(fs.existsSync(path.join(dir, 'a'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'c'), 'utf8')).toBe('a');
  });
});
