import type { Migration } from '../migrate';

/**
 * The user's termbase (issue "Terminology workbench"). The starter termbase ships with the app and is read from its
 * resources; this table holds what the user made or changed. A row whose id is a starter concept's replaces that
 * concept (the user's edit wins), and a row with `deleted_at` hides it, so deleting can be undone and a newer app's
 * starter termbase never brings back what the user removed. Each concept is kept whole as JSON: its terms, statuses
 * and sources are read and written together, never queried one by one.
 *
 * `audit_mark`: findings of the consistency audit the user accepted as they are, with a note.
 */
export const termbaseMigration: Migration = {
  version: 5,
  name: 'termbase',
  up(db) {
    db.exec(`
      CREATE TABLE term_concept (
        id           TEXT PRIMARY KEY,
        concept_json TEXT NOT NULL CHECK (json_valid(concept_json)),
        created_at   TEXT NOT NULL,
        changed_at   TEXT NOT NULL,
        changed_by   TEXT NOT NULL,
        deleted_at   TEXT
      ) STRICT;

      CREATE TABLE audit_mark (
        finding_id TEXT PRIMARY KEY,
        note       TEXT NOT NULL,
        marked_by  TEXT NOT NULL,
        marked_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
