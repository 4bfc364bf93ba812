import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { indexSegments } from '../../../main/domain/search/searchIndex';
import { tempDir } from '../../helpers/tempDir';

// Each migration: build the database at N−1, put data in, migrate to N, check the data.
describe('user database migrations', () => {
  it('002 keeps the preferences written at version 1 and adds reading positions', () => {
    const file = path.join(tempDir(), 'user.sqlite');
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations.slice(0, 1));
    db.prepare("INSERT INTO preference (key, value_json, updated_at) VALUES ('fontSize', '20', '2026-01-01T00:00:00.000Z')").run();
    db.close();

    const reopened = openConnection(file);
    expect(migrate(reopened, userDatabaseMigrations.slice(0, 2))).toEqual([2]);
    expect(reopened.prepare('SELECT key, value_json FROM preference').all()).toEqual([{ key: 'fontSize', value_json: '20' }]);
    reopened
      .prepare("INSERT INTO reading_position (document_id, segment_id, updated_at) VALUES ('d', 'd:p0001', '2026-01-01')")
      .run();
    expect(reopened.pragma('user_version', { simple: true })).toBe(2);
  });

  it('003 keeps preferences and reading positions and adds an empty search index that works', () => {
    const file = path.join(tempDir(), 'user.sqlite');
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations.slice(0, 2));
    db.prepare("INSERT INTO preference (key, value_json, updated_at) VALUES ('uiLanguage', '\"zh-CN\"', 'x')").run();
    db.prepare("INSERT INTO reading_position (document_id, segment_id, updated_at) VALUES ('d', 'd:p0007', 'x')").run();
    expect(migrate(db, userDatabaseMigrations.slice(0, 3))).toEqual([3]);
    expect(db.prepare('SELECT value_json FROM preference').pluck().get()).toBe('"zh-CN"');
    expect(db.prepare('SELECT segment_id FROM reading_position').pluck().get()).toBe('d:p0007');
    expect(db.prepare('SELECT count(*) FROM search_segment').pluck().get()).toBe(0);
    indexSegments(db, [{ segmentId: 'd:p0001', documentId: 'd', docType: 'news', docDate: null, kind: 'paragraph', position: 0, zh: '卫生', en: 'health' }]);
    expect(db.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH 'en_stems : health'").pluck().all()).toEqual([1]);
  });

  it('004 keeps everything before it and adds annotations with their conflicts', () => {
    const file = path.join(tempDir(), 'user.sqlite');
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations.slice(0, 3));
    db.prepare("INSERT INTO preference (key, value_json, updated_at) VALUES ('viewMode', '\"en\"', 'x')").run();
    db.prepare("INSERT INTO reading_position (document_id, segment_id, updated_at) VALUES ('d', 'd:p0003', 'x')").run();
    indexSegments(db, [{ segmentId: 'd:p0001', documentId: 'd', docType: 'news', docDate: null, kind: 'paragraph', position: 0, zh: '卫生', en: 'health' }]);
    expect(migrate(db, userDatabaseMigrations.slice(0, 4))).toEqual([4]);
    expect(db.prepare('SELECT value_json FROM preference').pluck().get()).toBe('"en"');
    expect(db.prepare('SELECT segment_id FROM reading_position').pluck().get()).toBe('d:p0003');
    expect(db.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH 'en_stems : health'").pluck().all()).toEqual([1]);
    const insert = db.prepare(
      `INSERT INTO annotation VALUES ('a1', 'd', 'd:p0001', ?, '卫生', '', '', 0, 2, 'yellow', '', '[]', '', 't', 't', NULL, 'r', '[]')`,
    );
    insert.run('zh');
    expect(() => insert.run('fr')).toThrow(/CHECK/);
    db.prepare("INSERT INTO annotation_conflict VALUES ('a1', 'r2', '{}', 't')").run();
    db.prepare("DELETE FROM annotation WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) FROM annotation_conflict').pluck().get()).toBe(0);
  });

  it('005 keeps the annotations and adds the termbase and the audit marks', () => {
    const file = path.join(tempDir(), 'user.sqlite');
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations.slice(0, 4));
    db.prepare(`INSERT INTO annotation VALUES ('a1', 'd', 'd:p0001', 'zh', '卫生', '', '', 0, 2, 'yellow', 'n', '[]', '', 't', 't', NULL, 'r', '[]')`).run();
    expect(migrate(db, userDatabaseMigrations.slice(0, 5))).toEqual([5]);
    expect(db.prepare('SELECT note FROM annotation').pluck().get()).toBe('n');
    const insert = db.prepare("INSERT INTO term_concept VALUES ('u1', ?, 't', 't', 'me', NULL)");
    insert.run('{"id":"u1","terms":[]}');
    expect(() => insert.run('not json')).toThrow(/CHECK/);
    db.prepare("INSERT INTO audit_mark VALUES ('f1', 'as published', 'me', 't')").run();
    expect(db.prepare('SELECT count(*) FROM audit_mark').pluck().get()).toBe(1);
  });
  it('007 keeps the termbase and adds packs, sections and items that refuse what cannot be a pack', () => {
    const file = path.join(tempDir(), 'user.sqlite');
    const db = openConnection(file);
    migrate(db, userDatabaseMigrations.slice(0, 6));
    db.prepare("INSERT INTO term_concept VALUES ('u1', '{\"id\":\"u1\",\"terms\":[]}', 't', 't', 'me', NULL)").run();
    expect(migrate(db, userDatabaseMigrations.slice(0, 7))).toEqual([7]);
    expect(db.prepare('SELECT id FROM term_concept').pluck().get()).toBe('u1');
    db.prepare("INSERT INTO pack VALUES ('p1', 'Briefing', '', '2026-12-03', 't', 't', 'me', NULL)").run();
    db.prepare("INSERT INTO pack_section VALUES ('s1', 'p1', 0, '', NULL)").run();
    const item = db.prepare("INSERT INTO pack_item VALUES (?, 'p1', 's1', 0, ?, ?, NULL)");
    item.run('i1', 'point', '{"text":"A point"}');
    expect(() => item.run('i2', 'poem', '{}')).toThrow(/CHECK/);
    expect(() => item.run('i3', 'point', 'not json')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO pack VALUES ('p2', '  ', '', NULL, 't', 't', 'me', NULL)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO pack VALUES ('p3', 'T', '', '3 Dec', 't', 't', 'me', NULL)").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM pack WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) FROM pack_item').pluck().get()).toBe(0);
  });
});
