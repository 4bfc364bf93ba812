import type { Migration } from '../migrate';

/**
 * Annotations and their anchors, stored as the W3C Web Annotation model keeps
 * a target (https://www.w3.org/TR/annotation-model/#selectors): the segment
 * side, a TextQuoteSelector and a TextPositionSelector. Where an annotation
 * lands on today's text is worked out when it is read, so a corrected corpus
 * never needs a rewrite of this table.
 *
 * `revision` hashes the content and `history_json` lists the revisions it
 * replaced: an import compares them to tell an older copy, a newer copy and a
 * version changed on both sides (a conflict) apart. A deleted annotation keeps
 * its row (`deleted_at`) so deleting can be undone and an import of an older
 * copy does not bring it back.
 */
export const annotationsMigration: Migration = {
  version: 4,
  name: 'annotations',
  up(db) {
    db.exec(`
      CREATE TABLE annotation (
        id             TEXT PRIMARY KEY,
        document_id    TEXT NOT NULL,
        segment_id     TEXT NOT NULL,
        side           TEXT NOT NULL CHECK (side IN ('zh', 'en')),
        quote_exact    TEXT NOT NULL CHECK (length(quote_exact) > 0),
        quote_prefix   TEXT NOT NULL,
        quote_suffix   TEXT NOT NULL,
        position_start INTEGER NOT NULL CHECK (position_start >= 0),
        position_end   INTEGER NOT NULL CHECK (position_end > position_start),
        colour         TEXT NOT NULL,
        note           TEXT NOT NULL,
        tags_json      TEXT NOT NULL,
        author         TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        deleted_at     TEXT,
        revision       TEXT NOT NULL,
        history_json   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotation_by_document ON annotation (document_id, deleted_at);
      CREATE INDEX annotation_by_segment ON annotation (segment_id);

      -- Another version of an annotation that arrived by import while ours had changed too.
      CREATE TABLE annotation_conflict (
        annotation_id     TEXT PRIMARY KEY REFERENCES annotation (id) ON DELETE CASCADE,
        incoming_revision TEXT NOT NULL,
        incoming_json     TEXT NOT NULL,
        detected_at       TEXT NOT NULL
      ) STRICT;
    `);
  },
};
