import type { Migration } from '../migrate';

export const preferencesMigration: Migration = {
  version: 1,
  name: 'preferences',
  up(db) {
    db.exec(`
      CREATE TABLE preference (
        key        TEXT PRIMARY KEY,
        value_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
