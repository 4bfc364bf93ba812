import type { Migration } from '../migrate';

/**
 * Briefing packs (issue #12): a pack, its ordered sections and their ordered
 * items. An item's content (a quote card with its selectors, digest and
 * citation; a talking point; a question and answer) is kept whole as JSON: it
 * is always read and written together. Deleting marks a row (`deleted_at`) so
 * Undo can bring it back at its place; marked rows are purged when the packs
 * are next opened. Positions count the marked rows too, which is what keeps
 * a restored row where it was.
 */
export const briefingPacksMigration: Migration = {
  version: 7,
  name: 'briefing-packs',
  up(db) {
    db.exec(`
      CREATE TABLE pack (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
        occasion   TEXT NOT NULL,
        date       TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX pack_by_update ON pack (deleted_at, updated_at);

      CREATE TABLE pack_section (
        id         TEXT PRIMARY KEY,
        pack_id    TEXT NOT NULL REFERENCES pack (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        title      TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX pack_section_by_pack ON pack_section (pack_id, position);

      CREATE TABLE pack_item (
        id         TEXT PRIMARY KEY,
        pack_id    TEXT NOT NULL REFERENCES pack (id) ON DELETE CASCADE,
        section_id TEXT NOT NULL REFERENCES pack_section (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        kind       TEXT NOT NULL CHECK (kind IN ('quote', 'point', 'qa')),
        item_json  TEXT NOT NULL CHECK (json_valid(item_json)),
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX pack_item_by_pack ON pack_item (pack_id, position);
      CREATE INDEX pack_item_by_section ON pack_item (section_id, position);
    `);
  },
};
