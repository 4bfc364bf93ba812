import type { Migration } from '../migrate';

/**
 * The user's own documents (issue 10): the tables of the bundled corpus
 * (document, segment, sentence_link, sentence; corpusDatabase.ts), with the
 * same names and columns so the same code reads both, and what an import
 * adds: its version, when it was imported and changed, the files it was
 * made from and TMX header props (JSON), the provenance the user gave each
 * side, and a deletion mark. A deleted document is kept, marked, for Undo
 * (with the ids of the annotations deleted with it) and purged at the next
 * start, as packs are. `document_version` records each import of a document.
 * The search tables (migration 3) index the live documents' segments.
 * The tables are written out here rather than taken from CORPUS_SCHEMA:
 * a migration that has shipped never changes, and the corpus schema may.
 */
export const userLibraryMigration: Migration = {
  version: 9,
  name: 'user-library',
  up(db) {
    db.exec(`
      CREATE TABLE document (
        id                 TEXT PRIMARY KEY,
        position           INTEGER NOT NULL UNIQUE,
        type               TEXT NOT NULL,
        title_en           TEXT,
        title_zh           TEXT,
        issuer_en          TEXT,
        issuer_zh          TEXT,
        issued_on          TEXT,
        published_on       TEXT,
        document_number_en TEXT,
        document_number_zh TEXT,
        source_url         TEXT,
        summary_en         TEXT NOT NULL DEFAULT '',
        summary_zh         TEXT NOT NULL DEFAULT '',
        keywords_json      TEXT NOT NULL DEFAULT '{"zh":[],"en":[]}',
        stripped_chrome    TEXT NOT NULL DEFAULT '[]',
        origin_zh          TEXT NOT NULL,
        origin_en          TEXT NOT NULL,
        version            INTEGER NOT NULL CHECK (version >= 1),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        files_json         TEXT NOT NULL CHECK (json_valid(files_json)),
        props_json         TEXT NOT NULL CHECK (json_valid(props_json)),
        deleted_at         TEXT,
        deleted_annotations_json TEXT CHECK (deleted_annotations_json IS NULL OR json_valid(deleted_annotations_json))
      ) STRICT;

      CREATE TABLE document_version (
        document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        files_json  TEXT NOT NULL CHECK (json_valid(files_json)),
        segments    INTEGER NOT NULL,
        PRIMARY KEY (document_id, version)
      ) STRICT;

      CREATE TABLE segment (
        id          TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES document(id),
        position    INTEGER NOT NULL,
        kind        TEXT NOT NULL,
        level       INTEGER,
        text_zh     TEXT,
        text_en     TEXT,
        origin_zh   TEXT NOT NULL,
        origin_en   TEXT NOT NULL,
        review_note_en    TEXT,
        review_note_zh_cn TEXT,
        review_note_zh_tw TEXT,
        UNIQUE (document_id, position)
      ) STRICT;

      CREATE TABLE sentence_link (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES document(id),
        confidence  REAL NOT NULL,
        corrected   INTEGER NOT NULL,
        word_pairs  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sentence_link_by_document ON sentence_link (document_id, id);

      CREATE TABLE sentence (
        segment_id TEXT NOT NULL REFERENCES segment(id),
        side       TEXT NOT NULL CHECK (side IN ('zh', 'en')),
        n          INTEGER NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        link_id    INTEGER NOT NULL REFERENCES sentence_link(id),
        PRIMARY KEY (segment_id, side, n)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sentence_by_link ON sentence (link_id);
    `);
  },
};
