import type { Migration } from '../migrate';

/** Where the reader last was in each document, so reopening it returns there. */
export const readingPositionsMigration: Migration = {
  version: 2,
  name: 'reading-positions',
  up(db) {
    db.exec(`
      CREATE TABLE reading_position (
        document_id TEXT PRIMARY KEY,
        segment_id  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
