import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { DatabaseTooNewError, migrate, type Migration } from '../../../main/domain/database/migrate';

const createNotes: Migration = { version: 1, name: 'notes', up: (db) => db.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)') };
const addTitle: Migration = { version: 2, name: 'title', up: (db) => db.exec("ALTER TABLE note ADD COLUMN title TEXT NOT NULL DEFAULT ''") };
const failing: Migration = {
  version: 3,
  name: 'fails half-way',
  up: (db) => {
    db.exec('CREATE TABLE half_done (id INTEGER)');
    throw new Error('boom');
  },
};

const version = (db: ReturnType<typeof openConnection>) => db.pragma('user_version', { simple: true });

describe('migrate', () => {
  it('runs each pending migration once, in order, and records the version', () => {
    const db = openConnection(':memory:');
    expect(migrate(db, [addTitle, createNotes])).toEqual([1, 2]);
    expect(version(db)).toBe(2);
    expect(migrate(db, [createNotes, addTitle])).toEqual([]);
  });

  it('rolls back a failing migration whole and keeps the last reached version', () => {
    const db = openConnection(':memory:');
    migrate(db, [createNotes, addTitle]);
    expect(() => migrate(db, [createNotes, addTitle, failing])).toThrow('boom');
    expect(version(db)).toBe(2);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
  });

  it('refuses a database from a newer version without changing it', () => {
    const db = openConnection(':memory:');
    db.pragma('user_version = 7');
    expect(() => migrate(db, [createNotes])).toThrow(DatabaseTooNewError);
    expect(version(db)).toBe(7);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'note'").get()).toEqual({ n: 0 });
  });

  it('rejects a gap in the numbering', () => {
    const db = openConnection(':memory:');
    expect(() => migrate(db, [addTitle])).toThrow(/without gaps/);
  });
});
