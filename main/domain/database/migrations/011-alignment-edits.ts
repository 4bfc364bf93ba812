import type { Migration } from '../migrate';

/**
 * The alignment editor's log (issue 10): every edit made to an imported
 * document's alignment, in order (`seq`), with the patch that puts it back
 * (`inverse_json`, alignmentEditTypes.ts SegmentPatch), who made it and when,
 * and whether it stands ('undo': on the undo stack) or was undone ('redo').
 * `moves_json` keeps the annotations a paragraph split had to shorten, so an
 * undo gives them back their whole text. The document's `alignment_revision`
 * changes with every edit, undo and redo: a call made on an older revision is
 * refused instead of applied to a document it was not meant for.
 */
export const alignmentEditsMigration: Migration = {
  version: 11,
  name: 'alignment-edits',
  up(db) {
    db.exec(`
      CREATE TABLE alignment_edit (
        document_id  TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        seq          INTEGER NOT NULL CHECK (seq >= 1),
        edit_json    TEXT NOT NULL CHECK (json_valid(edit_json)),
        inverse_json TEXT NOT NULL CHECK (json_valid(inverse_json)),
        moves_json   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(moves_json)),
        by           TEXT NOT NULL,
        at           TEXT NOT NULL,
        state        TEXT NOT NULL CHECK (state IN ('undo', 'redo')),
        PRIMARY KEY (document_id, seq)
      ) STRICT;

      ALTER TABLE document ADD COLUMN alignment_revision INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
